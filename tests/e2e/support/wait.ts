/**
 * Polls `probe` until `accept` holds for its result, then returns that result.
 * On timeout the error names what was awaited and the last value seen, which is
 * usually enough to tell a slow feature from a wrong one.
 */
export async function waitUntil<T>(
    what: string,
    probe: () => Promise<T>,
    accept: (value: T) => boolean = Boolean,
    timeout = 20_000
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
