/**
 * Diagnostics introduced and fixed by a change. Matched by file, code and
 * message, never by line: a problem whose line merely moved is neither.
 */
import { unmatched } from './compare-fields.js';
import type { DiffDiagnostic } from './diff-result.js';
import type { WorkspaceDiagnostic } from './workspace-model.js';

export function compareDiagnostics(before: WorkspaceDiagnostic[], after: WorkspaceDiagnostic[]): {
    introduced: DiffDiagnostic[];
    fixed: DiffDiagnostic[];
} {
    return { introduced: unmatched(after, before, identity).map(toDiffDiagnostic), fixed: unmatched(before, after, identity).map(toDiffDiagnostic) };
}

function identity(diagnostic: WorkspaceDiagnostic): string {
    return JSON.stringify([diagnostic.file, diagnostic.code, diagnostic.message]);
}

function toDiffDiagnostic(diagnostic: WorkspaceDiagnostic): DiffDiagnostic {
    return {
        file: diagnostic.file,
        line: diagnostic.range.start.line + 1,
        severity: diagnostic.severity,
        code: diagnostic.code,
        message: diagnostic.message
    };
}
