import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES, journey } from './run-journey.js';


const read = (folder: string, name: string) => readFileSync(join(folder, name), 'utf8');

const MESSY_FORMATTED = [
    'team ops "Operations" // keeps this comment',
    'persona pat {',
    '  goal "Be served"',
    '  quote "Fast, please"',
    '}',
    'journey j {',
    '  personas pat',
    '  stage s {',
    '    owner ops',
    '    touchpoint t via web, web {',
    '      emotion pat 3',
    '      metric "Wait" 12% target 5%',
    '    }',
    '  }',
    '}',
    'channel web',
    ''
].join('\n');

describe('journey fmt --check', () => {
    it('lists the unformatted files and exits 1, changing nothing; a file with syntax errors is reported with its position', async () => {
        const folder = copyFixture('unformatted');
        const before = read(folder, 'messy.journey');
        const run = await journey(['fmt', '--check'], folder);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('messy.journey\n');
        expect(run.stderr).toBe([
            "broken.journey:2:29 Expecting token of type '}' but found ``. (not formatted)",
            '1 of 3 files not formatted, 1 with syntax errors left untouched',
            ''
        ].join('\n'));
        expect(read(folder, 'messy.journey')).toBe(before);
    });

    it('exits 0 when every file is formatted', async () => {
        const run = await journey(['fmt', '--check', 'clean', 'library', 'unformatted/tidy.journey']);
        expect(run).toMatchObject({ status: 0, stdout: '', stderr: '0 of 5 files not formatted\n' });
    });
});

describe('journey fmt', () => {
    it('rewrites files in canonical form, lists them, and leaves a file with syntax errors untouched', async () => {
        const folder = copyFixture('unformatted');
        const broken = read(folder, 'broken.journey');
        const run = await journey(['fmt', '.'], folder);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('messy.journey\n');
        expect(run.stderr).toContain('broken.journey:2:29 ');
        expect(read(folder, 'messy.journey')).toBe(MESSY_FORMATTED);
        expect(read(folder, 'broken.journey')).toBe(broken);
        expect(read(folder, 'tidy.journey')).toBe('team tidy_team "Tidy"\n');
    });

    it('keeps the byte order mark, CRLF line ends, emoji and CJK text of a file', async () => {
        const folder = copyFixture('unicode');
        const run = await journey(['fmt'], folder);
        expect(run.status).toBe(0);
        const text = read(folder, 'crlf-bom-emoji.journey');
        expect(text.startsWith('\uFEFFteam ops "運用 🛠" // 日本語のコメント\r\n')).toBe(true);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        expect(text).toContain('\r\n  stage ship "📦 発送" {\r\n    owner nobody\r\n    touchpoint tp "🎉🎉" {\r\n      emotion mei 9 "😀"\r\n    }\r\n');
        expect((await journey(['fmt', '--check'], folder)).status).toBe(0);
    });

    it('gives the same result as formatting twice', async () => {
        const folder = copyFixture('unformatted');
        await journey(['fmt', 'messy.journey'], folder);
        const once = read(folder, 'messy.journey');
        const again = await journey(['fmt', 'messy.journey'], folder);
        expect(again).toMatchObject({ status: 0, stdout: '' });
        expect(read(folder, 'messy.journey')).toBe(once);
    });

    it('exits 2 on a missing path, before writing anything', async () => {
        const run = await journey(['fmt', 'clean', 'missing.journey'], FIXTURES);
        expect(run).toMatchObject({ status: 2, stdout: '', stderr: 'journey: no such file or folder: missing.journey\n' });
    });
});
