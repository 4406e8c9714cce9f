import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest, type FileStatResult } from '../../protocol/index.js';

/** What the provider needs of the LSP connection: sending a request to the client. */
export interface ClientRequestSender {
    sendRequest<R>(method: string, params: unknown): Promise<R>;
}

/**
 * Langium's file system, read through the client: in a Web Worker the server
 * has no disk, so workspace files (`people.journey` declaring the personas of
 * every map, `journey.config.json`) come from `vscode.workspace.fs` on the
 * extension's side. The synchronous calls cannot cross a message channel: the
 * language never makes them (tests/architecture checks it has no Node), and
 * they fail with a message saying so.
 */
export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly client: ClientRequestSender) {}

    async stat(uri: URI): Promise<FileSystemNode> {
        return toNode(await this.client.sendRequest<FileStatResult>(StatRequest.method, { uri: uri.toString() }));
    }

    async exists(uri: URI): Promise<boolean> {
        try {
            await this.stat(uri);
            return true;
        } catch {
            return false;
        }
    }

    async readFile(uri: URI): Promise<string> {
        const text = await this.client.sendRequest<string>(ReadFileRequest.method, { uri: uri.toString() });
        return text.startsWith('\uFEFF') ? text.slice(1) : text;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await this.client.sendRequest<FileStatResult[]>(ReadDirectoryRequest.method, { uri: uri.toString() });
        return entries.map(toNode);
    }

    statSync(): FileSystemNode { return synchronous('statSync'); }
    existsSync(): boolean { return synchronous('existsSync'); }
    readBinarySync(): Uint8Array { return synchronous('readBinarySync'); }
    readFileSync(): string { return synchronous('readFileSync'); }
    readDirectorySync(): FileSystemNode[] { return synchronous('readDirectorySync'); }
}

function toNode(stat: FileStatResult): FileSystemNode {
    return { uri: URI.parse(stat.uri), isFile: stat.isFile, isDirectory: stat.isDirectory };
}

function synchronous(name: string): never {
    throw new Error(`${name}: the browser language server reads files through the client, asynchronously only.`);
}
