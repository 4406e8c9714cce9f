/** Runs the Action's scripts as the runner would: in the checkout, with a step summary file and an event payload. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPILE_CACHE, REPO } from '../cli/run-journey.js';

export const REVIEW_SCRIPT = join(REPO, 'scripts/action/review.sh');

export interface ActionRun {
    status: number | null;
    stdout: string;
    stderr: string;
    summary: string;
}

/** The Action's review script. */
export function runAction(repo: string, inputs: Record<string, string>, event: object): Promise<ActionRun> {
    return runInJob(['bash', REVIEW_SCRIPT], repo, inputs, event);
}

/** Any command, in the environment of a job's step. Asynchronous, so that a fake GitHub API in the test's own process can answer it. */
export function runInJob(command: string[], repo: string, inputs: Record<string, string>, event: object): Promise<ActionRun> {
    const scratch = mkdtempSync(join(tmpdir(), 'journey-action-'));
    const summaryFile = join(scratch, 'summary.md');
    const eventFile = join(scratch, 'event.json');
    writeFileSync(summaryFile, '');
    writeFileSync(eventFile, JSON.stringify(event));
    const child = spawn(command[0], command.slice(1), {
        cwd: repo,
        env: {
            PATH: process.env.PATH,
            HOME: repo,
            GITHUB_STEP_SUMMARY: summaryFile,
            GITHUB_EVENT_PATH: eventFile,
            JOURNEY_BIN: `${process.execPath} ${join(REPO, 'bin/journey.js')}`,
            // The tests' code cache (not one per scratch HOME): each `journey` the script starts skips compiling the bundle.
            JOURNEY_COMPILE_CACHE_DIR: COMPILE_CACHE,
            ...inputs
        }
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
    return new Promise(resolve => {
        child.on('close', status => resolve({ status, stdout, stderr, summary: readFileSync(summaryFile, 'utf8') }));
    });
}
