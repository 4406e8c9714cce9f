import { DefaultWorkspaceManager, URI, UriUtils, type BuildOptions, type Stream, type FileSystemNode, type LangiumDocument } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import type { InitializeParams, WorkspaceFolder, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import { applyFolderChange, isInFolder, workspaceRootsOf } from '../workspace/workspace-roots.js';

/** Folders of the operating system that hold no maps and never end (a root of `/` must not walk /proc). */
const SYSTEM_FOLDERS = new Set(['/proc', '/sys', '/dev', '/run']);

/**
 * Langium's workspace loading, made to survive any folder and any file:
 * the roots come from `workspaceRootsOf` (Langium ignored `rootUri`: 46 false
 * errors on the examples), system folders and folders that cannot be read are
 * skipped quietly, and a file that cannot be read or parsed is left out with a
 * message instead of leaving the server never ready. Folders added to or
 * removed from the workspace later (`changeFolders`) are loaded or dropped.
 */
export class JourneyWorkspaceManager extends DefaultWorkspaceManager {
    private readonly folderListeners: Array<(folders: WorkspaceFolder[]) => void> = [];
    private readonly textDocuments: LangiumSharedCoreServices['workspace']['TextDocuments'];

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.textDocuments = services.workspace.TextDocuments;
    }

    // Langium builds the workspace without validation and validates it on the first edit: a client
    // that opens nothing got no diagnostics, and code actions on an unopened file failed ("state is
    // IndexedReferences, requiring Validated"). The same checks as the first edit, once, at startup.
    override initialBuildOptions: BuildOptions = { validation: { categories: ['built-in', 'fast'] } };

    override initialize(params: InitializeParams): void {
        this.folders = workspaceRootsOf(params);
    }

    /** Called with the folders whenever they change after initialization (the other readers of the roots follow). */
    onDidChangeFolders(listener: (folders: WorkspaceFolder[]) => void): void {
        this.folderListeners.push(listener);
    }

    /**
     * A folder added: its maps are loaded and built, and what referred to their ids is linked again. A folder
     * removed: its maps leave the workspace (their diagnostics are cleared), except the ones open in the
     * editor and those inside a folder that stays.
     */
    async changeFolders(event: WorkspaceFoldersChangeEvent): Promise<void> {
        await this.ready;
        const folders = applyFolderChange(this.folders ?? [], event);
        this.folders = folders;
        for (const listener of this.folderListeners) listener(folders);
        const added = event.added.filter(folder => folders.some(kept => kept.uri === folder.uri)).map(folder => URI.parse(folder.uri));
        const removed = this.langiumDocuments.all.map(document => document.uri.toString())
            .filter(uri => event.removed.some(folder => isInFolder(uri, folder.uri)) && !folders.some(folder => isInFolder(uri, folder.uri)) && !this.textDocuments?.get(uri))
            .map(uri => URI.parse(uri)).toArray();
        if (added.length === 0 && removed.length === 0) return;
        await this.mutex.write(token => this.documentBuilder.update(added, removed, token));
    }

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (entry.isDirectory && entry.uri.scheme === 'file' && SYSTEM_FOLDERS.has(entry.uri.path)) return false;
        return super.shouldIncludeEntry(entry);
    }

    protected override async traverseFolder(folderPath: URI, uris: URI[]): Promise<void> {
        let content: FileSystemNode[];
        try {
            content = await this.fileSystemProvider.readDirectory(folderPath);
        } catch {
            return; // unreadable (permissions, vanished): nothing of ours in it
        }
        await Promise.all(content.map(async entry => {
            if (!this.shouldIncludeEntry(entry)) return;
            if (entry.isDirectory) await this.traverseFolder(entry.uri, uris);
            else if (entry.isFile) uris.push(entry.uri);
        }));
    }

    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(uris.toArray().map(async uri => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch (error) {
                console.error(`Skipped ${UriUtils.basename(uri)} while loading the workspace: ${error instanceof Error ? error.message : String(error)}`);
            }
        }));
    }
}
