/**
 * The attack suite: hostile text in every label and text of a map, through
 * every generator and the Markdown export. Mermaid must parse each output, show
 * the text as written, and nothing may become a directive, a click handler or
 * markup.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../language-server/core/export/markdown-export.js';
import { blueprint, emotionCurve, journeyDiagram } from '../../../../language-server/core/mermaid/index.js';
import { singleLine } from '../../../../language-server/core/mermaid/escape.js';
import type { RenderModel } from '../../../../language-server/core/model/render-model.js';
import { displayedText, parsedDiagram, parseMermaid } from '../../../support/mermaid-node.js';
import { mermaidBlocks } from '../../../support/markdown-mermaid.js';
import { modelFromFiles } from '../../language/render/model-from-text.js';
import { HOSTILE_LABELS } from './hostile-labels.js';

const labels = HOSTILE_LABELS.filter(label => singleLine(label) !== '');

/** A .journey string literal. */
const str = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** A map in which every label and text is hostile: one persona, stage and touchpoint per hostile label. */
function hostileDocument(): string {
    const lines: string[] = [];
    labels.forEach((label, i) => {
        lines.push(`persona p${i} ${str(label)} { description ${str(label)} goal ${str(label)} }`, `team t${i} ${str(label)}`, `channel c${i} ${str(label)}`);
    });
    lines.push(`journey hostile ${str(labels[0])} {`, `  description ${str(labels[3])}`, `  goal ${str(labels[6])}`);
    labels.forEach((label, i) => {
        lines.push(
            `  stage s${i} ${str(label)} {`,
            `    owner t${i}`,
            `    metric ${str(label)} 1 target 2`,
            `    touchpoint tp${i} ${str(label)} via c${i} {`,
            `      owner t${i}`,
            `      action ${str(label)}`,
            `      thought p${i} ${str(label)}`,
            `      emotion p${i} ${(i % 5) + 1} ${str(label)}`,
            `      emotion p0 ${((i + 2) % 5) + 1}`,
            `      pain ${str(label)}`,
            `      opportunity ${str(label)}`,
            '    }',
            '  }'
        );
    });
    lines.push('}');
    return lines.join('\n');
}

let model: RenderModel;
const expected = labels.map(singleLine);

beforeAll(async () => {
    model = await modelFromFiles({ 'hostile.journey': hostileDocument() });
    expect(model.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
    expect(model.journeys[0].stages.map(stage => stage.label)).toEqual(labels);
});

/** Nothing in Mermaid text may act: no directive, no click or href line, no markup, no script URL. */
function expectInert(text: string): void {
    expect(text).not.toContain('%%');
    expect(text).not.toMatch(/^\s*(click|href|call|style|linkStyle)\b/im);
    expect(text).not.toMatch(/<\s*(script|img|svg|a|\/text)/i);
    expect(text).not.toMatch(/javascript:/i);
    // Only our own front matter (emotion curve) may start a YAML block.
    expect(text.split('\n').filter(line => line === '---').length).toBeLessThanOrEqual(2);
}

describe('hostile labels through every view', () => {
    it('journey diagram: parses, shows every label as written, no directive', async () => {
        const text = journeyDiagram(model, 'hostile');
        expectInert(text);
        // Only the legend's margin, computed from the names' length: no user text in the front matter.
        expect((await parseMermaid(text)).config).toEqual({ journey: { leftMargin: expect.any(Number) } });
        const { db } = await parsedDiagram(text);
        const tasks = db.getTasks() as Array<{ section: string; task: string; people: string[]; score: number }>;
        expect(displayedText(db.getDiagramTitle())).toBe(expected[0]);
        expect([...new Set(tasks.map(task => displayedText(task.section)))]).toEqual(expected);
        expect([...new Set(tasks.map(task => displayedText(task.task.trim())))]).toEqual(expected);
        expect(new Set(tasks.flatMap(task => task.people.map(displayedText)))).toEqual(new Set(expected));
        expect(tasks.every(task => Number.isInteger(task.score) && task.score >= 1 && task.score <= 5)).toBe(true);
    });

    it('journey diagram filtered by persona', async () => {
        const text = journeyDiagram(model, 'hostile', { persona: 'p3' });
        expectInert(text);
        const { db } = await parsedDiagram(text);
        expect(db.getTasks().map((task: { people: string[] }) => task.people.map(displayedText))).toEqual([[expected[3]]]);
    });

    it('emotion curve, with and without a before version: parses, shows every label, no directive', async () => {
        for (const text of [emotionCurve(model, 'hostile'), emotionCurve(model, 'hostile', { before: model }), emotionCurve(model, 'hostile', { persona: 'p0' })]) {
            expectInert(text);
            const { config } = await parseMermaid(text);
            expect(Object.keys(config as object).sort()).toEqual(['themeVariables', 'xyChart']);
            expect(config).not.toHaveProperty('securityLevel');
            const { db } = await parsedDiagram(text);
            const data = db.getXYChartData();
            expect(displayedText(db.getDiagramTitle())).toBe(expected[0]);
            expect(data.xAxis.categories.map((c: string) => displayedText(c).replace(/\u200b/g, ''))).toEqual(expected.map(label => `${label} · ${label}`));
            const titles = data.plots.map((plot: { title: string }) => displayedText(plot.title));
            expect(titles).toContain(expected[0]);
        }
        const { db } = await parsedDiagram(emotionCurve(model, 'hostile'));
        expect(db.getXYChartData().plots.map((plot: { title: string }) => displayedText(plot.title))).toEqual(expected);
    });

    it('blueprint: parses, shows every label, no click handler or link, no markup but the generator\'s', async () => {
        const text = blueprint(model, 'hostile');
        expectInert(text);
        expect((await parseMermaid(text)).config).toEqual({});
        // The cards' line breaks, bold names, left alignment and coloured kinds/personas are the only tags; user text's `<` is an entity code.
        const tags = [...new Set(text.match(/<[^>]*>/g))];
        expect(tags.every(tag => /^(<\/?(b|div|font)>|<br\/>|<div align='left'>|<font color='#[0-9A-Fa-f]{6}'>)$/.test(tag)), tags.join(' ')).toBe(true);
        const { db } = await parsedDiagram(text);
        const blocks = (db.getBlocksFlat() as Array<{ id: string; type: string; label?: string; classes?: string[] }>).filter(block => block.id !== 'root' && block.type !== 'space');
        expect(db.getEdges()).toEqual([]);
        // A cell's text as shown, whitespace dropped: long text is wrapped onto lines at its spaces.
        const flat = (shown: string) => shown.replace(/\s+/g, '');
        const cellText = (block: { label?: string }) => flat((block.label ?? '').split(/<br\s*\/?>/).map(line => displayedText(line.replace(/<[^>]*>/g, ''))).join(' '));
        const cells = new Set(blocks.map(cellText));
        for (const label of expected) {
            for (const shown of [`${label} Owner: ${label}`, `${label} via ${label} Owner: ${label}`, label]) {
                expect(cells).toContain(flat(shown));
            }
        }
        // The stages' headers, in order.
        expect(blocks.filter(block => block.id.startsWith('stage_')).map(block => cellText(block))).toEqual(expected.map(label => flat(`${label} Owner: ${label}`)));
    });

    it('Markdown export: every Mermaid block parses, no markup or directive escapes, the table keeps its shape', async () => {
        const markdown = renderMarkdown(model);
        const blocks = mermaidBlocks(markdown);
        // One journey diagram per persona that has an emotion (no touchpoint drawn twice), one curve, one blueprint.
        const scoredPersonas = new Set(model.journeys[0].stages.flatMap(stage => stage.touchpoints.flatMap(tp => tp.emotions.map(emotion => emotion.persona))));
        const kinds = blocks.map(block => /^(?:---[\s\S]*?---\s*)?(\w[\w-]*)/.exec(block)?.[1]);
        expect(kinds.filter(kind => kind === 'journey')).toHaveLength(scoredPersonas.size);
        expect(kinds.filter(kind => kind === 'xychart-beta' || kind === 'xychart')).toHaveLength(1);
        expect(kinds.filter(kind => kind === 'block-beta')).toHaveLength(1);
        expect(blocks).toHaveLength(scoredPersonas.size + 2);
        for (const block of blocks) {
            expectInert(block);
            await parseMermaid(block);
        }
        const outside = markdown.replace(/^```mermaid\n[\s\S]*?^```$/gm, '');
        expect(outside).not.toMatch(/<\s*(script|img|svg|a|\/text)/i);
        expect(outside).not.toContain('%%{');
        expect(outside).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        // Every table keeps its shape: each row has its header's number of cells (hostile text splits none).
        const cells = (line: string) => line.split(/(?<!\\)\|/).length - 2;
        const tables = outside.split(/\n(?!\|)/).map(chunk => chunk.split('\n').filter(line => line.startsWith('|'))).filter(rows => rows.length > 0);
        for (const rows of tables) {
            for (const row of rows) expect(cells(row), row.slice(0, 80)).toBe(cells(rows[0]));
        }
        // The details table: a header, its rule and 8 rows, a column per touchpoint.
        expect(tables.filter(rows => cells(rows[0]) === labels.length + 1).map(rows => rows.length)).toEqual([2 + 8]);
        // No hostile text starts a Markdown line of its own (newline injection).
        expect(outside.split('\n').some(line => /^\s*(click|section|#+ Injected)/i.test(line))).toBe(false);
    });
});
