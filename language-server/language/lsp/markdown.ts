/**
 * Escapes user text for Markdown hovers: every character that Markdown or
 * inline HTML gives a meaning to is backslash-escaped, so a label such as
 * `[click](javascript:…)` or `<img onerror=…>` shows as the literal text.
 * Newlines become spaces so user text cannot start a heading or a list.
 */
export function escapeMarkdown(text: string): string {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_{}[\]()<>#+\-.!|~&"']/g, ch => `\\${ch}`);
}
