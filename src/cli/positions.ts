import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** A 1-based line and column as the CLI prints them. */
export interface CliLocation {
    line: number;
    column: number;
}

/** A range as the CLI prints it: 1-based, the end just after the last character (as ESLint does). */
export interface CliRange extends CliLocation {
    endLine: number;
    endColumn: number;
}

/**
 * LSP counts columns in UTF-16 code units, so an emoji is 2 columns there. The
 * CLI prints what people and tools count: characters (Unicode code points),
 * 1-based, so that `😀 x` puts `x` at column 3 in every editor's status bar,
 * in GitHub annotations and in the terminal.
 */
export function toCliLocation(document: TextDocument, position: Position): CliLocation {
    // Counting from the line start for each diagnostic was quadratic on long lines (a 64 KB line
    // with 32,000 errors: 9 s); a line without astral characters counts the same in both units.
    if (!hasAstralCharacters(document, position.line)) return { line: position.line + 1, column: position.character + 1 };
    const lineStart = { line: position.line, character: 0 };
    const before = document.getText({ start: lineStart, end: position });
    return { line: position.line + 1, column: countCharacters(before) + 1 };
}

/** Per document and version, the lines that hold a surrogate pair (an emoji): one scan of each line. */
const astralLines = new WeakMap<TextDocument, { version: number; lines: Map<number, boolean> }>();

function hasAstralCharacters(document: TextDocument, line: number): boolean {
    let cache = astralLines.get(document);
    if (!cache || cache.version !== document.version) {
        cache = { version: document.version, lines: new Map() };
        astralLines.set(document, cache);
    }
    let astral = cache.lines.get(line);
    if (astral === undefined) {
        astral = /[\uD800-\uDFFF]/.test(document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }));
        cache.lines.set(line, astral);
    }
    return astral;
}

export function toCliRange(document: TextDocument, range: Range): CliRange {
    const start = toCliLocation(document, range.start);
    const end = toCliLocation(document, range.end);
    return { ...start, endLine: end.line, endColumn: end.column };
}

function countCharacters(text: string): number {
    let count = 0;
    for (const _character of text) count++;
    return count;
}
