import type { ValidationAcceptor } from 'langium';
import type { Emotion, Pain, Research } from '../generated/ast.js';
import { lastOf } from '../ast-values.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import type { DiagnosticSeverities } from './diagnostic-severities.js';
import { report } from './report.js';

/**
 * `fact-without-evidence` (off by default): an emotion or a pain that cites no research is an assumption.
 * Asks the severity first: it runs on every emotion and pain, and is off in most workspaces.
 */
export function factEvidenceCheck(severities: DiagnosticSeverities) {
    return (fact: Emotion | Pain, accept: ValidationAcceptor): void => {
        if (fact.sources.length > 0 || severities.get(DiagnosticCode.FactWithoutEvidence) === 'off') return;
        const what = fact.$type === 'Emotion' ? `The emotion of '${fact.persona?.$refText ?? ''}'` : 'This pain';
        report(accept, DiagnosticCode.FactWithoutEvidence, `${what} is an assumption: add 'from RESEARCH' to cite the research it comes from.`, {
            node: fact,
            property: (fact.$type === 'Emotion' ? 'persona' : 'text') as never
        });
    };
}

/** YYYY-MM or YYYY-MM-DD, a real month and day. */
export function parseResearchDate(text: string): Date | undefined {
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : 1];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** Whole months from `from` to `to`. */
function monthsBetween(from: Date, to: Date): number {
    const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
    return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}

/**
 * A research declaration's own values: `invalid-research-date`, `invalid-sample-size`,
 * and `stale-evidence` (off by default) when it is older than journey.config.json's `evidenceMaxAgeMonths`.
 */
export function researchChecks(severities: DiagnosticSeverities) {
    return (research: Research, accept: ValidationAcceptor): void => {
        const written = lastOf(research.date);
        const index = research.date.length - 1;
        if (written !== undefined) {
            const date = parseResearchDate(written);
            if (!date) {
                report(accept, DiagnosticCode.InvalidResearchDate, `Research date "${written}" is not a date: write it as YYYY-MM or YYYY-MM-DD, e.g. "2024-03".`, { node: research, property: 'date', index });
            } else {
                const age = monthsBetween(date, severities.now());
                const limit = severities.settings.evidenceMaxAgeMonths;
                if (age > limit) {
                    report(accept, DiagnosticCode.StaleEvidence, `Research '${research.name}' is from ${written}, ${age} months ago: older than ${limit} months, it may no longer hold.`, { node: research, property: 'name' });
                }
            }
        }
        const sample = lastOf(research.sample);
        if (sample !== undefined && !(Number.isInteger(sample) && sample > 0)) {
            report(accept, DiagnosticCode.InvalidSampleSize, `Sample size ${sample} is not a number of participants: use a whole number greater than 0.`, { node: research, property: 'sample', index: research.sample.length - 1 });
        }
    };
}
