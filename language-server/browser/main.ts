/**
 * Entry of the language server in a Web Worker (dist/web/server.js), for the
 * extension in vscode.dev, github.dev and any browser-hosted VS Code: the same
 * Langium services as the Node server, over postMessage, reading the
 * workspace through the client.
 */
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import { createJourneyServices } from '../language/journey-module.js';
import { watchDiagnosticConfig } from '../language/validation/diagnostic-config-watcher.js';
import { registerCustomRequests } from '../language/lsp/custom-requests.js';
import { ClientFileSystemProvider } from '../language/workspace/client-file-system.js';

// The worker's global scope (the DOM typings this project compiles with have no worker scope type).
const scope = self as unknown as Worker;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
const fileSystem = { fileSystemProvider: () => new ClientFileSystemProvider(connection) };
const { shared, Journey } = createJourneyServices({ connection, ...fileSystem });
watchDiagnosticConfig(shared, Journey);
registerCustomRequests(shared, () => createJourneyServices(fileSystem));
startLanguageServer(shared);
