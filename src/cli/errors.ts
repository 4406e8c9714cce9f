/**
 * Errors the CLI reports as one line on stderr with exit code 2: the command
 * line was wrong, or a file could not be found or read. Anything else that
 * escapes a command is a bug, reported the same way (see cli.ts).
 */
export class CliError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'CliError';
    }
}

/** A wrong command line: unknown command or option, bad option value. */
export class UsageError extends CliError {}

/** A missing path or an unreadable file. */
export class InputError extends CliError {}

/** The error's message without Node's stack or error-code prefix. */
export function describeError(error: unknown): string {
    if (error instanceof Error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Node's fs messages read "ENOENT: no such file or directory, open '/x'": keep the human part.
        const match = /^[A-Z]+: ([^,]+)/.exec(error.message);
        return code && match ? match[1] : error.message;
    }
    return String(error);
}
