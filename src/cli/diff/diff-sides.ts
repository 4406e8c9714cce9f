/**
 * The two sides of `journey diff`, each a set of files (path → text) loaded as
 * one workspace and merged into a workspace model. Paths are the names a
 * diagnostic is matched by, so both sides name the same file the same way.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { URI } from 'langium';
import { buildWorkspaceModel } from '../../../language-server/language/diff/build-workspace-model.js';
import { declarationSignatures } from '../../../language-server/language/diff/declaration-signatures.js';
import { filesToCompare } from '../../../language-server/language/diff/files-to-compare.js';
import type { WorkspaceModel } from '../../../language-server/core/diff/workspace-model.js';
import { createCliServices, findJourneyFiles, type JourneyServiceSet, findWorkspaceRoot, loadWorkspaceFromTexts, readJourneySource, readRoots } from '../workspace.js';

export type SideFiles = Record<string, string>;

/**
 * Loads the files (paths relative to `root`) as a workspace and merges their render models.
 * `context` files (absolute path → text) are loaded too, so that what they declare resolves,
 * but are no part of the model: only `files` are compared.
 */
export async function sideModel(files: SideFiles, root: string, context: SideFiles = {}, services?: JourneyServiceSet): Promise<WorkspaceModel> {
    const workspace = await loadWorkspaceFromTexts({ ...context, ...files }, root, services);
    const compared = new Set(Object.keys(files).map(name => URI.file(resolve(root, name)).toString()));
    const documents = workspace.documents.filter(document => compared.has(document.uri.toString()));
    return buildWorkspaceModel(documents, workspace.services.Journey, uri => slashed(relative(root, URI.parse(uri).fsPath)));
}

/**
 * Both sides narrowed to the files a change can reach (see files-to-compare.ts): the diff
 * of the narrowed sides is the diff of the whole ones, for the cost of the changed maps.
 */
export function narrowedSides(before: SideFiles, after: SideFiles, services = createCliServices()): { before: SideFiles; after: SideFiles } {
    return filesToCompare(before, after, (_path, text) => declarationSignatures(services.Journey, text));
}

/** The services one side is built with (its parser can read the declarations first: building its grammar costs ~0.3 s). */
export function sideServices(root: string): JourneyServiceSet {
    return createCliServices([process.cwd(), findWorkspaceRoot(root, root)]);
}

/**
 * The other `.journey` files of the workspace a single file lives in (its folder, or
 * the folder of journey.config.json above it), by absolute path, without `exclude`d files.
 */
export function workspaceContext(file: string, exclude: readonly string[]): SideFiles {
    const root = findWorkspaceRoot(file, dirname(file));
    const excluded = new Set(exclude.map(path => resolve(path)));
    const context: SideFiles = {};
    const roots = readRoots([root]);
    for (const path of findJourneyFiles([root])) {
        if (!excluded.has(path)) context[path] = readJourneySource(path, roots).text;
    }
    return context;
}

/** The `.journey` files under `paths` (files or folders), named relative to `base`. */
export function filesOnDisk(paths: string[], base: string, cwd = process.cwd()): SideFiles {
    const files: SideFiles = {};
    const roots = readRoots(paths, cwd);
    for (const path of findJourneyFiles(paths, cwd)) files[slashed(relative(base, path))] = readJourneySource(path, roots).text;
    return files;
}

/** The working tree side of `--git`: every `.journey` file under the paths that still exist. */
export function workingTreeFiles(paths: string[], cwd = process.cwd()): SideFiles {
    const existing = paths.filter(path => existsSync(resolve(cwd, path)));
    return existing.length > 0 ? filesOnDisk(existing, cwd, cwd) : {};
}

function slashed(path: string): string {
    return sep === '/' ? path : path.split(sep).join('/');
}
