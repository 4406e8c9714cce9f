import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser.js';
import { journeyClientOptions } from './client-options.js';
import { serveWorkspaceFiles } from './workspace-files.js';

export { startLanguageClient } from './client-options.js';

/**
 * The client of the language server in a Web Worker (`dist/web/server.js`),
 * for the browser: the server has no disk, so it reads the workspace's files
 * through this client (`journey/fs/*`, answered with `vscode.workspace.fs`).
 */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
    const worker = new Worker(serverMain.toString(true));
    const client = new LanguageClient('journey', 'Journey Language Server', journeyClientOptions(context), worker);
    context.subscriptions.push(serveWorkspaceFiles(client));
    return client;
}
