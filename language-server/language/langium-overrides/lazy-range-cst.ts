import { CstNodeBuilder, CstUtils, LeafCstNodeImpl, type CstNode, type GrammarAST, type LangiumParser, type LeafCstNode, type RootCstNode } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import type { Range } from 'vscode-languageserver-types';

/**
 * Memory of the syntax tree: Langium gives every token's CST leaf a range
 * object made of two position objects when it parses. On a workspace of 5,000
 * touchpoints that is 170,000 leaves, half a million small objects and the
 * boxed numbers in them: about a quarter of the server's heap, although ranges
 * are read for few leaves (diagnostics, references, the open editor's tokens).
 * Here a leaf computes its range from its offset when first asked (and keeps
 * it, so it stays the same object as with Langium's eager ranges).
 */
export function useLazyCstRanges(parser: LangiumParser): LangiumParser {
    // Langium creates the builder in the parser's constructor and offers no service for it.
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new LazyRangeCstNodeBuilder();
    return parser;
}

class LazyRangeCstNodeBuilder extends CstNodeBuilder {
    override buildLeafNode(token: IToken, feature?: GrammarAST.AbstractElement): LeafCstNode {
        const current = this.current;
        const leafNode = createLeafNode(token, !feature);
        leafNode.grammarSource = feature;
        leafNode.root = current.root;
        current.content.push(leafNode);
        return leafNode;
    }

    /** Same placement as Langium's `addHiddenNodes` (comments go before the token that follows them). */
    override addHiddenNodes(tokens: IToken[]): void {
        // Langium's parser calls this before every token, nearly always with no comment: nothing to place
        // (Langium still pushed or spliced nothing, after searching the parent; ~15% of parsing a large map).
        if (tokens.length === 0) return;
        const current = this.current;
        const nodes: LeafCstNode[] = tokens.map(token => {
            const leafNode = createLeafNode(token, true);
            leafNode.root = current.root;
            return leafNode;
        });
        if (current.content.length > 0) {
            current.content.push(...nodes);
            return;
        }
        for (let node: CstNode = current; node.container; node = node.container) {
            const index = node.container.content.indexOf(node);
            if (index > 0) {
                node.container.content.splice(index, 0, ...nodes);
                return;
            }
        }
        current.root.content.unshift(...nodes);
    }
}

function createLeafNode(token: IToken, hidden: boolean): LeafCstNodeImpl {
    // A token over several lines keeps Langium's range: chevrotain has its own rules for where such a token ends.
    return token.endLine === token.startLine
        ? new LazyRangeLeafCstNode(token.startOffset, token.image.length, token.tokenType, hidden)
        : new LeafCstNodeImpl(token.startOffset, token.image.length, CstUtils.tokenToRange(token), token.tokenType, hidden);
}

class LazyRangeLeafCstNode extends LeafCstNodeImpl {
    private computedRange: Range | undefined = undefined;

    constructor(offset: number, length: number, tokenType: TokenType, hidden: boolean) {
        super(offset, length, undefined as unknown as Range, tokenType, hidden);
    }

    override get range(): Range {
        if (!this.computedRange) {
            const start = positionAt(this.root, this.offset);
            this.computedRange = { start, end: { character: start.character + this.length, line: start.line } };
        }
        return this.computedRange;
    }

    forgetRange(): void {
        this.computedRange = undefined;
    }

    shift(delta: number, keepRange: boolean): void {
        (this as unknown as { _offset: number })._offset += delta;
        if (!keepRange) this.computedRange = undefined;
    }
}

/**
 * For a tree whose text was edited in place (incremental-reparse.ts): the
 * leaf now starts at `offset` of `root`'s text, and its range is computed again
 * on first read (a leaf over several lines at once, as chevrotain would place it).
 */
export function moveLeaf(leaf: LeafCstNode, offset: number, root: RootCstNode): void {
    const fields = leaf as unknown as { _offset: number; root: RootCstNode };
    fields._offset = offset;
    fields.root = root;
    if (leaf instanceof LazyRangeLeafCstNode) {
        leaf.forgetRange();
    } else {
        // A multi-line token (a block comment): chevrotain's end is just after its last character.
        const last = positionAt(root, offset + leaf.length - 1);
        (leaf as unknown as { _range: Range })._range = { start: positionAt(root, offset), end: { character: last.character + 1, line: last.line } };
    }
}

/**
 * `moveLeaf` by `delta` within the same tree, for the many leaves after an
 * edit; `keepRange` when the leaf's line and column did not change (see replaceFullText).
 */
export function shiftLeaf(leaf: LeafCstNode, delta: number, root: RootCstNode, keepRange: boolean): void {
    if (leaf instanceof LazyRangeLeafCstNode) leaf.shift(delta, keepRange);
    else if (keepRange) (leaf as unknown as { _offset: number })._offset += delta;
    else moveLeaf(leaf, leaf.offset + delta, root);
}

/**
 * Replaces the text of a parsed tree edited in place: [start, oldEnd) of the
 * old text is [start, newEnd) of `text`. The line starts, if computed, are
 * carried over (those after the edit shifted) instead of being scanned again.
 * Returns the old offset from which leaves keep their line and column (the
 * next line after the edit, when the edit added or removed no line), else undefined.
 */
export function replaceFullText(root: RootCstNode, text: string, edit: { start: number; oldEnd: number; newEnd: number }): number | undefined {
    const oldText = root.fullText;
    const old = lineStartsOfRoot.get(root);
    (root as unknown as { _text: string })._text = text;
    lineStartsOfRoot.delete(root);
    // A `\r\n` cut by the edit's bounds counts differently on each side: scan everything again.
    if (!old || splitsCrLf(oldText, edit.start, edit.oldEnd) || splitsCrLf(text, edit.start, edit.newEnd)) return undefined;
    const firstAfterStart = firstGreater(old, edit.start);
    const firstAfterEnd = firstGreater(old, edit.oldEnd);
    const inserted = computeLineStarts(text, edit.start, edit.newEnd);
    const delta = edit.newEnd - edit.oldEnd;
    const starts = new Uint32Array(firstAfterStart + inserted.length + old.length - firstAfterEnd);
    starts.set(old.subarray(0, firstAfterStart));
    starts.set(inserted, firstAfterStart);
    for (let i = firstAfterEnd, j = firstAfterStart + inserted.length; i < old.length; i++, j++) starts[j] = old[i] + delta;
    lineStartsOfRoot.set(root, starts);
    if (inserted.length !== firstAfterEnd - firstAfterStart) return undefined;
    return firstAfterEnd < old.length ? old[firstAfterEnd] : Number.MAX_SAFE_INTEGER;
}

function splitsCrLf(text: string, start: number, end: number): boolean {
    const crLfAt = (offset: number) => text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
    return crLfAt(start) || crLfAt(end);
}

/** Index of the first line start greater than `offset`. */
function firstGreater(starts: Uint32Array, offset: number): number {
    let low = 0;
    let high = starts.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (starts[middle] <= offset) low = middle + 1;
        else high = middle;
    }
    return low;
}

/** Offsets at which each line of a parsed text starts; built on the first range asked for. */
const lineStartsOfRoot = new WeakMap<RootCstNode, Uint32Array>();

function positionAt(root: RootCstNode, offset: number): { character: number; line: number } {
    let lineStarts = lineStartsOfRoot.get(root);
    if (!lineStarts) {
        lineStarts = Uint32Array.from([0, ...computeLineStarts(root.fullText, 0, root.fullText.length)]);
        lineStartsOfRoot.set(root, lineStarts);
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (lineStarts[middle] <= offset) low = middle;
        else high = middle - 1;
    }
    return { character: offset - lineStarts[low], line: low };
}

/** Starts of the lines that begin after a line break within [from, to) of `text`: `\n`, `\r\n` and a lone `\r`, as chevrotain counts them (and LSP). */
function computeLineStarts(text: string, from: number, to: number): Uint32Array {
    const starts: number[] = [];
    for (let i = from; i < to; i++) {
        const char = text.charCodeAt(i);
        if (char === 13 /* \r */) {
            if (text.charCodeAt(i + 1) === 10 /* \n */ && i + 1 < to) i++;
            starts.push(i + 1);
        } else if (char === 10) {
            starts.push(i + 1);
        }
    }
    return Uint32Array.from(starts);
}
