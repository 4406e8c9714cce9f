/**
 * What the in-process benchmarks need from the sources, bundled by
 * bench/bundle.mjs: the real services, render-model builder and Mermaid
 * generators, and a helper that builds in-memory files as one workspace.
 */
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createJourneyServices } from '../../language-server/language/journey-module.js';
import type { Model } from '../../language-server/language/generated/ast.js';
import { buildRenderModel } from '../../language-server/language/render/build-render-model.js';

export { blueprint, emotionCurve, journeyDiagram } from '../../language-server/core/mermaid/index.js';
export { VIEW_IDS } from '../../language-server/core/views.js';
export { toWebviewWire } from '../../language-server/protocol/webview-wire.js';
export { createNonce, previewPageHtml, standaloneContentSecurityPolicy } from '../../language-server/core/export/preview-page.js';
export { buildRenderModel, createJourneyServices, DocumentState, URI };

export type JourneyServiceSet = ReturnType<typeof createJourneyServices>;

/** Fresh services over an in-memory file system. */
export function createServices(): JourneyServiceSet {
    return createJourneyServices(EmptyFileSystem);
}

/** Parses, links and validates in-memory files (name → text) as one workspace; returns their documents in order. */
export async function buildFiles(services: JourneyServiceSet, files: Record<string, string>): Promise<Array<LangiumDocument<Model>>> {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents = Object.entries(files).map(([name, text]) => {
        const document = factory.fromString<Model>(text, URI.file(`/bench/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

/** Render models of the map files of a workspace (name → text; the people file is built with them but not returned). */
export async function renderModels(files: Record<string, string>): Promise<ReturnType<typeof buildRenderModel>[]> {
    const services = createServices();
    const documents = await buildFiles(services, files);
    return documents.filter(document => document.parseResult.value.elements.some(element => element.$type === 'Journey'))
        .map(document => buildRenderModel(document, services.Journey));
}

/** Replaces a document's text as an editor would (new version) and rebuilds what the change affects. */
export async function editDocument(services: JourneyServiceSet, document: LangiumDocument, text: string): Promise<void> {
    const version = document.textDocument.version + 1;
    services.shared.workspace.TextDocuments!.set(TextDocument.create(document.uri.toString(), 'journey', version, text));
    await services.shared.workspace.DocumentBuilder.update([document.uri], []);
}
