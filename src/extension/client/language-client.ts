import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node.js';
import { journeyClientOptions } from './client-options.js';
import { serveWorkspaceFiles } from './workspace-files.js';

export { startLanguageClient } from './client-options.js';

/**
 * The client of the bundled language server (`dist/server.js`, its own Node
 * process, connected over IPC); nothing starts yet. Usable at once: requests
 * sent before the server is up wait for it, notification handlers are kept
 * until it is. The client id `journey` makes vscode-languageclient read the
 * `journey.trace.server` setting by itself.
 */
export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClient {
    const serverModule = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const client = new LanguageClient('journey', 'Journey Language Server', serverOptions, journeyClientOptions(context, outputChannel));
    // The server reads file: URIs itself; a virtual workspace's files (vscode-vfs:…) it asks for.
    context.subscriptions.push(serveWorkspaceFiles(client));
    return client;
}
