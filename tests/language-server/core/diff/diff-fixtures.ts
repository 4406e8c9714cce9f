/** Builds the workspace model of a fixture folder of tests/fixtures/diff, files named by their path in the folder. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorkspaceModel } from '../../../../language-server/language/diff/build-workspace-model.js';
import type { WorkspaceModel } from '../../../../language-server/core/diff/workspace-model.js';
import { buildWorkspace } from '../../language/test-services.js';

export const DIFF_FIXTURES = join(__dirname, '../../../fixtures/diff');

export function readFixtureFolder(name: string): Record<string, string> {
    const folder = join(DIFF_FIXTURES, name);
    return Object.fromEntries(readdirSync(folder).sort().map(file => [file, readFileSync(join(folder, file), 'utf8')]));
}

export async function workspaceModelOf(files: Record<string, string>): Promise<WorkspaceModel> {
    const { services, documents } = await buildWorkspace(files);
    return buildWorkspaceModel(documents, services.Journey, uri => uri.replace(/^file:\/\/\/workspace\//, ''));
}

export async function fixtureModel(name: string): Promise<WorkspaceModel> {
    return workspaceModelOf(readFixtureFolder(name));
}
