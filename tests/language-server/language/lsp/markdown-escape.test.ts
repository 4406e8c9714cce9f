import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../../language-server/language/lsp/markdown.js';

describe('escapeMarkdown (hovers)', () => {
    it('leaves text that means nothing to Markdown as written: simpler clients show every backslash', () => {
        expect(escapeMarkdown("E-commerce at 9.90 for Maya's \"team\" (2024) #1 + more!")).toBe("E-commerce at 9.90 for Maya's \"team\" (2024) #1 + more!");
    });

    it('escapes inline syntax everywhere and block syntax where the text starts a line', () => {
        expect(escapeMarkdown('a *b* _c_ `d` [e](f) <g> &h; ~~i~~ \\')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\&h; \\~\\~i\\~\\~ \\\\');
        expect(['# Big', '> quote', '- item', '+ item', '---', '1. first', '2) second'].map(escapeMarkdown))
            .toEqual(['\\# Big', '\\> quote', '\\- item', '\\+ item', '\\---', '1\\. first', '2\\) second']);
        expect(escapeMarkdown('line\r\n# not a heading')).toBe('line # not a heading');
    });
});
