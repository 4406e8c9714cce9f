/**
 * The workspace's files as the language server reads them where it has no
 * file system of its own (a Web Worker in vscode.dev / github.dev, or a
 * virtual workspace such as vscode-vfs: in the Node host): the server asks
 * the client, which answers through `vscode.workspace.fs`. Server → client
 * requests; URIs are strings, the answers plain JSON.
 */
import type { RequestDescriptor } from './lsp-messages.js';

export interface FileRequestParams {
    uri: string;
}

export interface FileStatResult {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/** A file's text (UTF-8, as the editor reads it). Fails when the file does not exist or lies outside the workspace. */
export const ReadFileRequest: RequestDescriptor<FileRequestParams, string> = { method: 'journey/fs/readFile' };
/** A folder's entries. */
export const ReadDirectoryRequest: RequestDescriptor<FileRequestParams, FileStatResult[]> = { method: 'journey/fs/readDirectory' };
/** Whether a URI is a file or a folder. Fails when it does not exist. */
export const StatRequest: RequestDescriptor<FileRequestParams, FileStatResult> = { method: 'journey/fs/stat' };
