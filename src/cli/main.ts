// Entry of the `journey` command line (dist/cli.js, started by bin/journey.js).
import { runCli } from './cli.js';

// `journey check | head -1` closes the pipe early: the rest of the output is dropped
// quietly (no stack trace), and the exit code still tells whether there were errors.
process.stdout.on('error', error => {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
});

void runCli(process.argv.slice(2)).then(code => {
    // exitCode rather than exit(): stdout may still be flushing into a pipe.
    process.exitCode = code;
});
