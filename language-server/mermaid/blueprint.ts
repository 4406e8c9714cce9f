import { displayName, ModelLabels, requireJourney } from '../render/model-lookup.js';
import type { RenderModel, RenderStage } from '../render/render-model.js';
import { stageGaps } from '../render/stage-gaps.js';
import { mermaidId, quoted } from './escape.js';

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
    'classDef gap fill:#fff4ce,stroke:#b7791f,stroke-width:2px,stroke-dasharray:6 4,color:#5c3d00'
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

/**
 * The Blueprint view as a Mermaid flowchart: a subgraph per stage with its
 * touchpoints (labelled with their channels' node links), channel, owner,
 * pain and opportunity nodes, each kind styled by a `classDef`; arrows join
 * the touchpoints in journey order. A stage with a gap (no owner, no
 * touchpoints) is drawn with the `gap` class and a "⚠ no owner" node.
 * No `click` directive is ever written: navigation is the preview's own.
 */
export function blueprint(model: RenderModel, journeyId: string): string {
    return blueprintLayout(model, journeyId).text;
}

export type BlueprintNodeKind = 'stage' | 'touchpoint' | 'channel' | 'owner' | 'pain' | 'opportunity' | 'gap';

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
    const lines = ['flowchart LR', ...CLASS_DEFS.map(def => `    ${def}`)];
    const classes = new Map<string, string[]>();
    const classify = (id: string, className: string) => classes.set(className, [...(classes.get(className) ?? []), id]);
    const links: string[] = [];
    const order: string[] = [];
    const nodes: BlueprintNode[] = [];

    for (const stage of journey.stages) {
        const stageId = ids.next('stage', stage.id);
        nodes.push({ id: stageId, kind: 'stage', stageId: stage.id });
        lines.push(`    subgraph ${stageId}[${quoted(displayName(stage))}]`, '        direction TB');
        const node = (prefix: string, parts: string[], label: string, kind: Exclude<BlueprintNodeKind, 'stage'>, touchpointId?: string) => {
            const id = ids.next(prefix, ...parts);
            lines.push(`        ${id}[${quoted(label)}]`);
            classify(id, kind);
            nodes.push({ id, kind, stageId: stage.id, ...(touchpointId !== undefined ? { touchpointId } : {}) });
            return id;
        };
        for (const owner of stage.owners) {
            node('team', [stage.id, owner], `Owner: ${labels.team(owner)}`, 'owner');
        }
        const channels = new Map<string, string>();
        for (const touchpoint of stage.touchpoints) {
            const nodeId = node('tp', [touchpoint.id], displayName(touchpoint), 'touchpoint', touchpoint.id);
            order.push(nodeId);
            for (const channel of touchpoint.channels) {
                // One channel node per stage: it belongs to the first touchpoint that uses it.
                if (!channels.has(channel)) channels.set(channel, node('chan', [stage.id, channel], `Channel: ${labels.channel(channel)}`, 'channel', touchpoint.id));
                links.push(`    ${nodeId} -.- ${channels.get(channel)}`);
            }
            for (const owner of touchpoint.owners) {
                links.push(`    ${nodeId} -.- ${node('team', [touchpoint.id, owner], `Owner: ${labels.team(owner)}`, 'owner', touchpoint.id)}`);
            }
            touchpoint.pains.forEach((pain, index) => {
                links.push(`    ${nodeId} -.- ${node('pain', [touchpoint.id, String(index + 1)], `Pain: ${pain.text}`, 'pain', touchpoint.id)}`);
            });
            touchpoint.opportunities.forEach((opportunity, index) => {
                links.push(`    ${nodeId} -.- ${node('idea', [touchpoint.id, String(index + 1)], `Opportunity: ${opportunity.text}`, 'opportunity', touchpoint.id)}`);
            });
        }
        markGaps(stage, stageId, node, classify);
        lines.push('    end');
    }
    for (let i = 1; i < order.length; i++) {
        links.push(`    ${order[i - 1]} --> ${order[i]}`);
    }
    lines.push(...links);
    for (const [className, members] of classes) {
        lines.push(`    class ${members.join(',')} ${className}`);
    }
    return { text: lines.join('\n') + '\n', nodes };
}

function markGaps(
    stage: RenderStage,
    stageId: string,
    node: (prefix: string, parts: string[], label: string, kind: 'gap') => string,
    classify: (id: string, className: string) => void
): void {
    const gaps = stageGaps(stage);
    gaps.forEach((gap, index) => node('gap', [stage.id, String(index + 1)], `⚠ ${gap.text}`, 'gap'));
    if (gaps.length > 0) {
        classify(stageId, 'gap');
    } else if (stage.touchpoints.length === 0 && stage.owners.length === 0) {
        // Mermaid cannot draw an empty subgraph; say what is (not) there.
        node('gap', [stage.id, 'empty'], 'no touchpoints', 'gap');
    }
}
