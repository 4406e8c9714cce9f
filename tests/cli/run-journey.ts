/**
 * Runs `journey` for the CLI tests. `journey()` runs the built bundle
 * (dist/cli.js, built once per run by tests/global-setup.ts) in this process
 * through the entry the binary uses (`runCli`), with captured stdout and
 * stderr: no process start per run. `journeyProcess()` starts bin/journey.js
 * as a real process, for what only a process shows: exit codes, pipes, the
 * code cache, the bin script itself.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { perWorker } from '../support/chromium.js';
import type { CliIO } from '../../src/cli/cli-io.js';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join(REPO, 'tests/fixtures/cli');
const BIN = join(REPO, 'bin/journey.js');

export interface JourneyRun {
    status: number | null;
    stdout: string;
    stderr: string;
    /** stdout as bytes (a PNG). */
    stdoutBytes: Buffer;
}

type CliBundle = { runCli(args: string[], io: CliIO): Promise<number>; shareBrowsers(): () => Promise<void> };
let bundle: CliBundle | undefined;
const loadBundle = () => (bundle ??= createRequire(import.meta.url)(join(REPO, 'dist/cli.js')) as CliBundle);

/**
 * For a test file of in-process renders (svg, png, pdf): the CLI keeps one
 * Chromium open across them (src/print/browser-session.ts), each render in
 * fresh pages, instead of launching one per render. The sharing is the vitest
 * worker's, for every file it runs (the bundle is loaded once per process);
 * Playwright closes the browser when the worker exits.
 */
export function shareChromium(): void {
    perWorker('cli-browsers', () => loadBundle().shareBrowsers());
}

function capture() {
    const chunks: Buffer[] = [];
    return { chunks, output: { isTTY: false, write: (chunk: string | Uint8Array) => { chunks.push(Buffer.from(chunk)); return true; } } };
}

/**
 * Runs the built `journey` in this process, by default in the CLI fixtures folder.
 * The working directory and `env` are the process's for the run (a test file's
 * runs are awaited one after the other), so relative paths resolve as in a shell.
 */
export async function journey(args: string[], cwd = FIXTURES, env: Record<string, string> = {}): Promise<JourneyRun> {
    const { runCli } = loadBundle();
    const stdout = capture();
    const stderr = capture();
    const previousCwd = process.cwd();
    const previousEnv = Object.fromEntries(Object.keys(env).map(key => [key, process.env[key]]));
    Object.assign(process.env, { JOURNEY_DEBUG: '', ...env });
    process.chdir(cwd);
    try {
        const status = await runCli(args, { stdout: stdout.output, stderr: stderr.output, env: process.env });
        const stdoutBytes = Buffer.concat(stdout.chunks);
        return { status, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(stderr.chunks).toString('utf8'), stdoutBytes };
    } finally {
        process.chdir(previousCwd);
        for (const [key, value] of Object.entries(previousEnv)) {
            if (value === undefined) delete process.env[key];
            else process.env[key] = value;
        }
    }
}

/** The runs' V8 code cache (bin/compile-cache.js): the tests' own, not the user's ~/.cache; the first run writes it, the others use it. */
export const COMPILE_CACHE = mkdtempSync(join(tmpdir(), 'journey-compile-cache-'));

/** Runs bin/journey.js as a process, by default in the CLI fixtures folder. */
export function journeyProcess(args: string[], cwd = FIXTURES, env: Record<string, string> = {}, input?: string): JourneyRun {
    const result = spawnSync(process.execPath, [BIN, ...args], {
        cwd,
        input,
        env: { ...process.env, JOURNEY_DEBUG: '', JOURNEY_COMPILE_CACHE_DIR: COMPILE_CACHE, JOURNEY_COMPILE_CACHE_DEBUG: '', ...env }
    });
    return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), stdoutBytes: result.stdout };
}

/** A scratch copy of a fixture folder, for commands that write. */
export function copyFixture(name: string): string {
    const folder = mkdtempSync(join(tmpdir(), 'journey-cli-'));
    cpSync(join(FIXTURES, name), folder, { recursive: true });
    return folder;
}
