import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, githubReport } from '../../../src/cli/check/github-report.js';

describe('GitHub workflow command escaping (as @actions/core does it)', () => {
    it('escapes %, CR and LF in a message, and nothing else', () => {
        expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    });

    it('also escapes : and , in property values, which delimit properties', () => {
        expect(escapeProperty('maps/a,b:c%\n.journey')).toBe('maps/a%2Cb%3Ac%25%0A.journey');
    });

    it('maps info and hint to ::notice, GitHub having no such levels', () => {
        const problem = { file: 'a.journey', line: 1, column: 2, endLine: 1, endColumn: 3, code: 'x', message: 'm' };
        const report = githubReport({ fileCount: 1, problems: [{ ...problem, severity: 'info' }, { ...problem, severity: 'hint' }] });
        expect(report).toBe([
            '::notice file=a.journey,line=1,col=2,endLine=1,endColumn=3,title=x::m',
            '::notice file=a.journey,line=1,col=2,endLine=1,endColumn=3,title=x::m',
            '2 problems (0 errors, 0 warnings, 1 info, 1 hint) in 1 file',
            ''
        ].join('\n'));
    });
});
