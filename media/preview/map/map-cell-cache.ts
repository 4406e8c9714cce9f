/**
 * The live Map view's lane cells, remembered between updates so that an edit
 * builds only the cells it changed. A cell's key is everything its lane reads:
 * the lane, the column, the touchpoint (with its source lines), and what the
 * lanes read from the context (personas shown and their styles, labels of
 * personas, teams, channels, systems and sources, whether the map cites
 * research). A cell whose key is the one drawn at the same place of the grid
 * last time is not built again: a stand-in goes into the new canvas and
 * map-reconcile.ts keeps the cell on screen. The sources its facts reveal are
 * registered again in the new drawing's reveal targets (the key holds them).
 */
import type { SourceLocation } from '../../../language-server/core/model/render-model.js';
import type { MapContext, RevealTargets } from './map-context.js';

/** Stand-ins in a new canvas → the cell on screen they stand for. */
const standIns = new WeakMap<Node, Element>();

export function cellOnScreen(node: Node): Element | undefined {
    return standIns.get(node);
}

interface DrawnCell {
    key: string;
    element: Element;
    reveals: Array<[Element, SourceLocation]>;
}

export class MapCellCache {
    /** The grid's children as drawn last, by position (undefined: not a cached cell). */
    private drawn: Array<DrawnCell | undefined> = [];
    /** The keys of the canvas being built, by position. */
    private building: Array<string | undefined> = [];
    private drawnContext = '';

    /** Starts a canvas: a change in what the lanes read from the context makes every cell new. */
    beginBuild(ctx: MapContext): void {
        const { model } = ctx;
        const context = JSON.stringify([ctx.journey.id, ctx.personas, [...ctx.styles], ctx.usesSources, [...ctx.sourceLabels],
            model.personas, model.teams, model.channels, model.systems, model.sources, model.emotionScale]);
        if (context !== this.drawnContext) this.drawn = [];
        this.drawnContext = context;
        this.building = [];
    }

    /** The stand-in for the cell at `position` when the one on screen there has `key`; its reveals go into `targets`. */
    reuse(position: number, key: string, targets: RevealTargets): Node | undefined {
        this.building[position] = key;
        const drawn = this.drawn[position];
        if (drawn?.key !== key) return undefined;
        for (const [element, source] of drawn.reveals) targets.set(element, source);
        const standIn = document.createComment('');
        standIns.set(standIn, drawn.element);
        return standIn;
    }

    /** After the canvas is on screen: remembers its cells (`grid` is the grid shown, `targets` the reveals just drawn). */
    remember(grid: Element | null, targets: RevealTargets): void {
        const drawn: Array<DrawnCell | undefined> = [];
        const children = grid?.childNodes ?? [];
        for (let i = 0; i < children.length; i++) {
            const key = this.building[i];
            const element = children[i];
            if (key === undefined || !(element instanceof Element)) continue;
            const previous = this.drawn[i];
            const reveals = previous?.element === element && previous.key === key
                ? previous.reveals
                : [...element.querySelectorAll('[data-source]')].flatMap(fact => {
                    const source = targets.get(fact);
                    return source ? [[fact, source] as [Element, SourceLocation]] : [];
                });
            drawn[i] = { key, element, reveals };
        }
        this.drawn = drawn;
        this.building = [];
    }

    clear(): void {
        this.drawn = [];
        this.building = [];
        this.drawnContext = '';
    }
}

/** Puts the cells on screen in place of any stand-in the canvas still holds (when it was not merged into the old one). */
export function resolveStandIns(root: Element): void {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
    const found: Comment[] = [];
    while (walker.nextNode()) if (standIns.has(walker.currentNode)) found.push(walker.currentNode as Comment);
    for (const standIn of found) standIn.replaceWith(standIns.get(standIn)!);
}
