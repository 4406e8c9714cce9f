/**
 * The two sides of `journey diff`, each a set of files (path → text) loaded as
 * one workspace and merged into a workspace model. Paths are the names a
 * diagnostic is matched by, so both sides name the same file the same way.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { URI } from 'langium';
import { buildWorkspaceModel } from '../../../language-server/language/diff/build-workspace-model.js';
import type { WorkspaceModel } from '../../../language-server/core/diff/workspace-model.js';
import { findJourneyFiles, loadWorkspaceFromTexts, readJourneySource } from '../workspace.js';

export type SideFiles = Record<string, string>;

/** Loads the files (paths relative to `root`) as a workspace and merges their render models. */
export async function sideModel(files: SideFiles, root: string): Promise<WorkspaceModel> {
    const workspace = await loadWorkspaceFromTexts(files, root);
    return buildWorkspaceModel(workspace.documents, workspace.services.Journey, uri => slashed(relative(root, URI.parse(uri).fsPath)));
}

/** The `.journey` files under `paths` (files or folders), named relative to `base`. */
export function filesOnDisk(paths: string[], base: string, cwd = process.cwd()): SideFiles {
    const files: SideFiles = {};
    for (const path of findJourneyFiles(paths, cwd)) files[slashed(relative(base, path))] = readJourneySource(path).text;
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
