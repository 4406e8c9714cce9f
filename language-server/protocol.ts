/**
 * Every custom LSP request and notification of the Journey language server,
 * declared once and shared by the server, the VS Code client and the webview
 * (which imports the types only).
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { RenderModel } from './render/render-model.js';

export type { RenderModel } from './render/render-model.js';

export interface RenderModelParams {
    /** The document to render. */
    uri: string;
}

export interface RenderModelResult {
    /** The document version the model was built from; a client drops answers older than what it shows. */
    version: number;
    model: RenderModel;
}

/** Client → server: the render model of a document, built from the AST the server validated. */
export const RenderModelRequest = new RequestType<RenderModelParams, RenderModelResult | null, void>('journey/renderModel');

export interface DocumentValidatedParams {
    uri: string;
    version: number;
}

/** Server → client: a document was (re)validated, so its render model may have changed. */
export const DocumentValidatedNotification = new NotificationType<DocumentValidatedParams>('journey/documentValidated');
