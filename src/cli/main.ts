// Entry of the `journey` command line (dist/cli.js). bin/journey.js loads it and calls
// `main`; the tests load the same bundle and call `runCli` with captured streams.
import { runCli } from './cli.js';

export { runCli } from './cli.js';

/** Runs `journey` as a process: the process's streams, its exit code. */
export function main(args: string[]): void {
    // `journey check | head -1` closes the pipe early: the rest of the output is dropped
    // quietly (no stack trace), and the exit code still tells whether there were errors.
    process.stdout.on('error', error => {
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
    });
    void runCli(args).then(code => {
        // exitCode rather than exit(): stdout may still be flushing into a pipe.
        process.exitCode = code;
    });
}
