/**
 * Which render-model answers a preview may show. Requests overlap while the
 * user types; an answer is shown only if no later request's answer was shown
 * already and it is not built from an older version of the same document.
 */
export interface ShownModel {
    uri: string;
    version: number;
    sequence: number;
}

export class ModelUpdates {
    private requested = 0;
    private shown: ShownModel | undefined;

    /** The sequence number of a new request. */
    nextRequest(): number {
        return ++this.requested;
    }

    /** Records the answer and returns true if it should be shown. */
    accept(sequence: number, uri: string, version: number): boolean {
        const shown = this.shown;
        if (shown && sequence < shown.sequence) return false;
        if (shown && shown.uri === uri && version < shown.version) return false;
        this.shown = { uri, version, sequence };
        return true;
    }

    /** Another document is previewed now: versions of the previous one no longer compare. */
    reset(): void {
        this.shown = undefined;
    }
}
