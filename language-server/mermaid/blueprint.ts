import { displayName, ModelLabels, requireJourney } from '../render/model-lookup.js';
import type { RenderModel, RenderStage } from '../render/render-model.js';
import { stageGaps } from '../render/stage-gaps.js';
import { escapeMermaidText, mermaidId, quoted } from './escape.js';

/**
 * Styles of the Blueprint's node kinds. Each sets its text colour with its
 * fill, so nodes stay readable on light and dark themes. No `;` on these
 * lines: Mermaid's entity pre-pass would cut a `;` after a `#colour`.
 */
const CLASS_DEFS = [
    'classDef touchpoint fill:#ffffff,stroke:#4e79a7,stroke-width:2px,color:#1d2b3a',
    'classDef channel fill:#e0f0fb,stroke:#1f6fa8,color:#12405f',
    'classDef owner fill:#ece8fa,stroke:#5e4fa2,color:#2d2450',
    'classDef pain fill:#fde2e1,stroke:#c0392b,color:#5c1a14',
    'classDef opportunity fill:#e3f4e1,stroke:#2e7d32,color:#1b4d1f',
    'classDef gap fill:#fff4ce,stroke:#b7791f,stroke-width:2px,stroke-dasharray:6 4,color:#5c3d00',
    // A touchpoint's row only lays out its nodes: no box of its own.
    'classDef row fill:none,stroke:none'
];

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

/** One label of several lines of user text, each escaped. */
function labelLines(texts: string[]): string {
    return texts.map(escapeMermaidText).join(BREAK);
}

/**
 * The Blueprint view as a Mermaid flowchart read left to right: a column
 * (subgraph) per stage, joined by arrows in journey order, with the stage's
 * owner on top and its touchpoints stacked below, one invisible row each
 * (joined by arrows in order) holding the touchpoint and, to its right, its
 * channels, owners, pains and opportunities, each kind styled by a
 * `classDef`. A touchpoint's channels share one node, one line each for its
 * pains, its opportunities and its owners, which keeps large maps small
 * (the renderers raise Mermaid's size limits, see `mermaid-config.ts`). A stage with a gap (no owner, no touchpoints) is drawn with
 * the `gap` class and a "⚠ no owner" node. No `click` directive is ever
 * written: navigation is the preview's own.
 */
export function blueprint(model: RenderModel, journeyId: string): string {
    return blueprintLayout(model, journeyId).text;
}

/** `row`: the invisible subgraph that lines up a touchpoint with its channels, owners, pains and opportunities. */
export type BlueprintNodeKind = 'stage' | 'row' | 'touchpoint' | 'channel' | 'owner' | 'pain' | 'opportunity' | 'gap';

/** A Mermaid node or subgraph of the Blueprint and the element it shows. */
export interface BlueprintNode {
    /** The Mermaid id (in the SVG: `<svg id>-flowchart-<id>-<n>` for nodes, the id itself for a subgraph's cluster). */
    id: string;
    kind: BlueprintNodeKind;
    stageId: string;
    /** For touchpoints and the channel, owner, pain and opportunity nodes linked to one. */
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
    const links: string[] = [];
    const order: Array<{ stage: string; row: string }> = [];
    const nodes: BlueprintNode[] = [];

    for (const stage of journey.stages) {
        const stageId = ids.next('stage', stage.id);
        nodes.push({ id: stageId, kind: 'stage', stageId: stage.id });
        output.push(`    subgraph ${stageId}[${quoted(displayName(stage))}]`, '        direction TB');
        const node = (prefix: string, parts: string[], label: string, kind: Exclude<BlueprintNodeKind, 'stage' | 'row'>, touchpointId?: string) => {
            const id = ids.next(prefix, ...parts);
            output.push(`        ${id}["${label}"]`);
            classify(id, kind);
            nodes.push({ id, kind, stageId: stage.id, ...(touchpointId !== undefined ? { touchpointId } : {}) });
            return id;
        };
        let stageOwner: string | undefined;
        if (stage.owners.length > 0) {
            stageOwner = node('team', [stage.id], labelLines([`Owner: ${stage.owners.map(owner => labels.team(owner)).join(', ')}`]), 'owner');
        }
        // Node ids are `<kind>_<element id>`; pain and opportunity nodes end in `_1` (the preview's tests know them by these ids).
        for (const touchpoint of stage.touchpoints) {
            const rowId = ids.next('row', touchpoint.id);
            output.push(`        subgraph ${rowId}[" "]`, '            direction LR');
            classify(rowId, 'row');
            nodes.push({ id: rowId, kind: 'row', stageId: stage.id, touchpointId: touchpoint.id });
            // The stage's owner heads its column: an invisible link keeps it above the first row.
            if (stageOwner && touchpoint === stage.touchpoints[0]) links.push(`    ${stageOwner} ~~~ ${rowId}`);
            const nodeId = node('tp', [touchpoint.id], labelLines([displayName(touchpoint)]), 'touchpoint', touchpoint.id);
            order.push({ stage: stageId, row: rowId });
            const attach = (id: string) => links.push(`    ${nodeId} -.- ${id}`);
            if (touchpoint.channels.length > 0) {
                // The touchpoint's own channel node: a node shared with another row would pull the rows out of line.
                attach(node('chan', [touchpoint.id], labelLines([`Channel: ${touchpoint.channels.map(channel => labels.channel(channel)).join(', ')}`]), 'channel', touchpoint.id));
            }
            if (touchpoint.owners.length > 0) {
                attach(node('team', [touchpoint.id], labelLines([`Owner: ${touchpoint.owners.map(owner => labels.team(owner)).join(', ')}`]), 'owner', touchpoint.id));
            }
            if (touchpoint.pains.length > 0) {
                attach(node('pain', [touchpoint.id, '1'], labelLines(touchpoint.pains.map(pain => `Pain: ${pain.text}`)), 'pain', touchpoint.id));
            }
            if (touchpoint.opportunities.length > 0) {
                attach(node('idea', [touchpoint.id, '1'], labelLines(touchpoint.opportunities.map(idea => `Opportunity: ${idea.text}`)), 'opportunity', touchpoint.id));
            }
            output.push('        end');
        }
        markGaps(stage, stageId, node, classify);
        output.push('    end');
    }
    // Arrows in journey order: stage to stage (every stage, empty ones too), and row to row inside a stage.
    // Never from one stage's node to another's: Mermaid would then ignore the stages' own direction.
    const stageIds = nodes.filter(node => node.kind === 'stage').map(node => node.id);
    for (let i = 1; i < stageIds.length; i++) links.push(`    ${stageIds[i - 1]} --> ${stageIds[i]}`);
    for (let i = 1; i < order.length; i++) {
        if (order[i - 1].stage === order[i].stage) links.push(`    ${order[i - 1].row} --> ${order[i].row}`);
    }
    output.push(...links);
    for (const [className, members] of classes) {
        output.push(`    class ${members.join(',')} ${className}`);
    }
    return { text: output.join('\n') + '\n', nodes };
}

function markGaps(
    stage: RenderStage,
    stageId: string,
    node: (prefix: string, parts: string[], label: string, kind: 'gap') => string,
    classify: (id: string, className: string) => void
): void {
    const gaps = stageGaps(stage);
    gaps.forEach((gap, index) => node('gap', [stage.id, String(index + 1)], labelLines([`⚠ ${gap.text}`]), 'gap'));
    if (gaps.length > 0) {
        classify(stageId, 'gap');
    } else if (stage.touchpoints.length === 0 && stage.owners.length === 0) {
        // Mermaid cannot draw an empty subgraph; say what is (not) there.
        node('gap', [stage.id, 'empty'], labelLines(['no touchpoints']), 'gap');
    }
}
