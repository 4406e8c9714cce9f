/**
 * How long any one wait of the end-to-end tests may take. Generous on purpose: CI machines
 * are shared, and on a loaded 2-core machine code-server, its extension host, the language
 * server and Chromium take many times longer than on an idle one. A wait that passes
 * returns as soon as its condition holds, so the limit costs nothing when things go well.
 */
export const PATIENCE_MS = 90_000;

/**
 * Polls `probe` until `accept` holds for its result, then returns that result.
 * On timeout the error names what was awaited and the last value seen, which is
 * usually enough to tell a slow feature from a wrong one.
 */
export async function waitUntil<T>(
    what: string,
    probe: () => Promise<T>,
    accept: (value: T) => boolean = Boolean,
    timeout = PATIENCE_MS
): Promise<T> {
    const deadline = Date.now() + timeout;
    let last: T | undefined;
    let lastError: unknown;
    for (;;) {
        try {
            last = await probe();
            lastError = undefined;
            if (accept(last)) return last;
        } catch (error) {
            lastError = error;
        }
        if (Date.now() > deadline) {
            const seen = lastError ? `error: ${lastError instanceof Error ? lastError.message : String(lastError)}` : `last seen: ${JSON.stringify(last)}`;
            throw new Error(`timed out after ${timeout / 1000} s waiting for ${what} (${seen})`);
        }
        await new Promise(resolve => setTimeout(resolve, 150));
    }
}
