/**
 * Escapes user text for Markdown hovers: only what Markdown gives a meaning to
 * is backslash-escaped, so a label such as `[click](javascript:…)` or
 * `<img onerror=…>` shows as the literal text, while `E-commerce`, `9.90` or
 * `Maya's` stay as written (simpler clients show every backslash). Inline:
 * code, emphasis, links and images, HTML and entities, strikethrough. At the
 * start of the text, which may start a line of the hover: headings, block
 * quotes, list markers and thematic breaks. Newlines become spaces so user
 * text cannot start a line anywhere else.
 */
export function escapeMarkdown(text: string): string {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_[\]<>&~]/g, ch => `\\${ch}`)
        .replace(/^(\s*)(#|>|[-+](?=\s|-|$))/, (_match, space: string, mark: string) => `${space}\\${mark}`)
        .replace(/^(\s*\d+)([.)])(?=\s|$)/, (_match, number: string, mark: string) => `${number}\\${mark}`);
}
