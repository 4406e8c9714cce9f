import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { NotificationDescriptor, RequestDescriptor } from '../../../language-server/protocol/index.js';

/**
 * The one place the client sends the protocol's custom requests and listens to
 * its notifications (language-server/protocol/lsp-messages.ts), usable before
 * the client's own code (`dist/client.js`, most of the extension's code) is
 * loaded: requests wait for the client, notification handlers are added once
 * it exists. Messages go by method name: the protocol declares plain data, and
 * the client bundle has its own copy of vscode-jsonrpc.
 */
export class DeferredLanguageClient {
    constructor(private readonly client: Promise<BaseLanguageClient>) {}

    async sendRequest<P, R>(type: RequestDescriptor<P, R>, params: P): Promise<R> {
        return (await this.client).sendRequest<R>(type.method, params);
    }

    onNotification<P>(type: NotificationDescriptor<P>, handler: (params: P) => void): vscode.Disposable {
        let registration: vscode.Disposable | undefined;
        let disposed = false;
        this.client.then(client => {
            if (!disposed) registration = client.onNotification(type.method, handler);
        }, () => undefined);
        return { dispose: () => { disposed = true; registration?.dispose(); } };
    }
}
