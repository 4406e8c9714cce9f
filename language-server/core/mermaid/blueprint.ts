import { displayName, isShownScore, ModelLabels, requireJourney, shownPersonas } from '../model/model-lookup.js';
import type { PersonaStyle } from '../model/persona-palette.js';
import type { RenderModel, RenderStage, RenderTouchpoint } from '../model/render-model.js';
import { stageGaps } from '../model/stage-gaps.js';
import { escapeMermaidText, mermaidId, quoted } from './escape.js';
import { journeyPersonaStyles, personaStyleOf } from './persona-colours.js';

/**
 * Styles of the Blueprint's node kinds. Each sets its text colour with its
 * fill, so nodes stay readable on light and dark themes. No `;` on these
 * lines: Mermaid's entity pre-pass would cut a `;` after a `#colour`.
 */
const CLASS_DEFS = [
    'classDef touchpoint fill:#ffffff,stroke:#4e79a7,stroke-width:2px,color:#1d2b3a',
    'classDef owner fill:#ece8fa,stroke:#5e4fa2,color:#2d2450',
    'classDef gap fill:#fff4ce,stroke:#b7791f,stroke-width:2px,stroke-dasharray:6 4,color:#5c3d00',
    'classDef truth fill:#ffffff,stroke:#b8860b,stroke-width:4px,color:#1d2b3a'
];

/**
 * Colours of the line prefixes inside a touchpoint's card, dark enough on its
 * white fill whatever the theme. Written as `<font color>`: Mermaid's HTML
 * labels keep it, and unlike a `style` attribute it needs no `:` or `;`,
 * which Mermaid's entity pre-pass would misread next to a `#colour`.
 */
const LINE_COLOURS = {
    Channel: '#1f6fa8',
    Customer: '#1d2b3a',
    Emotion: '#1d2b3a',
    Frontstage: '#0b5d8a',
    Backstage: '#6b4f1d',
    Support: '#555555',
    Systems: '#555555',
    Evidence: '#1f6fa8',
    Owner: '#5e4fa2',
    Pain: '#c0392b',
    'Failure point': '#a3000b',
    Opportunity: '#2e7d32'
} as const;

/** The line of visibility: what the customer sees is above it, what happens out of view below. */
const LINE_OF_VISIBILITY = `<font color='#777777'>${escapeMermaidText('- - - line of visibility - - -')}</font>`;

/** Mermaid ids of the user's elements: prefixed (never a keyword), unique even when the document has duplicate ids. */
class NodeIds {
    private readonly used = new Set<string>();

    next(prefix: string, ...parts: string[]): string {
        const base = mermaidId(prefix, ...parts);
        let id = base;
        for (let n = 2; this.used.has(id); n++) id = `${base}_${n}`;
        this.used.add(id);
        return id;
    }
}

/** A line break inside a node label: Mermaid's own, never from user text (user text's `<` is an entity code). */
const BREAK = '<br/>';

/** One line of a card: its kind in colour, then the user's text, escaped. */
function cardLine(kind: keyof typeof LINE_COLOURS, text: string): string {
    return `<font color='${LINE_COLOURS[kind]}'>${kind}#58;</font> ${escapeMermaidText(text)}`;
}

/**
 * A touchpoint's card, read top to bottom as a service blueprint's lanes: its
 * name (★ when it is a moment of truth), channels, the customer's actions and
 * each persona's emotion in the persona's colour; frontstage; the line of
 * visibility; backstage, support processes, systems; physical evidence; then
 * owners, pains (failure points marked ⚠) and opportunities. Lanes without
 * data are left out. Left-aligned: a card is read like a list.
 */
function touchpointCard(touchpoint: RenderTouchpoint, labels: ModelLabels, emotions: string | undefined, systemLabel: (id: string) => string): string {
    const name = `<b>${escapeMermaidText(displayName(touchpoint))}</b>`;
    const lines = [touchpoint.momentOfTruth ? `${name} <font color='#8a6400'>${escapeMermaidText('★ moment of truth')}</font>` : name];
    const lane = (kind: keyof typeof LINE_COLOURS, items: Array<{ text: string }>) => {
        for (const item of items) lines.push(cardLine(kind, item.text));
    };
    if (touchpoint.channels.length > 0) lines.push(cardLine('Channel', touchpoint.channels.map(channel => labels.channel(channel)).join(', ')));
    lane('Customer', touchpoint.actions);
    if (emotions) lines.push(`<font color='${LINE_COLOURS.Emotion}'>Emotion#58;</font> ${emotions}`);
    lane('Frontstage', touchpoint.frontstage);
    const hidden = touchpoint.backstage.length + touchpoint.support.length + touchpoint.systems.length;
    if (touchpoint.frontstage.length > 0 && hidden > 0) lines.push(LINE_OF_VISIBILITY);
    lane('Backstage', touchpoint.backstage);
    lane('Support', touchpoint.support);
    if (touchpoint.systems.length > 0) lines.push(cardLine('Systems', touchpoint.systems.map(system => systemLabel(system)).join(', ')));
    lane('Evidence', touchpoint.evidence);
    if (touchpoint.owners.length > 0) lines.push(cardLine('Owner', touchpoint.owners.map(owner => labels.team(owner)).join(', ')));
    for (const pain of touchpoint.pains) lines.push(pain.failurePoint ? cardLine('Failure point', `⚠ ${pain.text}`) : cardLine('Pain', pain.text));
    lane('Opportunity', touchpoint.opportunities);
    return `<div align='left'>${lines.join(BREAK)}</div>`;
}

/** Each persona's score at the touchpoint, in the persona's colour with its marker's shape: "● Maya 4 · ■ Ben 2". */
function emotionLine(touchpoint: RenderTouchpoint, personas: string[], styles: Map<string, PersonaStyle>, labels: ModelLabels): string | undefined {
    const scores = personas.flatMap(persona => {
        const emotion = touchpoint.emotions.find(candidate => candidate.persona === persona && isShownScore(candidate));
        if (!emotion) return [];
        const style = personaStyleOf(styles, persona);
        return [`<font color='${style.color}'>${MARKER_GLYPHS[style.marker]}</font> ${escapeMermaidText(`${labels.persona(persona)} ${emotion.score}`)}`];
    });
    return scores.length > 0 ? scores.join(' · ') : undefined;
}

/** The persona markers as characters, for text (the map draws them as shapes). */
const MARKER_GLYPHS: Record<PersonaStyle['marker'], string> = {
    circle: '●', square: '■', triangle: '▲', diamond: '◆', 'triangle-down': '▼', cross: '✚', star: '★', pentagon: '⬟'
};

/**
 * The Blueprint view as a Mermaid flowchart read left to right: a column
 * (subgraph) per stage, joined by arrows in journey order, with the stage's
 * owner on top and below it one card per touchpoint, in order: its name, its
 * channels, owners, pains and opportunities, one line each.
 *
 * Built for Mermaid's layout cost, which grows with the number of nodes and
 * above all of nested subgraphs (each is laid out on its own): one node per
 * touchpoint, no subgraph inside a stage and no link between the cards. In a
 * left-to-right flowchart the nodes of one subgraph that no link ranks apart
 * stack top to bottom in the order they are written; an invisible link
 * between the first nodes of consecutive stages lines the columns up at the
 * top. A stage with a gap (no owner, no touchpoints) is drawn with the `gap`
 * class and a "⚠ no owner" node in its owner's place. No `click` directive
 * is ever written: navigation is the preview's own.
 */
export function blueprint(model: RenderModel, journeyId: string): string {
    return blueprintLayout(model, journeyId).text;
}

export type BlueprintNodeKind = 'stage' | 'touchpoint' | 'owner' | 'gap';

/** A Mermaid node or subgraph of the Blueprint and the element it shows. */
export interface BlueprintNode {
    /** The Mermaid id (in the SVG: `<svg id>-flowchart-<id>-<n>` for nodes, the id itself for a subgraph's cluster). */
    id: string;
    kind: BlueprintNodeKind;
    stageId: string;
    /** For touchpoints' cards. */
    touchpointId?: string;
}

/** What the Blueprint draws, so the preview can tie each SVG part to its element. */
export interface BlueprintLayout {
    text: string;
    nodes: BlueprintNode[];
}

export function blueprintLayout(model: RenderModel, journeyId: string): BlueprintLayout {
    const journey = requireJourney(model, journeyId);
    const labels = new ModelLabels(model);
    const ids = new NodeIds();
    const output = ['flowchart LR', ...CLASS_DEFS.map(def => `    ${def}`)];
    const classes = new Map<string, string[]>();
    const classify = (id: string, className: string) => classes.set(className, [...(classes.get(className) ?? []), id]);
    const nodes: BlueprintNode[] = [];
    const firstNodes: string[] = [];
    const styles = journeyPersonaStyles(model, journey);
    const personas = shownPersonas(journey);
    const systems = new Map((model.systems ?? []).map(system => [system.id, displayName(system)] as const));
    const systemLabel = (id: string) => systems.get(id) ?? id;

    for (const stage of journey.stages) {
        const stageId = ids.next('stage', stage.id);
        nodes.push({ id: stageId, kind: 'stage', stageId: stage.id });
        output.push(`    subgraph ${stageId}[${quoted(displayName(stage))}]`);
        const stageNodes: string[] = [];
        const node: AddNode = (prefix, parts, label, kind, touchpointId, className = kind) => {
            const id = ids.next(prefix, ...parts);
            output.push(`        ${id}["${label}"]`);
            classify(id, className);
            nodes.push({ id, kind, stageId: stage.id, ...(touchpointId !== undefined ? { touchpointId } : {}) });
            stageNodes.push(id);
        };
        if (stage.owners.length > 0) {
            node('team', [stage.id], escapeMermaidText(`Owner: ${stage.owners.map(owner => labels.team(owner)).join(', ')}`), 'owner');
        }
        markGaps(stage, stageId, node, classify);
        for (const touchpoint of stage.touchpoints) {
            const card = touchpointCard(touchpoint, labels, emotionLine(touchpoint, personas, styles, labels), systemLabel);
            node('tp', [touchpoint.id], card, 'touchpoint', touchpoint.id, touchpoint.momentOfTruth ? 'truth' : 'touchpoint');
        }
        firstNodes.push(stageNodes[0]);
        output.push('    end');
    }
    // Arrows in journey order, stage to stage (every stage, empty ones too).
    const stageIds = nodes.filter(node => node.kind === 'stage').map(node => node.id);
    for (let i = 1; i < stageIds.length; i++) output.push(`    ${stageIds[i - 1]} --> ${stageIds[i]}`);
    for (let i = 1; i < firstNodes.length; i++) output.push(`    ${firstNodes[i - 1]} ~~~ ${firstNodes[i]}`);
    for (const [className, members] of classes) {
        output.push(`    class ${members.join(',')} ${className}`);
    }
    return { text: output.join('\n') + '\n', nodes };
}

type AddNode = (prefix: string, parts: string[], label: string, kind: Exclude<BlueprintNodeKind, 'stage'>, touchpointId?: string, className?: string) => void;

/** Gap nodes go where the owner would be, at the top of the stage. */
function markGaps(stage: RenderStage, stageId: string, node: AddNode, classify: (id: string, className: string) => void): void {
    const gaps = stageGaps(stage);
    gaps.forEach((gap, index) => node('gap', [stage.id, String(index + 1)], escapeMermaidText(`⚠ ${gap.text}`), 'gap'));
    if (gaps.length > 0) {
        classify(stageId, 'gap');
    } else if (stage.touchpoints.length === 0 && stage.owners.length === 0) {
        // Mermaid cannot draw an empty subgraph; say what is (not) there.
        node('gap', [stage.id, 'empty'], escapeMermaidText('no touchpoints'), 'gap');
    }
}
