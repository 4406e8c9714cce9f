import { AstUtils, type AstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ElementIssue, RenderDiagnostic, Severity, SourceLocation } from '../../core/model/render-model.js';
import { copyRange, sameRange } from './source-location.js';

const SEVERITIES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** Langium's own codes, in case a diagnostic reaches us before the language's codes were put on it. */
const LANGIUM_CODES: Record<string, string> = {
    'lexing-error': 'syntax-error',
    'parsing-error': 'syntax-error',
    'linking-error': 'unresolved-reference'
};

export function severityOf(diagnostic: Diagnostic): Severity {
    return SEVERITIES[diagnostic.severity ?? 1] ?? 'error';
}

export function codeOf(diagnostic: Diagnostic): string {
    const data = diagnostic.data as { code?: unknown } | undefined;
    const code = String(diagnostic.code ?? data?.code ?? 'unknown');
    return LANGIUM_CODES[code] ?? code;
}

export function toRenderDiagnostic(uri: string, diagnostic: Diagnostic): RenderDiagnostic {
    return { uri, range: copyRange(diagnostic.range), severity: severityOf(diagnostic), code: codeOf(diagnostic), message: diagnostic.message };
}

/**
 * The diagnostics that are about an element: those whose range is the
 * element's name (that is where the checks report them, e.g. `stage-without-owner`
 * on the stage's id). Reads the diagnostics of whichever document declares the
 * element, as the editor shows them, so the configured severities apply.
 */
export function elementIssues(node: AstNode, source: SourceLocation): ElementIssue[] {
    const diagnostics = AstUtils.getDocument(node).diagnostics ?? [];
    return diagnostics
        .filter(diagnostic => sameRange(diagnostic.range, source.nameRange))
        .map(diagnostic => ({ code: codeOf(diagnostic), severity: severityOf(diagnostic), message: diagnostic.message }));
}
