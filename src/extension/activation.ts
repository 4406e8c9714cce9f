import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DeferredLanguageClient } from './client/deferred-language-client.js';
import { registerChooseEdit } from './commands/choose-edit.js';
import { registerCompareWithPrevious } from './commands/compare-with-previous.js';
import { registerNewJourneyMap } from './commands/new-journey-map.js';
import { registerPreview } from './preview/preview-manager.js';
import { createOutputChannel } from './output-channel.js';
import type { PdfPrinter } from './export/pdf-export-command.js';

/** How a host makes its language client: Node (a server process over IPC) or the browser (a Web Worker). */
export interface ClientModule {
    createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): BaseLanguageClient | Promise<BaseLanguageClient>;
    startLanguageClient<C extends BaseLanguageClient>(client: C): Promise<C>;
}

let client: Promise<BaseLanguageClient> | undefined;
let clientStarted: Promise<unknown> | undefined;

/**
 * The extension's activation, the same in both hosts. Every command is
 * registered at once, and activation neither loads the language client (in
 * Node its own bundle, dist/client.js: vscode-languageclient is most of the
 * extension's code) nor waits for the server: both happen after `activate`
 * returns. A slow or failing server never leaves a command missing; the
 * requests the preview and Compare with Previous Version send wait for it.
 */
export function activateJourneyMaps(context: vscode.ExtensionContext, loadClientModule: () => Promise<ClientModule>, host: { printPdf?: PdfPrinter } = {}): void {
    // One output channel: the server's log, any crash, and messages the preview dropped.
    const output = createOutputChannel(context);
    client = loadClientModule().then(async ({ createLanguageClient, startLanguageClient }) => {
        const created = await createLanguageClient(context, output);
        clientStarted = startLanguageClient(created);
        return created;
    });
    client.catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(`The Journey language client failed to load: ${message}`);
    });
    const deferred = new DeferredLanguageClient(client);
    registerNewJourneyMap(context, deferred);
    registerChooseEdit(context);
    registerPreview(context, deferred, output, host.printPdf);
    registerCompareWithPrevious(context, deferred);
}

export async function deactivateJourneyMaps(): Promise<void> {
    const created = await client?.catch(() => undefined);
    await clientStarted;
    await created?.stop().catch(() => undefined);
}
