import type { AstNode, LangiumDocument } from 'langium';
import { isJourney, isModel, isStage } from '../generated/ast.js';

/**
 * The text the completion parser needs to know what may come at `offset`.
 * Langium parses everything before the cursor on every completion request,
 * which on a 5,000-line map is most of the request's time. A complete stage,
 * touchpoint or top-level element before the one holding the cursor cannot
 * change what may follow inside that one: each of them sits in a repetition
 * (`(elements+=…)*`, `(stages+=Stage)*`, a stage's `(… | touchpoints+=…)*`)
 * whose state is the same with or without it. So those are left out, keeping
 * the headers of the elements that hold the cursor. Elements with a syntax
 * error inside are kept, as the parser would see them.
 */
export function completionPrefix(document: LangiumDocument, offset: number): string {
    const text = document.textDocument.getText();
    const errors = [
        ...document.parseResult.lexerErrors.map(error => error.offset),
        ...document.parseResult.parserErrors.map(error => error.token.startOffset)
    ].filter(errorOffset => Number.isFinite(errorOffset));
    const skipped: Array<[number, number]> = [];
    let holder: AstNode | undefined = document.parseResult.value;
    while (holder) {
        const children = repeatedChildren(holder);
        const inner = children.find(child => child.$cstNode!.offset < offset && offset <= child.$cstNode!.end);
        if (!inner) break;
        for (const child of children) {
            const { offset: start, end } = child.$cstNode!;
            if (end <= inner.$cstNode!.offset && !errors.some(error => error >= start && error < end)) skipped.push([start, end]);
        }
        holder = inner;
    }
    let prefix = '';
    let from = 0;
    for (const [start, end] of skipped.sort((a, b) => a[0] - b[0])) {
        prefix += text.slice(from, start) + '\n';
        from = end;
    }
    return prefix + text.slice(from, offset);
}

/** The children that sit in one repetition of their container's rule, with a CST (so with a text range). */
function repeatedChildren(node: AstNode): AstNode[] {
    const children: AstNode[] = isModel(node) ? node.elements : isJourney(node) ? node.stages : isStage(node) ? node.touchpoints : [];
    return children.filter(child => child.$cstNode !== undefined);
}
