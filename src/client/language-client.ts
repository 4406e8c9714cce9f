import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';

/** Shown in the Output panel; the server's own log and any crash land here. */
export const OUTPUT_CHANNEL_NAME = 'Journey Language Server';

/**
 * Starts the bundled language server (`dist/server.js`) in its own Node process,
 * connected over IPC. The client id `journey` makes vscode-languageclient read
 * the `journey.trace.server` setting by itself.
 */
export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
    const serverModule = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };

    const outputChannel = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME);
    context.subscriptions.push(outputChannel);

    // The server reads other files from disk; tell it when .journey files or the
    // severity config change outside the editor (git checkout, rename, delete).
    const journeyFiles = vscode.workspace.createFileSystemWatcher('**/*.journey');
    const configFiles = vscode.workspace.createFileSystemWatcher('**/journey.config.json');
    context.subscriptions.push(journeyFiles, configFiles);

    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'journey' },
            { scheme: 'untitled', language: 'journey' },
            { scheme: 'vscode-vfs', language: 'journey' }
        ],
        synchronize: { fileEvents: [journeyFiles, configFiles] },
        outputChannel,
        revealOutputChannelOn: RevealOutputChannelOn.Error
    };

    const client = new LanguageClient('journey', 'Journey Language Server', serverOptions, clientOptions);
    try {
        await client.start();
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        outputChannel.appendLine(`The Journey language server failed to start: ${message}`);
        void vscode.window.showErrorMessage(`The Journey language server failed to start: ${message}`, 'Show Output')
            .then(choice => { if (choice) outputChannel.show(true); });
    }
    return client;
}
