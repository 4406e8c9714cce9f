import { URI } from 'langium';
import type { InitializeParams, WorkspaceFolder, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';

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

/** The folders after a client's `workspace/didChangeWorkspaceFolders`: the removed ones gone, the added ones last, none twice. */
export function applyFolderChange(folders: readonly WorkspaceFolder[], event: WorkspaceFoldersChangeEvent): WorkspaceFolder[] {
    const removed = new Set(event.removed.map(folder => folder.uri));
    const kept = folders.filter(folder => !removed.has(folder.uri));
    const known = new Set(kept.map(folder => folder.uri));
    return [...kept, ...event.added.filter(folder => typeof folder?.uri === 'string' && !known.has(folder.uri))];
}

/** Whether `uri` is `root` or lies inside it (compared as URI text, as the client sends both). */
export function isInFolder(uri: string, root: string): boolean {
    const prefix = root.endsWith('/') ? root : `${root}/`;
    return uri === root || uri.startsWith(prefix);
}
