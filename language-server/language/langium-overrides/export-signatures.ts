import type { AstNodeDescription } from 'langium';
import { isJourney } from '../generated/ast.js';
import { lastOf } from '../ast-values.js';

/**
 * What other files can see of one file's declarations, by kind and id. For
 * references in other files: each declaration's path in the tree (their
 * reference index stores it) and the one fact a check in another file reads
 * of a referenced node (`replaces-not-current` reads the state of the journey
 * a `replaces` line names). For `duplicate-id` in other files: the position
 * of each declaration's name, which their messages quote. A change to anything
 * else (labels, descriptions, touchpoints) cannot change another file's links
 * or diagnostics. Add to `seenElsewhere` when a check starts reading more of a
 * referenced node.
 */
export interface ExportSignatures {
    /** kind + id → where the declarations are and what references read of them */
    readonly linked: ReadonlyMap<string, string>;
    /** kind + id → the positions of the declarations' names */
    readonly declared: ReadonlyMap<string, string>;
}

export const NO_EXPORTS: ExportSignatures = { linked: new Map(), declared: new Map() };

export function exportSignatures(descriptions: Iterable<AstNodeDescription>): ExportSignatures {
    const linked = new Map<string, string>();
    const declared = new Map<string, string>();
    const add = (map: Map<string, string>, key: string, signature: string) => map.set(key, map.has(key) ? `${map.get(key)}\n${signature}` : signature);
    for (const description of descriptions) {
        const key = signatureKey(description.type, description.name);
        const start = description.nameSegment?.range.start;
        add(linked, key, `${description.path}|${seenElsewhere(description)}`);
        add(declared, key, start ? `${start.line}:${start.character}` : '');
    }
    return { linked, declared };
}

/**
 * The kinds and ids whose references may now link differently or see
 * something else (`linked`), and those whose declarations changed in any way,
 * moved included (`declared`, a superset), between two versions of a file.
 */
export function changedKeys(before: ExportSignatures, after: ExportSignatures): { linked: Set<string>; declared: Set<string> } {
    const linked = differing(before.linked, after.linked);
    return { linked, declared: new Set([...linked, ...differing(before.declared, after.declared)]) };
}

function differing(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): Set<string> {
    const changed = new Set<string>();
    for (const [key, signature] of before) if (after.get(key) !== signature) changed.add(key);
    for (const key of after.keys()) if (!before.has(key)) changed.add(key);
    return changed;
}

export function signatureKey(type: string, name: string): string {
    return `${type}\u0000${name}`;
}

export function nameOfKey(key: string): string {
    return key.slice(key.indexOf('\u0000') + 1);
}

function seenElsewhere(description: AstNodeDescription): string {
    const node = description.node;
    return node && isJourney(node) ? lastOf(node.state) ?? '' : '';
}
