import { validationHelper, type ValidationResult } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Journey, Model, Stage } from '../../../../language-server/language/generated/ast.js';
import { buildWorkspace, createTestServices } from '../test-services.js';
import { PEOPLE } from '../lsp/lsp-workspace.js';

/**
 * Validates `text` as one more file of a workspace that already holds the
 * library file of docs/language.md (`people.journey`: maya; marketing, sales,
 * support; instagram, web, email) unless other files are given.
 */
export async function validateMap(text: string, otherFiles: Record<string, string> = { 'people.journey': PEOPLE }): Promise<ValidationResult<Model>> {
    const { services } = await buildWorkspace(otherFiles, createTestServices());
    return validationHelper<Model>(services.Journey)(text);
}

/** The diagnostics of one code, as `message @ line:col` (1-based) — what a user reads. */
export function issues(result: { diagnostics: Diagnostic[] }, code: string): string[] {
    return result.diagnostics
        .filter(d => d.code === code)
        .map(d => `${d.message} @ ${d.range.start.line + 1}:${d.range.start.character + 1}`);
}

/** The text a diagnostic's range covers. */
export function coveredText(result: ValidationResult<Model>, diagnostic: Diagnostic): string {
    return result.document.textDocument.getText(diagnostic.range);
}

export function journeyOf(result: ValidationResult<Model>, index = 0): Journey {
    return result.document.parseResult.value.elements.filter((e): e is Journey => e.$type === 'Journey')[index];
}

export function stageOf(result: ValidationResult<Model>, name: string): Stage {
    const stage = journeyOf(result).stages.find(s => s.name === name);
    if (!stage) throw new Error(`no stage ${name}`);
    return stage;
}
