import { readFileSync } from 'node:fs';
import { clearDocuments, parseDocument, replaceIndices, textDocumentPositionParams } from 'langium/test';
import { MarkupContent } from 'vscode-languageserver';
import { buildWorkspace } from '../test-services.js';

/** The examples of docs/language.md, shared by the editor-feature tests. */
export const PEOPLE = readFileSync(new URL('../../../fixtures/language-md/people.journey', import.meta.url), 'utf8');
export const CHECKOUT = readFileSync(new URL('../../../fixtures/language-md/checkout.journey', import.meta.url), 'utf8');

/**
 * Services whose workspace already holds the library file `people.journey`
 * (personas, teams, channels), as a real workspace would: the document under
 * test is then parsed next to it by the `langium/test` helpers.
 */
export async function servicesWithLibrary(extraFiles: Record<string, string> = {}) {
    const { services } = await buildWorkspace({ 'people.journey': PEOPLE, ...extraFiles });
    return services;
}

/** The Markdown shown when hovering at `<|>` in `text`, parsed as one more file of the services' workspace. */
export async function hoverMarkdown(services: Awaited<ReturnType<typeof servicesWithLibrary>>, text: string): Promise<string | undefined> {
    const { output, indices } = replaceIndices({ text });
    const document = await parseDocument(services.Journey, output);
    try {
        const hover = await services.Journey.lsp.HoverProvider?.getHoverContent(document, textDocumentPositionParams(document, indices[0]));
        return hover && MarkupContent.is(hover.contents) ? hover.contents.value : undefined;
    } finally {
        await clearDocuments(services.Journey, [document]);
    }
}
