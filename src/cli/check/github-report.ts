import type { CheckResult, SeverityName } from './problems.js';
import { summary } from './text-report.js';

/** GitHub has three annotation levels; info and hint become notices. */
const COMMANDS: Record<SeverityName, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands, one per problem, so that each shows inline
 * on the pull request's diff:
 * `::warning file=maps/a.journey,line=3,col=5,endLine=3,endColumn=14,title=stage-without-owner::Stage 'x' …`
 */
export function githubReport(result: CheckResult): string {
    const lines = result.problems.map(p => {
        const properties = [
            `file=${escapeProperty(p.file)}`,
            `line=${p.line}`,
            `col=${p.column}`,
            `endLine=${p.endLine}`,
            `endColumn=${p.endColumn}`,
            ...(p.code ? [`title=${escapeProperty(p.code)}`] : [])
        ];
        return `::${COMMANDS[p.severity]} ${properties.join(',')}::${escapeData(p.message)}`;
    });
    lines.push(summary(result));
    return lines.join('\n') + '\n';
}

/** As @actions/core escapes a command's message. */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a command's property values: also `:` and `,`, which delimit them. */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
