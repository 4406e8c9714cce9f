import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { startLanguageClient } from './client/language-client.js';
import { registerCompareWithPrevious } from './commands/compare-with-previous.js';
import { registerNewJourneyMap } from './commands/new-journey-map.js';
import { registerPreview } from './preview/preview-manager.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    // Needs no server: registered first, so it works even if the server fails to start.
    registerNewJourneyMap(context);
    client = await startLanguageClient(context);
    registerPreview(context, client);
    registerCompareWithPrevious(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop().catch(() => undefined);
}
