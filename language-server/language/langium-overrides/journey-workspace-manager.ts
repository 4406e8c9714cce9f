import { DefaultWorkspaceManager, UriUtils, type BuildOptions, type Stream, type URI, type FileSystemNode, type LangiumDocument } from 'langium';
import type { InitializeParams } from 'vscode-languageserver';
import { workspaceRootsOf } from '../workspace/workspace-roots.js';

/** Folders of the operating system that hold no maps and never end (a root of `/` must not walk /proc). */
const SYSTEM_FOLDERS = new Set(['/proc', '/sys', '/dev', '/run']);

/**
 * Langium's workspace loading, made to survive any folder and any file:
 * the roots come from `workspaceRootsOf` (Langium ignored `rootUri`: 46 false
 * errors on the examples), system folders and folders that cannot be read are
 * skipped quietly, and a file that cannot be read or parsed is left out with a
 * message instead of leaving the server never ready.
 */
export class JourneyWorkspaceManager extends DefaultWorkspaceManager {
    // Langium builds the workspace without validation and validates it on the first edit: a client
    // that opens nothing got no diagnostics, and code actions on an unopened file failed ("state is
    // IndexedReferences, requiring Validated"). The same checks as the first edit, once, at startup.
    override initialBuildOptions: BuildOptions = { validation: { categories: ['built-in', 'fast'] } };

    override initialize(params: InitializeParams): void {
        this.folders = workspaceRootsOf(params);
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
