import type { CheckResult } from './problems.js';

/**
 * `{"files": N, "diagnostics": [{file, line, column, endLine, endColumn, severity, code, message}]}`,
 * lines and columns 1-based (columns in characters, see positions.ts).
 */
export function jsonReport(result: CheckResult): string {
    const diagnostics = result.problems.map(({ file, line, column, endLine, endColumn, severity, code, message }) =>
        ({ file, line, column, endLine, endColumn, severity, code, message }));
    return JSON.stringify({ files: result.fileCount, diagnostics }, undefined, 2) + '\n';
}
