import { diagnosticData, type AstNode, type DiagnosticInfo, type ValidationAcceptor } from 'langium';
import { DEFAULT_SEVERITIES, type DiagnosticCode } from './diagnostic-codes.js';

/**
 * Reports one diagnostic with its stable code, at the code's default severity
 * (the configured severity is applied later, for every code alike, by the
 * JourneyDocumentValidator). The code is also put in `data`, where Langium's
 * test helpers and the code action provider look for it.
 */
export function report<N extends AstNode>(
    accept: ValidationAcceptor,
    code: DiagnosticCode,
    message: string,
    info: Omit<DiagnosticInfo<N>, 'code' | 'data'>,
    data: Record<string, unknown> = {}
): void {
    // An optional check (default `off`) is reported as a hint; the configured severity replaces it or drops it.
    const severity = DEFAULT_SEVERITIES[code];
    accept(severity === 'off' ? 'hint' : severity, message, { ...info, code, data: { ...diagnosticData(code), ...data } } as DiagnosticInfo<N>);
}
