import { version } from '../../package.json';
import { formatOptions, parseCommandLine, type CliCommand } from './command.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { evidenceCommand } from './commands/evidence.js';
import { fmtCommand } from './commands/fmt.js';
import { importCommand } from './commands/import.js';
import { lspCommand } from './commands/lsp.js';
import { prCommentCommand } from './commands/pr-comment.js';
import { opportunitiesCommand } from './commands/opportunities.js';
import { renderCommand } from './commands/render.js';
import { CliError, describeError, UsageError } from './errors.js';
import { processIO, type CliIO } from './cli-io.js';

/** The subcommands of `journey`, in the order `--help` lists them. Adding one is one line. */
const commands: readonly CliCommand[] = [
    checkCommand,
    diffCommand,
    evidenceCommand,
    fmtCommand,
    importCommand,
    lspCommand,
    prCommentCommand,
    opportunitiesCommand,
    renderCommand
];

export const EXIT_OK = 0;
/** Usage or I/O problems (errors found in maps exit with 1, decided by each command). */
export const EXIT_USAGE = 2;

/**
 * Runs `journey` with the given arguments and resolves to the exit code. Never
 * throws: every failure is one line on stderr, without a stack trace (set
 * JOURNEY_DEBUG=1 to see the stack of an unexpected error). The binary passes
 * the process's streams; the tests run the same bundle in-process with captured ones.
 */
export async function runCli(args: string[], io: CliIO = processIO()): Promise<number> {
    try {
        return await dispatch(args, io);
    } catch (error) {
        if (error instanceof UsageError) {
            const command = commands.find(candidate => candidate.name === args[0]);
            io.stderr.write(`journey: ${error.message} (see 'journey${command ? ` ${command.name}` : ''} --help')\n`);
        } else if (error instanceof CliError) {
            io.stderr.write(`journey: ${error.message}\n`);
        } else {
            io.stderr.write(`journey: internal error: ${describeError(error)}\n`);
            if (io.env.JOURNEY_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
        }
        return EXIT_USAGE;
    }
}

async function dispatch(args: string[], io: CliIO): Promise<number> {
    const [name, ...rest] = args;
    const command = commands.find(candidate => candidate.name === name);
    if (!command) {
        if (name !== undefined && !name.startsWith('-')) throw new UsageError(`unknown command '${name}'`);
        const { values } = parseCommandLine(args, {}, false);
        if (values.version) return printLine(io, version);
        if (values.help) return printLine(io, topLevelHelp());
        io.stderr.write(`${topLevelHelp()}\n`);
        return EXIT_USAGE;
    }
    const input = { ...parseCommandLine(rest, command.options, command.positionals !== undefined), io };
    if (input.values.help) return printLine(io, commandHelp(command));
    if (input.values.version) return printLine(io, version);
    return command.run(input);
}

function printLine(io: CliIO, text: string): number {
    io.stdout.write(`${text}\n`);
    return EXIT_OK;
}

function topLevelHelp(): string {
    const width = Math.max(...commands.map(command => command.name.length));
    return [
        `journey ${version}: check, format and serve .journey customer journey maps`,
        '',
        'Usage: journey <command> [options]',
        '',
        'Commands:',
        ...commands.map(command => `  ${command.name.padEnd(width)}  ${command.summary}`),
        '',
        'Options:',
        formatOptions({}),
        '',
        `Run 'journey <command> --help' for the options of a command.`
    ].join('\n');
}

function commandHelp(command: CliCommand): string {
    const usage = ['journey', command.name, command.positionals, '[options]'].filter(Boolean).join(' ');
    return [`Usage: ${usage}`, '', command.description, '', 'Options:', formatOptions(command.options)].join('\n');
}
