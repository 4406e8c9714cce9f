import { clearDocuments, parseDocument, referenceParams, textDocumentPositionParams } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { CHECKOUT, PEOPLE, servicesWithLibrary } from './lsp-workspace.js';

/** A small seeded generator: the same "random" cases on every run. */
function random(seed: number): () => number {
    return () => {
        seed = (seed * 1664525 + 1013904223) % 2 ** 32;
        return seed / 2 ** 32;
    };
}

/** Cuts, duplicates and swaps pieces of the examples: text that is almost, but not quite, a map. */
function mutations(count: number): string[] {
    const next = random(7);
    const pick = (n: number) => Math.floor(next() * n);
    const sources = [CHECKOUT, PEOPLE, PEOPLE + CHECKOUT];
    return Array.from({ length: count }, () => {
        let text = sources[pick(sources.length)];
        for (let step = 0; step < 1 + pick(4); step++) {
            const at = pick(text.length);
            const length = pick(40);
            switch (pick(5)) {
                case 0: text = text.slice(0, at) + text.slice(at + length); break;
                case 1: text = text.slice(0, at) + text.slice(at, at + length).repeat(3) + text.slice(at); break;
                case 2: text = text.slice(0, at); break;
                case 3: text = text.slice(0, at) + '{'.repeat(length) + text.slice(at); break;
                default: text = text.slice(0, at) + String.fromCharCode(pick(0x3000)) + text.slice(at);
            }
        }
        return text;
    });
}

describe('editor features on broken text', () => {
    it('every feature answers without an exception at every kind of position', async () => {
        const services = await servicesWithLibrary();
        const lsp = services.Journey.lsp;
        const next = random(11);
        for (const text of mutations(80)) {
            const document = await parseDocument(services.Journey, text);
            const uri = { textDocument: { uri: document.textDocument.uri } };
            try {
                await lsp.DocumentSymbolProvider?.getSymbols(document, uri);
                await lsp.FoldingRangeProvider?.getFoldingRanges(document, uri);
                await lsp.SemanticTokenProvider?.semanticHighlight(document, uri);
                for (let i = 0; i < 4; i++) {
                    const offset = Math.floor(next() * (text.length + 1));
                    const at = textDocumentPositionParams(document, offset);
                    await lsp.CompletionProvider?.getCompletion(document, at);
                    await lsp.HoverProvider?.getHoverContent(document, at);
                    await lsp.DefinitionProvider?.getDefinition(document, at);
                    await lsp.DocumentHighlightProvider?.getDocumentHighlight(document, at);
                    await lsp.ReferencesProvider?.findReferences(document, referenceParams(document, offset, true));
                    await lsp.RenameProvider?.prepareRename(document, at);
                }
            } catch (error) {
                expect.fail(`${String(error)}\n--- on this text ---\n${text}`);
            } finally {
                await clearDocuments(services.Journey, [document]);
            }
        }
        expect(await services.shared.lsp.WorkspaceSymbolProvider?.getSymbols({ query: '' })).not.toHaveLength(0);
    }, 120_000);
});
