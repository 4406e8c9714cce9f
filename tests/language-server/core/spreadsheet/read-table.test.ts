import { describe, expect, it } from 'vitest';
import { parseNumber, readTables } from '../../../../language-server/core/spreadsheet/read-table.js';
import { cellValues, protectCell, unprotectCell } from '../../../../language-server/core/spreadsheet/columns.js';

const options = { defaultPersona: 'Customer' };
const sheet = (rows: string[][]) => [{ name: 'Sheet', rows }];

describe('reading journey spreadsheets', () => {
    it('matches headers by name or synonym, whatever the case, and fills journey and stage down', () => {
        const { map, problems } = readTables(sheet([
            [' PHASE ', 'Touch_Point', 'Pain Points', 'Personas', 'Score'],
            ['Arrive', 'Desk', 'Queue; No seats', 'Ana', '2'],
            ['', 'Waiting room', '', 'Ana', '3'],
            ['', '', '', 'Ben', '4']
        ]), options);
        expect(problems).toEqual([]);
        expect(map.journeys).toHaveLength(1);
        expect(map.journeys[0]).toMatchObject({ id: 'sheet', label: 'Sheet', personas: ['ana', 'ben'] });
        const [desk, waiting] = map.journeys[0].stages[0].touchpoints;
        expect(desk).toMatchObject({ id: 'desk', pains: ['Queue', 'No seats'], emotions: [{ persona: 'ana', score: 2 }] });
        expect(waiting.emotions).toEqual([{ persona: 'ana', score: 3 }, { persona: 'ben', score: 4 }]);
    });

    it('reports each cell it cannot read with row, column and what was expected, and keeps the rest', () => {
        const { map, problems } = readTables(sheet([
            ['Stage', 'Touchpoint', 'Emotion', 'Metric', 'Metric value', 'Owner', 'Remarks'],
            ['', 'Orphan', '3', '', '', '', ''],
            ['Buy', 'Pay', 'great', 'Conversion', 'high', 'Sales', 'call Bob'],
            ['Buy', '', '4', '', '', '', '']
        ]), options);
        expect(problems).toEqual([
            { where: 'column G "Remarks"', message: 'not a known column, 1 cell skipped (known columns: journey, stage, touchpoint, channel, persona, emotion, emotion note, action, thought, pain, opportunity, owner, metric, metric value, target)' },
            { where: 'row 2', message: 'the touchpoint "Orphan" has no stage: expected a stage in this row or a row above; row skipped' },
            { where: 'row 3, column E (metric value)', message: 'expected a number such as 68% or 1250 for the metric "Conversion", found "high"; metric skipped' },
            { where: 'row 3, column C (emotion)', message: 'expected a score from 1 to 5, found "great"; cell skipped' },
            { where: 'row 4, column C (emotion)', message: 'an emotion belongs to a touchpoint, and this row names none; cell skipped' }
        ]);
        expect(map.journeys[0].stages[0].touchpoints[0]).toMatchObject({ label: 'Pay', owners: ['sales'], emotions: [], metrics: [] });
    });

    it('gives a score without a persona to the default persona, so nothing is dropped', () => {
        const { map } = readTables(sheet([['touchpoint', 'stage', 'emotion'], ['Call', 'Help', '2']]), options);
        expect(map.personas).toEqual([{ id: 'customer', label: 'Customer' }]);
        expect(map.journeys[0].stages[0].touchpoints[0].emotions).toEqual([{ persona: 'customer', score: 2 }]);
    });

    it('skips a sheet without a stage or touchpoint column, saying which headers it found', () => {
        expect(readTables(sheet([['Name', 'Age'], ['Ana', '30']]), options).problems).toEqual([
            { where: 'row 1', message: 'expected a header row with at least a "stage" or a "touchpoint" column, found "Name", "Age"; sheet skipped' }
        ]);
    });

    it('splits cells at line breaks, else at semicolons, and reads numbers as spreadsheets write them', () => {
        expect(cellValues('a; b ;;c')).toEqual(['a', 'b', 'c']);
        expect(cellValues('a; b\nc')).toEqual(['a; b', 'c']);
        expect(parseNumber('68%')).toEqual({ number: 68, percent: true });
        expect(parseNumber('1,8')).toEqual({ number: 1.8, percent: false });
        expect(parseNumber('18,400')).toEqual({ number: 18400, percent: false });
        expect(parseNumber('-3.5')).toEqual({ number: -3.5, percent: false });
        expect(parseNumber('about 5')).toBeUndefined();
    });

    it('escapes would-be formulas on export and restores them on import', () => {
        for (const text of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', "'=already quoted", 'plain', "'plain"]) {
            expect(unprotectCell(protectCell(text))).toBe(text);
        }
        expect(protectCell('=1+1')).toBe("'=1+1");
        expect(protectCell('-5')).toBe("'-5");
        expect(protectCell('Plain')).toBe('Plain');
    });
});

describe('docs/cli.md', () => {
    it('documents every column with its synonyms', async () => {
        const { readFileSync } = await import('node:fs');
        const { COLUMNS } = await import('../../../../language-server/core/spreadsheet/columns.js');
        const docs = readFileSync(new URL('../../../../docs/cli.md', import.meta.url), 'utf8');
        for (const column of COLUMNS) {
            expect(docs).toContain(`| \`${column.header}\` | ${column.synonyms.map(s => `\`${s}\``).join(', ')} |`);
        }
    });
});
