import { startLanguageServer as startLangiumServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createJourneyServices } from './journey-module.js';
import { watchDiagnosticConfig } from './validation/diagnostic-config-watcher.js';
import { JourneyNodeFileSystem } from './workspace/journey-file-system.js';
import { registerRenderModelHandler } from './lsp/render-model-handler.js';
import { registerDiffRequestHandler } from './diff/diff-request-handler.js';

/**
 * Starts the Journey language server. The transport (`--stdio`, `--node-ipc`,
 * `--socket=N`) is taken from the process arguments, as every LSP client expects.
 */
export function startJourneyLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared, Journey } = createJourneyServices({ connection, ...JourneyNodeFileSystem });
    watchDiagnosticConfig(shared, Journey);
    registerRenderModelHandler(shared);
    registerDiffRequestHandler(shared, () => createJourneyServices(JourneyNodeFileSystem));
    startLangiumServer(shared);
}
