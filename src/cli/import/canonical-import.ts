import { formatSource } from '../format-source.js';
import { collectProblems } from '../check/problems.js';
import { buildWorkspace, createCliServices } from '../workspace.js';

/**
 * The imported text through the project's formatter (as `journey fmt`), checked
 * as `journey check` would check it on its own: the importer must never write a
 * map with an error, so one is a bug, reported as such rather than written.
 */
export async function canonicalImport(text: string, path: string): Promise<string> {
    const outcome = await formatSource(createCliServices(), { path, text, bom: false });
    if (outcome.syntaxErrors) throw new Error(`the imported map does not parse (${outcome.syntaxErrors.map(e => `${e.line}:${e.column} ${e.message}`).join('; ')})`);
    const workspace = await buildWorkspace([{ path, text: outcome.formatted, bom: false }], '/');
    const errors = collectProblems(workspace).problems.filter(problem => problem.severity === 'error');
    if (errors.length > 0) throw new Error(`the imported map has errors (${errors.map(e => `${e.line}:${e.column} ${e.message}`).join('; ')})`);
    return outcome.formatted;
}
