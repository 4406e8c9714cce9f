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
import { cellOnScreen } from './map-cell-cache.js';
import type { RevealTargets } from './map-context.js';

/** Containers updated in place: the canvas, its grid, the curve's cell, box and drawing. */
const UPDATED_IN_PLACE = '.map, .map-grid, .map-span, .map-curve-box, svg.map-curve';

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
    const oldChildren = [...old.childNodes];
    const freshChildren = [...fresh.childNodes];
    for (let i = 0; i < freshChildren.length; i++) {
        const before = oldChildren[i];
        const after = freshChildren[i];
        const onScreen = cellOnScreen(after);
        if (onScreen) {
            // A cell not built again (map-cell-cache.ts): the one on screen at this place stays.
            if (before !== onScreen) before ? before.replaceWith(onScreen) : old.append(onScreen);
        } else if (!before) {
            old.append(after);
        } else if (before.isEqualNode(after)) {
            moveTargets(before, after, targets);
        } else if (before instanceof Element && after instanceof Element && sameContainer(before, after)) {
            updateInPlace(before, after, targets);
        } else {
            before.replaceWith(after);
        }
    }
    for (const extra of oldChildren.slice(freshChildren.length)) extra.remove();
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
