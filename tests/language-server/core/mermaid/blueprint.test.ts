import { describe, expect, it } from 'vitest';
import { blueprint, blueprintLayout } from '../../../../language-server/core/mermaid/index.js';
import { displayedText, parsedDiagram } from '../../../support/mermaid-node.js';
import { checkoutModel, modelFromFiles, twoPersonasModel } from '../../language/render/model-from-text.js';

interface Flowchart {
    /** The stages' subgraphs, each with its nodes in the order written (Mermaid stacks them so, top to bottom). */
    subgraphs: Array<{ id: string; title: string; nodes: string[]; classes: string[] }>;
    /** Each node's lines as shown (markup of the generator dropped, user text decoded), and its classes. */
    nodes: Map<string, { lines: string[]; classes: string[] }>;
    edges: Array<{ start: string; end: string; stroke: string }>;
}

/**
 * A label's lines as the user reads them: split at Mermaid's line breaks,
 * without the generator's own `<b>`/`<font>` markup. User text cannot hold a
 * `<` here (it is an entity placeholder until displayed), so every tag
 * dropped is the generator's.
 */
function shownLines(parsed: string): string[] {
    return parsed.split(/<br\s*\/?>/).map(line => displayedText(line.replace(/<[^>]*>/g, '')));
}

/** The flowchart as Mermaid parsed it: subgraphs with their nodes, node lines as displayed, classes and edges. */
async function flowchartOf(text: string): Promise<Flowchart> {
    const { db } = await parsedDiagram(text);
    const nodes = new Map<string, { lines: string[]; classes: string[] }>();
    const subgraphs = db.getSubGraphs() as Array<{ id: string; title: string; nodes: string[]; classes: string[] }>;
    const subgraphIds = new Set(subgraphs.map(sg => sg.id));
    for (const [id, vertex] of db.getVertices() as Map<string, { text: string; classes: string[]; link?: string; haveCallback?: boolean }>) {
        if (subgraphIds.has(id)) continue; // an arrow's end that is a stage
        expect(vertex.link ?? vertex.haveCallback ?? undefined).toBeUndefined();
        nodes.set(id, { lines: shownLines(vertex.text), classes: vertex.classes.filter(c => c !== 'default') });
    }
    return {
        subgraphs: subgraphs.map(sg => ({ id: sg.id, title: displayedText(sg.title), nodes: sg.nodes, classes: sg.classes })),
        nodes,
        edges: db.getEdges().map((e: { start: string; end: string; stroke: string }) => ({ start: e.start, end: e.end, stroke: e.stroke }))
    };
}

/** Each node of a stage as the user reads it: its lines joined by ` / `. */
const cards = (chart: Flowchart, stage: { nodes: string[] }) => stage.nodes.map(id => chart.nodes.get(id)?.lines.join(' / '));

describe('blueprint', () => {
    it('draws a column per stage: its owner on top, then a card per touchpoint with its channels, owners, pains and opportunities', async () => {
        const text = blueprint(await checkoutModel(), 'first_purchase');
        expect(text.startsWith('flowchart LR\n')).toBe(true);
        for (const kind of ['touchpoint', 'owner', 'gap']) {
            expect(text).toMatch(new RegExp(`^    classDef ${kind} `, 'm'));
        }
        const chart = await flowchartOf(text);
        expect(chart.subgraphs.map(sg => sg.title)).toEqual(['Awareness', 'Purchase', 'Retention']);
        expect(cards(chart, chart.subgraphs[0])).toEqual([
            'Owner: Marketing',
            'Sponsored post / Channel: Instagram / Customer: Scrolls past a sponsored post / Emotion: ● Maya, first-time buyer 3 / Pain: The price is not in the ad / Opportunity: Show the price in the ad creative'
        ]);
        expect(cards(chart, chart.subgraphs[1])).toEqual([
            'Owner: Sales',
            'Checkout / Channel: Website / Customer: Enters card details / Emotion: ● Maya, first-time buyer 1 / Pain: Surprise shipping fee / Opportunity: Show shipping cost on the product page'
        ]);
        // The retention stage's owner is its touchpoint's.
        expect(cards(chart, chart.subgraphs[2])).toEqual(['Order follow-up / Channel: Email / Emotion: ● Maya, first-time buyer 4 / Owner: Customer Support']);
        const classOf = (firstLine: string) => [...chart.nodes.values()].find(node => node.lines[0] === firstLine)?.classes;
        expect(classOf('Sponsored post')).toEqual(['touchpoint']);
        expect(classOf('Owner: Marketing')).toEqual(['owner']);
        expect(chart.subgraphs.every(sg => !sg.classes.includes('gap'))).toBe(true);
    });

    it('styles the kind of each line of a card, and the touchpoint\'s name in bold', async () => {
        const text = blueprint(await checkoutModel(), 'first_purchase');
        const card = text.split('\n').find(line => line.includes('Sponsored post'))!;
        expect(card.trim()).toBe(
            'tp_sponsored_post["<div align=\'left\'><b>Sponsored post</b><br/>'
            + "<font color='#1f6fa8'>Channel#58;</font> Instagram<br/>"
            + "<font color='#1d2b3a'>Customer#58;</font> Scrolls past a sponsored post<br/>"
            // The persona's colour and marker (persona-palette.ts), then its name and score.
            + "<font color='#1d2b3a'>Emotion#58;</font> <font color='#0072B2'>●</font> Maya, first-time buyer 3<br/>"
            + "<font color='#c0392b'>Pain#58;</font> The price is not in the ad<br/>"
            + "<font color='#2e7d32'>Opportunity#58;</font> Show the price in the ad creative</div>\"]"
        );
    });

    it('draws the service blueprint lanes of render model v2: frontstage, line of visibility, backstage, support, systems, evidence; failure points and moments of truth', async () => {
        const model = await checkoutModel();
        const touchpoint = model.journeys[0].stages[0].touchpoints[0];
        const text = (s: string) => ({ text: s, source: touchpoint.source });
        Object.assign(touchpoint, {
            momentOfTruth: true,
            frontstage: [text('Agent answers the chat')],
            backstage: [text('Agent checks the order')],
            support: [text('Refund process')],
            systems: ['crm'],
            evidence: [text('Confirmation e-mail')]
        });
        touchpoint.pains[0].failurePoint = true;
        model.systems = [{ id: 'crm', label: 'Salesforce CRM', source: touchpoint.source, issues: [] }];
        const chart = await flowchartOf(blueprint(model, 'first_purchase'));
        const card = cards(chart, chart.subgraphs[0])[1];
        expect(card).toBe([
            'Sponsored post ★ moment of truth', 'Channel: Instagram', 'Customer: Scrolls past a sponsored post', 'Emotion: ● Maya, first-time buyer 3',
            'Frontstage: Agent answers the chat', '- - - line of visibility - - -', 'Backstage: Agent checks the order', 'Support: Refund process',
            'Systems: Salesforce CRM', 'Evidence: Confirmation e-mail', 'Failure point: ⚠ The price is not in the ad', 'Opportunity: Show the price in the ad creative'
        ].join(' / '));
        expect(blueprint(model, 'first_purchase')).toMatch(/class tp_sponsored_post truth/);
    });

    it('reads left to right: arrows join the stages in journey order; no link between cards, no subgraph inside a stage', async () => {
        const chart = await flowchartOf(blueprint(await twoPersonasModel(), 'onboarding'));
        const titles = new Map(chart.subgraphs.map(sg => [sg.id, sg.title]));
        const arrows = chart.edges.filter(edge => edge.stroke === 'normal').map(edge => [titles.get(edge.start), titles.get(edge.end)]);
        expect(arrows).toEqual([
            ['Discover', 'Sign up'],
            ['Sign up', 'Later'],
            ['Later', 'First order']
        ]);
        // Invisible links only line up the first node of each stage with the next stage's.
        const firsts = chart.subgraphs.map(sg => sg.nodes[0]);
        const invisible = chart.edges.filter(edge => edge.stroke === 'invisible').map(edge => [edge.start, edge.end]);
        expect(invisible).toEqual(firsts.slice(1).map((id, i) => [firsts[i], id]));
        expect(chart.edges).toHaveLength(arrows.length + invisible.length);
        expect(chart.subgraphs.flatMap(sg => sg.nodes).filter(id => titles.has(id))).toEqual([]);
    });

    it('marks stages without owner or touchpoints with the gap class and a warning node in the owner\'s place', async () => {
        const chart = await flowchartOf(blueprint(await twoPersonasModel(), 'onboarding'));
        const byTitle = new Map(chart.subgraphs.map(sg => [sg.title, sg]));
        expect(byTitle.get('Sign up')?.classes).toContain('gap');
        expect(cards(chart, byTitle.get('Sign up')!)).toEqual(['⚠ no owner', 'Sign-up form / Channel: Website / Emotion: ● Maya 1 / Owner: Sales', 'Welcome mail / Channel: Email']);
        expect(byTitle.get('Later')?.classes).toContain('gap');
        expect(cards(chart, byTitle.get('Later')!).sort()).toEqual(['⚠ no owner', '⚠ no touchpoints']);
        expect(byTitle.get('Discover')?.classes).not.toContain('gap');
        const gapNodes = [...chart.nodes.values()].filter(node => node.lines[0].startsWith('⚠'));
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
        expect(cards(chart, chart.subgraphs[0])).toEqual(['Owner: style', 'click / Channel: graph / Pain: p', 'subgraph']);
        // The duplicate touchpoint `click` is its own node.
        expect(cards(chart, chart.subgraphs[1])).toEqual(['Owner: style', 'click']);
        expect(chart.subgraphs[1].nodes[1]).toBe('tp_click_2');
    });

    it('lists a touchpoint\'s pains one line each, and likewise its opportunities; user markup shows as written', async () => {
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
            "      opportunity \"Redesign: v2 <font color='red'>\"",
            '    }',
            '  }',
            '}'
        ].join('\n');
        const source = blueprint(await modelFromFiles({ 'many.journey': text }), 'j');
        const chart = await flowchartOf(source);
        expect(chart.nodes.get('tp_t')?.lines).toEqual(['T', 'Owner: Ann, Bob', 'Pain: Slow', 'Pain: <b>Ugly</b>', 'Opportunity: Cache', "Opportunity: Redesign: v2 <font color='red'>"]);
        // The user's <b> and <font> are entity codes; the only markup is the generator's.
        expect(source).toContain('</font> #60;b#62;Ugly#60;/b#62;<br/>');
        expect(source).toContain("</font> Redesign#58; v2 #60;font color='red'#62;</div>\"]");
    });

    it('stays small for a map of 100 touchpoints: one node per touchpoint and a few per stage', async () => {
        const touchpoints = (s: number) =>
            Array.from({ length: 10 }, (_, t) => `    touchpoint t${s}_${t} "Touchpoint ${s}.${t}" via web {\n      pain "A pain ${t}"\n      pain "Another pain ${t}"\n      opportunity "An idea ${t}"\n    }`).join('\n');
        const stages = Array.from({ length: 10 }, (_, s) => `  stage s${s} "Stage ${s}" {\n    owner o\n${touchpoints(s)}\n  }`).join('\n');
        const source = blueprint(await modelFromFiles({ 'big.journey': `team o\nchannel web\njourney j {\n${stages}\n}\n` }), 'j');
        expect(source.length).toBeLessThan(50_000);
        const chart = await flowchartOf(source);
        expect(chart.edges.length).toBe(2 * 9);
        expect(chart.nodes.size).toBe(100 + 10);
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
        expect([...chart.nodes.keys()].sort()).toEqual(layout.nodes.filter(node => node.kind !== 'stage').map(node => node.id).sort());
        expect(chart.subgraphs.map(sg => byId.get(sg.id))).toEqual([
            { id: 'stage_discover', kind: 'stage', stageId: 'discover' },
            { id: 'stage_signup', kind: 'stage', stageId: 'signup' },
            { id: 'stage_later', kind: 'stage', stageId: 'later' },
            { id: 'stage_order', kind: 'stage', stageId: 'order' }
        ]);
        const shown = (kind: string) =>
            layout.nodes.filter(node => node.kind === kind).map(node => `${node.stageId}/${node.touchpointId ?? '-'} ${chart.nodes.get(node.id)?.lines[0]}`);
        expect(shown('touchpoint')).toEqual(['discover/landing Landing page', 'discover/newsletter Newsletter', 'signup/form Sign-up form', 'signup/welcome Welcome mail', 'order/checkout Checkout']);
        expect(shown('owner')).toEqual(['discover/- Owner: Marketing', 'order/- Owner: Sales, Support']);
        expect(shown('gap')).toEqual(['signup/- ⚠ no owner', 'later/- ⚠ no touchpoints', 'later/- ⚠ no owner']);
        for (const node of layout.nodes.filter(n => n.kind !== 'stage')) {
            expect(chart.nodes.get(node.id)?.classes).toEqual([node.kind]);
        }
    });
});
