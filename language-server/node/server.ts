import { startLanguageServer as startLangiumServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createJourneyServices } from '../language/journey-module.js';
import { watchDiagnosticConfig } from '../language/validation/diagnostic-config-watcher.js';
import { JourneyNodeFileSystem, WorkspaceFileSystemProvider } from './journey-file-system.js';
import { registerCustomRequests } from '../language/lsp/custom-requests.js';

/**
 * Starts the Journey language server. The transport (`--stdio`, `--node-ipc`,
 * `--socket=N`) is taken from the process arguments, as every LSP client expects.
 */
export function startJourneyLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    // Files on disk directly; a virtual workspace's files (e.g. vscode-vfs:) through the client.
    const { shared, Journey } = createJourneyServices({ connection, fileSystemProvider: () => new WorkspaceFileSystemProvider(connection) });
    watchDiagnosticConfig(shared, Journey);
    registerCustomRequests(shared, () => createJourneyServices(JourneyNodeFileSystem));
    startLangiumServer(shared);
}
