import { parseArgs } from 'node:util';
import type { CliIO } from './cli-io.js';
import { UsageError } from './errors.js';

/** One option of a command, described for `--help`. */
export interface OptionSpec {
    readonly type: 'string' | 'boolean';
    readonly short?: string;
    readonly description: string;
    /** Shown in help as `--name <valueName>`. */
    readonly valueName?: string;
    readonly default?: string;
}

/** What a command receives: its parsed options and positional arguments. */
export interface CommandInput {
    readonly values: Record<string, string | boolean | undefined>;
    readonly positionals: string[];
    /** Where the command writes (the process's streams, or the tests' captures). */
    readonly io: CliIO;
}

/** A subcommand of `journey`: one file in src/cli/commands/, one line in the table of cli.ts. */
export interface CliCommand {
    readonly name: string;
    /** A few words, shown in `journey --help`. */
    readonly summary: string;
    /** What the command does, shown in `journey <command> --help`. */
    readonly description: string;
    /** The positional arguments as shown in the usage line, e.g. `[paths...]`. */
    readonly positionals?: string;
    readonly options: Readonly<Record<string, OptionSpec>>;
    /** Runs the command and resolves to the exit code. */
    run(input: CommandInput): Promise<number>;
}

/** Options every command and the top level accept. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
    help: { type: 'boolean', short: 'h', description: 'Show this help' },
    version: { type: 'boolean', short: 'v', description: 'Show the version' }
};

/** Parses `args` with Node's parseArgs, turning its errors into one-line usage errors. */
export function parseCommandLine(args: string[], options: Readonly<Record<string, OptionSpec>>, allowPositionals: boolean): Omit<CommandInput, 'io'> {
    const config = Object.fromEntries(Object.entries({ ...options, ...COMMON_OPTIONS }).map(([name, spec]) => [
        name,
        { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.default !== undefined ? { default: spec.default } : {}) }
    ]));
    try {
        const { values, positionals } = parseArgs({ args, options: config, allowPositionals, strict: true });
        return { values: values as CommandInput['values'], positionals };
    } catch (error) {
        // parseArgs explains how to pass '-'-prefixed positionals after its first sentence: keep the first.
        const message = error instanceof Error ? error.message.split(/\.\s/)[0] : String(error);
        const sentence = message.replace(/\.$/, '');
        throw new UsageError(sentence.charAt(0).toLowerCase() + sentence.slice(1));
    }
}

/** The option list of a help text, aligned in two columns. */
export function formatOptions(options: Readonly<Record<string, OptionSpec>>): string {
    const rows = Object.entries({ ...options, ...COMMON_OPTIONS }).map(([name, spec]) => {
        const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` <${spec.valueName ?? 'value'}>` : ''}`;
        const description = spec.default !== undefined ? `${spec.description} (default: ${spec.default})` : spec.description;
        return [flag, description] as const;
    });
    const width = Math.max(...rows.map(([flag]) => flag.length));
    return rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`).join('\n');
}
