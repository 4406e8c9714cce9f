import type { FileSystemNode, FileSystemProvider, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { entryExists, readWorkspaceFile } from './workspace-file.js';
import { ClientFileSystemProvider, type ClientRequestSender } from '../language/workspace/client-file-system.js';

/**
 * Node's file system as Langium reads workspace files, under the one rule of
 * readWorkspaceFile (a regular file, not too large, a link only to a target
 * inside the workspace folders `roots` gives), minus the byte order mark:
 * editors hide it, so a BOM left in the text would shift every column of
 * line 1 by one in what the server reports about files the editor has not
 * opened (diagnostics, definitions in a library file). The CLI does the same.
 */
export class JourneyFileSystemProvider extends NodeFileSystemProvider {
    constructor(private readonly roots: () => readonly string[] = () => []) {
        super();
    }

    override async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    override readFileSync(uri: URI): string {
        return withoutBom(new TextDecoder().decode(this.readBinarySync(uri)));
    }

    override async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    override readBinarySync(uri: URI): Uint8Array {
        return readWorkspaceFile(uri.fsPath, this.roots());
    }

    /** A broken link exists too: reading it says so (a broken journey.config.json link was ignored silently). */
    override async exists(uri: URI): Promise<boolean> {
        return entryExists(uri.fsPath);
    }

    override existsSync(uri: URI): boolean {
        return entryExists(uri.fsPath);
    }

    /**
     * A link is listed as a file, whatever it points to: reading it then applies the rule (and a
     * link outside the workspace gets its diagnostic) instead of it being skipped without a word.
     * A linked folder is not walked into (it may loop, or lead out of the workspace). Other
     * special files (a FIFO named `*.journey`) are files too, for the same reason.
     */
    override async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return (await super.readDirectory(uri)).map(asListed);
    }

    override readDirectorySync(uri: URI): FileSystemNode[] {
        return super.readDirectorySync(uri).map(asListed);
    }
}

/**
 * The language server's file system in VS Code's Node host: `file:` URIs from
 * the disk, every other scheme (a virtual workspace such as GitHub
 * Repositories' `vscode-vfs:`) through the client's `vscode.workspace.fs`.
 */
export class WorkspaceFileSystemProvider implements FileSystemProvider {
    private readonly disk: JourneyFileSystemProvider;
    private readonly client: ClientFileSystemProvider;
    /** The workspace folders (file paths) the client announced: set when it initializes. */
    roots: readonly string[] = [];

    constructor(client: ClientRequestSender) {
        this.client = new ClientFileSystemProvider(client);
        this.disk = new JourneyFileSystemProvider(() => this.roots);
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
export function journeyNodeFileSystem(roots: () => readonly string[] = () => []) {
    return { fileSystemProvider: () => new JourneyFileSystemProvider(roots) };
}

function asListed(node: FileSystemNode): FileSystemNode {
    return node.isDirectory ? node : { ...node, isFile: true };
}

function withoutBom(text: string): string {
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
