import { displayName, isShownScore, ModelLabels, requireJourney, shownPersonas } from '../model/model-lookup.js';
import type { PersonaStyle } from '../model/persona-palette.js';
import type { RenderModel, RenderStage, RenderTouchpoint } from '../model/render-model.js';
import { stageGaps } from '../model/stage-gaps.js';
import { escapeMermaidText, mermaidId } from './escape.js';
import { journeyPersonaStyles, personaStyleOf } from './persona-colours.js';

/**
 * Styles of the Blueprint's cells. Each sets its text colour with its fill,
 * so cells stay readable on light and dark themes. No `;` on these lines:
 * Mermaid's entity pre-pass would cut a `;` after a `#colour`.
 */
const CLASS_DEFS = [
    'classDef lane fill:#eef1f5,stroke:#8a96a3,color:#1d2b3a',
    'classDef stage fill:#dde7f3,stroke:#4e79a7,stroke-width:2px,color:#1d2b3a',
    'classDef touchpoint fill:#ffffff,stroke:#4e79a7,stroke-width:2px,color:#1d2b3a',
    'classDef truth fill:#fffbea,stroke:#b8860b,stroke-width:4px,color:#1d2b3a',
    'classDef cell fill:#ffffff,stroke:#c3ccd6,color:#1d2b3a',
    'classDef hidden fill:#f6f4ef,stroke:#c9bfa8,color:#3a2f1d',
    'classDef failure fill:#fff0f0,stroke:#a3000b,stroke-width:3px,color:#1d2b3a',
    'classDef gap fill:#fff4ce,stroke:#b7791f,stroke-width:2px,stroke-dasharray:6 4,color:#5c3d00',
    'classDef visibility fill:#ffffff,stroke:#555555,stroke-width:2px,stroke-dasharray:10 6,color:#444444'
];

/** A line break inside a label: Mermaid's own, never from user text (user text's `<` is an entity code). */
const BREAK = '<br/>';

/** Characters per line of a cell: user text is wrapped here, so a column stays narrow whatever its text. */
const WRAP = 30;

/** The persona markers as characters, for text (the map draws them as shapes). */
const MARKER_GLYPHS: Record<PersonaStyle['marker'], string> = {
    circle: '●', square: '■', triangle: '▲', diamond: '◆', 'triangle-down': '▼', cross: '✚', star: '★', pentagon: '⬟'
};

/** A lane of the blueprint: a row across every touchpoint, left out when no touchpoint has data for it. */
export type BlueprintLaneId = 'evidence' | 'actions' | 'emotions' | 'frontstage' | 'backstage' | 'support' | 'systems' | 'pains' | 'opportunities';

interface LaneContext {
    labels: ModelLabels;
    personas: string[];
    styles: Map<string, PersonaStyle>;
}

interface Lane {
    id: BlueprintLaneId;
    title: string;
    /** Below the line of visibility: what the customer does not see. */
    hidden: boolean;
    /** The cell's lines (escaped Mermaid label text), none when the touchpoint has nothing in this lane. */
    lines(touchpoint: RenderTouchpoint, context: LaneContext): string[];
    /** A class other than the lane's own, e.g. a pain cell holding a failure point. */
    className?(touchpoint: RenderTouchpoint): string | undefined;
}

/** Each item of a list, wrapped, a bullet in front when there are several (so wrapped lines read as one item). */
function items(texts: string[]): string[] {
    return texts.flatMap(text => wrapped(texts.length > 1 ? `• ${text}` : text));
}

/**
 * The lanes, top to bottom, as in a service blueprint (NN/g, Smaply):
 * physical evidence, customer actions (with each persona's emotion), frontstage;
 * the line of visibility; backstage, support processes, systems. Then what the
 * map adds: pains (failure points marked) and opportunities.
 */
const LANES: Lane[] = [
    { id: 'evidence', title: 'Physical evidence', hidden: false, lines: tp => items(tp.evidence.map(item => item.text)) },
    { id: 'actions', title: 'Customer actions', hidden: false, lines: tp => items(tp.actions.map(item => item.text)) },
    { id: 'emotions', title: 'Emotion', hidden: false, lines: (tp, context) => emotionLines(tp, context) },
    { id: 'frontstage', title: 'Frontstage', hidden: false, lines: tp => items(tp.frontstage.map(item => item.text)) },
    { id: 'backstage', title: 'Backstage', hidden: true, lines: tp => items(tp.backstage.map(item => item.text)) },
    { id: 'support', title: 'Support processes', hidden: true, lines: tp => items(tp.support.map(item => item.text)) },
    { id: 'systems', title: 'Systems', hidden: true, lines: (tp, context) => items(tp.systems.map(id => context.labels.system(id))) },
    {
        id: 'pains', title: 'Pain points', hidden: false,
        lines: tp => items(tp.pains.map(pain => (pain.failurePoint ? `⚠ Failure point: ${pain.text}` : pain.text))),
        className: tp => (tp.pains.some(pain => pain.failurePoint) ? 'failure' : undefined)
    },
    { id: 'opportunities', title: 'Opportunities', hidden: false, lines: tp => items(tp.opportunities.map(item => item.text)) }
];

/** User text as label lines of at most {@link WRAP} characters, broken at spaces (a longer word is cut), each escaped. */
function wrapped(text: string): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        for (let rest = word; rest.length > 0; ) {
            const room = line ? WRAP - line.length - 1 : WRAP;
            if (rest.length <= room) {
                line = line ? `${line} ${rest}` : rest;
                rest = '';
            } else if (line) {
                lines.push(line);
                line = '';
            } else {
                lines.push(rest.slice(0, WRAP));
                rest = rest.slice(WRAP);
            }
        }
    }
    if (line) lines.push(line);
    return lines.map(escapeMermaidText);
}

/** Each persona's score at the touchpoint, one per line, in the persona's colour with its marker's shape: "● Maya 4". */
function emotionLines(touchpoint: RenderTouchpoint, context: LaneContext): string[] {
    return context.personas.flatMap(persona => {
        const emotion = touchpoint.emotions.find(candidate => candidate.persona === persona && isShownScore(candidate));
        if (!emotion) return [];
        const style = personaStyleOf(context.styles, persona);
        return [`<font color='${style.color}'>${MARKER_GLYPHS[style.marker]}</font> ${escapeMermaidText(`${context.labels.persona(persona)} ${emotion.score}`)}`];
    });
}

/** A cell's label: its lines, left-aligned (a cell is read like a list). */
function label(lines: string[]): string {
    return `"<div align='left'>${lines.join(BREAK)}</div>"`;
}

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

export type BlueprintNodeKind = 'lane' | 'stage' | 'touchpoint' | 'cell' | 'visibility';

/** A block of the Blueprint and the element it shows. */
export interface BlueprintNode {
    /** The Mermaid id (in the SVG: `<svg id>-<id>`). */
    id: string;
    kind: BlueprintNodeKind;
    /** The stage of a stage header, touchpoint or cell. */
    stageId?: string;
    /** For a touchpoint's name and its cells. */
    touchpointId?: string;
    /** For a lane's header and its cells. */
    lane?: BlueprintLaneId;
    /** The Mermaid class it is drawn with (`gap`, `truth`, `failure`…). */
    className: string;
}

/** What the Blueprint draws, so the preview can tie each SVG part to its element. */
export interface BlueprintLayout {
    text: string;
    /** Grid columns: the lane titles', then one per touchpoint (one per stage without touchpoints). */
    columns: number;
    /** The lanes drawn, top to bottom, after the stage and touchpoint rows. */
    lanes: BlueprintLaneId[];
    nodes: BlueprintNode[];
}

/**
 * The Blueprint view as a service blueprint, a Mermaid `block-beta` grid:
 * a column per touchpoint under its stage's header (a block spanning the
 * stage's columns, with its owners and gaps), a row per lane across all
 * touchpoints with the lane's title in the first column, and a full-width
 * line of visibility between what the customer sees and what happens out of
 * view. Lanes no touchpoint has data for are left out; an empty cell is a
 * `space`. Moments of truth (★) and failure points (⚠) have their own class.
 *
 * `block-beta` reads in Mermaid 10.9 (GitHub's oldest) and gives one grid:
 * every row and column straight. Mermaid makes all its cells one size; the
 * preview and the CLI then fit each row to its text and put the text at the
 * cell's top left (blueprint-cells.ts). No link or `click` is ever written:
 * navigation is the preview's own.
 */
export function blueprint(model: RenderModel, journeyId: string): string {
    return blueprintLayout(model, journeyId).text;
}

export function blueprintLayout(model: RenderModel, journeyId: string): BlueprintLayout {
    const journey = requireJourney(model, journeyId);
    const context: LaneContext = { labels: new ModelLabels(model), personas: shownPersonas(journey), styles: journeyPersonaStyles(model, journey) };
    const ids = new NodeIds();
    const nodes: BlueprintNode[] = [];
    const rows: string[] = [];
    const block = (node: BlueprintNode, lines: string[], span = 1) => {
        nodes.push(node);
        return `${node.id}[${label(lines)}]${span > 1 ? `:${span}` : ''}`;
    };
    const corner = (id: string, title: string) => block({ id: ids.next('lane', id), kind: 'lane', className: 'lane' }, [`<b>${escapeMermaidText(title)}</b>`]);
    const touchpoints = journey.stages.flatMap(stage => stage.touchpoints.map(touchpoint => ({ stage, touchpoint })));
    const columns = 1 + journey.stages.reduce((sum, stage) => sum + Math.max(1, stage.touchpoints.length), 0);

    rows.push([corner('stage', 'Stage'), ...journey.stages.map(stage => stageHeader(stage, context.labels, ids, block))].join(' '));
    rows.push([corner('touchpoint', 'Touchpoint'), ...journey.stages.flatMap(stage =>
        stage.touchpoints.length === 0 ? ['space'] : stage.touchpoints.map(touchpoint => touchpointCell(stage, touchpoint, context.labels, ids, block)))].join(' '));

    const lanes = LANES.filter(lane => touchpoints.some(({ touchpoint }) => lane.lines(touchpoint, context).length > 0));
    const firstHidden = lanes.findIndex(lane => lane.hidden);
    lanes.forEach((lane, index) => {
        if (index === firstHidden && index > 0) {
            rows.push(block({ id: ids.next('line_of_visibility'), kind: 'visibility', className: 'visibility' }, [escapeMermaidText('line of visibility: the customer sees what is above it')], columns));
        }
        const cells = journey.stages.flatMap(stage => {
            if (stage.touchpoints.length === 0) return ['space'];
            return stage.touchpoints.map(touchpoint => {
                const lines = lane.lines(touchpoint, context);
                if (lines.length === 0) return 'space';
                const className = lane.className?.(touchpoint) ?? (lane.hidden ? 'hidden' : 'cell');
                return block({ id: ids.next(lane.id, touchpoint.id), kind: 'cell', stageId: stage.id, touchpointId: touchpoint.id, lane: lane.id, className }, lines);
            });
        });
        rows.push([block({ id: ids.next('lane', lane.id), kind: 'lane', lane: lane.id, className: 'lane' }, [`<b>${escapeMermaidText(lane.title)}</b>`]), ...cells].join(' '));
    });

    const classes = new Map<string, string[]>();
    for (const node of nodes) classes.set(node.className, [...(classes.get(node.className) ?? []), node.id]);
    const output = [
        'block-beta',
        `    columns ${columns}`,
        ...rows.map(row => `    ${row}`),
        ...CLASS_DEFS.map(def => `    ${def}`),
        ...[...classes].map(([className, members]) => `    class ${members.join(',')} ${className}`)
    ];
    return { text: output.join('\n') + '\n', columns, lanes: lanes.map(lane => lane.id), nodes };
}

type AddBlock = (node: BlueprintNode, lines: string[], span?: number) => string;

/** A stage's header, spanning its touchpoints' columns: its name, owners, and gaps (`gap` class) such as "⚠ no owner". */
function stageHeader(stage: RenderStage, labels: ModelLabels, ids: NodeIds, block: AddBlock): string {
    const gaps = stageGaps(stage);
    const lines = [`<b>${escapeMermaidText(displayName(stage))}</b>`];
    if (stage.owners.length > 0) lines.push(...wrapped(`Owner: ${stage.owners.map(owner => labels.team(owner)).join(', ')}`));
    for (const gap of gaps) lines.push(...wrapped(`⚠ ${gap.text}`));
    const node: BlueprintNode = { id: ids.next('stage', stage.id), kind: 'stage', stageId: stage.id, className: gaps.length > 0 ? 'gap' : 'stage' };
    return block(node, lines, Math.max(1, stage.touchpoints.length));
}

/** A touchpoint's name (★ when it is a moment of truth), its channels and its owners. */
function touchpointCell(stage: RenderStage, touchpoint: RenderTouchpoint, labels: ModelLabels, ids: NodeIds, block: AddBlock): string {
    const lines = [`<b>${wrapped(displayName(touchpoint)).join(BREAK)}</b>`];
    if (touchpoint.momentOfTruth) lines.push(`<font color='#8a6400'>${escapeMermaidText('★ moment of truth')}</font>`);
    if (touchpoint.channels.length > 0) lines.push(...wrapped(`via ${touchpoint.channels.map(channel => labels.channel(channel)).join(', ')}`));
    if (touchpoint.owners.length > 0) lines.push(...wrapped(`Owner: ${touchpoint.owners.map(owner => labels.team(owner)).join(', ')}`));
    const node: BlueprintNode = { id: ids.next('tp', touchpoint.id), kind: 'touchpoint', stageId: stage.id, touchpointId: touchpoint.id, className: touchpoint.momentOfTruth ? 'truth' : 'touchpoint' };
    return block(node, lines);
}

