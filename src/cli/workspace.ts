import { URI, type LangiumDocument } from 'langium';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { createJourneyServices } from '../../language-server/language/journey-module.js';
import type { Model } from '../../language-server/language/generated/ast.js';
import { CONFIG_FILE_NAME, DiagnosticConfigError } from '../../language-server/language/validation/diagnostic-severities.js';
import { CliIndexManager } from '../../language-server/language/langium-overrides/cli-index-manager.js';
import { journeyNodeFileSystem } from '../../language-server/node/journey-file-system.js';
import { entryExists, isInsideFolder, readWorkspaceFile } from '../../language-server/node/workspace-file.js';
import { RefusedFileError } from '../../language-server/language/workspace/refused-file.js';
import { describeError, InputError } from './errors.js';
import { displayPath } from './paths.js';

export type JourneyServiceSet = ReturnType<typeof createJourneyServices>;

export const JOURNEY_EXTENSION = '.journey';

/** The maps of one workspace, built (parsed, linked, validated) together. */
export interface Workspace {
    readonly services: JourneyServiceSet;
    /** One document per file, in path order. */
    readonly documents: Array<LangiumDocument<Model>>;
    /** The folder holding journey.config.json, or where it would be. */
    readonly root: string;
    /** The config file whose severities apply, if there is one. */
    readonly configFile?: string;
}

/** A `.journey` file as read from disk: its text without a byte order mark, which is remembered. */
export interface JourneySource {
    readonly path: string;
    readonly text: string;
    readonly bom: boolean;
}

/**
 * Loads every `.journey` file under `paths` (files or folders, searched
 * recursively, skipping node_modules and dot-folders) as one workspace, so that
 * a map may use the personas, teams and channels of a shared library file.
 * Throws InputError for a missing path or an unreadable file.
 */
export async function loadWorkspace(paths: string[], cwd = process.cwd()): Promise<Workspace> {
    const { sources, root } = readWorkspace(paths, cwd);
    return buildWorkspace(sources, root, readRoots(paths, cwd));
}

/** The `.journey` files under `paths`, read, in path order, and the workspace root (see loadWorkspace). */
export function readWorkspace(paths: string[], cwd = process.cwd()): { sources: JourneySource[]; root: string } {
    const roots = readRoots(paths, cwd);
    const sources = findJourneyFiles(paths, cwd).map(path => readJourneySource(path, roots));
    return { sources, root: findWorkspaceRoot(paths[0] !== undefined ? resolve(cwd, paths[0]) : cwd, cwd) };
}

/**
 * The folders whose files the CLI reads, links included (see readWorkspaceFile):
 * the current folder, and each path given outside it (a folder, or a file's folder).
 * A link inside them to a target outside them is refused.
 */
export function readRoots(paths: readonly string[], cwd = process.cwd()): string[] {
    const outside = paths
        .map(path => resolve(cwd, path))
        .filter(path => !isInsideFolder(path, cwd))
        .map(path => (isFolder(path) ? path : dirname(path)));
    return [resolve(cwd), ...outside];
}

/**
 * Loads in-memory files (path → text, paths relative to `root`) as one
 * workspace, for instance two versions of a repository for `journey diff`.
 */
export async function loadWorkspaceFromTexts(files: Record<string, string>, root = process.cwd(), services?: JourneyServiceSet): Promise<Workspace> {
    const sources = Object.entries(files).map(([path, text]) => sourceFromText(resolve(root, path), text));
    return buildWorkspace(sources, findWorkspaceRoot(root, root), undefined, services);
}

/** The services of the CLI: the language's, without the reference index (see langium-overrides/cli-index-manager.ts). */
export function createCliServices(roots: readonly string[] = [process.cwd()]): JourneyServiceSet {
    return createJourneyServices(journeyNodeFileSystem(() => roots), { workspace: { IndexManager: services => new CliIndexManager(services) } });
}

/**
 * Parses, links and validates the sources together, with the severities of journey.config.json in `root`
 * (read under the rule of readWorkspaceFile, `roots` and the config's own folder being the workspace).
 */
export async function buildWorkspace(
    sources: JourneySource[],
    root: string,
    roots: readonly string[] = [process.cwd()],
    services = createCliServices([...roots, root])
): Promise<Workspace> {
    const configFile = await loadSeverities(services, root);
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents = sources.map(source => {
        const document = factory.fromString<Model>(source.text, URI.file(source.path));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents, root, configFile };
}

/** Applies journey.config.json of the workspace root; an invalid file is an input error naming file:line:col. */
export async function loadSeverities(services: JourneyServiceSet, root: string): Promise<string | undefined> {
    try {
        return await services.Journey.validation.DiagnosticSeverities.loadFrom(resolve(root));
    } catch (error) {
        if (error instanceof DiagnosticConfigError) {
            const problems = error.problems.map(p => `${displayPath(p.file)}:${p.line}:${p.column} ${p.message}`);
            throw new InputError(`invalid ${CONFIG_FILE_NAME}: ${problems.join('; ')}`);
        }
        throw error;
    }
}

/**
 * The folder of journey.config.json: the nearest one containing it, searching
 * up from `start` (a file or folder); `fallback` when there is none.
 */
export function findWorkspaceRoot(start: string, fallback: string): string {
    let folder = existsSync(start) && statSync(start).isDirectory() ? start : dirname(start);
    for (;;) {
        // A broken link counts: reading it then says so, rather than the config being ignored silently.
        if (entryExists(join(folder, CONFIG_FILE_NAME))) return folder;
        const parent = dirname(folder);
        if (parent === folder) return fallback;
        folder = parent;
    }
}

/**
 * Absolute paths of the `.journey` files under `paths`, sorted, without
 * duplicates. A path named explicitly must exist and, if a file, be a
 * `.journey` file.
 */
export function findJourneyFiles(paths: string[], cwd = process.cwd()): string[] {
    const found = new Set<string>();
    for (const path of paths) {
        const absolute = resolve(cwd, path);
        const stats = statOrUndefined(absolute);
        if (!stats) throw new InputError(`no such file or folder: ${path}`);
        if (stats.isDirectory()) {
            collectJourneyFiles(absolute, found);
        } else if (extname(absolute) === JOURNEY_EXTENSION) {
            found.add(absolute);
        } else {
            throw new InputError(`not a ${JOURNEY_EXTENSION} file: ${path}`);
        }
    }
    return [...found].sort();
}

function collectJourneyFiles(folder: string, found: Set<string>): void {
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw new InputError(`cannot read folder ${displayPath(folder)}: ${describeError(error)}`);
    }
    for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
            collectJourneyFiles(path, found);
        } else if (extname(entry.name) === JOURNEY_EXTENSION && !entry.name.startsWith('.')) {
            // Symbolic links are taken too: reading them reports a dangling one.
            found.add(path);
        }
    }
}

// ignoreBOM keeps a byte order mark in the text: sourceFromText notes it so fmt writes it back.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a `.journey` file as UTF-8; throws InputError naming the file when it
 * cannot. What may be read (a regular file, not too large, a link only to a
 * target inside `roots`) is the rule of readWorkspaceFile, the server's too.
 * Bytes that are not UTF-8 are refused rather than turned into U+FFFD, which
 * `fmt` would then have written back.
 */
export function readJourneySource(path: string, roots: readonly string[] = [process.cwd()]): JourneySource {
    const shown = displayPath(path);
    let bytes: Buffer;
    try {
        bytes = readWorkspaceFile(path, roots);
    } catch (error) {
        if (error instanceof RefusedFileError) throw new InputError(`cannot read ${shown}: ${error.reason}`);
        throw new InputError(`cannot read ${shown}: ${describeError(error)}`);
    }
    let text: string;
    try {
        text = UTF8.decode(bytes);
    } catch {
        throw new InputError(`cannot read ${shown}: not UTF-8 text (save it as UTF-8)`);
    }
    return sourceFromText(path, text);
}

/** Editors hide a byte order mark: so do we, or every column of line 1 would be off by one. */
function sourceFromText(path: string, text: string): JourneySource {
    const bom = text.startsWith('\uFEFF');
    return { path, text: bom ? text.slice(1) : text, bom };
}

function isFolder(path: string): boolean {
    return statOrUndefined(path)?.isDirectory() === true;
}

function statOrUndefined(path: string) {
    try {
        return statSync(path);
    } catch {
        return undefined;
    }
}
