import { startLanguageServer as startLangiumServer } from 'langium/lsp';
import { createConnection, ErrorCodes, ProposedFeatures, ResponseError } from 'vscode-languageserver/node.js';
import { INVALID_PARAMS_METHOD, MessageGuard, NO_DOCUMENT_METHOD } from './message-guard.js';
import { URI } from 'langium';
import { createJourneyServices } from '../language/journey-module.js';
import { watchDiagnosticConfig } from '../language/validation/diagnostic-config-watcher.js';
import { journeyNodeFileSystem, WorkspaceFileSystemProvider } from './journey-file-system.js';
import { watchFilesUnlessClientDoes } from './fallback-file-watcher.js';
import { registerCustomRequests } from '../language/lsp/custom-requests.js';
import { workspaceRootsOf } from '../language/workspace/workspace-roots.js';
import type { JourneyWorkspaceManager } from '../language/langium-overrides/journey-workspace-manager.js';
import type { WorkspaceFolder } from 'vscode-languageserver';

/**
 * Starts the Journey language server. The transport (`--stdio`, `--node-ipc`,
 * `--socket=N`) is taken from the process arguments, as every LSP client expects.
 */
export function startJourneyLanguageServer(): void {
    const guard = new MessageGuard();
    const connection = createConnection(ProposedFeatures.all, { messageStrategy: guard });
    // Files on disk directly; a virtual workspace's files (e.g. vscode-vfs:) through the client.
    const fileSystem = new WorkspaceFileSystemProvider(connection);
    const { shared, Journey } = createJourneyServices({ connection, fileSystemProvider: () => fileSystem });
    // A link in the workspace is read only when its target lies inside these folders (see workspace-file.ts).
    const fileRoots = (folders: WorkspaceFolder[]) => folders.map(folder => URI.parse(folder.uri)).filter(uri => uri.scheme === 'file').map(uri => uri.fsPath);
    shared.lsp.LanguageServer.onInitialize(params => {
        fileSystem.roots = fileRoots(workspaceRootsOf(params));
    });
    (shared.workspace.WorkspaceManager as JourneyWorkspaceManager).onDidChangeFolders(folders => {
        fileSystem.roots = fileRoots(folders);
    });
    guard.documents = { hasDocument: uri => shared.workspace.LangiumDocuments.hasDocument(URI.parse(uri)) };
    connection.onRequest(INVALID_PARAMS_METHOD, (params: { method: string; problem: string }) => {
        throw new ResponseError(ErrorCodes.InvalidParams, `${params.method}: ${params.problem}`);
    });
    connection.onRequest(NO_DOCUMENT_METHOD, () => null);
    watchDiagnosticConfig(shared, Journey);
    watchFilesUnlessClientDoes(shared);
    registerCustomRequests(shared, () => createJourneyServices(journeyNodeFileSystem(() => fileSystem.roots)));
    startLangiumServer(shared);
}
