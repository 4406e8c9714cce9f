/**
 * Escaping of user text for Mermaid. Every character that any Mermaid lexer
 * could read as syntax (`:` `#` `;` `%` quotes, brackets, `<` `>` `&`,
 * backticks, backslashes, commas…) is written as a Mermaid entity code
 * `#<decimal>;`. Mermaid turns entity codes into placeholders before parsing
 * and back into `&#N;` character references in the final SVG, so the text is
 * displayed exactly as written and never reaches a parser or the DOM as markup.
 * The same codes work in flowchart, journey and xychart text, and on GitHub.
 */

/** Kept literally: letters, digits, space and punctuation no Mermaid lexer treats specially inside a label. */
const LITERAL = /[A-Za-z0-9 .,!?'()\-/+=@$~]/;

/**
 * Mermaid 11.0–11.4 pass some labels (subgraph titles, node text) through a
 * Markdown parser: a label starting like a list item (`1. `, `- `, `+ `) or a
 * quote (`> `) shows "Unsupported markdown: list". The marker is written as a
 * code, which no Markdown parser reads (`*`, `_` and backticks are codes always:
 * emphasis and code spans).
 */
const MARKDOWN_START = /^(\d+)([.)])|^([-+>=])/;

/**
 * Non-ASCII characters are kept (accents, emoji, CJK) except these: `°` and `¶`
 * are part of Mermaid's entity placeholders (`ﬂ°°…¶ß`) and would be decoded as
 * `&#`/`;` if a label contained them.
 */
const PLACEHOLDER_CHARACTERS = new Set(['\u00b0', '\u00b6']);

/** Line breaks and other control or separator characters: shown as one space, since every diagram here is line-based. */
const LINE_BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;

/** Entity code of one character (a whole code point, so emoji survive as themselves when they are not escaped). */
function entity(character: string): string {
    return `#${character.codePointAt(0)};`;
}

function escapeCharacter(character: string): string {
    if (LITERAL.test(character)) {
        return character;
    }
    const code = character.codePointAt(0) ?? 0;
    if (code > 0x7f && !PLACEHOLDER_CHARACTERS.has(character)) {
        return character;
    }
    return entity(character);
}

/** The text on one line, with runs of whitespace and line breaks collapsed to single spaces. */
export function singleLine(text: string): string {
    return text.replace(LINE_BREAKS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * User text as it may appear inside any Mermaid label: one line, every syntax
 * character as an entity code. The result contains only letters, digits,
 * spaces, harmless punctuation and `#N;` codes.
 */
export function escapeMermaidText(text: string): string {
    let escaped = '';
    for (const character of singleLine(text)) {
        escaped += escapeCharacter(character);
    }
    return escaped.replace(MARKDOWN_START, (_, digits: string | undefined, dot: string | undefined, marker: string | undefined) =>
        digits !== undefined ? digits + entity(dot!) : entity(marker!));
}

/** A label for a quoted Mermaid string (`"…"` in flowchart and xychart). */
export function quoted(text: string): string {
    return `"${escapeMermaidText(text)}"`;
}

/**
 * Words that start a statement: the journey lexer's own, and those of other
 * diagrams (`click`, `style`…), which a journey ignores but which no line we
 * write should ever start with, whatever reads it.
 */
const LINE_KEYWORDS = /^(journey|title|section|acc|click|call|href|style|class|linkStyle|subgraph|end|direction|graph|flowchart)/i;

/**
 * Text for a journey diagram line (title, section, task, actor). The journey
 * lexer is line based and unquoted: a line that starts with one of its keywords
 * would become that statement, so the first letter is written as a code then.
 */
export function journeyText(text: string): string {
    const escaped = escapeMermaidText(text);
    return LINE_KEYWORDS.test(escaped) ? entity(escaped[0]) + escaped.slice(1) : escaped;
}

/** An actor of a journey task: actors are separated by commas, so commas are codes too. */
export function journeyActor(text: string): string {
    return journeyText(text).replace(/,/g, entity(','));
}

/**
 * A Mermaid node id derived from a user id. Ids of the language are
 * `[A-Za-z_][A-Za-z0-9_]*`; the prefix keeps them apart from Mermaid keywords
 * (`end`, `graph`, `style`, `click`…) and from each other's kinds. Anything
 * outside the id alphabet (a broken document's recovered id) becomes `_`.
 */
export function mermaidId(prefix: string, ...parts: string[]): string {
    return [prefix, ...parts.map(part => part.replace(/[^A-Za-z0-9_]/g, '_'))].join('_');
}
