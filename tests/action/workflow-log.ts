/**
 * The workflow commands a GitHub runner would act on in a step's log: lines
 * starting with `::`, except between `::stop-commands::TOKEN` and `::TOKEN::`.
 */
export function activeCommands(log: string): string[] {
    const commands: string[] = [];
    let stoppedUntil: string | undefined;
    // The runner reads lines as .NET does: CR, LF or CRLF ends one.
    for (const line of log.split(/\r\n|\r|\n/)) {
        const text = line.trimStart();
        if (stoppedUntil !== undefined) {
            if (text === `::${stoppedUntil}::`) stoppedUntil = undefined;
            continue;
        }
        const stop = /^::stop-commands::(.+)$/.exec(text);
        if (stop) stoppedUntil = stop[1];
        else if (text.startsWith('::')) commands.push(text);
    }
    return commands;
}
