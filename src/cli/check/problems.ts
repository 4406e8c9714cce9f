import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { displayPath } from '../paths.js';
import { toCliRange, type CliRange } from '../positions.js';
import type { Workspace } from '../workspace.js';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

/** One diagnostic as every output format of `journey check` sees it. */
export interface Problem extends CliRange {
    /** Relative to the current folder, `/`-separated. */
    readonly file: string;
    readonly severity: SeverityName;
    readonly code: string;
    readonly message: string;
}

/** The result of checking a workspace. */
export interface CheckResult {
    readonly fileCount: number;
    /** Sorted by file, then position. */
    readonly problems: Problem[];
}

const SEVERITY_NAMES: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** The diagnostics of every document of a built workspace, with positions as the CLI prints them. */
export function collectProblems(workspace: Workspace, cwd = process.cwd()): CheckResult {
    const problems = workspace.documents.flatMap(document => documentProblems(document, cwd));
    return { fileCount: workspace.documents.length, problems: sortProblems(problems) };
}

/** One validated document's diagnostics, in the validator's order. */
export function documentProblems(document: LangiumDocument, cwd = process.cwd()): Problem[] {
    const file = displayPath(document.uri.fsPath, cwd);
    return (document.diagnostics ?? []).map(diagnostic => toProblem(file, document.textDocument, diagnostic));
}

/**
 * Sorts by file, then line and column, in place. The sort is stable: problems
 * at the same place keep the order they were given in (documents in path order,
 * each with its diagnostics in the validator's order).
 */
export function sortProblems(problems: Problem[]): Problem[] {
    return problems.sort((a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column);
}

function toProblem(file: string, textDocument: Parameters<typeof toCliRange>[0], diagnostic: Diagnostic): Problem {
    return {
        file,
        ...toCliRange(textDocument, diagnostic.range),
        severity: SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error',
        code: diagnostic.code !== undefined ? String(diagnostic.code) : '',
        message: diagnostic.message
    };
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** "1 error", "2 warnings". */
export function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
