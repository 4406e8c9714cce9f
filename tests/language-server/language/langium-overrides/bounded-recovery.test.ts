import { describe, expect, it } from 'vitest';
import { MAX_RECOVERED_SYNTAX_ERRORS, TOO_MANY_ERRORS_MESSAGE } from '../../../../language-server/language/langium-overrides/bounded-recovery.js';
import { buildWorkspace } from '../test-services.js';

const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n');

describe('parsing a file with thousands of syntax errors in a row', () => {
    it('stops recovering after the limit with one diagnostic saying so, instead of overflowing the stack', async () => {
        // 1,400 lines of this overflowed the stack (17 KB); 3,000 here.
        const { documents } = await buildWorkspace({ 'teams.journey': lines(3_000, i => `team t${i} 3`) });
        const syntax = (documents[0].diagnostics ?? []).filter(d => d.code === 'syntax-error');
        expect(syntax.length).toBeLessThanOrEqual(MAX_RECOVERED_SYNTAX_ERRORS + 2);
        const last = syntax.find(d => d.message === TOO_MANY_ERRORS_MESSAGE);
        expect(last?.range.start).toEqual({ line: MAX_RECOVERED_SYNTAX_ERRORS, character: 10 });
        // What came before the limit is still parsed and checked.
        expect(documents[0].parseResult.value.elements.slice(0, 3).map(e => e.name)).toEqual(['t0', 't1', 't2']);
    });

    it('says nothing about a limit in a file with few errors', async () => {
        const { documents } = await buildWorkspace({ 'few.journey': lines(50, i => `team t${i} 3`) });
        const messages = (documents[0].diagnostics ?? []).map(d => d.message);
        expect(messages).toHaveLength(50);
        expect(messages).not.toContain(TOO_MANY_ERRORS_MESSAGE);
    });

    it('parses 3,000 stages that each lack their braces inside one journey', async () => {
        const { documents } = await buildWorkspace({ 'stages.journey': `journey j {\n${lines(3_000, i => `stage s${i} 3`)}\n}\n` });
        expect(documents[0].diagnostics?.some(d => d.code === 'syntax-error')).toBe(true);
    });
});
