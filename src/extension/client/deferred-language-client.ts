import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

/** A request or notification type as `language-server/protocol.ts` declares it; only its method name crosses over. */
interface MessageType {
    readonly method: string;
}

/**
 * The language client as the preview and the commands use it, usable before the
 * client's own code (`dist/client.js`, most of the extension's code) is loaded:
 * requests wait for the client, notification handlers are added once it exists.
 * Messages go by method name because the client bundle has its own copy of
 * vscode-jsonrpc, whose parameter-structure objects differ from the extension's.
 */
export class DeferredLanguageClient {
    constructor(private readonly client: Promise<BaseLanguageClient>) {}

    async sendRequest<P, R>(type: MessageType, params: P): Promise<R> {
        return (await this.client).sendRequest<R>(type.method, params);
    }

    onNotification<P>(type: MessageType, handler: (params: P) => void): vscode.Disposable {
        let registration: vscode.Disposable | undefined;
        let disposed = false;
        this.client.then(client => {
            if (!disposed) registration = client.onNotification(type.method, handler);
        }, () => undefined);
        return { dispose: () => { disposed = true; registration?.dispose(); } };
    }
}
