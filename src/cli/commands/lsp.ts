import { startJourneyLanguageServer } from '../../../language-server/node/server.js';
import type { CliCommand } from '../command.js';
import { UsageError } from '../errors.js';

/**
 * `journey lsp --stdio`: the language server the VS Code extension runs, for
 * any LSP client (Neovim, Zed, Helix, Emacs…). The transport options are the
 * ones vscode-languageserver reads from the process arguments.
 */
export const lspCommand: CliCommand = {
    name: 'lsp',
    summary: 'Start the language server',
    description: [
        'Starts the Journey language server, the one the VS Code extension uses, for any',
        'LSP client (Neovim, Zed, Helix, Emacs...). Usually: journey lsp --stdio'
    ].join('\n'),
    options: {
        stdio: { type: 'boolean', description: 'Speak LSP over stdin/stdout' },
        'node-ipc': { type: 'boolean', description: 'Speak LSP over Node IPC (when started by a Node client)' },
        socket: { type: 'string', valueName: 'port', description: 'Speak LSP over a socket on this port' },
        clientProcessId: { type: 'string', valueName: 'pid', description: 'Exit when this process ends' }
    },
    run({ values }) {
        if (!values.stdio && !values['node-ipc'] && values.socket === undefined) {
            throw new UsageError('journey lsp needs a transport: --stdio, --node-ipc or --socket <port>');
        }
        startJourneyLanguageServer();
        // The server runs until its client asks it to exit.
        return new Promise<number>(() => undefined);
    }
};
