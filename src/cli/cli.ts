import { startJourneyLanguageServer } from '../../language-server/server.js';

/** Runs the CLI with the given arguments and resolves to the process exit code. */
export async function runCli(args: string[]): Promise<number> {
    const [command] = args;
    if (command === 'lsp') {
        startJourneyLanguageServer();
        return new Promise<number>(() => { /* the server runs until the client exits it */ });
    }
    process.stderr.write(`journey: unknown command '${command ?? ''}'\n`);
    return 2;
}
