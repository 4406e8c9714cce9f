import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { startLanguageClient } from './client/language-client.js';
import { registerNewJourneyMap } from './commands/new-journey-map.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    // Commands first, so they work even while the server is still starting.
    registerNewJourneyMap(context);
    client = await startLanguageClient(context);
}

export async function deactivate(): Promise<void> {
    await client?.stop().catch(() => undefined);
}
