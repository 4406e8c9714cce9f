import type { FileSystemNode, FileSystemProvider, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { ClientFileSystemProvider, type ClientRequestSender } from '../language/workspace/client-file-system.js';

/**
 * Node's file system as Langium reads workspace files, minus the byte order
 * mark: editors hide it, so a BOM left in the text would shift every column of
 * line 1 by one in what the server reports about files the editor has not
 * opened (diagnostics, definitions in a library file). The CLI strips it too.
 */
export class JourneyFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return withoutBom(await super.readFile(uri));
    }

    override readFileSync(uri: URI): string {
        return withoutBom(super.readFileSync(uri));
    }
}

/**
 * The language server's file system in VS Code's Node host: `file:` URIs from
 * the disk, every other scheme (a virtual workspace such as GitHub
 * Repositories' `vscode-vfs:`) through the client's `vscode.workspace.fs`.
 */
export class WorkspaceFileSystemProvider implements FileSystemProvider {
    private readonly disk = new JourneyFileSystemProvider();
    private readonly client: ClientFileSystemProvider;

    constructor(client: ClientRequestSender) {
        this.client = new ClientFileSystemProvider(client);
    }

    private of(uri: URI): FileSystemProvider {
        return uri.scheme === 'file' ? this.disk : this.client;
    }

    stat(uri: URI): Promise<FileSystemNode> { return this.of(uri).stat(uri); }
    statSync(uri: URI): FileSystemNode { return this.of(uri).statSync(uri); }
    exists(uri: URI): Promise<boolean> { return this.of(uri).exists(uri); }
    existsSync(uri: URI): boolean { return this.of(uri).existsSync(uri); }
    readBinary(uri: URI): Promise<Uint8Array> { return this.of(uri).readBinary(uri); }
    readBinarySync(uri: URI): Uint8Array { return this.of(uri).readBinarySync(uri); }
    readFile(uri: URI): Promise<string> { return this.of(uri).readFile(uri); }
    readFileSync(uri: URI): string { return this.of(uri).readFileSync(uri); }
    readDirectory(uri: URI): Promise<FileSystemNode[]> { return this.of(uri).readDirectory(uri); }
    readDirectorySync(uri: URI): FileSystemNode[] { return this.of(uri).readDirectorySync(uri); }
}

/** Drop-in for Langium's `NodeFileSystem` context (the CLI, and services without a client). */
export const JourneyNodeFileSystem = {
    fileSystemProvider: () => new JourneyFileSystemProvider()
};

function withoutBom(text: string): string {
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
