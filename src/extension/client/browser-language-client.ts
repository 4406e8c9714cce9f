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
export async function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): Promise<LanguageClient> {
    const worker = await serverWorker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js'));
    const client = new LanguageClient('journey', 'Journey Language Server', journeyClientOptions(context, outputChannel), worker);
    context.subscriptions.push(serveWorkspaceFiles(client));
    return client;
}

/**
 * The worker running the server. VS Code's web worker extension host refuses
 * `new Worker()` for an extension served by a remote (`vscode-remote:`, as in
 * code-server or a Codespace in the browser), so there the script is fetched
 * (the host's fetch resolves that scheme) and started from a blob: URL; it is
 * one self-contained file. From vscode.dev's https: location it starts as is.
 */
async function serverWorker(serverMain: vscode.Uri): Promise<Worker> {
    if (serverMain.scheme !== 'vscode-remote') return new Worker(serverMain.toString(true));
    const response = await fetch(serverMain.toString(true));
    if (!response.ok) throw new Error(`Cannot load the language server (${serverMain.toString(true)}): ${response.status} ${response.statusText}`);
    const script = new Blob([await response.text()], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(script));
}
