import type { CliCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { githubReport } from '../check/github-report.js';
import { jsonReport } from '../check/json-report.js';
import { collectProblems, type CheckResult } from '../check/problems.js';
import { textReport } from '../check/text-report.js';
import { buildWorkspace, readWorkspace } from '../workspace.js';

const FORMATS: Record<string, (result: CheckResult) => string> = {
    text: textReport,
    json: jsonReport,
    github: githubReport
};

/** `journey check [paths...]`: the diagnostics of docs/language.md, as the editor shows them. */
export const checkCommand: CliCommand = {
    name: 'check',
    summary: 'Report the problems of .journey files',
    description: [
        'Reports the diagnostics of every .journey file under the paths (default: the',
        'current folder), loaded as one workspace. Exit code 0 when there is no error',
        '(warnings allowed), 1 when there is one, 2 for a usage or input problem.',
        'Lines and columns are 1-based and count characters (Unicode code points).'
    ].join('\n'),
    positionals: '[paths...]',
    options: {
        format: { type: 'string', short: 'f', valueName: Object.keys(FORMATS).join('|'), description: 'Output format', default: 'text' }
    },
    async run({ values, positionals, io }) {
        // Own keys only: `toString` or `__proto__` are no formats (they printed [object Undefined] and exited 0).
        const format = String(values.format);
        const report = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
        if (!report) throw new UsageError(`unknown format '${values.format}' for --format (use ${Object.keys(FORMATS).join(', ')})`);
        const { sources, root } = readWorkspace(positionals.length > 0 ? positionals : ['.']);
        const result = collectProblems(await buildWorkspace(sources, root));
        io.stdout.write(report(result));
        return result.problems.some(problem => problem.severity === 'error') ? 1 : 0;
    }
};
