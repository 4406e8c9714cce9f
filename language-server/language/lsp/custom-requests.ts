/**
 * The one place the server registers the protocol's custom requests and
 * notifications (language-server/protocol/lsp-messages.ts): each handler is a
 * function of its own file; here they meet the connection, with the same
 * waiting and cancellation rules for all.
 */
import { isOperationCancelled } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { DiffRequest, DocumentValidatedNotification, RenderModelRequest, type NotificationDescriptor, type RequestDescriptor } from '../../protocol/index.js';
import { diffRequestHandler } from '../diff/diff-request-handler.js';
import type { JourneyServiceSet } from '../diff/previous-version.js';
import { onDocumentValidated, renderModelHandler } from './render-model-handler.js';

export type RequestHandler<P, R> = (params: P, token: CancellationToken) => Promise<R>;

export function registerCustomRequests(shared: LangiumSharedServices, createServices: () => JourneyServiceSet): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    onRequest(connection, RenderModelRequest, renderModelHandler(shared));
    onRequest(connection, DiffRequest, diffRequestHandler(shared, createServices));
    onDocumentValidated(shared, params => sendNotification(connection, DocumentValidatedNotification, params));
}

function onRequest<P, R>(connection: Connection, request: RequestDescriptor<P, R>, handler: RequestHandler<P, R>): void {
    connection.onRequest(request.method, async (params: P, token: CancellationToken) => {
        try {
            return await handler(params, token);
        } catch (error) {
            // A newer edit cancelled the build the handler waited for: the client asks again.
            if (isOperationCancelled(error)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
            throw error;
        }
    });
}

function sendNotification<P>(connection: Connection, notification: NotificationDescriptor<P>, params: P): void {
    void connection.sendNotification(notification.method, params);
}
