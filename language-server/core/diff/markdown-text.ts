/** Zero-width space: invisible, but ends a mention or an autolink where GitHub would start one. */
const BREAK = '\u200B';

/**
 * Escaping of user text (labels, pains, messages, file names) for a Markdown
 * table cell: it must neither break the table (any line break, including a
 * lone CR, which GitHub takes as one) nor turn into links, emphasis or HTML,
 * nor notify anyone once the Markdown is a pull-request comment: `@name` and
 * bare URLs (`https://…`, `www.…`, which GitHub links by itself) get a
 * zero-width space that stops them.
 */
export function escapeMarkdownCell(text: string): string {
    return text
        .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // `%%{init…}%%` is Mermaid's directive: shown as written (the entity reads as %), never copied into a diagram as one.
        .replace(/%%/g, '%&#37;')
        .replace(/[\\`*_[\]|~]/g, character => `\\${character}`)
        .replace(/@/g, `@${BREAK}`)
        .replace(/:\/\//g, `:${BREAK}//`)
        .replace(/\bwww\./gi, match => `${match.slice(0, 3)}${BREAK}.`);
}
