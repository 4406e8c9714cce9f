import type { AstNode, Reference } from 'langium';

/**
 * Lines that hold one value (`description`, `state`, `priority`…) are kept as
 * lists by the parser so that a repeated one can be reported (`repeated-line`);
 * the last one written counts, as it did when the grammar kept only the last.
 */
export function lastOf<T>(values: readonly T[] | undefined): T | undefined {
    return values && values.length > 0 ? values[values.length - 1] : undefined;
}

/** The id an element's reference names: the target's name when it resolves, else the text as written. */
export function referencedId(reference: Reference | undefined): string | undefined {
    const id = reference?.ref ? (reference.ref as AstNode & { name?: string }).name : reference?.$refText;
    return id || undefined;
}

export function referencedIds(references: readonly Reference[] | undefined): string[] {
    return (references ?? []).map(referencedId).filter((id): id is string => id !== undefined);
}

/** The ids of the resolved targets only (a citation of an unknown source is reported, and backs nothing). */
export function resolvedIds(references: readonly Reference[] | undefined): string[] {
    return (references ?? []).flatMap(reference => {
        const name = (reference.ref as (AstNode & { name?: string }) | undefined)?.name;
        return name ? [name] : [];
    });
}
