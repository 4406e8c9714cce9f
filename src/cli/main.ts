// Entry of the `journey` command line (dist/cli.js, started by bin/journey.js).
import { runCli } from './cli.js';

void runCli(process.argv.slice(2)).then(code => {
    // exitCode rather than exit(): stdout may still be flushing into a pipe.
    process.exitCode = code;
});
