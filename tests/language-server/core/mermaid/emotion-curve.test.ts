import { describe, expect, it } from 'vitest';
import { emotionCurve, emotionCurveLayout } from '../../../../language-server/core/mermaid/index.js';
import type { RenderModel } from '../../../../language-server/core/model/render-model.js';
import { displayedText, parsedDiagram, parseMermaid } from '../../../support/mermaid-node.js';
import { checkoutModel, fixtureText, modelFromFiles, twoPersonasModel } from '../../language/render/model-from-text.js';

interface Chart {
    title: string;
    categories: string[];
    lines: Array<{ title: string; values: number[]; labels: string[]; color: string }>;
    palette: string;
    width: number;
}

/**
 * What Mermaid parsed: the chart's title, x categories and lines as displayed.
 * A line's colour is the front matter palette's entry at its index, as Mermaid
 * picks it when rendering (parsing alone does not apply the front matter).
 */
async function chartOf(text: string): Promise<Chart> {
    const { db } = await parsedDiagram(text);
    const data = db.getXYChartData();
    const { config } = await parseMermaid(text);
    const xyConfig = config as { themeVariables: { xyChart: { plotColorPalette: string } }; xyChart: { width: number } };
    const palette = xyConfig.themeVariables.xyChart.plotColorPalette.split(',').map(color => color.trim());
    return {
        title: displayedText(db.getDiagramTitle()),
        categories: data.xAxis.categories.map(displayedText),
        lines: data.plots.map((plot: { title: string; data: Array<[string, number]>; pointLabels?: string[] }, index: number) => ({
            title: displayedText(plot.title),
            values: plot.data.map(point => point[1]),
            labels: (plot.pointLabels ?? []).map(displayedText),
            color: palette[index % palette.length]
        })),
        palette: xyConfig.themeVariables.xyChart.plotColorPalette,
        width: xyConfig.xyChart.width
    };
}

describe('emotionCurve', () => {
    it('draws the contract example: one line for the persona, touchpoints with their stage on the x axis, y from 1 to 5', async () => {
        const text = emotionCurve(await checkoutModel(), 'first_purchase');
        expect(text).toContain('xychart-beta');
        expect(text).toContain('    y-axis "Emotion (1-5)" 1 --> 5');
        const chart = await chartOf(text);
        expect(chart.title).toBe('First online purchase');
        expect(chart.categories).toEqual(['Awareness · Sponsored post', 'Purchase · Checkout', 'Retention · Order follow-up']);
        expect(chart.lines).toEqual([{ title: 'Maya, first-time buyer', values: [3, 1, 4], labels: [], color: '#0072B2' }]);
        const { db } = await parsedDiagram(text);
        expect(db.getXYChartData().yAxis).toMatchObject({ min: 1, max: 5 });
    });

    it('never invents a score: gaps join the real scores or stay level, listed in the layout (no per-point label: Mermaid before 11.16 cannot parse one)', async () => {
        const model = await twoPersonasModel();
        const chart = await chartOf(emotionCurve(model, 'onboarding'));
        expect(emotionCurveLayout(model, 'onboarding').lines.map(line => line.gaps)).toEqual([[], ['landing', 'form']]);
        // Welcome mail nobody scored, so it has no place on the axis.
        expect(chart.categories).toEqual(['Discover · Landing page', 'Discover · Newsletter', 'Sign up · Sign-up form', 'First order · Checkout']);
        expect(chart.lines[0]).toMatchObject({ title: 'Maya', values: [3, 4, 1, 4], labels: [] });
        // Sam: no score at the landing page (level with the first real one), 9 at the form is out of range (on the segment from 2 to 5).
        expect(chart.lines[1]).toMatchObject({ title: 'Sam, returning customer', values: [2, 2, 3.5, 5], labels: [] });
    });

    it('keeps one persona, on the touchpoints it scored, with the persona option', async () => {
        const chart = await chartOf(emotionCurve(await twoPersonasModel(), 'onboarding', { persona: 'sam' }));
        expect(chart.categories).toEqual(['Discover · Newsletter', 'First order · Checkout']);
        // Sam keeps the colour of the journey's second persona when shown alone.
        expect(chart.lines).toEqual([{ title: 'Sam, returning customer', values: [2, 5], labels: [], color: '#E69F00' }]);
    });

    it('draws the previous version faded underneath, in the colour of the current line', async () => {
        const before = await twoPersonasModel();
        const changed = fixtureText('render/two-personas.journey')
            .replace('emotion maya 3 "Curious"', 'emotion maya 5 "Curious"')
            .replace(/touchpoint newsletter[\s\S]*?\n    }\n/, '');
        const after = await modelFromFiles({ 'two-personas.journey': changed });
        const chart = await chartOf(emotionCurve(after, 'onboarding', { before }));
        // The removed newsletter keeps its place, after its former predecessor.
        expect(chart.categories).toEqual(['Discover · Landing page', 'Discover · Newsletter', 'Sign up · Sign-up form', 'First order · Checkout']);
        expect(chart.lines.map(line => [line.title, line.values])).toEqual([
            ['Maya (before)', [3, 4, 1, 4]],
            ['Sam, returning customer (before)', [2, 2, 3.5, 5]],
            ['Maya', [5, 3, 1, 4]],
            ['Sam, returning customer', [5, 5, 5, 5]]
        ]);
        expect(chart.lines[1].labels).toEqual([]);
        expect(chart.lines[3].labels).toEqual([]);
        expect(chart.lines.map(line => line.color)).toEqual(['#0072B259', '#E69F0059', '#0072B2', '#E69F00']);
    });

    it('gives each touchpoint room on the x axis for its whole label, and numbers the labels past 24 touchpoints when asked', async () => {
        const stages = (count: number) => Array.from({ length: count }, (_, i) => `  stage s${i} "Stage ${i}" {\n    touchpoint t${i} "Touchpoint number ${i}" {\n      emotion p ${(i % 5) + 1}\n    }\n  }`).join('\n');
        const model = await modelFromFiles({ 'long.journey': `persona p\njourney j {\n${stages(12)}\n}\n` });
        // "Stage 10 · Touchpoint number 10": 31 characters of about 7.5 px, plus a gap, per category.
        expect((await chartOf(emotionCurve(model, 'j'))).width).toBeGreaterThanOrEqual(12 * (31 * 7.5 + 24));
        const big = await modelFromFiles({ 'big.journey': `persona p\njourney j {\n${stages(30)}\n}\n` });
        expect((await chartOf(emotionCurve(big, 'j'))).categories[0]).toBe('Stage 0 · Touchpoint number 0');
        const numbered = emotionCurveLayout(big, 'j', { axisLabels: 'auto' });
        const chart = await chartOf(numbered.text);
        expect(chart.categories).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
        expect(chart.width).toBeLessThan(30 * 60 + 400);
        expect(numbered.axisKey?.[29]).toEqual({ number: '30', label: 'Stage 29 · Touchpoint number 29' });
    });

    it('keeps touchpoints with equal labels apart', async () => {
        const model = await modelFromFiles({
            'same.journey': 'persona p\njourney j {\n  stage s "S" {\n    touchpoint a "Call" {\n      emotion p 2\n    }\n    touchpoint b "Call" {\n      emotion p 4\n    }\n  }\n}\n'
        });
        const chart = await chartOf(emotionCurve(model, 'j'));
        expect(chart.categories).toHaveLength(2);
        expect(new Set(chart.categories).size).toBe(2);
        expect(chart.categories.map(c => c.replace(/\u200b/g, ''))).toEqual(['S · Call', 'S · Call']);
        expect(chart.lines[0].values).toEqual([2, 4]);
    });

    it('says so instead of drawing an empty chart when nobody has a score', async () => {
        const model: RenderModel = await modelFromFiles({ 'none.journey': 'persona p\njourney j "No data" {\n  stage s {\n    touchpoint t {\n    }\n  }\n}\n' });
        const text = emotionCurve(model, 'j');
        const { db } = await parsedDiagram(text);
        expect([...db.getVertices().values()].map((v: { text: string }) => displayedText(v.text))).toEqual(['No data: no emotion scores yet']);
    });
});

describe('emotionCurve of a future state', () => {
    const TODAY = [
        'persona maya "Maya"',
        'persona sam "Sam"',
        'journey today "Claim (today)" {',
        '  personas maya, sam',
        '  state current',
        '  stage s "Report" {',
        '    touchpoint form "Paper form" {',
        '      emotion maya 1',
        '      emotion sam 2',
        '    }',
        '    touchpoint wait "Waiting" {',
        '      emotion maya 2',
        '    }',
        '  }',
        '}'
    ].join('\n');
    const TARGET = [
        'journey tomorrow "Claim (target)" {',
        '  personas maya, sam',
        '  state future',
        '  replaces today',
        '  stage s "Report" {',
        '    touchpoint form "Online form" {',
        '      emotion maya 4',
        '      emotion sam 4',
        '    }',
        '    touchpoint tracking "Waiting" {',
        '      emotion maya 3',
        '    }',
        '    touchpoint paid "Paid" {',
        '      emotion maya 5',
        '    }',
        '  }',
        '}'
    ].join('\n');

    it('draws each persona\'s current-state line faded underneath, matched by id then label, titled "current" vs "target"', async () => {
        const model = await modelFromFiles({ 'today.journey': TODAY, 'target.journey': TARGET });
        const layout = emotionCurveLayout(model, 'tomorrow');
        const chart = await chartOf(layout.text);
        expect(chart.categories).toEqual(['Report · Online form', 'Report · Waiting', 'Report · Paid']);
        expect(chart.lines.map(line => [line.title, line.values, line.color])).toEqual([
            // Today's "Waiting" stands at the target's "Waiting" (same label); "Paid" is new: the line stays level there.
            ['Maya (current)', [1, 2, 2], '#0072B259'],
            ['Sam (current)', [2, 2, 2], '#E69F0059'],
            ['Maya (target)', [4, 3, 5], '#0072B2'],
            ['Sam (target)', [4, 4, 4], '#E69F00']
        ]);
        expect(layout.lines.map(line => [line.persona, line.replaced, line.before])).toEqual([['maya', true, false], ['sam', true, false], ['maya', false, false], ['sam', false, false]]);
        expect(layout.lines[0].gaps).toEqual(['paid']);
        // One persona: its two lines only.
        expect((await chartOf(emotionCurve(model, 'tomorrow', { persona: 'sam' }))).lines.map(line => line.title)).toEqual(['Sam (current)', 'Sam (target)']);
    });

    it('draws a current state, or a future state that replaces nothing, with the plain titles', async () => {
        const model = await modelFromFiles({ 'today.journey': TODAY, 'target.journey': TARGET.replace('  replaces today\n', '') });
        expect((await chartOf(emotionCurve(model, 'tomorrow'))).lines.map(line => line.title)).toEqual(['Maya', 'Sam']);
        const today = await modelFromFiles({ 'target.journey': TARGET, 'today.journey': TODAY });
        expect((await chartOf(emotionCurve(today, 'today'))).lines.map(line => line.title)).toEqual(['Maya', 'Sam']);
    });
});

describe('emotionCurveLayout', () => {
    it('lists the categories and the lines in Mermaid\'s order', async () => {
        const before = await twoPersonasModel();
        const layout = emotionCurveLayout(await checkoutModel(), 'first_purchase');
        expect(layout.kind).toBe('xychart');
        expect(layout.categories).toEqual([
            { stageId: 'awareness', touchpointId: 'sponsored_post', label: 'Awareness · Sponsored post' },
            { stageId: 'purchase', touchpointId: 'checkout_page', label: 'Purchase · Checkout' },
            { stageId: 'retention', touchpointId: 'follow_up', label: 'Retention · Order follow-up' }
        ]);
        expect(layout.lines).toEqual([{ persona: 'maya', before: false, replaced: false, title: 'Maya, first-time buyer', color: '#0072B2', gaps: [], scores: [3, 1, 4] }]);
        const diff = emotionCurveLayout(before, 'onboarding', { before });
        expect(diff.lines.map(({ persona, before }) => ({ persona, before }))).toEqual([
            { persona: 'maya', before: true },
            { persona: 'sam', before: true },
            { persona: 'maya', before: false },
            { persona: 'sam', before: false }
        ]);
        expect((await chartOf(diff.text)).lines.map(line => line.title)).toEqual(['Maya (before)', 'Sam, returning customer (before)', 'Maya', 'Sam, returning customer']);
    });

    it('says when the text is the empty-state flowchart', async () => {
        const model = await modelFromFiles({ 'none.journey': 'journey j {\n  stage s {\n  }\n}\n' });
        expect(emotionCurveLayout(model, 'j')).toMatchObject({ kind: 'empty', categories: [], lines: [] });
    });
});
