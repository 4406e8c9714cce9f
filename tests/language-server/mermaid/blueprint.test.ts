import { describe, expect, it } from 'vitest';
import { blueprint, blueprintLayout } from '../../../language-server/mermaid/index.js';
import { displayedText, parsedDiagram } from '../../support/mermaid-node.js';
import { checkoutModel, modelFromFiles, twoPersonasModel } from '../render/model-from-text.js';

interface Flowchart {
    /** The stages' subgraphs, each with all its nodes (its touchpoints' rows flattened). */
    subgraphs: Array<{ id: string; title: string; nodes: string[]; classes: string[] }>;
    /** The invisible row subgraphs (class `row`), one per touchpoint. */
    rows: Array<{ id: string; nodes: string[] }>;
    nodes: Map<string, { text: string; classes: string[] }>;
    edges: Array<{ start: string; end: string; stroke: string; type: string }>;
}

/** The flowchart as Mermaid parsed it: subgraphs with their nodes, node texts as displayed, classes and edges. */
async function flowchartOf(text: string): Promise<Flowchart> {
    const { db } = await parsedDiagram(text);
    const nodes = new Map<string, { text: string; classes: string[] }>();
    const subgraphIds = new Set((db.getSubGraphs() as Array<{ id: string }>).map(sg => sg.id));
    for (const [id, vertex] of db.getVertices() as Map<string, { text: string; classes: string[]; link?: string; haveCallback?: boolean }>) {
        if (subgraphIds.has(id)) continue; // an arrow's end that is a stage or a row
        expect(vertex.link ?? vertex.haveCallback ?? undefined).toBeUndefined();
        nodes.set(id, { text: displayedText(vertex.text), classes: vertex.classes.filter(c => c !== 'default') });
    }
    const all = db.getSubGraphs() as Array<{ id: string; title: string; nodes: string[]; classes: string[] }>;
    const rows = new Map(all.filter(sg => sg.classes.includes('row')).map(sg => [sg.id, sg]));
    const flatten = (ids: string[]): string[] => ids.flatMap(id => (rows.has(id) ? flatten(rows.get(id)!.nodes) : [id]));
    return {
        subgraphs: all.filter(sg => !rows.has(sg.id)).map(sg => ({
            id: sg.id,
            title: displayedText(sg.title),
            nodes: flatten(sg.nodes),
            classes: sg.classes
        })),
        rows: [...rows.values()].map(sg => ({ id: sg.id, nodes: sg.nodes })),
        nodes,
        edges: db.getEdges().map((e: { start: string; end: string; stroke: string; type: string }) => ({ start: e.start, end: e.end, stroke: e.stroke, type: e.type }))
    };
}

const textsOf = (chart: Flowchart, ids: string[]) => ids.map(id => chart.nodes.get(id)?.text);

/** Each row subgraph of the text and the direction declared inside it. */
function declaredRowDirections(text: string): string[] {
    return [...text.matchAll(/subgraph (row_\S+)\[" "\]\n\s*direction (\w+)/g)].map(match => `${match[1]} ${match[2]}`);
}

describe('blueprint', () => {
    it('draws a subgraph per stage with its touchpoints, channels, owners, pains and opportunities, each kind styled', async () => {
        const text = blueprint(await checkoutModel(), 'first_purchase');
        expect(text.startsWith('flowchart LR\n')).toBe(true);
        for (const kind of ['touchpoint', 'channel', 'owner', 'pain', 'opportunity', 'gap']) {
            expect(text).toMatch(new RegExp(`^    classDef ${kind} `, 'm'));
        }
        const chart = await flowchartOf(text);
        expect(chart.subgraphs.map(sg => sg.title)).toEqual(['Awareness', 'Purchase', 'Retention']);
        const awareness = chart.subgraphs[0];
        expect(textsOf(chart, awareness.nodes).sort()).toEqual(
            ['Owner: Marketing', 'Sponsored post', 'Channel: Instagram', 'Pain: The price is not in the ad', 'Opportunity: Show the price in the ad creative'].sort()
        );
        const classOf = (label: string) => [...chart.nodes.values()].find(node => node.text === label)?.classes;
        expect(classOf('Sponsored post')).toEqual(['touchpoint']);
        expect(classOf('Channel: Instagram')).toEqual(['channel']);
        expect(classOf('Owner: Marketing')).toEqual(['owner']);
        expect(classOf('Pain: Surprise shipping fee')).toEqual(['pain']);
        expect(classOf('Opportunity: Show shipping cost on the product page')).toEqual(['opportunity']);
        // The retention stage's owner is its touchpoint's.
        expect(textsOf(chart, chart.subgraphs[2].nodes).sort()).toEqual(['Channel: Email', 'Order follow-up', 'Owner: Customer Support']);
        expect(chart.subgraphs.every(sg => !sg.classes.includes('gap'))).toBe(true);
    });

    it('reads left to right: arrows join the stages in journey order, and the touchpoints\' rows inside each stage', async () => {
        const chart = await flowchartOf(blueprint(await twoPersonasModel(), 'onboarding'));
        const titles = new Map(chart.subgraphs.map(sg => [sg.id, sg.title]));
        // A row is named by its touchpoint, the one node of the row that is not hung from another.
        const rowTouchpoint = new Map(chart.rows.map(row => [row.id, chart.nodes.get(row.nodes.find(id => chart.nodes.get(id)?.classes.includes('touchpoint'))!)?.text]));
        const name = (id: string) => titles.get(id) ?? rowTouchpoint.get(id) ?? id;
        const arrows = chart.edges.filter(edge => edge.stroke === 'normal').map(edge => [name(edge.start), name(edge.end)]);
        expect(arrows).toEqual([
            ['Discover', 'Sign up'],
            ['Sign up', 'Later'],
            ['Later', 'First order'],
            ['Landing page', 'Newsletter'],
            ['Sign-up form', 'Welcome mail']
        ]);
        // Every row lays out left to right; no arrow joins nodes of two stages (Mermaid would drop the stages' direction).
        expect(declaredRowDirections(blueprint(await twoPersonasModel(), 'onboarding'))).toEqual(chart.rows.map(row => `${row.id} LR`));
        const stageOf = (id: string) => chart.subgraphs.find(sg => sg.nodes.includes(id))?.id;
        for (const edge of chart.edges.filter(e => chart.nodes.has(e.start) && chart.nodes.has(e.end))) {
            expect(stageOf(edge.start)).toBe(stageOf(edge.end));
        }
        expect(chart.edges.filter(edge => edge.stroke === 'dotted').every(edge => chart.nodes.get(edge.start)?.classes.includes('touchpoint'))).toBe(true);
    });

    it('marks stages without owner or touchpoints with the gap class and a warning node', async () => {
        const chart = await flowchartOf(blueprint(await twoPersonasModel(), 'onboarding'));
        const byTitle = new Map(chart.subgraphs.map(sg => [sg.title, sg]));
        expect(byTitle.get('Sign up')?.classes).toContain('gap');
        expect(textsOf(chart, byTitle.get('Sign up')!.nodes)).toContain('⚠ no owner');
        expect(byTitle.get('Later')?.classes).toContain('gap');
        expect(textsOf(chart, byTitle.get('Later')!.nodes).sort()).toEqual(['⚠ no owner', '⚠ no touchpoints']);
        expect(byTitle.get('Discover')?.classes).not.toContain('gap');
        const gapNodes = [...chart.nodes.values()].filter(node => node.text.startsWith('⚠'));
        expect(gapNodes.every(node => node.classes.includes('gap'))).toBe(true);
    });

    it('uses ids that Mermaid keywords and duplicate ids cannot break', async () => {
        const text = [
            'team style',
            'channel graph',
            'journey j {',
            '  stage end {',
            '    owner style',
            '    touchpoint click via graph {',
            '      pain "p"',
            '    }',
            '    touchpoint subgraph {',
            '    }',
            '  }',
            '  stage classDef {',
            '    owner style',
            '    touchpoint click {',
            '    }',
            '  }',
            '}'
        ].join('\n');
        const source = blueprint(await modelFromFiles({ 'keywords.journey': text }), 'j');
        expect(source).not.toMatch(/^\s*click\b/m);
        const chart = await flowchartOf(source);
        expect(chart.subgraphs.map(sg => sg.title)).toEqual(['end', 'classDef']);
        expect(textsOf(chart, chart.subgraphs[0].nodes).sort()).toEqual(['Channel: graph', 'Owner: style', 'Pain: p', 'click', 'subgraph']);
        // The duplicate touchpoint `click` is its own node.
        expect(textsOf(chart, chart.subgraphs[1].nodes).sort()).toEqual(['Owner: style', 'click']);
        expect([...chart.nodes.values()].filter(node => node.text === 'click')).toHaveLength(2);
    });

    it('lists a touchpoint\'s pains in one node, one line each, and likewise its opportunities and owners', async () => {
        const text = [
            'team a "Ann"',
            'team b "Bob"',
            'journey j {',
            '  stage s {',
            '    touchpoint t "T" {',
            '      owner a, b',
            '      pain "Slow"',
            '      pain "<b>Ugly</b>"',
            '      opportunity "Cache"',
            '      opportunity "Redesign: v2"',
            '    }',
            '  }',
            '}'
        ].join('\n');
        const source = blueprint(await modelFromFiles({ 'many.journey': text }), 'j');
        const chart = await flowchartOf(source);
        const texts = [...chart.nodes.values()].map(node => node.text).sort();
        // Mermaid keeps the line break as `<br>`; `<b>` here is the user's text, shown as written.
        expect(texts).toEqual(['Opportunity: Cache<br>Opportunity: Redesign: v2', 'Owner: Ann, Bob', 'Pain: Slow<br>Pain: <b>Ugly</b>', 'T']);
        // The only markup is Mermaid's line break; the user's <b> is entity codes.
        expect(source).toContain('Pain#58; Slow<br/>Pain#58; #60;b#62;Ugly#60;/b#62;');
        expect(chart.edges).toHaveLength(3);
    });

    it('stays within Mermaid\'s default limits for a map of 100 touchpoints', async () => {
        const touchpoints = (s: number) =>
            Array.from({ length: 10 }, (_, t) => `    touchpoint t${s}_${t} "Touchpoint ${s}.${t}" via web {\n      pain "A pain ${t}"\n      pain "Another pain ${t}"\n      opportunity "An idea ${t}"\n    }`).join('\n');
        const stages = Array.from({ length: 10 }, (_, s) => `  stage s${s} "Stage ${s}" {\n    owner o\n${touchpoints(s)}\n  }`).join('\n');
        const source = blueprint(await modelFromFiles({ 'big.journey': `team o\nchannel web\njourney j {\n${stages}\n}\n` }), 'j');
        expect(source.length).toBeLessThan(50_000);
        const chart = await flowchartOf(source);
        expect(chart.edges.length).toBeLessThan(500);
        expect([...chart.nodes.values()].filter(node => node.classes.includes('touchpoint'))).toHaveLength(100);
    });

    it('draws a stage that has nothing at all', async () => {
        const chart = await flowchartOf(blueprint(await modelFromFiles({ 'e.journey': 'journey j {\n  stage s {\n  }\n}\n' }), 'j'));
        expect(chart.subgraphs).toHaveLength(1);
        expect(chart.subgraphs[0].nodes.length).toBeGreaterThan(0);
    });
});

describe('blueprintLayout', () => {
    it('names the element of every node and subgraph Mermaid parsed', async () => {
        const layout = blueprintLayout(await twoPersonasModel(), 'onboarding');
        const chart = await flowchartOf(layout.text);
        const byId = new Map(layout.nodes.map(node => [node.id, node]));
        expect([...chart.nodes.keys()].sort()).toEqual(layout.nodes.filter(node => node.kind !== 'stage' && node.kind !== 'row').map(node => node.id).sort());
        expect(chart.rows.map(row => byId.get(row.id))).toEqual([
            { id: 'row_landing', kind: 'row', stageId: 'discover', touchpointId: 'landing' },
            { id: 'row_newsletter', kind: 'row', stageId: 'discover', touchpointId: 'newsletter' },
            { id: 'row_form', kind: 'row', stageId: 'signup', touchpointId: 'form' },
            { id: 'row_welcome', kind: 'row', stageId: 'signup', touchpointId: 'welcome' },
            { id: 'row_checkout', kind: 'row', stageId: 'order', touchpointId: 'checkout' }
        ]);
        expect(chart.subgraphs.map(sg => byId.get(sg.id))).toEqual([
            { id: 'stage_discover', kind: 'stage', stageId: 'discover' },
            { id: 'stage_signup', kind: 'stage', stageId: 'signup' },
            { id: 'stage_later', kind: 'stage', stageId: 'later' },
            { id: 'stage_order', kind: 'stage', stageId: 'order' }
        ]);
        const shown = (kind: string) =>
            layout.nodes.filter(node => node.kind === kind).map(node => `${node.stageId}/${node.touchpointId ?? '-'} ${chart.nodes.get(node.id)?.text}`);
        expect(shown('touchpoint')).toEqual(['discover/landing Landing page', 'discover/newsletter Newsletter', 'signup/form Sign-up form', 'signup/welcome Welcome mail', 'order/checkout Checkout']);
        expect(shown('pain')).toEqual(['discover/landing Pain: Too much jargon']);
        expect(shown('opportunity')).toEqual(['discover/landing Opportunity: Plain-language headline']);
        expect(shown('owner')).toEqual(['discover/- Owner: Marketing', 'signup/form Owner: Sales', 'order/- Owner: Sales, Support']);
        expect(shown('gap')).toEqual(['signup/- ⚠ no owner', 'later/- ⚠ no touchpoints', 'later/- ⚠ no owner']);
        for (const node of layout.nodes.filter(n => n.kind !== 'stage' && n.kind !== 'row')) {
            expect(chart.nodes.get(node.id)?.classes).toEqual([node.kind]);
        }
    });
});
