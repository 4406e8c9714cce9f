/**
 * Field comparisons shared by every element kind. Lists whose order carries no
 * meaning (owners, channels, pains, goals…) are compared as sets or multisets,
 * so moving a line inside a body is not a change.
 */
import type { Change, ChangeElement } from './diff-result.js';

/** Collects changes for one element (`element` + `id`). */
export class ChangeSink {
    constructor(readonly changes: Change[]) {}

    push(change: Change): void {
        this.changes.push(change);
    }

    /** A single value (label, description, state): reported when it differs. */
    scalar(element: ChangeElement, id: string, field: string, before: string | undefined, after: string | undefined): void {
        if (before !== after) this.push({ kind: 'changed', element, id, field, before, after });
    }

    /** An unordered set of ids (owners, channels, personas): reported once, sorted, when it differs. */
    set(element: ChangeElement, id: string, field: string, before: string[], after: string[]): void {
        const sortedBefore = [...new Set(before)].sort();
        const sortedAfter = [...new Set(after)].sort();
        if (sortedBefore.join('\n') !== sortedAfter.join('\n')) {
            this.push({ kind: 'changed', element, id, field, before: sortedBefore, after: sortedAfter });
        }
    }

    /**
     * An unordered list of texts (pains, goals, actions…): each text added or
     * removed is a change; a single removed text replaced by a single new one
     * reads as an edit of that line.
     */
    texts(element: ChangeElement, id: string, field: string, before: string[], after: string[]): void {
        const { removed, added } = multisetDifference(before, after);
        if (removed.length === 1 && added.length === 1) {
            this.push({ kind: 'changed', element, id, field, before: removed[0], after: added[0] });
            return;
        }
        for (const text of removed) this.push({ kind: 'removed', element, id, field, before: text });
        for (const text of added) this.push({ kind: 'added', element, id, field, after: text });
    }
}

/** The items only in `before` and only in `after`, counting repeats. */
export function multisetDifference(before: string[], after: string[]): { removed: string[]; added: string[] } {
    return { removed: unmatched(before, after), added: unmatched(after, before) };
}

/** Items of `items` left over once each item of `others` has cancelled one with the same key. */
export function unmatched<T>(items: T[], others: T[], key: (item: T) => string = String): T[] {
    const available = new Map<string, number>();
    for (const other of others) available.set(key(other), (available.get(key(other)) ?? 0) + 1);
    return items.filter(item => {
        const count = available.get(key(item)) ?? 0;
        if (count === 0) return true;
        available.set(key(item), count - 1);
        return false;
    });
}

/** Ids present on both sides, in `after`'s order; then those only before or only after. */
export function matchById<T extends { id: string }>(before: T[], after: T[]): {
    both: Array<[T, T]>;
    removed: T[];
    added: T[];
} {
    const beforeById = new Map(before.map(element => [element.id, element]));
    const afterIds = new Set(after.map(element => element.id));
    return {
        both: after.filter(element => beforeById.has(element.id)).map(element => [beforeById.get(element.id)!, element]),
        removed: before.filter(element => !afterIds.has(element.id)),
        added: after.filter(element => !beforeById.has(element.id))
    };
}

/** Whether the ids common to both lists come in the same relative order. */
export function sameRelativeOrder(before: string[], after: string[]): boolean {
    const common = new Set(before.filter(id => after.includes(id)));
    const beforeOrder = before.filter(id => common.has(id));
    const afterOrder = after.filter(id => common.has(id));
    return beforeOrder.join('\n') === afterOrder.join('\n');
}
