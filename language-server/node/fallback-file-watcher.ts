import { basename, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { watch, type FSWatcher } from 'chokidar';
import type { LangiumSharedServices } from 'langium/lsp';
import { FileChangeType, type FileEvent, type WorkspaceFolder } from 'vscode-languageserver/node.js';
import type { JourneyWorkspaceManager } from '../language/langium-overrides/journey-workspace-manager.js';
import { CONFIG_FILE_NAME } from '../language/validation/diagnostic-severities.js';
import { workspaceRootsOf } from '../language/workspace/workspace-roots.js';

/** Folders never watched: tools' own trees, and the system folders a root of `/` would include. */
const IGNORED_FOLDERS = new Set(['node_modules', '.git']);
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev', '/run'];

/** Logged to the client once the fallback watcher sees changes (tests wait for it). */
export const WATCHING_MESSAGE = 'Watching the workspace for file changes: the client does not.';

/**
 * Watches the workspace from the server when the client cannot (no dynamic
 * registration of `workspace/didChangeWatchedFiles`: Neovim by default on
 * Linux, simpler clients): a `.journey` file or a `journey.config.json`
 * created, changed or deleted on disk then reaches the server exactly as the
 * client's notification would.
 */
export function watchFilesUnlessClientDoes(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    let clientWatches = false;
    let roots: string[] = [];
    let watcher: FSWatcher | undefined;
    shared.lsp.LanguageServer.onInitialize(params => {
        clientWatches = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
        roots = fileRootsOf(workspaceRootsOf(params));
    });
    let initialized = false;
    const start = () => {
        if (clientWatches || watcher || roots.length === 0) return;
        const extensions = shared.ServiceRegistry.all.flatMap(language => language.LanguageMetaData.fileExtensions);
        watcher = startWatching(roots, extensions, changes => shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles?.({ changes }));
        watcher.on('ready', () => connection.console.info(WATCHING_MESSAGE));
    };
    shared.lsp.LanguageServer.onInitialized(() => {
        initialized = true;
        start();
    });
    // Folders added to the workspace later are watched too, and removed ones no longer.
    (shared.workspace.WorkspaceManager as JourneyWorkspaceManager).onDidChangeFolders(folders => {
        const next = fileRootsOf(folders);
        watcher?.unwatch(roots.filter(root => !next.includes(root)));
        watcher?.add(next.filter(root => !roots.includes(root)));
        roots = next;
        if (initialized) start();
    });
    connection.onShutdown(() => watcher?.close());
}

function fileRootsOf(folders: WorkspaceFolder[]): string[] {
    return folders.filter(folder => folder.uri.startsWith('file:')).map(folder => fileURLToPath(folder.uri));
}

function startWatching(roots: string[], extensions: string[], report: (changes: FileEvent[]) => void): FSWatcher {
    const relevant = (path: string) => extensions.some(extension => path.endsWith(extension)) || basename(path) === CONFIG_FILE_NAME;
    const watcher = watch(roots, {
        ignoreInitial: true,
        ignored: (path, stats) =>
            path.split(sep).some(part => IGNORED_FOLDERS.has(part))
            || SYSTEM_FOLDERS.some(folder => path === folder || path.startsWith(`${folder}/`))
            || (stats?.isFile() === true && !relevant(path))
    });
    const send = (type: FileChangeType) => (path: string) => {
        if (relevant(path)) report([{ uri: pathToFileURL(path).toString(), type }]);
    };
    watcher.on('add', send(FileChangeType.Created));
    watcher.on('change', send(FileChangeType.Changed));
    watcher.on('unlink', send(FileChangeType.Deleted));
    // An unreadable folder or a watch limit must not take the server down: it only loses the fallback.
    watcher.on('error', error => console.error(`File watching: ${error instanceof Error ? error.message : String(error)}`));
    return watcher;
}
