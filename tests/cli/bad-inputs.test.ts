import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journeyProcess as journey, REPO } from './run-journey.js';

const MAP = 'team sales "Sales"\njourney j {\n  stage s {\n    owner sales\n  }\n}\n';

function folderWith(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'journey-bad-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return folder;
}

describe('journey with bad inputs', () => {
    it('refuses a --format that is a property of every object, with exit 2', () => {
        const folder = folderWith({ 'm.journey': 'team a\nteam a\n' });
        for (const format of ['toString', 'constructor', '__proto__']) {
            const run = journey(['check', '--format', format, 'm.journey'], folder);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain(`unknown format '${format}'`);
            expect(run.stdout).toBe('');
        }
    });

    it('says the disk is full in one line when stdout cannot be written', () => {
        const folder = folderWith({ 'm.journey': 'team a\nteam a\n' });
        const full = openSync('/dev/full', 'w');
        const run = spawnSync(process.execPath, [join(REPO, 'bin', 'journey.js'), 'check', 'm.journey'], {
            cwd: folder,
            encoding: 'utf8',
            stdio: ['ignore', full, 'pipe'],
            env: { ...process.env, JOURNEY_DEBUG: '', JOURNEY_NO_COMPILE_CACHE: '1' }
        });
        closeSync(full);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('journey: cannot write the output: no space left on the device\n');
    });

    it('does not overwrite the map with its own Markdown', () => {
        const folder = folderWith({ 'm.journey': MAP });
        const run = journey(['render', 'm.journey', '-o', 'm.journey'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('is the map itself');
        expect(readFileSync(join(folder, 'm.journey'), 'utf8')).toBe(MAP);
    });

    it('reports thousands of errors on one long line with the right columns, also after an emoji', () => {
        const folder = folderWith({ 'long.journey': `team t ${'@ '.repeat(8_000)}\nteam u "\u{1F600}" @\n` });
        const lines = journey(['check', 'long.journey'], folder).stdout.trimEnd().split('\n');
        expect(lines).toHaveLength(8_002);
        expect(lines[7_999]).toBe(`long.journey:1:${8 + 2 * 7_999} error Unexpected character '@'. [syntax-error]`);
        expect(lines[8_000]).toBe(`long.journey:2:12 error Unexpected character '@'. [syntax-error]`);
    });
});

describe('journey fmt and check with files that are no UTF-8 text or no regular file', () => {
    it('refuses invalid UTF-8 with exit 2 and leaves the file untouched', () => {
        const folder = folderWith({});
        const bytes = Buffer.concat([Buffer.from('team   a "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]);
        writeFileSync(join(folder, 'latin1.journey'), bytes);
        const run = journey(['fmt', 'latin1.journey'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('latin1.journey: not UTF-8 text');
        expect(readFileSync(join(folder, 'latin1.journey'))).toEqual(bytes);
    });

    it('refuses a FIFO and a link to /dev/zero named .journey instead of hanging or reading forever', () => {
        const folder = folderWith({});
        execFileSync('mkfifo', [join(folder, 'pipe.journey')]);
        symlinkSync('/dev/zero', join(folder, 'zero.journey'));
        for (const [command, file] of [['check', 'pipe.journey'], ['fmt', 'pipe.journey'], ['check', 'zero.journey']]) {
            const run = journey([command, file], folder);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain(`${file}: not a regular file`);
        }
    });

    it('writes the majority line end: a stray CRLF in an LF file does not spread to the rewritten lines, a CR-only file stays CR', () => {
        const folder = folderWith({ 'mixed.journey': 'team x\r\nteam a {\ndescription "x"}\nteam   b\nteam c\n', 'cr.journey': 'team a {\rdescription "x"}\rteam   b\r' });
        expect(journey(['fmt', '.'], folder).status).toBe(0);
        expect(readFileSync(join(folder, 'mixed.journey'), 'utf8')).toBe('team x\r\nteam a {\n  description "x"\n}\nteam b\nteam c\n');
        expect(readFileSync(join(folder, 'cr.journey'), 'utf8')).toBe('team a {\r  description "x"\r}\rteam b\r');
    });
});
