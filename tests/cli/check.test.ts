import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, journey } from './run-journey.js';


const TEXT_LINE = /^(?<file>[^:]+):(?<line>\d+):(?<column>\d+) (?<severity>error|warning|info|hint) (?<message>.+) \[(?<code>[a-z-]+)\]$/;

/** The problems of a text report, without its summary line. */
function textProblems(stdout: string) {
    const lines = stdout.trimEnd().split('\n');
    return lines.slice(0, -1).map(line => {
        const match = TEXT_LINE.exec(line);
        expect(match, `not a problem line: ${line}`).not.toBeNull();
        const { file, line: lineNumber, column, severity, code, message } = match!.groups!;
        return { file, line: Number(lineNumber), column: Number(column), severity, code, message };
    });
}

const summaryOf = (stdout: string) => stdout.trimEnd().split('\n').at(-1);

describe('journey check: text format', () => {
    it('reports nothing and exits 0 on a clean workspace', async () => {
        const run = await journey(['check', 'clean']);
        expect(run).toMatchObject({ status: 0, stdout: 'no problems in 1 file\n', stderr: '' });
    });

    it('checks the current folder by default', async () => {
        const run = await journey(['check'], join(FIXTURES, 'library'));
        expect(run).toMatchObject({ status: 0, stdout: 'no problems in 3 files\n' });
    });

    it('loads every file under the paths as one workspace: a map uses the personas, teams and channels of a library file', async () => {
        expect((await journey(['check', 'library'])).status).toBe(0);
        // The maps alone do not see the library: every id is unresolved.
        const alone = await journey(['check', 'library/maps']);
        expect(alone.status).toBe(1);
        const problems = textProblems(alone.stdout);
        expect(new Set(problems.map(p => p.code))).toEqual(new Set(['unresolved-reference']));
        expect(problems[0]).toMatchObject({ file: 'library/maps/checkout.journey', line: 2, column: 12, severity: 'error' });
        expect(problems[0].message).toContain("'maya'");
        expect(summaryOf(alone.stdout)).toBe('9 problems (9 errors, 0 warnings) in 2 files');
    });

    const cases: Array<{ code: string; severity: string; status: number; at: Array<[number, number]>; names: string[] }> = [
        { code: 'stage-without-touchpoints', severity: 'warning', status: 0, at: [[5, 9]], names: ["'empty'"] },
        { code: 'stage-without-owner', severity: 'warning', status: 0, at: [[5, 9]], names: ["'unowned'"] },
        { code: 'persona-without-emotions', severity: 'warning', status: 0, at: [[6, 17]], names: ["'quinn'"] },
        { code: 'emotion-out-of-range', severity: 'error', status: 1, at: [[8, 19], [9, 19]], names: ['0', '3.5'] },
        { code: 'duplicate-id', severity: 'error', status: 1, at: [[2, 6], [3, 6]], names: ["'ops'", "'ops'"] },
        { code: 'unresolved-reference', severity: 'error', status: 1, at: [[6, 11], [7, 23]], names: ["'nobody'", "'nowhere'"] },
        { code: 'persona-not-in-journey', severity: 'warning', status: 0, at: [[12, 15]], names: ["'quinn'"] }
    ];
    for (const { code, severity, status, at, names } of cases) {
        it(`reports ${code} on the offending name, with its code, and exits ${status}`, async () => {
            const run = await journey(['check', `diagnostics/${code}`]);
            expect(run.status).toBe(status);
            const problems = textProblems(run.stdout);
            expect(problems.map(p => [p.line, p.column])).toEqual(at);
            problems.forEach((problem, index) => {
                expect(problem).toMatchObject({ file: `diagnostics/${code}/map.journey`, severity, code });
                expect(problem.message).toContain(names[index]);
            });
        });
    }

    it('reports syntax errors with exit code 1', async () => {
        const run = await journey(['check', 'diagnostics/syntax-error']);
        expect(run.status).toBe(1);
        expect(textProblems(run.stdout)).toContainEqual(expect.objectContaining({ line: 5, column: 9, severity: 'error', code: 'syntax-error' }));
    });

    it('counts columns in characters on lines with emoji and CJK text, ignoring the BOM, with CRLF line ends', async () => {
        const run = await journey(['check', 'unicode']);
        expect(run.status).toBe(1);
        const file = 'unicode/crlf-bom-emoji.journey';
        expect(run.stdout).toBe([
            `${file}:1:6 error Duplicate team id 'ops': also declared at line 3. [duplicate-id]`,
            `${file}:3:6 error Duplicate team id 'ops': also declared at line 1. [duplicate-id]`,
            `${file}:6:29 error Unknown team 'nobody'. [unresolved-reference]`,
            `${file}:7:38 error Emotion score 9 for 'mei' is out of range: use an integer from 1 (very negative) to 5 (very positive). [emotion-out-of-range]`,
            '4 problems (4 errors, 0 warnings) in 1 file',
            ''
        ].join('\n'));
    });

    it('applies the severities of journey.config.json, found by searching up from the first path', async () => {
        const run = await journey(['check', 'config/maps']);
        const problems = textProblems(run.stdout);
        // stage-without-touchpoints raised to error, stage-without-owner turned off.
        expect(problems.map(p => [p.code, p.severity])).toEqual([
            ['persona-without-emotions', 'warning'],
            ['stage-without-touchpoints', 'error']
        ]);
        expect(run.status).toBe(1);
    });

    it('exits 2 with the file, line and column when journey.config.json is invalid', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'journey-config-'));
        writeFileSync(join(folder, 'journey.config.json'), '{\n  "diagnostics": { "stage-without-owner": "loud" }\n}\n');
        writeFileSync(join(folder, 'map.journey'), 'team ops\n');
        const run = await journey(['check'], folder);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^journey: invalid journey\.config\.json: journey\.config\.json:2:43 .*"loud".*\n$/);
    });
});

describe('journey check: json format', () => {
    it('prints the file count and every diagnostic with 1-based positions and character columns', async () => {
        const run = await journey(['check', '--format', 'json', 'unicode']);
        expect(run.status).toBe(1);
        const report = JSON.parse(run.stdout);
        expect(report.files).toBe(1);
        expect(report.diagnostics).toHaveLength(4);
        expect(report.diagnostics[2]).toEqual({
            file: 'unicode/crlf-bom-emoji.journey',
            line: 6,
            column: 29,
            endLine: 6,
            endColumn: 35,
            severity: 'error',
            code: 'unresolved-reference',
            message: "Unknown team 'nobody'."
        });
        expect(Object.keys(report.diagnostics[0])).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
    });

    it('prints an empty list for a clean workspace and exits 0', async () => {
        const run = await journey(['check', '-f', 'json', 'library']);
        expect(run.status).toBe(0);
        expect(JSON.parse(run.stdout)).toEqual({ files: 3, diagnostics: [] });
    });

    it('keeps warnings at exit code 0', async () => {
        const run = await journey(['check', '--format=json', 'diagnostics/stage-without-owner']);
        expect(run.status).toBe(0);
        expect(JSON.parse(run.stdout).diagnostics.map((d: { severity: string }) => d.severity)).toEqual(['warning']);
    });
});

describe('journey check: github format', () => {
    it('prints one workflow command per diagnostic, then the summary, with character columns', async () => {
        const run = await journey(['check', '--format', 'github', 'unicode']);
        expect(run.status).toBe(1);
        const file = 'unicode/crlf-bom-emoji.journey';
        expect(run.stdout).toBe([
            `::error file=${file},line=1,col=6,endLine=1,endColumn=9,title=duplicate-id::Duplicate team id 'ops': also declared at line 3.`,
            `::error file=${file},line=3,col=6,endLine=3,endColumn=9,title=duplicate-id::Duplicate team id 'ops': also declared at line 1.`,
            `::error file=${file},line=6,col=29,endLine=6,endColumn=35,title=unresolved-reference::Unknown team 'nobody'.`,
            `::error file=${file},line=7,col=38,endLine=7,endColumn=39,title=emotion-out-of-range::Emotion score 9 for 'mei' is out of range: use an integer from 1 (very negative) to 5 (very positive).`,
            '4 problems (4 errors, 0 warnings) in 1 file',
            ''
        ].join('\n'));
    });

    it('uses ::warning for warnings', async () => {
        const run = await journey(['check', '--format', 'github', 'diagnostics/stage-without-touchpoints']);
        expect(run.status).toBe(0);
        expect(run.stdout.split('\n')[0]).toBe(
            "::warning file=diagnostics/stage-without-touchpoints/map.journey,line=5,col=9,endLine=5,endColumn=14,title=stage-without-touchpoints::Stage 'empty' has no touchpoints."
        );
    });

    it('escapes % in messages, and :, , and % in file names', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'journey-github-'));
        writeFileSync(join(folder, 'a,b:c%.journey'), 'team ops\njourney j {\n  stage s {\n    metric "m" 5 % %\n  }\n}\n');
        const run = await journey(['check', '-f', 'github'], folder);
        const annotation = run.stdout.split('\n').find(line => line.includes('title=syntax-error'));
        expect(annotation).toBeDefined();
        expect(annotation).toMatch(/^::error file=a%2Cb%3Ac%25\.journey,line=4,col=20,endLine=4,endColumn=21,title=syntax-error::.*%25/);
        // The message part keeps ':' and ',' as they are.
        expect(annotation!.split('::')[2]).not.toMatch(/%3A|%2C/);
    });
});

describe('journey check: usage and input problems exit 2 with one line on stderr', () => {
    it('a missing path', async () => {
        const run = await journey(['check', 'clean', 'no-such-folder']);
        expect(run).toMatchObject({ status: 2, stdout: '', stderr: 'journey: no such file or folder: no-such-folder\n' });
    });

    it('an unreadable file (a dangling link)', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'journey-unreadable-'));
        symlinkSync(join(folder, 'gone.journey'), join(folder, 'map.journey'));
        const run = await journey(['check', '.'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(`journey: cannot read map.journey: a broken link (to ${join(folder, 'gone.journey')})\n`);
    });

    it('a file that is not a .journey file', async () => {
        const run = await journey(['check', 'config/journey.config.json']);
        expect(run).toMatchObject({ status: 2, stderr: 'journey: not a .journey file: config/journey.config.json\n' });
    });

    it('an unknown format or option', async () => {
        expect(await journey(['check', '--format', 'xml', 'clean'])).toMatchObject({
            status: 2,
            stderr: "journey: unknown format 'xml' for --format (use text, json, github) (see 'journey check --help')\n"
        });
        expect(await journey(['check', '--verbose'])).toMatchObject({
            status: 2,
            stderr: "journey: unknown option '--verbose' (see 'journey check --help')\n"
        });
        expect(await journey(['check', '--format'])).toMatchObject({ status: 2 });
        expect((await journey(['check', '--format'])).stderr.split('\n')).toHaveLength(2);
    });
});
