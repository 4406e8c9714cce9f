import { AstUtils, CstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument, type LangiumDocumentFactory, type LeafCstNode } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingContext } from 'langium/lsp';
import type { FormattingOptions, Position, Range, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as ast from '../generated/ast.js';
import { journeyLayout } from './journey-layout.js';
import { SOFT_KEYWORD_RULE } from '../language-facts.js';

/**
 * The canonical layout is fixed (2 spaces per block level) whatever the editor's
 * tab settings, so that `journey fmt` in CI and "Format Document" in any editor
 * produce the same bytes.
 */
export const CANONICAL_OPTIONS: FormattingOptions = { tabSize: 2, insertSpaces: true };

/** A new line at the current block level, keeping at most one blank line before it. */
const lineKeepingOneBlank: FormattingAction = Formatting.fit(Formatting.newLine(), Formatting.newLines(2));
/** A new line one block level deeper, keeping at most one blank line before it. */
const indentKeepingOneBlank: FormattingAction = Formatting.fit(
    Formatting.indent(),
    { options: {}, moves: [{ tabs: 1, lines: 2 }] }
);

/**
 * Formats `.journey` files: one element per line, `{` on the header line, `}` on
 * its own line, single spaces between tokens, none before `,` or `%`, and at most
 * one blank line between lines. Comments stay exactly where they are relative to
 * the tokens around them: only the whitespace between tokens is ever edited.
 */
export class JourneyFormatter extends AbstractFormatter {

    protected format(node: AstNode): void {
        if (ast.isModel(node)) {
            this.formatTopLevel(node);
            return;
        }
        const layout = journeyLayout(node);
        if (!layout || !node.$cstNode) return;
        const formatter = this.getNodeFormatter(node);
        const items = ownItems(node.$cstNode, node);
        let depth = 0;
        let previous: CstNode | undefined;
        for (const [index, item] of items.entries()) {
            const isText = isLeaf(item) && !item.hidden;
            if (index === 0) {
                // The element's first token is placed by its container.
            } else if (isText && item.text === '{') {
                depth++;
                formatter.cst([item]).prepend(Formatting.oneSpace());
            } else if (isText && item.text === '}') {
                depth--;
                formatter.cst([item]).prepend(Formatting.newLine());
            } else if (depth > 0 && (!isText || (layout.lineStarts.has(item.text) && !isSoftKeywordId(item)))) {
                // A child element, a comment or a line keyword inside the block: its own line.
                const afterBrace = previous !== undefined && isLeaf(previous) && previous.text === '{';
                formatter.cst([item]).prepend(afterBrace ? Formatting.indent() : indentKeepingOneBlank);
            } else if (isText && (item.text === ',' || item.text === '%')) {
                formatter.cst([item]).prepend(Formatting.noSpace());
            } else if (!item.hidden) {
                formatter.cst([item]).prepend(Formatting.oneSpace());
            }
            previous = item;
        }
    }

    /** Top-level declarations and comments each start a line at column 1. */
    private formatTopLevel(model: ast.Model): void {
        const root = model.$cstNode;
        if (!root) return;
        const formatter = this.getNodeFormatter(model);
        const first = firstTokenOffset(root);
        for (const item of ownItems(root, model)) {
            if (item.offset === first) continue;
            formatter.cst([item]).prepend(lineKeepingOneBlank);
        }
    }

    /** `documents` parses a text the formatter must format again (mixed line ends, below); without it, once is all. */
    constructor(private readonly documents?: LangiumDocumentFactory) {
        super();
    }

    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const { changes, lineEnds } = this.formatOnce(document, range);
        const edits = inDocumentOrder([...changes, ...lineEnds], document.textDocument);
        if (range || lineEnds.length === 0 || !this.documents) return edits;
        // A line break converted outside the layout's edits (a lone CR in "\n\r") can turn into a blank line
        // the layout would have removed: format the converted text once more, so formatting twice changes
        // nothing. Its line ends are all one kind now, so a third pass is never needed.
        const textDocument = document.textDocument;
        const converted = TextDocument.applyEdits(textDocument, edits);
        const again = this.documents.fromString(converted, document.uri);
        const second = this.formatOnce(again);
        const formatted = TextDocument.applyEdits(again.textDocument, inDocumentOrder([...second.changes, ...second.lineEnds], again.textDocument));
        return whitespaceEdits(textDocument, formatted);
    }

    private formatOnce(document: LangiumDocument, range?: Range): { changes: TextEdit[]; lineEnds: TextEdit[] } {
        const textDocument = document.textDocument;
        const inner = super.doDocumentFormat(document, CANONICAL_OPTIONS, range);
        const text = textDocument.getText();
        const eol = majorityLineEnd(text);
        const edges = range ? { leading: [], trailing: [] } : this.documentEdgeEdits(document);
        const edits = [...edges.leading, ...(range ? clipToRange(inner, range, textDocument) : inner), ...edges.trailing];
        const changes = edits
            .map(edit => ({ range: edit.range, newText: edit.newText.replace(/\n/g, eol) }))
            .filter(edit => edit.newText !== textDocument.getText(edit.range))
            // Only whitespace is ever replaced: between two tokens of the tree there may be text the
            // parser skipped after a syntax error, which an edit "between the tokens" would delete.
            .filter(edit => /^\s*$/.test(textDocument.getText(edit.range)));
        return { changes, lineEnds: lineEndEdits(textDocument, eol, changes, range) };
    }

    /**
     * Langium compares a 1-based error line with the 0-based range and so
     * formatted a selection that ends on the line just before the first error.
     */
    protected override isFormatRangeErrorFree(document: LangiumDocument, range: Range): boolean {
        const { lexerErrors, parserErrors } = document.parseResult;
        const lines = [...lexerErrors.map(error => error.line), ...parserErrors.map(error => error.token.startLine)];
        // A line Chevrotain does not know (an error at the end of the file) counts as line 1: nothing is formatted.
        return lines.every(line => line !== undefined && Number.isFinite(line) && line - 1 > range.end.line);
    }

    /** Every edit that touches the selection is a candidate; `clipToRange` keeps what lies inside it. */
    protected override insideRange(inside: Range, total?: Range): boolean {
        return !total || (!isBefore(inside.end, total.start) && !isBefore(total.end, inside.start));
    }

    /** No whitespace before the first token (a BOM is kept), exactly one line break after the last. */
    private documentEdgeEdits(document: LangiumDocument): { leading: TextEdit[]; trailing: TextEdit[] } {
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const root = document.parseResult.value.$cstNode;
        const leaves = root ? [...CstUtils.streamCst(root)].filter(isLeaf) : [];
        if (leaves.length === 0) return { leading: [], trailing: [] };
        const start = text.startsWith('\uFEFF') ? 1 : 0;
        const first = leaves[0];
        const last = leaves[leaves.length - 1];
        return {
            leading: first.offset > start ? [{ range: { start: textDocument.positionAt(start), end: first.range.start }, newText: '' }] : [],
            trailing: last.end < text.length || !text.endsWith('\n')
                ? [{ range: { start: last.range.end, end: textDocument.positionAt(text.length) }, newText: '\n' }]
                : []
        };
    }

    /**
     * Whitespace before a comment: a comment that ends a line of code stays at
     * its end (one space before it); a comment on its own line is indented like
     * the line it describes, keeping at most one blank line before it. The
     * comment's own text, including the inner lines of a block comment, is
     * never touched.
     */
    protected override createHiddenTextEdits(
        previous: CstNode | undefined,
        hidden: CstNode,
        formatting: FormattingAction | undefined,
        context: FormattingContext
    ): TextEdit[] {
        if (!previous) return [];
        const range = { start: previous.range.end, end: hidden.range.start };
        const lineBreaks = hidden.range.start.line - previous.range.end.line;
        if (lineBreaks === 0) {
            return [{ range, newText: ' ' }];
        }
        const move = formatting?.moves[0];
        const indentation = context.indentation + (move?.tabs ?? 0);
        const afterBrace = isLeaf(previous) && !previous.hidden && previous.text === '{';
        const lines = afterBrace ? 1 : Math.min(lineBreaks, 2);
        return [{ range, newText: '\n'.repeat(lines) + '  '.repeat(indentation) }];
    }
}

/** A soft keyword written as an id (`owner systems` for a team named `systems`): part of its line, not the start of one. */
function isSoftKeywordId(leaf: LeafCstNode): boolean {
    const rule = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule);
    return rule?.name === SOFT_KEYWORD_RULE;
}

/**
 * The part of each edit inside the selection: an edit within it stays; one
 * that starts before it and ends in it (the line break and indentation before
 * the selection's first line) keeps only its indentation, so a whole-line
 * selection re-indents its first line without touching the line before; any
 * other edit reaches outside the selection and is dropped.
 */
function clipToRange(edits: TextEdit[], range: Range, textDocument: TextDocument): TextEdit[] {
    const clipped: TextEdit[] = [];
    for (const edit of edits) {
        const { start, end } = edit.range;
        if (isBefore(range.end, end)) continue;
        if (!isBefore(start, range.start)) {
            clipped.push(edit);
            continue;
        }
        const lineStart = { line: end.line, character: 0 };
        const oldText = textDocument.getText(edit.range);
        if (oldText.includes('\n') && edit.newText.includes('\n') && !isBefore(lineStart, range.start)) {
            clipped.push({ range: { start: lineStart, end }, newText: edit.newText.slice(edit.newText.lastIndexOf('\n') + 1) });
        }
    }
    return clipped;
}

/** The file's most frequent line end (CRLF, LF or CR): every line break the formatter writes gets it, so one stray CRLF no longer spreads to the rewritten lines. */
function majorityLineEnd(text: string): string {
    const crlf = text.match(/\r\n/g)?.length ?? 0;
    const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
    const cr = (text.match(/\r/g)?.length ?? 0) - crlf;
    if (crlf > lf && crlf >= cr) return '\r\n';
    return cr > lf ? '\r' : '\n';
}

/**
 * One line end per file: the line breaks no edit rewrites (a stray CRLF in an LF file, on a line
 * already formatted) get the majority's too, within the selection when there is one.
 */
function lineEndEdits(textDocument: TextDocument, eol: string, edits: TextEdit[], range?: Range): TextEdit[] {
    const text = textDocument.getText();
    const from = range ? textDocument.offsetAt(range.start) : 0;
    const to = range ? textDocument.offsetAt(range.end) : text.length;
    // The edits do not overlap one another: sorted, one pass tells which line breaks they already cover.
    const spans = edits.map(edit => [textDocument.offsetAt(edit.range.start), textDocument.offsetAt(edit.range.end)]).sort((a, b) => a[0] - b[0]);
    const added: TextEdit[] = [];
    let next = 0;
    const lineBreak = /\r\n|\r|\n/g;
    lineBreak.lastIndex = from;
    for (let match = lineBreak.exec(text); match && match.index + match[0].length <= to; match = lineBreak.exec(text)) {
        const start = match.index;
        const end = start + match[0].length;
        while (next < spans.length && spans[next][1] <= start) next++;
        const covered = next < spans.length && spans[next][0] < end;
        if (match[0] === eol || covered) continue;
        added.push({ range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) }, newText: eol });
    }
    return added;
}

/** LSP clients expect the edits in document order (the line-end edits fall between the others). */
function inDocumentOrder(edits: TextEdit[], textDocument: TextDocument): TextEdit[] {
    return edits.sort((a, b) => textDocument.offsetAt(a.range.start) - textDocument.offsetAt(b.range.start));
}

/**
 * The edits from the document's text to `formatted`, which differs from it in whitespace only:
 * one edit per whitespace run that changed, so no edit ever spans a token.
 */
function whitespaceEdits(textDocument: TextDocument, formatted: string): TextEdit[] {
    const text = textDocument.getText();
    const edits: TextEdit[] = [];
    const runEnd = (value: string, from: number) => {
        let at = from;
        while (at < value.length && /\s/.test(value[at])) at++;
        return at;
    };
    let i = 0;
    let j = 0;
    while (i < text.length || j < formatted.length) {
        const iEnd = runEnd(text, i);
        const jEnd = runEnd(formatted, j);
        if (text.slice(i, iEnd) !== formatted.slice(j, jEnd)) {
            edits.push({ range: { start: textDocument.positionAt(i), end: textDocument.positionAt(iEnd) }, newText: formatted.slice(j, jEnd) });
        }
        // The characters between the runs are the same in both (the formatter only moves whitespace).
        i = iEnd + 1;
        j = jEnd + 1;
    }
    return edits;
}

function isBefore(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function isLeaf(node: CstNode): node is LeafCstNode {
    return isLeafCstNode(node);
}

function firstTokenOffset(root: CstNode): number {
    for (const node of CstUtils.streamCst(root)) {
        if (isLeaf(node)) return node.offset;
    }
    return -1;
}

/**
 * The CST items that belong to `node` itself, in text order: its tokens and
 * comments, and the CST nodes of its child elements (not looked into).
 * Fragments and data type rules are flattened into their tokens.
 */
function ownItems(cst: CstNode, node: AstNode): CstNode[] {
    const items: CstNode[] = [];
    if (!isCompositeCstNode(cst)) return items;
    for (const child of cst.content) {
        if (isCompositeCstNode(child)) {
            if (child.astNode === node) items.push(...ownItems(child, node));
            else items.push(child);
        } else {
            items.push(child);
        }
    }
    return items;
}
