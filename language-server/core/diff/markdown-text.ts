/**
 * Escaping of user text (labels, pains, messages) for a Markdown table cell:
 * it must neither break the table nor turn into links, emphasis or HTML.
 */
export function escapeMarkdownCell(text: string): string {
    return text
        .replace(/\r?\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~]/g, character => `\\${character}`);
}
