import { describe, expect, it } from 'vitest';
import { escapeMermaidText, journeyActor, journeyText, mermaidId, quoted, singleLine } from '../../../../language-server/core/mermaid/escape.js';
import { displayedText, parsedDiagram } from '../../../support/mermaid-node.js';
import { HOSTILE_LABELS } from './hostile-labels.js';

const visible = HOSTILE_LABELS.filter(label => singleLine(label) !== '');

describe('escapeMermaidText', () => {
    it('keeps ordinary text readable', () => {
        expect(escapeMermaidText('Sponsored post (mobile), 2nd try!')).toBe('Sponsored post (mobile), 2nd try!');
        expect(escapeMermaidText('Crème brûlée 🍮')).toBe('Crème brûlée 🍮');
    });

    it('writes syntax characters as entity codes', () => {
        expect(escapeMermaidText('a: b # c; "d"')).toBe('a#58; b #35; c#59; #34;d#34;');
        expect(escapeMermaidText('<b>&')).toBe('#60;b#62;#38;');
        expect(escapeMermaidText('50%')).toBe('50#37;');
    });

    it('puts line breaks on one line', () => {
        expect(escapeMermaidText('one\ntwo\r\n  three')).toBe('one two three');
    });

    it.each(visible)('leaves no syntax character in %j', label => {
        expect(escapeMermaidText(label)).toMatch(/^([A-Za-z0-9 .,!?'()\-_/+*=@$~]|[^\u0000-\u007f\u00b0\u00b6]|#\d+;)*$/u);
    });

    it('makes ids that cannot be Mermaid keywords', () => {
        expect(mermaidId('tp', 'end')).toBe('tp_end');
        expect(mermaidId('stage', 'a-b c')).toBe('stage_a_b_c');
    });
});

describe('escaped labels as Mermaid reads them', () => {
    it.each(visible)('flowchart label %j is displayed as written', async label => {
        const { db } = await parsedDiagram(`flowchart LR\n  n1[${quoted(label)}]\n  n1 --> n2[${quoted(label)}]\n`);
        const vertices = [...db.getVertices().values()];
        expect(vertices.map((v: { text: string }) => displayedText(v.text))).toEqual([singleLine(label), singleLine(label)]);
        expect(vertices.every((v: { link?: string; haveCallback?: boolean }) => !v.link && !v.haveCallback)).toBe(true);
    });

    it.each(visible)('journey task, section and actor %j are displayed as written', async label => {
        const { db } = await parsedDiagram(`journey\n  title ${journeyText(label)}\n  section ${journeyText(label)}\n    ${journeyText(label)}: 3: ${journeyActor(label)}, Sam\n`);
        const tasks = db.getTasks();
        expect(tasks).toHaveLength(1);
        expect(displayedText(tasks[0].task.trim())).toBe(singleLine(label));
        expect(displayedText(tasks[0].section.replace(/^section\s/, '').trim())).toBe(singleLine(label));
        expect(tasks[0].people.map(displayedText)).toEqual([singleLine(label), 'Sam']);
        expect(tasks[0].score).toBe(3);
        expect(displayedText(db.getDiagramTitle())).toBe(singleLine(label));
    });

    it.each(visible)('xychart title, axis label and series %j are displayed as written', async label => {
        const { db } = await parsedDiagram(
            `xychart-beta\n  title ${quoted(label)}\n  x-axis [${quoted(label)}, "b"]\n  y-axis "Emotion" 1 --> 5\n  line ${quoted(label)} [1, 5]\n`
        );
        const data = db.getXYChartData();
        expect(displayedText(data.xAxis.categories[0])).toBe(singleLine(label));
        expect(displayedText(data.plots[0].title)).toBe(singleLine(label));
        expect(displayedText(db.getDiagramTitle())).toBe(singleLine(label));
        expect(data.plots[0].data.map((point: [string, number]) => point[1])).toEqual([1, 5]);
    });
});
