import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest, type FileRequestParams, type FileStatResult } from '../../../language-server/protocol/index.js';

/**
 * The one place the client answers the server's file requests (browser host, virtual workspaces), through
 * `vscode.workspace.fs`, for files inside the workspace's folders only.
 */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
    const registrations = [
        client.onRequest(ReadFileRequest.method, async (params: FileRequestParams): Promise<string> =>
            new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(params)))),
        client.onRequest(StatRequest.method, async (params: FileRequestParams): Promise<FileStatResult> => {
            const uri = workspaceUri(params);
            return statResult(uri, (await vscode.workspace.fs.stat(uri)).type);
        }),
        client.onRequest(ReadDirectoryRequest.method, async (params: FileRequestParams): Promise<FileStatResult[]> => {
            const folder = workspaceUri(params);
            const entries = await vscode.workspace.fs.readDirectory(folder);
            return entries.map(([name, type]) => statResult(vscode.Uri.joinPath(folder, name), type));
        })
    ];
    return vscode.Disposable.from(...registrations);
}

function statResult(uri: vscode.Uri, type: vscode.FileType): FileStatResult {
    return {
        uri: uri.toString(),
        isFile: (type & vscode.FileType.File) !== 0,
        isDirectory: (type & vscode.FileType.Directory) !== 0
    };
}

/** The requested URI, when it lies in one of the workspace's folders; anything else is refused. */
function workspaceUri(params: FileRequestParams): vscode.Uri {
    if (typeof params?.uri !== 'string') throw new Error('A file request needs a uri.');
    const uri = vscode.Uri.parse(params.uri, true);
    const inside = (vscode.workspace.workspaceFolders ?? []).some(folder =>
        folder.uri.scheme === uri.scheme && folder.uri.authority === uri.authority
        && (uri.path === folder.uri.path || uri.path.startsWith(folder.uri.path.replace(/\/$/, '') + '/')));
    if (!inside) throw new Error(`${params.uri} is not in the workspace.`);
    return uri;
}
