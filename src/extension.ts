import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { createLanguageClient, startLanguageClient } from './client/language-client.js';
import { registerCompareWithPrevious } from './commands/compare-with-previous.js';
import { registerNewJourneyMap } from './commands/new-journey-map.js';
import { registerPreview } from './preview/preview-manager.js';

let client: LanguageClient | undefined;
let clientStarted: Promise<unknown> | undefined;

export function activate(context: vscode.ExtensionContext): void {
    // Every command is registered before the server starts, and activation does not wait for
    // the start: a slow or failing server never leaves a command missing. Requests the
    // preview and Compare with Previous Version send wait for the server.
    client = createLanguageClient(context);
    registerNewJourneyMap(context);
    registerPreview(context, client);
    registerCompareWithPrevious(context, client);
    clientStarted = startLanguageClient(context, client);
}

export async function deactivate(): Promise<void> {
    await clientStarted;
    await client?.stop().catch(() => undefined);
}
