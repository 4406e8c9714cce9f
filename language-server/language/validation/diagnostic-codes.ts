/**
 * The stable diagnostic codes of the language (docs/language.md, "Diagnostics").
 * Editors, the CLI and `journey.config.json` refer to diagnostics by these names,
 * so they never change once published.
 */
export const DiagnosticCode = {
    StageWithoutTouchpoints: 'stage-without-touchpoints',
    StageWithoutOwner: 'stage-without-owner',
    PersonaWithoutEmotions: 'persona-without-emotions',
    EmotionOutOfRange: 'emotion-out-of-range',
    DuplicateId: 'duplicate-id',
    UnresolvedReference: 'unresolved-reference',
    PersonaNotInJourney: 'persona-not-in-journey',
    SyntaxError: 'syntax-error',
    RepeatedLine: 'repeated-line',
    FactWithoutEvidence: 'fact-without-evidence',
    StaleEvidence: 'stale-evidence',
    InvalidResearchDate: 'invalid-research-date',
    InvalidSampleSize: 'invalid-sample-size',
    OpportunityWithoutOwner: 'opportunity-without-owner',
    LinkNotHttp: 'link-not-http',
    OwnerNotInvolved: 'owner-not-involved',
    ReplacesNotCurrent: 'replaces-not-current',
    UnterminatedString: 'unterminated-string',
    UnreadableFile: 'unreadable-file'
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

/** A severity as written in docs and config files. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** What `journey.config.json` may set a code to: a severity, or `off` to silence it. */
export type ConfiguredSeverity = Severity | 'off';

export const CONFIGURED_SEVERITIES: readonly ConfiguredSeverity[] = ['error', 'warning', 'info', 'hint', 'off'];

/**
 * Default severity of every code, as in the table of docs/language.md.
 * `off`: an optional check, turned on in journey.config.json.
 */
export const DEFAULT_SEVERITIES: Readonly<Record<DiagnosticCode, ConfiguredSeverity>> = {
    'stage-without-touchpoints': 'warning',
    'stage-without-owner': 'warning',
    'persona-without-emotions': 'warning',
    'emotion-out-of-range': 'error',
    'duplicate-id': 'error',
    'unresolved-reference': 'error',
    'persona-not-in-journey': 'warning',
    'syntax-error': 'error',
    'repeated-line': 'warning',
    'fact-without-evidence': 'off',
    'stale-evidence': 'off',
    'invalid-research-date': 'error',
    'invalid-sample-size': 'error',
    'opportunity-without-owner': 'warning',
    'link-not-http': 'warning',
    'owner-not-involved': 'off',
    'replaces-not-current': 'warning',
    'unterminated-string': 'error',
    'unreadable-file': 'error'
};

export const ALL_DIAGNOSTIC_CODES = Object.keys(DEFAULT_SEVERITIES) as DiagnosticCode[];

export function isDiagnosticCode(value: unknown): value is DiagnosticCode {
    return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DEFAULT_SEVERITIES, value);
}
