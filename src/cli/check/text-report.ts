import { plural, type CheckResult, type SeverityName } from './problems.js';

/**
 * `path:line:col severity message [code]` per problem, then a summary:
 * `3 problems (1 error, 2 warnings) in 2 files`, or `no problems in 4 files`.
 */
export function textReport(result: CheckResult): string {
    const lines = result.problems.map(p => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.message}${p.code ? ` [${p.code}]` : ''}`);
    lines.push(summary(result));
    return lines.join('\n') + '\n';
}

/** The summary line; also printed after GitHub annotations, for humans reading the log. */
export function summary(result: CheckResult): string {
    const { problems, fileCount } = result;
    if (problems.length === 0) return `no problems in ${plural(fileCount, 'file')}`;
    const counts = (['error', 'warning', 'info', 'hint'] as SeverityName[])
        .map(severity => [severity, problems.filter(p => p.severity === severity).length] as const)
        .filter(([severity, count]) => count > 0 || severity === 'error' || severity === 'warning')
        .map(([severity, count]) => severity === 'info' ? `${count} info` : plural(count, severity));
    const files = new Set(problems.map(p => p.file)).size;
    return `${plural(problems.length, 'problem')} (${counts.join(', ')}) in ${plural(files, 'file')}`;
}
