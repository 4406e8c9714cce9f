import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { createOutputChannel } from '../output-channel.js';

/**
 * The client of the bundled language server (`dist/server.js`, its own Node
 * process, connected over IPC); nothing starts yet. Usable at once: requests
 * sent before the server is up wait for it, notification handlers are kept
 * until it is. The client id `journey` makes vscode-languageclient read the
 * `journey.trace.server` setting by itself.
 */
export function createLanguageClient(context: vscode.ExtensionContext, outputChannel = createOutputChannel(context)): LanguageClient {
    const serverModule = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };

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

    return new LanguageClient('journey', 'Journey Language Server', serverOptions, clientOptions);
}

/**
 * Starts the server of `client` (a new one by default) and resolves when it has
 * answered `initialize`. Never rejects: a server that fails to start is reported
 * in the output channel and a message, and the client's requests then fail.
 */
export async function startLanguageClient(context: vscode.ExtensionContext, client = createLanguageClient(context)): Promise<LanguageClient> {
    try {
        await client.start();
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        client.outputChannel.appendLine(`The Journey language server failed to start: ${message}`);
        void vscode.window.showErrorMessage(`The Journey language server failed to start: ${message}`, 'Show Output')
            .then(choice => { if (choice) client.outputChannel.show(true); });
    }
    return client;
}
