import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../test-services.js';

/**
 * Growth by size, measured as output size and work counts (never wall time):
 * doubling the input must at most about double the output.
 */
async function diagnosticsOf(text: string) {
    const { documents } = await buildWorkspace({ 'map.journey': text });
    return { document: documents[0], diagnostics: documents[0].diagnostics ?? [] };
}

const bytes = (value: unknown) => JSON.stringify(value).length;

describe('size scaling', () => {
    it('duplicate ids: the diagnostics of 2N copies of one id are about twice those of N (they were N² with every place listed)', async () => {
        const copies = (count: number) => Array.from({ length: count }, () => 'persona dup "D"').join('\n');
        const small = bytes((await diagnosticsOf(copies(250))).diagnostics);
        const large = bytes((await diagnosticsOf(copies(500))).diagnostics);
        expect(large / small).toBeLessThan(2.2);
    });

    it('unterminated strings: one token and one diagnostic however many escaped quotes follow the opening one', async () => {
        const unterminated = (count: number) => `persona p "${'\\"'.repeat(count)}\nteam t "T"\n`;
        const small = await diagnosticsOf(unterminated(10_000));
        const large = await diagnosticsOf(unterminated(20_000));
        for (const { document, diagnostics } of [small, large]) {
            expect(diagnostics.map(d => d.code)).toEqual(['unterminated-string']);
            // One lexer error, not one per quote, and the next line still parses.
            expect(document.parseResult.lexerErrors).toHaveLength(1);
            expect(document.parseResult.value.elements.map(element => element.name)).toEqual(['p', 't']);
        }
        expect(bytes(large.diagnostics)).toBe(bytes(small.diagnostics));
    });
});
