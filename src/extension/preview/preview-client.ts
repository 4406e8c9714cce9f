/** What the preview needs from the language client: the render model and word of each validation. */
import type * as vscode from 'vscode';
import type {
    DocumentValidatedNotification, DocumentValidatedParams, RenderModelParams, RenderModelRequest, RenderModelResult
} from '../../../language-server/protocol/index.js';

export interface PreviewLanguageClient {
    sendRequest(type: typeof RenderModelRequest, params: RenderModelParams): Promise<RenderModelResult | null>;
    onNotification(type: typeof DocumentValidatedNotification, handler: (params: DocumentValidatedParams) => void): vscode.Disposable;
}
