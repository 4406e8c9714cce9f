import { clearDocuments, highlightHelper, parseDocument, replaceIndices, textDocumentPositionParams } from 'langium/test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, createTestServices } from '../test-services.js';
import { LIBRARY, MAP } from './v2-workspace.js';
import { hoverMarkdown } from '../lsp/lsp-workspace.js';

async function workspace() {
    return buildWorkspace({ 'people.journey': LIBRARY, 'map.journey': MAP });
}

async function hoverAt(text: string): Promise<string | undefined> {
    const { services } = await buildWorkspace({ 'people.journey': LIBRARY });
    return hoverMarkdown(services, text);
}

describe('editor features for version-2 elements', () => {
    it('hover on a fact line says whether it is backed, and by what', async () => {
        expect(await hoverAt(MAP.replace('pain "Surprise fee"', 'pa<|>in "Surprise fee"'))).toBe(
            '**Pain (failure point)** Surprise fee\n\n**Backed by**\n- Q1 interviews (interviews, 2025-03, 12 participants)');
        expect(await hoverAt(MAP.replace('pain "Slow page"', 'pa<|>in "Slow page"'))).toBe(
            '**Pain** Slow page\n\n_Assumption_: no research cited. Add `from RESEARCH` to say where it comes from.');
    });

    it('hover on a research citation and on an opportunity id', async () => {
        expect(await hoverAt(MAP.replace('from q1, funnel', 'from q<|>1, funnel'))).toBe(
            '**Q1 interviews** · research `q1` (interviews, 2025-03, 12 participants)\n\nLink: `https://research.example.com/q1`');
        expect(await hoverAt(MAP.replace('opportunity guest', 'opportunity gu<|>est'))).toContain('Priority: high · Status: in-progress');
    });

    it('completes only research after `from` and only systems after `systems`', async () => {
        const services = createTestServices();
        await buildWorkspace({ 'people.journey': LIBRARY }, services);
        const labelsAt = async (text: string) => {
            const { output, indices } = replaceIndices({ text });
            const document = await parseDocument(services.Journey, output);
            const list = await services.Journey.lsp.CompletionProvider!.getCompletion(document, textDocumentPositionParams(document, indices[0]));
            await clearDocuments(services.Journey, [document]);
            return (list?.items ?? []).map(item => item.label);
        };
        expect(await labelsAt(MAP.replace('pain "Slow page"', 'pain "Slow page" from <|>'))).toEqual(['q1', 'funnel']);
        expect(await labelsAt(MAP.replace('systems shop, crm', 'systems <|>'))).toEqual(['shop', 'crm']);
    });

    it('goes to the research definition in the other file, finds its citations and renames them', async () => {
        const { services, documents } = await workspace();
        const [people, map] = documents;
        const offset = map.textDocument.getText().indexOf('from q1') + 'from '.length;
        const position = map.textDocument.positionAt(offset);
        const links = await services.Journey.lsp.DefinitionProvider!.getDefinition(map, { textDocument: { uri: map.uri.toString() }, position });
        expect(links?.map(link => [link.targetUri, link.targetSelectionRange.start.line])).toEqual([[people.uri.toString(), 9]]);
        const references = await services.Journey.lsp.ReferencesProvider!.findReferences(map, { textDocument: { uri: map.uri.toString() }, position, context: { includeDeclaration: false } });
        expect(references.map(reference => reference.range.start.line + 1)).toEqual([8, 9, 10]);
        const edit = await services.Journey.lsp.RenameProvider!.rename(map, { textDocument: { uri: map.uri.toString() }, position, newName: 'q1_interviews' });
        expect(Object.values(edit?.changes ?? {}).flat().map(change => change.newText)).toEqual(Array(4).fill('q1_interviews'));
    });

    it('shows research, systems and named opportunities in the outline', async () => {
        const { services, documents } = await workspace();
        const names = (symbols: Array<{ name: string; children?: unknown[] }>): string[] =>
            symbols.flatMap(symbol => [symbol.name, ...names((symbol.children ?? []) as Array<{ name: string; children?: unknown[] }>)]);
        const library = await services.Journey.lsp.DocumentSymbolProvider!.getSymbols(documents[0], { textDocument: { uri: documents[0].uri.toString() } });
        expect(names(library)).toEqual(expect.arrayContaining(['shop', 'crm', 'q1', 'funnel']));
        const map = await services.Journey.lsp.DocumentSymbolProvider!.getSymbols(documents[1], { textDocument: { uri: documents[1].uri.toString() } });
        expect(names(map)).toEqual(['checkout', 'purchase', 'cart', 'guest']);
    });

    it('highlights a soft keyword used as an id as that id, and the lane keyword as a keyword', async () => {
        const { services } = await buildWorkspace({ 'people.journey': LIBRARY });
        const text = 'journey j {\n  involved <|support|>\n  stage s {\n    touchpoint t {\n      <|support|> "Weekly review"\n      pain "x" from <|q1|>\n    }\n  }\n}';
        const tokens = await highlightHelper(services.Journey)(text);
        const typeAt = (index: number) => {
            const [start, end] = tokens.ranges[index];
            return tokens.tokens.filter(t => t.offset === start && t.offset + t.text.length === end).map(t => t.tokenType);
        };
        expect(typeAt(0)).toEqual([SemanticTokenTypes.type]);
        expect(typeAt(1)).toEqual([SemanticTokenTypes.keyword]);
        expect(typeAt(2)).toEqual([SemanticTokenTypes.macro]);
    });
});
