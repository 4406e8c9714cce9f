/**
 * An update of the Map view keeps the parts of the canvas already on screen
 * that did not change. The new canvas is built off-document as always; then,
 * instead of replacing the old one, each cell of the grid (and each part of
 * the emotion curve) that is equal, node for node, to its new version stays,
 * and only the others are swapped in. The page then lays out and paints the
 * changed cells, not the thousands of unchanged ones: an edit to one
 * touchpoint no longer costs a layout of the whole map.
 *
 * The result is the same DOM a fresh drawing gives. What the DOM does not
 * hold is carried over: the source line each kept fact reveals (its
 * `RevealTargets` entry, moved from the new node to the kept one). Only the
 * containers named below are updated in place; their listeners read what
 * they need at event time, so a kept container stays correct. Every other
 * element is kept whole or replaced whole, with its own listeners.
 */
import { cellOnScreen, isStoodInFor, resolveStandIns } from './map-cell-cache.js';
import type { RevealTargets } from './map-context.js';

/**
 * Containers updated in place: the canvas, its grid, the curve's cell, box and drawing, each persona's line
 * and the score labels (a score edit then swaps one point, not all of them), and the rows of the curve's table.
 */
const UPDATED_IN_PLACE = [
    '.map', '.map-grid', '.map-span', '.map-curve-box', 'svg.map-curve', 'g.map-curve-line', 'g.map-curve-scores',
    'table.map-score-table', '.map-score-table > thead', '.map-score-table > tbody', '.map-score-table tr'
].join(', ');

/** Makes `old` (on screen) show what `fresh` (just built) shows; returns `old`, or `fresh` when nothing could be kept. */
export function reconcileMap(old: HTMLElement | undefined, fresh: HTMLElement, targets: RevealTargets): HTMLElement {
    if (!old || !sameContainer(old, fresh)) return fresh;
    updateInPlace(old, fresh, targets);
    return old;
}

function sameContainer(old: Element, fresh: Element): boolean {
    return old.namespaceURI === fresh.namespaceURI && old.tagName === fresh.tagName && fresh.matches(UPDATED_IN_PLACE) && old.matches(UPDATED_IN_PLACE);
}

function updateInPlace(old: Element, fresh: Element, targets: RevealTargets): void {
    syncAttributes(old, fresh);
    // A cursor over the children on screen: a part reused from elsewhere (a curve point whose neighbour went) is moved to its place.
    let cursor = old.firstChild;
    for (const after of [...fresh.childNodes]) {
        const onScreen = cellOnScreen(after);
        if (onScreen) {
            // A part not built again (map-cell-cache.ts): the one on screen stays, moved here if it was elsewhere.
            if (cursor === onScreen) cursor = cursor.nextSibling;
            else old.insertBefore(onScreen, cursor);
        } else if (!cursor || isStoodInFor(cursor)) {
            // Nothing left here, or the node here is a reused part whose stand-in comes later: the new node goes before it.
            old.insertBefore(withPartsOnScreen(after), cursor);
        } else if (cursor.isEqualNode(after)) {
            moveTargets(cursor, after, targets);
            cursor = cursor.nextSibling;
        } else if (cursor instanceof Element && after instanceof Element && sameContainer(cursor, after)) {
            updateInPlace(cursor, after, targets);
            cursor = cursor.nextSibling;
        } else {
            const next = cursor.nextSibling;
            cursor.replaceWith(withPartsOnScreen(after));
            cursor = next;
        }
    }
    while (cursor) {
        const next = cursor.nextSibling;
        cursor.remove();
        cursor = next;
    }
}

/** The attributes of `fresh` on `old`, touching only those that differ (an unchanged attribute invalidates nothing). */
function syncAttributes(old: Element, fresh: Element): void {
    for (const { name } of [...old.attributes]) if (!fresh.hasAttribute(name)) old.removeAttribute(name);
    for (const { name, value } of [...fresh.attributes]) if (old.getAttribute(name) !== value) old.setAttribute(name, value);
}

/** Equal trees: each kept element reveals what its new twin would have. */
function moveTargets(kept: Node, twin: Node, targets: RevealTargets): void {
    if (!(kept instanceof Element) || !(twin instanceof Element)) return;
    const source = targets.get(twin);
    if (source) targets.set(kept, source);
    const keptDescendants = kept.querySelectorAll('[data-source]');
    if (keptDescendants.length === 0) return;
    const twinDescendants = twin.querySelectorAll('[data-source]');
    for (let i = 0; i < twinDescendants.length; i++) {
        const found = targets.get(twinDescendants[i]);
        if (found) targets.set(keptDescendants[i], found);
    }
}

/** A new subtree put on screen whole: any stand-in in it becomes the part it stands for. */
function withPartsOnScreen(node: Node): Node {
    if (node instanceof Element) resolveStandIns(node);
    return node;
}
