import { describe, expect, it } from 'vitest';
import { blueprint, blueprintLayout } from '../../../../language-server/core/mermaid/index.js';
import { PERSONA_COLORS } from '../../../../language-server/core/model/persona-palette.js';
import { displayedText, parsedDiagram } from '../../../support/mermaid-node.js';
import { checkoutModel, modelFromFiles, twoPersonasModel } from '../../language/render/model-from-text.js';

/** A block as Mermaid parsed it: its lines as shown (the generator's markup dropped, user text decoded), classes and span. */
interface Cell {
    id: string;
    lines: string[];
    classes: string[];
    span: number;
}

/**
 * The grid as Mermaid parsed it: rows of `columns` cells, a spanning block
 * taking its columns (repeated), an empty cell (`space`) as null. User text
 * cannot hold a `<` here (it is an entity placeholder until displayed), so
 * every tag dropped is the generator's.
 */
async function gridOf(text: string): Promise<{ columns: number; rows: Array<Array<Cell | null>> }> {
    const { type, db } = await parsedDiagram(text);
    expect(type).toBe('block');
    const columns = db.getColumns('root') as number;
    const root = (db.getBlocksFlat() as Array<{ id: string; children: Array<{ id: string; type: string; label?: string; classes?: string[]; widthInColumns?: number }> }>).find(block => block.id === 'root')!;
    const children = root.children;
    const flat: Array<Cell | null> = [];
    for (const child of children) {
        const span = child.widthInColumns ?? 1;
        const cell = child.type === 'space' ? null : {
            id: child.id,
            lines: (child.label ?? '').split(/<br\s*\/?>/).map(line => displayedText(line.replace(/<[^>]*>/g, ''))).filter(Boolean),
            classes: child.classes ?? [],
            span
        };
        for (let i = 0; i < span; i++) flat.push(cell);
    }
    expect(flat.length % columns).toBe(0);
    return { columns, rows: Array.from({ length: flat.length / columns }, (_, row) => flat.slice(row * columns, (row + 1) * columns)) };
}

/** A row as read: its lane title, then each column's text (lines joined by ` / `, '' for an empty cell). */
const read = (row: Array<Cell | null>) => row.map(cell => cell?.lines.join(' / ') ?? '');

describe('blueprint', () => {
    it('draws a service blueprint: a stage header over its touchpoints\' columns, a row per lane with data, the line of visibility', async () => {
        const model = await checkoutModel();
        const touchpoint = model.journeys[0].stages[1].touchpoints[0];
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
        const source = blueprint(model, 'first_purchase');
        expect(source.startsWith('block-beta\n    columns 4\n')).toBe(true);
        const { rows } = await gridOf(source);
        expect(rows.map(read)).toEqual([
            ['Stage', 'Awareness / Owner: Marketing', 'Purchase / Owner: Sales', 'Retention'],
            ['Touchpoint', 'Sponsored post / via Instagram', 'Checkout / ★ moment of truth / via Website', 'Order follow-up / via Email / Owner: Customer Support'],
            ['Physical evidence', '', 'Confirmation e-mail', ''],
            ['Customer actions', 'Scrolls past a sponsored post', 'Enters card details', ''],
            ['Emotion', '● Maya, first-time buyer 3', '● Maya, first-time buyer 1', '● Maya, first-time buyer 4'],
            ['Frontstage', '', 'Agent answers the chat', ''],
            ['line of visibility: the customer sees what is above it', 'line of visibility: the customer sees what is above it', 'line of visibility: the customer sees what is above it', 'line of visibility: the customer sees what is above it'],
            ['Backstage', '', 'Agent checks the order', ''],
            ['Support processes', '', 'Refund process', ''],
            ['Systems', '', 'Salesforce CRM', ''],
            ['Pain points', 'The price is not in the ad', '⚠ Failure point: Surprise / shipping fee', ''],
            ['Opportunities', 'Show the price in the ad / creative', 'Show shipping cost on the / product page', '']
        ]);
        const classOf = (row: number, column: number) => rows[row][column]?.classes;
        expect(classOf(0, 0)).toEqual(['lane']);
        expect(classOf(0, 1)).toEqual(['stage']);
        expect(classOf(1, 1)).toEqual(['touchpoint']);
        expect(classOf(1, 2)).toEqual(['truth']);
        expect(classOf(3, 1)).toEqual(['cell']);
        expect(classOf(6, 0)).toEqual(['visibility']);
        expect(rows[6][0]?.span).toBe(4);
        expect(classOf(7, 2)).toEqual(['hidden']);
        expect(classOf(10, 1)).toEqual(['cell']);
        expect(classOf(10, 2)).toEqual(['failure']);
    });

    it('leaves out lanes no touchpoint has data for, and the line of visibility when nothing is out of view', async () => {
        const { rows } = await gridOf(blueprint(await checkoutModel(), 'first_purchase'));
        expect(rows.map(row => row[0]?.lines[0])).toEqual(['Stage', 'Touchpoint', 'Customer actions', 'Emotion', 'Pain points', 'Opportunities']);
    });

    it('spans a stage header over its touchpoints; a stage without touchpoints keeps a column; gaps are marked in the header', async () => {
        const { columns, rows } = await gridOf(blueprint(await twoPersonasModel(), 'onboarding'));
        expect(columns).toBe(1 + 2 + 2 + 1 + 1);
        expect(read(rows[0])).toEqual([
            'Stage', 'Discover / Owner: Marketing', 'Discover / Owner: Marketing', 'Sign up / ⚠ no owner', 'Sign up / ⚠ no owner',
            'Later / ⚠ no touchpoints / ⚠ no owner', 'First order / Owner: Sales, Support'
        ]);
        expect(rows[0][1]?.span).toBe(2);
        expect(rows[0][3]?.classes).toEqual(['gap']);
        expect(rows[0][5]?.classes).toEqual(['gap']);
        expect(rows[0][1]?.classes).toEqual(['stage']);
        expect(read(rows[1])).toEqual(['Touchpoint', 'Landing page / via Website', 'Newsletter / via Website, Email', 'Sign-up form / via Website / Owner: Sales', 'Welcome mail / via Email', '', 'Checkout / via Website']);
        // Each persona's emotion in the touchpoint's column, in journey persona order (out-of-range scores left out).
        expect(read(rows[3])).toEqual(['Emotion', '● Maya 3', '● Maya 4 / ■ Sam, returning customer 2', '● Maya 1', '', '', '● Maya 4 / ■ Sam, returning customer 5']);
    });

    it('colours each persona\'s emotion with the palette\'s colour of that persona', async () => {
        const source = blueprint(await twoPersonasModel(), 'onboarding');
        const newsletter = source.split('\n').find(line => line.includes('emotions_newsletter'))!;
        expect(newsletter).toContain(`<font color='${PERSONA_COLORS[0]}'>●</font> Maya 4`);
        expect(newsletter).toContain(`<font color='${PERSONA_COLORS[1]}'>■</font> Sam, returning customer 2`);
    });

    it('wraps long text at 30 characters so a column stays narrow, and lists several items with bullets', async () => {
        const text = [
            'journey j {',
            '  stage s {',
            '    touchpoint t "T" {',
            '      pain "A pain whose description goes on for rather more than thirty characters"',
            '      pain "Supercalifragilisticexpialidociousandthensome"',
            '    }',
            '  }',
            '}'
        ].join('\n');
        const { rows } = await gridOf(blueprint(await modelFromFiles({ 'w.journey': text }), 'j'));
        expect(rows.at(-1)?.[1]?.lines).toEqual(['• A pain whose description', 'goes on for rather more than', 'thirty characters', '•', 'Supercalifragilisticexpialidoc', 'iousandthensome']);
        for (const line of rows.at(-1)![1]!.lines) expect(line.length).toBeLessThanOrEqual(30);
    });

    it('uses ids that Mermaid keywords and duplicate ids cannot break', async () => {
        const text = [
            'team style',
            'channel graph',
            'journey j {',
            '  stage end {',
            '    owner style',
            '    touchpoint space via graph {',
            '      pain "p"',
            '    }',
            '    touchpoint columns {',
            '    }',
            '  }',
            '  stage block {',
            '    owner style',
            '    touchpoint space {',
            '      action "a"',
            '    }',
            '  }',
            '}'
        ].join('\n');
        const source = blueprint(await modelFromFiles({ 'keywords.journey': text }), 'j');
        expect(source).not.toMatch(/^\s*click\b/m);
        const { rows } = await gridOf(source);
        expect(rows.map(read)).toEqual([
            ['Stage', 'end / Owner: style', 'end / Owner: style', 'block / Owner: style'],
            ['Touchpoint', 'space / via graph', 'columns', 'space'],
            ['Customer actions', '', '', 'a'],
            ['Pain points', 'p', '', '']
        ]);
        // The duplicate touchpoint `space` is its own block.
        expect(rows[1][3]?.id).toBe('tp_space_2');
    });

    it('shows user markup as written: the only markup is the generator\'s', async () => {
        const text = [
            'journey j {',
            '  stage s {',
            '    touchpoint t "T" {',
            '      pain "<b>Ugly</b>"',
            "      opportunity \"v2: <font color='red'>\"",
            '    }',
            '  }',
            '}'
        ].join('\n');
        const source = blueprint(await modelFromFiles({ 'many.journey': text }), 'j');
        const { rows } = await gridOf(source);
        expect(rows.slice(2).map(read)).toEqual([['Pain points', '<b>Ugly</b>'], ['Opportunities', "v2: <font color='red'>"]]);
        expect(source).toContain('#60;b#62;Ugly#60;/b#62;');
        expect(source).toContain("v2#58; #60;font color='red'#62;");
    });

    it('stays small for a map of 100 touchpoints: one block per touchpoint and filled lane, no links', async () => {
        const touchpoints = (s: number) =>
            Array.from({ length: 10 }, (_, t) => `    touchpoint t${s}_${t} "Touchpoint ${s}.${t}" via web {\n      pain "A pain ${t}"\n      pain "Another pain ${t}"\n      opportunity "An idea ${t}"\n    }`).join('\n');
        const stages = Array.from({ length: 10 }, (_, s) => `  stage s${s} "Stage ${s}" {\n    owner o\n${touchpoints(s)}\n  }`).join('\n');
        const layout = blueprintLayout(await modelFromFiles({ 'big.journey': `team o\nchannel web\njourney j {\n${stages}\n}\n` }), 'j');
        expect(layout.text.length).toBeLessThan(50_000);
        const { db } = await parsedDiagram(layout.text);
        expect(db.getEdges()).toEqual([]);
        expect(layout.nodes.filter(node => node.kind === 'touchpoint')).toHaveLength(100);
        expect(layout.nodes.filter(node => node.kind === 'cell')).toHaveLength(200);
        expect(layout.nodes.filter(node => node.kind === 'stage')).toHaveLength(10);
    });

    it('draws a journey of one empty stage', async () => {
        const { rows } = await gridOf(blueprint(await modelFromFiles({ 'e.journey': 'journey j {\n  stage s {\n  }\n}\n' }), 'j'));
        expect(rows.map(read)).toEqual([['Stage', 's / ⚠ no touchpoints / ⚠ no owner'], ['Touchpoint', '']]);
    });
});

describe('blueprintLayout', () => {
    it('names the element of every block Mermaid parsed', async () => {
        const layout = blueprintLayout(await twoPersonasModel(), 'onboarding');
        const { rows } = await gridOf(layout.text);
        const parsed = [...new Set(rows.flat().filter(cell => cell !== null).map(cell => cell!.id))];
        expect(parsed.sort()).toEqual(layout.nodes.map(node => node.id).sort());
        const byId = new Map(layout.nodes.map(node => [node.id, node]));
        expect(rows[0].slice(1).map(cell => byId.get(cell!.id)?.stageId)).toEqual(['discover', 'discover', 'signup', 'signup', 'later', 'order']);
        expect(rows[1].slice(1).map(cell => cell && byId.get(cell.id)?.touchpointId)).toEqual(['landing', 'newsletter', 'form', 'welcome', null, 'checkout']);
        for (const row of rows.slice(2)) {
            expect(byId.get(row[0]!.id)?.kind).toBe('lane');
            row.slice(1).forEach((cell, column) => {
                if (cell) expect(byId.get(cell.id)?.touchpointId).toBe(rows[1][column + 1] && byId.get(rows[1][column + 1]!.id)?.touchpointId);
            });
        }
        for (const node of layout.nodes) expect(rows.flat().find(cell => cell?.id === node.id)?.classes).toEqual([node.className]);
        expect(layout.lanes).toEqual(['actions', 'emotions', 'pains', 'opportunities']);
    });
});
