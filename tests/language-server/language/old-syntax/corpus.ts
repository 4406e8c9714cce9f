import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildRenderModel } from '../../../../language-server/language/render/build-render-model.js';
import { loadWorkspace } from '../../../../src/cli/workspace.js';

/** tests/fixtures/old-syntax: today's examples and fixtures, copied before the language grew, never edited. */
export const CORPUS_ROOT = fileURLToPath(new URL('../../../fixtures/old-syntax/', import.meta.url));

/**
 * The workspaces of the corpus: the highest folders that directly hold a
 * `.journey` file or a journey.config.json (so `library/maps` is loaded with
 * the `people.journey` of `library`, as the CLI tests load it).
 */
export function corpusWorkspaces(folder = CORPUS_ROOT): string[] {
    const entries = readdirSync(folder, { withFileTypes: true });
    if (entries.some(entry => entry.isFile() && (entry.name.endsWith('.journey') || entry.name === 'journey.config.json'))) return [folder];
    return entries.filter(entry => entry.isDirectory()).flatMap(entry => corpusWorkspaces(join(folder, entry.name)));
}

/** What a user of an old file sees: each file's diagnostics and render model, with paths relative to the corpus. */
export async function corpusSnapshot(workspace: string): Promise<Record<string, unknown>> {
    const { documents, services } = await loadWorkspace([workspace]);
    const rootUri = pathToFileURL(CORPUS_ROOT).toString();
    const files: Record<string, unknown> = {};
    for (const document of documents) {
        const model = buildRenderModel(document, services.Journey) as unknown as Record<string, unknown>;
        // The scale's words are new in version 2 and filled for every file (defaults or journey.config.json).
        delete model.emotionScale;
        const name = relative(CORPUS_ROOT, fileURLToPath(document.uri.toString()));
        files[name] = JSON.parse(JSON.stringify(model).split(rootUri).join('corpus:/'));
    }
    return files;
}
