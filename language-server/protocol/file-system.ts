/**
 * The workspace's files as the language server reads them where it has no
 * file system of its own (a Web Worker in vscode.dev / github.dev): the server
 * asks the client, which answers through `vscode.workspace.fs`. URIs are
 * strings; the answers are plain JSON.
 */
export interface FileRequestParams {
    uri: string;
}

export interface FileStatResult {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/** Server → client: a file's text (UTF-8, as the editor reads it). Fails when the file does not exist. */
export const ReadFileRequestMethod = 'journey/fs/readFile';
/** Server → client: a folder's entries. */
export const ReadDirectoryRequestMethod = 'journey/fs/readDirectory';
/** Server → client: whether a URI is a file or a folder. Fails when it does not exist. */
export const StatRequestMethod = 'journey/fs/stat';

export type ReadFileResult = string;
export type ReadDirectoryResult = FileStatResult[];
