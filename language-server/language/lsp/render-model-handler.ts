import { DocumentState, isOperationCancelled, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Model } from '../generated/ast.js';
import { DocumentValidatedNotification, RenderModelRequest, type RenderModelResult } from '../../protocol/protocol.js';
import { buildRenderModel } from '../render/build-render-model.js';

/**
 * Serves the preview's render model (`journey/renderModel`) and tells the
 * client when a document was validated (`journey/documentValidated`), so the
 * preview asks again only when the model can have changed. The model is built
 * from the AST the server validated: the preview never parses on its own.
 */
export function registerRenderModelHandler(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const documents = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;

    connection.onRequest(RenderModelRequest, async (params, token): Promise<RenderModelResult | null> => {
        const uri = URI.parse(params.uri);
        try {
            // The workspace's files are loaded once it is ready; until then no document can be found.
            await shared.workspace.WorkspaceManager.ready;
            if (!documents.hasDocument(uri)) {
                // A document the client opened but the server has not built yet: let the current build finish.
                await builder.waitUntil(DocumentState.Validated, token);
                if (!documents.hasDocument(uri)) return null; // the client asks again on documentValidated
            }
            // Waits for the edit in flight, if any: the answer always matches the diagnostics the editor shows.
            await builder.waitUntil(DocumentState.Validated, uri, token);
        } catch (error) {
            if (isOperationCancelled(error)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
            throw error;
        }
        const document = documents.getDocument(uri) as LangiumDocument<Model>;
        return { version: document.textDocument.version, model: buildRenderModel(document, shared.ServiceRegistry.getServices(uri)) };
    });

    builder.onDocumentPhase(DocumentState.Validated, document => {
        void connection.sendNotification(DocumentValidatedNotification, { uri: document.uri.toString(), version: document.textDocument.version });
    });
}
