import { describe, expect, it, vi } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ALL_DIAGNOSTIC_CODES } from '../../../../language-server/language/validation/diagnostic-codes.js';
import { CHECKOUT, PEOPLE } from '../lsp/lsp-workspace.js';
import { buildWorkspace } from '../test-services.js';

/** Small seeded generator: the same mutations on every run. */
function random(seed: number) {
    return () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
    };
}

function mutate(text: string, next: () => number): string {
    const tokens = text.split(/(\s+)/);
    const pick = () => Math.floor(next() * tokens.length);
    switch (Math.floor(next() * 5)) {
        case 0: tokens.splice(pick(), 1 + Math.floor(next() * 3)); break;
        case 1: tokens.splice(pick(), 0, tokens[pick()]); break;
        case 2: { const i = pick(), j = pick(); [tokens[i], tokens[j]] = [tokens[j], tokens[i]]; break; }
        case 3: return text.slice(0, Math.floor(next() * text.length));
        default: tokens.splice(pick(), 0, ['{', '}', '"', '3.5', 'stage', 'owner', '\u{1F600}', '\r\n'][Math.floor(next() * 8)]);
    }
    return tokens.join('');
}

describe('checks and quick fixes on broken text', () => {
    it('never throw, give every diagnostic a known code, and offer edits that apply', async () => {
        const consoleError = vi.spyOn(console, 'error');
        const next = random(42);
        const { services } = await buildWorkspace({ 'people.journey': PEOPLE });
        for (let round = 0; round < 120; round++) {
            let text = CHECKOUT;
            for (let m = 0; m < 1 + Math.floor(next() * 4); m++) text = mutate(text, next);
            const [document] = (await buildWorkspace({ [`map${round}.journey`]: text }, services)).documents;
            const diagnostics = document.diagnostics ?? [];
            for (const diagnostic of diagnostics) {
                expect(ALL_DIAGNOSTIC_CODES, `${diagnostic.message} in:\n${text}`).toContain(diagnostic.code);
                expect(diagnostic.message).not.toContain('undefined');
            }
            const actions = (await services.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.textDocument.uri },
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                context: { diagnostics }
            })) as CodeAction[] | undefined;
            for (const action of actions ?? []) {
                const edits = action.edit?.changes?.[document.textDocument.uri] ?? [];
                expect(() => TextDocument.applyEdits(TextDocument.create('x', 'journey', 1, text), edits)).not.toThrow();
            }
            await services.shared.workspace.DocumentBuilder.update([], [document.uri]);
        }
        expect(consoleError).not.toHaveBeenCalled();
        consoleError.mockRestore();
    });
});
