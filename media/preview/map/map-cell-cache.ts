/**
 * The live Map view's parts, remembered between updates so that an edit
 * builds only what it changed.
 *
 * - Lane cells, by position in the grid. A cell's key is everything its lane
 *   reads: the lane, the column, the touchpoint (with its source lines), and
 *   what the lanes read from the context (personas shown and their styles,
 *   labels of personas, teams, channels, systems and sources, whether the map
 *   cites research). A cell whose key is the one drawn at the same place last
 *   time is not built again; the sources its facts reveal are registered again
 *   in the new drawing's reveal targets (the key holds them).
 * - The emotion curve's points and score labels, by what they show (persona,
 *   position, text): a score edit builds the one point it moved, not all of them.
 *
 * A part not built again goes into the new canvas as a stand-in, and
 * map-reconcile.ts keeps the part on screen in its place.
 */
import type { SourceLocation } from '../../../language-server/core/model/render-model.js';
import type { MapContext, RevealTargets } from './map-context.js';

/** Stand-ins in a new canvas → the cell on screen they stand for. */
const standIns = new WeakMap<Node, Element>();

export function cellOnScreen(node: Node): Element | undefined {
    return standIns.get(node);
}

/** Parts on screen that a stand-in of the canvas being built stands for. */
let stoodInFor = new WeakSet<Element>();

export function isStoodInFor(node: Node): boolean {
    return node instanceof Element && stoodInFor.has(node);
}

function standInFor(element: Element): Comment {
    const standIn = document.createComment('');
    standIns.set(standIn, element);
    stoodInFor.add(element);
    return standIn;
}

/** The curve parts reused by what they show: a persona's point at a touchpoint, and a score label. */
const CURVE_PART_SELECTOR = 'g.map-emotion-point, text.map-curve-score';

/** The key of a curve point: what its element's attributes say (map-emotion-curve.ts draws them from the same values). */
export function curvePointKey(persona: string, touchpoint: string, transform: string, description: string): string {
    return `point\u0000${persona}\u0000${touchpoint}\u0000${transform}\u0000${description}`;
}

export function curveScoreKey(persona: string, x: number | string, y: number | string, text: string): string {
    return `score\u0000${persona}\u0000${x}\u0000${y}\u0000${text}`;
}

/** A part on screen's key, read back from its attributes. */
function curvePartKey(part: Element): string {
    const attribute = (name: string) => part.getAttribute(name) ?? '';
    return part.tagName === 'text'
        ? curveScoreKey(attribute('data-persona'), attribute('x'), attribute('y'), part.textContent ?? '')
        : curvePointKey(attribute('data-persona'), attribute('data-touchpoint'), attribute('transform'), attribute('data-description'));
}
interface DrawnCell {
    lane: string;
    column: string;
    element: Element;
    reveals: Array<[Element, SourceLocation]>;
}

export class MapCellCache {
    /** The grid's children as drawn last, by position (undefined: not a cached cell). */
    private drawn: Array<DrawnCell | undefined> = [];
    /** The keys of the canvas being built, by position. */
    private building: Array<{ lane: string; column: string } | undefined> = [];
    private drawnContext = '';
    /** The curve parts on screen by `curvePartKey`, each handed out once per drawing. */
    private parts = new Map<string, Element[]>();

    /** Starts a canvas: a change in what the lanes read from the context makes every cell new. */
    beginBuild(ctx: MapContext): void {
        const { model } = ctx;
        stoodInFor = new WeakSet();
        const context = JSON.stringify([ctx.journey.id, ctx.personas, [...ctx.styles], ctx.usesSources, [...ctx.sourceLabels],
            model.personas, model.teams, model.channels, model.systems, model.sources, model.emotionScale]);
        if (context !== this.drawnContext) {
            this.drawn = [];
            this.parts.clear();
        }
        this.drawnContext = context;
        this.building = [];
    }

    /**
     * The stand-in for the cell at `position` when the one on screen there was drawn for the same lane
     * (with `first`, whether it starts a stage) and column key; its reveals go into `targets`. The key's
     * parts are compared apart: joined, they made a long string per cell and update.
     */
    reuse(position: number, lane: string, column: string, targets: RevealTargets): Node | undefined {
        this.building[position] = { lane, column };
        const drawn = this.drawn[position];
        if (drawn?.lane !== lane || drawn.column !== column) return undefined;
        for (const [element, source] of drawn.reveals) targets.set(element, source);
        return standInFor(drawn.element);
    }

    /** The stand-in for a curve part on screen that shows what `key` (`curvePointKey`, `curveScoreKey`) says. */
    reusePart(key: string): { standIn: Node; onScreen: Element } | undefined {
        const onScreen = this.parts.get(key)?.pop();
        return onScreen && { standIn: standInFor(onScreen), onScreen };
    }

    /** After the canvas is on screen: remembers its cells and curve parts (`targets`: the reveals just drawn). */
    remember(map: Element, targets: RevealTargets): void {
        const grid = map.querySelector(':scope > .map-grid');
        const drawn: Array<DrawnCell | undefined> = [];
        const children = grid?.childNodes ?? [];
        for (let i = 0; i < children.length; i++) {
            const key = this.building[i];
            const element = children[i];
            if (key === undefined || !(element instanceof Element)) continue;
            const previous = this.drawn[i];
            const reveals = previous?.element === element && previous.lane === key.lane && previous.column === key.column
                ? previous.reveals
                : [...element.querySelectorAll('[data-source]')].flatMap(fact => {
                    const source = targets.get(fact);
                    return source ? [[fact, source] as [Element, SourceLocation]] : [];
                });
            drawn[i] = { ...key, element, reveals };
        }
        this.drawn = drawn;
        this.building = [];
        this.parts.clear();
        for (const part of map.querySelectorAll(CURVE_PART_SELECTOR)) {
            const key = curvePartKey(part);
            const same = this.parts.get(key);
            if (same) same.push(part);
            else this.parts.set(key, [part]);
        }
    }

    clear(): void {
        this.drawn = [];
        this.parts.clear();
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
