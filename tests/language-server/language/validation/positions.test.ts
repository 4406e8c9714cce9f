import { describe, expect, it } from 'vitest';
import { coveredText, validateMap } from './validation-workspace.js';

/**
 * Positions are LSP positions: 0-based lines, columns in UTF-16 code units,
 * which is also what JavaScript string indices count. Each case puts wide
 * characters before the offending name on its line.
 */
const MAP = [
    'journey j "旅程 🚀 map" {',
    '  personas maya',
    '  stage s "Étape 🙂" { owner salse',
    '    touchpoint t "購入 👩‍💻" via webb { emotion maya 7 }',
    '  }',
    '}',
    ''
];

function expected(lines: string[], name: string, lineIndex: number) {
    return { line: lineIndex, character: lines[lineIndex].indexOf(name) };
}

describe.each([
    ['LF', MAP.join('\n')],
    ['CRLF', MAP.join('\r\n')],
    ['BOM + CRLF', `\uFEFF${MAP.join('\r\n')}`]
])('diagnostic positions in a %s file with emoji and CJK text', (_, text) => {
    it('land exactly on the offending names', async () => {
        const result = await validateMap(text);
        const find = (code: string) => result.diagnostics.filter(d => d.code === code);
        const [owner, channel] = find('unresolved-reference');
        expect(owner.range.start).toEqual(expected(MAP, 'salse', 2));
        expect(channel.range.start).toEqual(expected(MAP, 'webb', 3));
        expect(coveredText(result, owner)).toBe('salse');
        expect(coveredText(result, channel)).toBe('webb');
        const [score] = find('emotion-out-of-range');
        expect(score.range.start).toEqual(expected(MAP, '7 }', 3));
        expect(coveredText(result, score)).toBe('7');
    });

    it('puts a diagnostic on the first line on the name, BOM or not', async () => {
        const result = await validateMap(text.replace('personas maya', 'personas mya'));
        const [persona] = result.diagnostics.filter(d => d.code === 'unresolved-reference' && d.message.includes('persona'));
        expect(persona.range.start.line).toBe(1);
        expect(coveredText(result, persona)).toBe('mya');
        const duplicate = await validateMap(`${text}journey j {\n}\n`);
        const [first] = duplicate.diagnostics.filter(d => d.code === 'duplicate-id');
        expect(first.range.start.line).toBe(0);
        expect(coveredText(duplicate, first)).toBe('j');
    });
});
