import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Model } from '../generated/ast.js';
import { RevalidatingDocumentBuilder } from '../langium-overrides/revalidating-document-builder.js';
import type { DocumentValidatedParams, RenderModelParams, RenderModelResult } from '../../protocol/index.js';
import { buildRenderModel } from '../render/build-render-model.js';
import type { RequestHandler } from './custom-requests.js';

/**
 * Serves the preview's render model (`journey/renderModel`). The model is built
 * from the AST the server validated: the preview never parses on its own.
 */
export function renderModelHandler(shared: LangiumSharedServices): RequestHandler<RenderModelParams, RenderModelResult | null> {
    const documents = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;
    return async (params, token) => {
        const uri = URI.parse(params.uri);
        // The workspace's files are loaded once it is ready; until then no document can be found.
        await shared.workspace.WorkspaceManager.ready;
        if (!documents.hasDocument(uri)) {
            // A document the client opened but the server has not built yet: let the current build finish.
            await builder.waitUntil(DocumentState.Validated, token);
            if (!documents.hasDocument(uri)) return null; // the client asks again on documentValidated
        }
        // Waits for the edit in flight, if any: the answer always matches the diagnostics the editor shows.
        await builder.waitUntil(DocumentState.Validated, uri, token);
        const document = documents.getDocument(uri) as LangiumDocument<Model>;
        return { version: document.textDocument.version, model: buildRenderModel(document, shared.ServiceRegistry.getServices(uri)) };
    };
}

/** Tells the client when a document was validated (`journey/documentValidated`), so the preview asks again only when the model can have changed. */
export function onDocumentValidated(shared: LangiumSharedServices, notify: (params: DocumentValidatedParams) => void): void {
    const builder = shared.workspace.DocumentBuilder;
    builder.onDocumentPhase(DocumentState.Validated, document => {
        notify({ uri: document.uri.toString(), version: document.textDocument.version });
    });
    // A file whose references were only pointed at a changed file's new tree is not validated again, but its model can show new labels.
    if (builder instanceof RevalidatingDocumentBuilder) {
        builder.onDependentsUpdated(({ renewed }) => renewed.forEach(document => notify({ uri: document.uri.toString(), version: document.textDocument.version })));
    }
}
