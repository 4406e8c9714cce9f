import { displayName, ModelLabels, requireJourney } from '../model/model-lookup.js';
import type { RenderModel, RenderStage, RenderTouchpoint } from '../model/render-model.js';
import { stageGaps } from '../model/stage-gaps.js';
import { escapeMermaidText, mermaidId, quoted } from './escape.js';

/**
 * Styles of the Blueprint's node kinds. Each sets its text colour with its
 * fill, so nodes stay readable on light and dark themes. No `;` on these
 * lines: Mermaid's entity pre-pass would cut a `;` after a `#colour`.
 */
const CLASS_DEFS = [
    'classDef touchpoint fill:#ffffff,stroke:#4e79a7,stroke-width:2px,color:#1d2b3a',
    'classDef owner fill:#ece8fa,stroke:#5e4fa2,color:#2d2450',
    'classDef gap fill:#fff4ce,stroke:#b7791f,stroke-width:2px,stroke-dasharray:6 4,color:#5c3d00'
];

/**
 * Colours of the line prefixes inside a touchpoint's card, dark enough on its
 * white fill whatever the theme. Written as `<font color>`: Mermaid's HTML
 * labels keep it, and unlike a `style` attribute it needs no `:` or `;`,
 * which Mermaid's entity pre-pass would misread next to a `#colour`.
 */
const LINE_COLOURS = {
    Channel: '#1f6fa8',
    Owner: '#5e4fa2',
    Pain: '#c0392b',
    Opportunity: '#2e7d32'
} as const;

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

/** A touchpoint's card: its name in bold, then a line for its channels, one for its owners, one per pain and one per opportunity. */
function touchpointCard(touchpoint: RenderTouchpoint, labels: ModelLabels): string {
    const lines = [`<b>${escapeMermaidText(displayName(touchpoint))}</b>`];
    if (touchpoint.channels.length > 0) lines.push(cardLine('Channel', touchpoint.channels.map(channel => labels.channel(channel)).join(', ')));
    if (touchpoint.owners.length > 0) lines.push(cardLine('Owner', touchpoint.owners.map(owner => labels.team(owner)).join(', ')));
    for (const pain of touchpoint.pains) lines.push(cardLine('Pain', pain.text));
    for (const idea of touchpoint.opportunities) lines.push(cardLine('Opportunity', idea.text));
    return lines.join(BREAK);
}

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

    for (const stage of journey.stages) {
        const stageId = ids.next('stage', stage.id);
        nodes.push({ id: stageId, kind: 'stage', stageId: stage.id });
        output.push(`    subgraph ${stageId}[${quoted(displayName(stage))}]`);
        const stageNodes: string[] = [];
        const node: AddNode = (prefix, parts, label, kind, touchpointId) => {
            const id = ids.next(prefix, ...parts);
            output.push(`        ${id}["${label}"]`);
            classify(id, kind);
            nodes.push({ id, kind, stageId: stage.id, ...(touchpointId !== undefined ? { touchpointId } : {}) });
            stageNodes.push(id);
        };
        if (stage.owners.length > 0) {
            node('team', [stage.id], escapeMermaidText(`Owner: ${stage.owners.map(owner => labels.team(owner)).join(', ')}`), 'owner');
        }
        markGaps(stage, stageId, node, classify);
        for (const touchpoint of stage.touchpoints) {
            node('tp', [touchpoint.id], touchpointCard(touchpoint, labels), 'touchpoint', touchpoint.id);
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

type AddNode = (prefix: string, parts: string[], label: string, kind: Exclude<BlueprintNodeKind, 'stage'>, touchpointId?: string) => void;

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
