import { URI } from 'langium';
import type { InitializeParams, WorkspaceFolder } from 'vscode-languageserver';

/**
 * The workspace folders a client announced: `workspaceFolders`, else the older
 * `rootUri`, else the oldest `rootPath`. The one rule for the indexing of the
 * workspace and for journey.config.json, so a client sending only `rootUri`
 * gets the same diagnostics as VS Code and the CLI.
 */
export function workspaceRootsOf(params: Pick<InitializeParams, 'workspaceFolders' | 'rootUri' | 'rootPath'>): WorkspaceFolder[] {
    if (Array.isArray(params.workspaceFolders) && params.workspaceFolders.length > 0) {
        return params.workspaceFolders.filter(folder => typeof folder?.uri === 'string');
    }
    if (typeof params.rootUri === 'string') return [{ uri: params.rootUri, name: 'root' }];
    if (typeof params.rootPath === 'string') return [{ uri: URI.file(params.rootPath).toString(), name: 'root' }];
    return [];
}
