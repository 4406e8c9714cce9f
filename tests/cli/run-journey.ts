import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join(REPO, 'tests/fixtures/cli');
const BIN = join(REPO, 'bin/journey.js');

let built: Promise<void> | undefined;

/** Builds the bundles once per test file, as `npm run build` does (the CLI tests run dist/cli.js). */
export function buildOnce(): Promise<void> {
    built ??= new Promise<void>(resolve => {
        execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'pipe' });
        resolve();
    });
    return built;
}

export interface JourneyRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** The runs' V8 code cache (bin/compile-cache.js): the tests' own, not the user's ~/.cache; the first run writes it, the others use it. */
const COMPILE_CACHE = mkdtempSync(join(tmpdir(), 'journey-compile-cache-'));

/** Runs the built `journey` command as a process, by default in the CLI fixtures folder. */
export function journey(args: string[], cwd = FIXTURES, env: Record<string, string> = {}): JourneyRun {
    const result = spawnSync(process.execPath, [BIN, ...args], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, JOURNEY_DEBUG: '', JOURNEY_COMPILE_CACHE_DIR: COMPILE_CACHE, JOURNEY_COMPILE_CACHE_DEBUG: '', ...env }
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch copy of a fixture folder, for commands that write. */
export function copyFixture(name: string): string {
    const folder = mkdtempSync(join(tmpdir(), 'journey-cli-'));
    cpSync(join(FIXTURES, name), folder, { recursive: true });
    return folder;
}
