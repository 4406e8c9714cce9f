// Entry of the `journey` command line (dist/cli.js). bin/journey.js loads it and calls
// `main`; the tests load the same bundle and call `runCli` with captured streams.
import { runCli } from './cli.js';

export { runCli } from './cli.js';
// For the in-process tests: one Chromium per test file instead of one per render.
export { shareBrowsers } from '../print/browser-session.js';

/** Runs `journey` as a process: the process's streams, its exit code. */
export function main(args: string[]): void {
    // `journey check | head -1` closes the pipe early: the rest of the output is dropped
    // quietly (no stack trace), and the exit code still tells whether there were errors.
    // Any other write error (a full disk: `> /dev/full`) is one line and exit code 2, never a stack trace.
    process.stdout.on('error', error => {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') return;
        process.stderr.write(`journey: cannot write the output: ${code === 'ENOSPC' ? 'no space left on the device' : error.message}\n`);
        process.exit(2);
    });
    void runCli(args).then(code => {
        // exitCode rather than exit(): stdout may still be flushing into a pipe.
        process.exitCode = code;
    });
}
