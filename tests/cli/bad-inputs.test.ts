import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journey, journeyProcess, REPO } from './run-journey.js';

const MAP = 'team sales "Sales"\njourney j {\n  stage s {\n    owner sales\n  }\n}\n';

function folderWith(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'journey-bad-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return folder;
}

describe('journey with bad inputs', () => {
    it('refuses a --format that is a property of every object, with exit 2', async () => {
        const folder = folderWith({ 'm.journey': 'team a\nteam a\n' });
        for (const format of ['toString', 'constructor', '__proto__']) {
            const run = await journey(['check', '--format', format, 'm.journey'], folder);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain(`unknown format '${format}'`);
            expect(run.stdout).toBe('');
        }
    });

    it('says the disk is full in one line when stdout cannot be written', async () => {
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

    it('does not overwrite the map with its own Markdown', async () => {
        const folder = folderWith({ 'm.journey': MAP });
        const run = await journey(['render', 'm.journey', '-o', 'm.journey'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('is the map itself');
        expect(readFileSync(join(folder, 'm.journey'), 'utf8')).toBe(MAP);
    });

    it('reports thousands of errors on one long line with the right columns, also after an emoji', async () => {
        const folder = folderWith({ 'long.journey': `team t ${'@ '.repeat(8_000)}\nteam u "\u{1F600}" @\n` });
        const lines = (await journey(['check', 'long.journey'], folder)).stdout.trimEnd().split('\n');
        expect(lines).toHaveLength(8_002);
        expect(lines[7_999]).toBe(`long.journey:1:${8 + 2 * 7_999} error Unexpected character '@'. [syntax-error]`);
        expect(lines[8_000]).toBe(`long.journey:2:12 error Unexpected character '@'. [syntax-error]`);
    });
});

describe('journey render --format markdown with hostile labels (issue #16, item 14)', () => {
    it('starts no heading or table row from a carriage return and notifies no one through an @mention', async () => {
        const folder = folderWith({
            'm.journey': 'persona p "P"\njourney j "J\\r# Injected" {\n  stage s "S" {\n    touchpoint t "T\\r## H @octocat" {\n      emotion p 3\n    }\n  }\n}\n'
        });
        const run = await journey(['render', 'm.journey', '--format', 'markdown'], folder);
        expect(run.status).toBe(0);
        expect(run.stdout).not.toContain('\r');
        const lines = run.stdout.split('\n');
        expect(lines.filter(line => /^#+ (Injected|H)\b/.test(line))).toEqual([]);
        expect(lines[0]).toBe('# J # Injected');
        // Outside code blocks a mention is broken by a zero-width space.
        const details = run.stdout.split('## Details')[1];
        expect(details).toContain('@\u200Boctocat');
        expect(details).not.toContain('@octocat');
    });
});

describe('journey fmt and check with files that are no UTF-8 text or no regular file', () => {
    it('refuses invalid UTF-8 with exit 2 and leaves the file untouched', async () => {
        const folder = folderWith({});
        const bytes = Buffer.concat([Buffer.from('team   a "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]);
        writeFileSync(join(folder, 'latin1.journey'), bytes);
        const run = await journey(['fmt', 'latin1.journey'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('latin1.journey: not UTF-8 text');
        expect(readFileSync(join(folder, 'latin1.journey'))).toEqual(bytes);
    });

    it('refuses a FIFO (also through a link) and a link to /dev/zero named .journey instead of hanging or reading forever', async () => {
        const folder = folderWith({});
        execFileSync('mkfifo', [join(folder, 'pipe.journey')]);
        symlinkSync('pipe.journey', join(folder, 'to-pipe.journey'));
        symlinkSync('/dev/zero', join(folder, 'zero.journey'));
        for (const [command, file, reason] of [
            ['check', 'pipe.journey', 'not a regular file'],
            ['fmt', 'pipe.journey', 'not a regular file'],
            ['check', 'to-pipe.journey', 'not a regular file'],
            ['check', 'zero.journey', 'it links to /dev/zero, outside the workspace']
        ]) {
            const run = await journey([command, file], folder);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain(`cannot read ${file}: ${reason}`);
        }
    });

    it('writes one line end per file, the majority: LF, CRLF or CR, also where the formatter changed nothing', async () => {
        const folder = folderWith({
            'mixed.journey': 'team x\r\nteam a {\ndescription "x"}\nteam   b\nteam c\n',
            'crlf.journey': 'team x\nteam a {\r\ndescription "x"}\r\nteam   b\r\nteam c\r\n',
            'cr.journey': 'team a {\rdescription "x"}\rteam   b\r',
            'lf.journey': 'team a {\ndescription "x"}\nteam   b\n'
        });
        expect((await journey(['fmt', '.'], folder)).status).toBe(0);
        expect(readFileSync(join(folder, 'mixed.journey'), 'utf8')).toBe('team x\nteam a {\n  description "x"\n}\nteam b\nteam c\n');
        expect(readFileSync(join(folder, 'crlf.journey'), 'utf8')).toBe('team x\r\nteam a {\r\n  description "x"\r\n}\r\nteam b\r\nteam c\r\n');
        expect(readFileSync(join(folder, 'cr.journey'), 'utf8')).toBe('team a {\r  description "x"\r}\rteam b\r');
        expect(readFileSync(join(folder, 'lf.journey'), 'utf8')).toBe('team a {\n  description "x"\n}\nteam b\n');
        // A file whose only fault was its stray line end is formatted too, and then stays as it is.
        writeFileSync(join(folder, 'stray.journey'), 'team a\nteam b\r\nteam c\n');
        expect((await journey(['fmt', '--check', 'stray.journey'], folder)).status).toBe(1);
        expect((await journey(['fmt', 'stray.journey'], folder)).status).toBe(0);
        expect(readFileSync(join(folder, 'stray.journey'), 'utf8')).toBe('team a\nteam b\nteam c\n');
        expect((await journey(['fmt', '--check', '.'], folder)).status).toBe(0);
    });
});

describe('links in the workspace (issue #16, item 12)', () => {
    /** `ws/` with a map using the team of a linked library, a link out to `outside/secret.journey`, a linked folder out, a linked CSV out. */
    function linkedWorkspace(): string {
        const scratch = mkdtempSync(join(tmpdir(), 'journey-links-'));
        const ws = join(scratch, 'ws');
        mkdirSync(join(scratch, 'outside'));
        mkdirSync(join(ws, '.shared'), { recursive: true });
        writeFileSync(join(scratch, 'outside', 'secret.journey'), 'team leaked_secret "Leaked"\n');
        writeFileSync(join(scratch, 'outside', 'secret.csv'), 'stage,touchpoint\nleaked_secret,x\n');
        writeFileSync(join(ws, '.shared', 'people.journey'), 'team sales "Sales"\n');
        writeFileSync(join(ws, 'map.journey'), MAP.replace('team sales "Sales"\n', ''));
        symlinkSync(join('.shared', 'people.journey'), join(ws, 'people.journey'));
        return ws;
    }

    it('reads a link whose target is inside the workspace', async () => {
        const ws = linkedWorkspace();
        const run = await journey(['check', '.'], ws);
        expect(run.stderr).toBe('');
        expect(run.stdout).not.toContain('unresolved-reference');
        expect(run.status).toBe(0);
        expect(await journey(['check', 'people.journey'], ws)).toMatchObject({ status: 0, stdout: 'no problems in 1 file\n' });
    });

    it('refuses a link to a file outside the workspace in every command that reads maps, naming the link and never showing the target', async () => {
        const ws = linkedWorkspace();
        symlinkSync(join(ws, '..', 'outside', 'secret.journey'), join(ws, 'evil.journey'));
        writeFileSync(join(ws, 'old.journey'), MAP);
        for (const args of [
            ['check', '.'],
            ['check', '--format', 'github', 'evil.journey'],
            ['fmt', '.'],
            ['render', 'map.journey'],
            ['opportunities', '.'],
            ['evidence', '.'],
            ['diff', 'old.journey', 'evil.journey']
        ]) {
            const run = await journey(args, ws);
            expect(run.status, args.join(' ')).toBe(2);
            expect(run.stderr, args.join(' ')).toMatch(/^journey: cannot read evil\.journey: it links to .*outside[/\\]secret\.journey, outside the workspace/);
            expect(`${run.stdout}${run.stderr}`, args.join(' ')).not.toContain('leaked_secret');
        }
    });

    it('refuses a map reached through a linked folder that leads out of the workspace, and a linked spreadsheet out of it', async () => {
        const ws = linkedWorkspace();
        symlinkSync(join(ws, '..', 'outside'), join(ws, 'linked'));
        const check = await journey(['check', 'linked'], ws);
        expect(check.status).toBe(2);
        expect(check.stderr).toContain('cannot read linked/secret.journey: it links to');
        symlinkSync(join(ws, '..', 'outside', 'secret.csv'), join(ws, 'data.csv'));
        const imported = await journey(['import', 'data.csv'], ws);
        expect(imported.status).toBe(2);
        expect(imported.stderr).toMatch(/^journey: cannot read data\.csv: it links to .*outside the workspace/);
        expect(existsSync(join(ws, 'data.journey'))).toBe(false);
    });
});

describe('journey.config.json edge cases (issue #16, item 16)', () => {
    it('takes a config of only comments as an empty one', async () => {
        const folder = folderWith({ 'm.journey': MAP, 'journey.config.json': '// severities come later\n/* none yet */\n' });
        const run = await journey(['check', '.'], folder);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
    });

    it('reports a broken-link config with the file instead of ignoring it', async () => {
        const folder = folderWith({ 'm.journey': MAP });
        symlinkSync('gone.json', join(folder, 'journey.config.json'));
        const run = await journey(['check', '.'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('journey: invalid journey.config.json: journey.config.json:1:1 cannot read the file: a broken link (to gone.json)\n');
    });

    it('reports a config nested 100,000 levels deep in one line, without a stack trace', async () => {
        const folder = folderWith({ 'm.journey': MAP, 'journey.config.json': '['.repeat(100_000) });
        // A process of its own: the parser's depth is about the process's stack, not the test worker's.
        const run = journeyProcess(['check', '.'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('journey: invalid journey.config.json: journey.config.json:1:101 invalid JSON: nested deeper than 100 levels\n');
    });
});
