import { AstUtils, GrammarUtils, type AstNode, type NameProvider } from 'langium';
import type { Range, SourceLocation } from '../../core/model/render-model.js';

const NOWHERE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The document URI of a node, wherever in the workspace it is declared. */
export function uriOf(node: AstNode): string {
    return AstUtils.getDocument(node).uri.toString();
}

/**
 * Where a node is written, read from its CST: `range` is the whole node,
 * `nameRange` its id token (the NameProvider's name node) or, for nodes without
 * a name, the token of `property` (an emotion's persona, a metric's label…).
 * A node the parser recovered without text falls back to the start of the file.
 */
export function sourceOf(node: AstNode, nameProvider: NameProvider, property?: string): SourceLocation {
    const cst = node.$cstNode;
    const range = cst?.range ?? NOWHERE;
    const nameNode = property && cst ? GrammarUtils.findNodeForProperty(cst, property) : nameProvider.getNameNode(node);
    return { uri: uriOf(node), range: copyRange(range), nameRange: copyRange(nameNode?.range ?? range) };
}

/** A plain copy: CST ranges are live objects, the render model is JSON. */
export function copyRange(range: Range): Range {
    return {
        start: { line: range.start.line, character: range.start.character },
        end: { line: range.end.line, character: range.end.character }
    };
}

export function sameRange(a: Range, b: Range): boolean {
    return (
        a.start.line === b.start.line &&
        a.start.character === b.start.character &&
        a.end.line === b.end.line &&
        a.end.character === b.end.character
    );
}
