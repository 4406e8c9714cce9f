import * as vscode from 'vscode';
import { RevealOutputChannelOn, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';

export const JOURNEY_DOCUMENT_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'memfs', 'vscode-test-web'] as const;

/**
 * What the client of either host (Node: dist/client.js; browser: dist/web/extension.js)
 * asks of the server: the documents it serves and the files it watches.
 */
export function journeyClientOptions(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClientOptions {
    // The server reads other files from disk; tell it when .journey files or the
    // severity config change outside the editor (git checkout, rename, delete).
    const journeyFiles = vscode.workspace.createFileSystemWatcher('**/*.journey');
    const configFiles = vscode.workspace.createFileSystemWatcher('**/journey.config.json');
    context.subscriptions.push(journeyFiles, configFiles);

    return {
        // Files on disk, untitled maps, and the virtual workspaces of the browser: vscode.dev and github.dev
        // (vscode-vfs), a remote's files seen from the browser host (vscode-remote: code-server, Codespaces),
        // in-memory folders (memfs, vscode-test-web). Not git: or other read-only views of a file,
        // which would declare every id a second time.
        documentSelector: JOURNEY_DOCUMENT_SCHEMES.map(scheme => ({ scheme, language: 'journey' })),
        synchronize: { fileEvents: [journeyFiles, configFiles] },
        outputChannel,
        revealOutputChannelOn: RevealOutputChannelOn.Error
    };
}

/**
 * Starts the server of `client` and resolves when it has
 * answered `initialize`. Never rejects: a server that fails to start is reported
 * in the output channel and a message, and the client's requests then fail.
 */
export async function startLanguageClient<C extends BaseLanguageClient>(client: C): Promise<C> {
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
