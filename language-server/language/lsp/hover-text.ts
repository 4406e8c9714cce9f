import type { AstNode, Reference } from 'langium';
import { escapeMarkdown } from './markdown.js';

/** Pieces of Markdown every hover is made of; user text always goes through `escapeMarkdown`. */

export type Named = AstNode & { name: string; label?: string };

/** `**Label** · kind \`id\``: the title line of every hover. */
export function title(kind: string, element: Named): string {
    const label = element.label ? `**${escapeMarkdown(element.label)}** · ` : '';
    return `${label}${kind} \`${element.name}\``;
}

/** The label of a referenced element, or its id when it has no label or is unresolved. */
export function displayName(ref: Reference<Named> | undefined): string {
    const target = ref?.ref;
    return target?.label ? escapeMarkdown(target.label) : `\`${target?.name ?? ref?.$refText ?? ''}\``;
}

export function joinSections(sections: Array<string | undefined>): string {
    return sections.filter((s): s is string => s !== undefined && s.length > 0).join('\n\n');
}

