import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { journeyProcess } from './run-journey.js';

let plain: ReturnType<typeof journeyProcess>;
beforeAll(async () => {
    plain = journeyProcess(['check', 'diagnostics'], undefined, { JOURNEY_NO_COMPILE_CACHE: '1' });
});

/** `journey check` on a fixture with errors (exit code 1), with its compile cache in `cacheDir`. */
function check(cacheDir: string, env: Record<string, string> = {}) {
    return journeyProcess(['check', 'diagnostics'], undefined, { JOURNEY_COMPILE_CACHE_DIR: cacheDir, JOURNEY_COMPILE_CACHE_DEBUG: '1', ...env });
}

/** The report on stderr, without the cache's debug lines. */
const reportOf = (stderr: string) => stderr.split('\n').filter(line => !line.startsWith('journey compile cache:')).join('\n');
const cacheStates = (stderr: string) => [...stderr.matchAll(/^journey compile cache: (\S+)/gm)].map(match => match[1]);
const cacheFiles = (dir: string) => readdirSync(dir).filter(name => name.endsWith('.cache'));

// Each test starts bin/journey.js two or three times: on a loaded machine that is slow, never wrong.
describe('journey: V8 code cache of the bundle', { timeout: 180_000 }, () => {
    it('writes the cache on the first run and uses it on the second, with the same output and exit code', () => {
        const dir = mkdtempSync(join(tmpdir(), 'journey-cache-'));
        const first = check(dir);
        expect(cacheStates(first.stderr)).toEqual(['missing', 'written']);
        expect(cacheFiles(dir)).toHaveLength(1);
        const [file] = cacheFiles(dir);
        expect(file).toMatch(new RegExp(`^cli-${process.arch}-node${process.version.replace(/\./g, '\\.')}-`));
        const written = readFileSync(join(dir, file));

        const second = check(dir);
        expect(cacheStates(second.stderr)).toEqual(['used']);
        // Used as it is, not written again.
        expect(readFileSync(join(dir, file)).equals(written)).toBe(true);
        for (const run of [first, second]) {
            expect(run.status).toBe(1);
            expect(run.stdout).toBe(plain.stdout);
            expect(reportOf(run.stderr)).toBe(plain.stderr);
        }
        expect(plain.status).toBe(1);
        expect(plain.stdout).toContain('error');
    });

    it('rejects a corrupt cache file, still checks right, and writes the cache anew', () => {
        const dir = mkdtempSync(join(tmpdir(), 'journey-cache-'));
        check(dir);
        const [file] = cacheFiles(dir);
        const path = join(dir, file);
        const good = readFileSync(path);
        // Flipped bytes in the middle, and a file cut short.
        const flipped = Buffer.from(good);
        for (let index = 1000; index < 1100; index++) flipped[index] ^= 0xff;
        // Whole (its digest right) but not V8's data for this bundle: V8 itself rejects it.
        const foreign = Buffer.alloc(8000, 7);
        const wholeForeign = Buffer.concat([createHash('sha256').update(foreign).digest(), foreign]);
        for (const corrupt of [flipped, good.subarray(0, 5000), Buffer.from('not a cache'), wholeForeign]) {
            writeFileSync(path, corrupt);
            const run = check(dir);
            expect(cacheStates(run.stderr)).toEqual(['rejected', 'written']);
            expect(run.status).toBe(1);
            expect(run.stdout).toBe(plain.stdout);
            expect(readFileSync(path).length).toBeGreaterThan(5000);
            expect(cacheStates(check(dir).stderr)).toEqual(['used']);
        }
    });

    it('removes the cache of an earlier build of the bundle when it writes a new one', () => {
        const dir = mkdtempSync(join(tmpdir(), 'journey-cache-'));
        check(dir);
        const [file] = cacheFiles(dir);
        const older = file.replace(/-[0-9a-f]+\.cache$/, '-0123456789abcdef.cache');
        writeFileSync(join(dir, older), 'an earlier build');
        writeFileSync(join(dir, file), 'corrupt');
        check(dir);
        expect(cacheFiles(dir)).toEqual([file]);
    });

    it('works with a cache folder it cannot write, and with the cache turned off', () => {
        // A read-only folder (root writes there all the same), and a file where the folder should be (which fails for root too).
        const readOnly = mkdtempSync(join(tmpdir(), 'journey-cache-'));
        chmodSync(readOnly, 0o500);
        const asFile = join(mkdtempSync(join(tmpdir(), 'journey-cache-')), 'file');
        writeFileSync(asFile, '');
        for (const dir of [join(readOnly, 'cache'), join(asFile, 'cache')]) {
            const run = check(dir);
            expect(run.status).toBe(1);
            expect(run.stdout).toBe(plain.stdout);
            expect(reportOf(run.stderr)).toBe(plain.stderr);
        }
        expect(cacheStates(check(join(asFile, 'cache')).stderr)).toEqual(['missing', 'not']);

        const off = mkdtempSync(join(tmpdir(), 'journey-cache-'));
        const run = check(off, { JOURNEY_NO_COMPILE_CACHE: '1' });
        expect(run).toMatchObject({ status: 1, stdout: plain.stdout, stderr: plain.stderr });
        expect(cacheFiles(off)).toEqual([]);
    });
});
