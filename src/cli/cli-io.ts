/**
 * Where `journey` writes and what environment it reads: the process's own for
 * the binary, captured ones when the tests run the same bundle in-process.
 */
export interface CliOutput {
    write(chunk: string | Uint8Array): unknown;
    /** A terminal (not a pipe or a file): a PNG is never written to it. */
    readonly isTTY?: boolean;
}

export interface CliIO {
    readonly stdout: CliOutput;
    readonly stderr: CliOutput;
    readonly env: Readonly<Record<string, string | undefined>>;
}

export function processIO(): CliIO {
    return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}
