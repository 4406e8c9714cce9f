import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { DeferredLanguageClient } from './client/deferred-language-client.js';
import { registerCompareWithPrevious } from './commands/compare-with-previous.js';
import { registerNewJourneyMap } from './commands/new-journey-map.js';
import { registerPreview } from './preview/preview-manager.js';
import { createOutputChannel } from './output-channel.js';

let client: Promise<LanguageClient> | undefined;
let clientStarted: Promise<unknown> | undefined;

export function activate(context: vscode.ExtensionContext): void {
    // Every command is registered at once, and activation neither loads the language
    // client (its own bundle, dist/client.js: vscode-languageclient is most of the
    // extension's code) nor waits for the server: both happen after `activate` returns.
    // A slow or failing server never leaves a command missing; the requests the preview
    // and Compare with Previous Version send wait for the client and its server.
    const output = createOutputChannel(context);
    client = import('./client/language-client.js').then(({ createLanguageClient, startLanguageClient }) => {
        const created = createLanguageClient(context, output);
        clientStarted = startLanguageClient(context, created);
        return created;
    });
    client.catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(`The Journey language client failed to load: ${message}`);
    });
    const deferred = new DeferredLanguageClient(client);
    registerNewJourneyMap(context);
    registerPreview(context, deferred, output);
    registerCompareWithPrevious(context, deferred);
}

export async function deactivate(): Promise<void> {
    const created = await client?.catch(() => undefined);
    await clientStarted;
    await created?.stop().catch(() => undefined);
}
