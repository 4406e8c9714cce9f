import { isCompositeCstNode, isLeafCstNode, type AstNode, type CompositeCstNode, type CstNode, type LangiumParser, type LeafCstNode, type Mutable, type ParseResult, type RootCstNode } from 'langium';
import { isJourney, isStage, isTouchpoint, type Model } from '../generated/ast.js';
import { replaceReferencesBelow } from './journey-ast-walk.js';
import { moveLeaf, replaceFullText, shiftLeaf } from './lazy-range-cst.js';

/**
 * An edit inside one `touchpoint { … }` (else one `stage { … }`) re-parses
 * that block alone and puts it in place of the old one, in the old tree:
 * Langium parses the whole text on every keystroke (~44 ms on a 5,000-line map).
 *
 * The result is the tree a full parse of the new text would give, because:
 * - the old text had no lexer or parser error: no recovery shaped the tree,
 *   and no earlier token was waiting for a closing one that the edit adds;
 * - the edit lies strictly inside the block (its first keyword and its closing
 *   `}` untouched), so the text before the block lexes and parses as before,
 *   and the parser enters the block's rule at the same token as before;
 * - the block's new text parses alone, as that rule, with no error and to its
 *   last character: it ends where the old block ended, and the parser leaves
 *   it at the same place, so the text after it parses as before (shifted).
 * Anything else returns undefined: the caller parses the whole text.
 * tests/…/incremental-parse.test.ts compares the result with a full parse
 * after each edit of long random edit sequences.
 */
export function reparseEditedBlock(parser: LangiumParser, old: ParseResult, text: string): ParseResult | undefined {
    const root = old.value.$cstNode?.root;
    if (!root || !isErrorFree(old)) return undefined;
    const oldText = root.fullText;
    const edit = changedRegion(oldText, text);
    if (!edit) return undefined;
    const block = innermostBlockAround(old.value as Model, edit.start, edit.oldEnd);
    const blockCst = block?.$cstNode as CompositeCstNode | undefined;
    if (!block || !blockCst) return undefined;
    const start = blockCst.offset;
    const delta = edit.newEnd - edit.oldEnd;
    const blockText = text.substring(start, blockCst.end + delta);
    const parsed = parser.parse(blockText, { rule: block.$type });
    const parsedCst = parsed.value.$cstNode as RootCstNode | undefined;
    if (!isErrorFree(parsed) || parsed.value.$type !== block.$type || !parsedCst || parsedCst.end !== blockText.length) return undefined;

    replaceReferencesBelow(old.value, block, parsed.value);
    spliceAst(block, parsed.value);
    const linesKept = replaceFullText(root, text, edit);
    spliceCst(root, blockCst, parsedCst, parsed.value, start, blockCst.end, delta, linesKept ?? Number.MAX_SAFE_INTEGER);
    const count = (splices.get(old.value)?.count ?? 0) + 1;
    splices.set(old.value, { count, last: { block: parsed.value, start, linesChanged: linesKept === undefined } });
    return { value: old.value, lexerErrors: [], lexerReport: old.lexerReport, parserErrors: [] };
}

/** The latest block put in place in a tree, for the validator (incremental-validation.ts). */
export interface Splice {
    /** The new node, in the tree. */
    readonly block: AstNode;
    /** Its offset, which did not change: what starts before it did not move. */
    readonly start: number;
    /** Whether lines after the edit may have other numbers (the edit added or removed a line, or that is not known). */
    readonly linesChanged: boolean;
}

const splices = new WeakMap<AstNode, { count: number; last: Splice }>();

/** How many blocks were put in place in the tree of `root` so far, and the latest one. */
export function splicesOf(root: AstNode): { count: number; last: Splice } | undefined {
    return splices.get(root);
}

function isErrorFree(result: ParseResult): boolean {
    return result.lexerErrors.length === 0 && result.parserErrors.length === 0 && (result.lexerReport?.diagnostics.length ?? 0) === 0;
}

/** Where the texts differ: [start, oldEnd) of the old text became [start, newEnd) of the new one. */
function changedRegion(oldText: string, text: string): { start: number; oldEnd: number; newEnd: number } | undefined {
    if (oldText === text) return undefined;
    const shorter = Math.min(oldText.length, text.length);
    // Chunks first (compared natively), then characters: a character loop over 200 KB took ~1 ms.
    let start = 0;
    while (start + CHUNK <= shorter && oldText.substring(start, start + CHUNK) === text.substring(start, start + CHUNK)) start += CHUNK;
    while (start < shorter && oldText.charCodeAt(start) === text.charCodeAt(start)) start++;
    let oldEnd = oldText.length;
    let newEnd = text.length;
    while (oldEnd - CHUNK >= start && newEnd - CHUNK >= start && oldText.substring(oldEnd - CHUNK, oldEnd) === text.substring(newEnd - CHUNK, newEnd)) {
        oldEnd -= CHUNK;
        newEnd -= CHUNK;
    }
    while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === text.charCodeAt(newEnd - 1)) {
        oldEnd--;
        newEnd--;
    }
    return { start, oldEnd, newEnd };
}

const CHUNK = 2048;

/** The innermost touchpoint, else stage, whose text strictly contains [start, end): its first and last characters outside. */
function innermostBlockAround(model: Model, start: number, end: number): AstNode | undefined {
    const around = (node: AstNode) => {
        const cst = node.$cstNode;
        return cst !== undefined && cst.offset < start && end < cst.end;
    };
    const journey = model.elements.find(element => isJourney(element) && around(element));
    if (!isJourney(journey)) return undefined;
    const stage = journey.stages.find(around);
    if (!isStage(stage)) return undefined;
    const touchpoint = stage.touchpoints.find(around);
    return isTouchpoint(touchpoint) ? touchpoint : stage;
}

function spliceAst(old: AstNode, node: AstNode): void {
    const container = old.$container as unknown as Record<string, AstNode[]>;
    const property = old.$containerProperty!;
    const index = old.$containerIndex!;
    container[property][index] = node;
    const placed = node as Mutable<AstNode>;
    placed.$container = old.$container;
    placed.$containerProperty = property;
    placed.$containerIndex = index;
}

/**
 * The block's composite keeps its place (and grammar source) and takes the new
 * content, moved to the full text's offsets; every leaf after the block moves
 * by `delta`; cached ranges of the nodes around and after are dropped, except
 * from `keepRangesFrom` on (old offsets: lines after the edit whose number did not change).
 */
function spliceCst(root: RootCstNode, blockCst: CompositeCstNode, parsedCst: RootCstNode, node: AstNode, start: number, oldEnd: number, delta: number, keepRangesFrom: number): void {
    forEachNode(parsedCst, child => {
        if (isLeafCstNode(child)) moveLeaf(child, child.offset + start, root);
        else (child as unknown as { root: RootCstNode }).root = root;
    });
    blockCst.content.splice(0, blockCst.content.length, ...parsedCst.content);
    (blockCst as unknown as { astNode: AstNode }).astNode = node;
    (node as Mutable<AstNode>).$cstNode = blockCst;
    forgetRange(blockCst);
    shiftAfter(root, { blockCst, start, oldEnd, delta, keepRangesFrom, root });
}

interface Shift {
    readonly blockCst: CompositeCstNode;
    readonly start: number;
    readonly oldEnd: number;
    readonly delta: number;
    readonly keepRangesFrom: number;
    readonly root: RootCstNode;
}

/** Below `composite`: subtrees wholly before the block are unchanged, those after it move, those around it are walked. */
function shiftAfter(composite: CompositeCstNode, shift: Shift): void {
    forgetRange(composite);
    for (const child of composite.content) {
        if (child === shift.blockCst || lastLeafEnd(child) <= shift.start) continue;
        if (firstLeafOffset(child) >= shift.oldEnd) shiftSubtree(child, shift);
        else if (isCompositeCstNode(child)) shiftAfter(child, shift);
    }
}

/** Every leaf below `node` moves by `delta`: half the tree on average, so plain loops. */
function shiftSubtree(node: CstNode, shift: Shift): void {
    if (firstLeafOffset(node) >= shift.keepRangesFrom) {
        shiftKeepingRanges(node, shift.delta, shift.root);
    } else if (isCompositeCstNode(node)) {
        forgetRange(node);
        const content = node.content;
        for (let i = 0; i < content.length; i++) shiftSubtree(content[i], shift);
    } else {
        shiftLeaf(node as LeafCstNode, shift.delta, shift.root, false);
    }
}

/** Same lines and columns: only the offsets move. */
function shiftKeepingRanges(node: CstNode, delta: number, root: RootCstNode): void {
    if (isCompositeCstNode(node)) {
        const content = node.content;
        for (let i = 0; i < content.length; i++) shiftKeepingRanges(content[i], delta, root);
    } else {
        shiftLeaf(node as LeafCstNode, delta, root, true);
    }
}

/** Calls `visit` for `node` and everything below it except a root (the walk starts below it). */
function forEachNode(node: CstNode, visit: (node: CstNode) => void): void {
    if (node.root !== node) visit(node);
    if (isCompositeCstNode(node)) for (const child of node.content) forEachNode(child, visit);
}

function forgetRange(composite: CstNode): void {
    // Langium sets the cache on first read only: writing it on every node would give most of them a new shape.
    const cached = composite as unknown as { _rangeCache?: unknown };
    if (cached._rangeCache !== undefined) cached._rangeCache = undefined;
}

/** Offsets of a node's first and last leaves, hidden ones included (a composite's own offset skips comments). */
function firstLeafOffset(node: CstNode): number {
    while (isCompositeCstNode(node) && node.content.length > 0) node = node.content[0];
    return node.offset;
}

function lastLeafEnd(node: CstNode): number {
    while (isCompositeCstNode(node) && node.content.length > 0) node = node.content[node.content.length - 1];
    return node.end;
}
