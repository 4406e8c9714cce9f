/**
 * What a reader of the Map view would check, measured in the page: which text
 * is visible, whether text boxes overlap or are clipped, where each curve
 * point stands against its touchpoint's column, and whether the first column
 * is in view. Shared by the map tests on examples, large maps and hostile labels.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { isShownScore } from '../../language-server/core/model/model-lookup.js';
import type { RenderJourney, RenderModel } from '../../language-server/core/model/render-model.js';

export interface MapMeasurements {
    /** The text of every visible element of the map (visually hidden text excluded). */
    visibleText: string;
    /** Pairs of text boxes that overlap, as "text A ⟂ text B". */
    overlaps: string[];
    /** Elements whose text is cut off by their own box or their card's. */
    clipped: string[];
    /** persona → touchpoint ids of its curve points, in drawing order. */
    points: Record<string, string[]>;
    /** Curve points whose centre is outside their touchpoint's column. */
    misplacedPoints: string[];
    scrollLeft: number;
    /** The first touchpoint card is entirely right of the sticky lane headers and inside the viewport. */
    firstColumnVisible: boolean;
    /** The smallest font size of any visible text, in CSS px as painted (zoom included). */
    smallestFont: number;
}

export function measureMap(page: Page, root = '.viewport .map'): Promise<MapMeasurements> {
    return page.evaluate(rootSelector => {
        const map = document.querySelector<HTMLElement>(rootSelector)!;
        const zoom = Number(map.style.zoom || 1);
        const hidden = (element: Element) => element.closest('.visually-hidden, [hidden], title') !== null;
        const boxes: Array<{ rect: DOMRect; text: string; node: Node }> = [];
        let smallestFont = Infinity;
        const walker = document.createTreeWalker(map, NodeFilter.SHOW_TEXT);
        const visible: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement!;
            if (!node.textContent?.trim() || hidden(parent)) continue;
            if (!(parent as HTMLElement).checkVisibility?.({ visibilityProperty: true, opacityProperty: true })) continue;
            visible.push(node.textContent);
            smallestFont = Math.min(smallestFont, parseFloat(getComputedStyle(parent).fontSize) * zoom);
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const rect of range.getClientRects()) if (rect.width > 0.5 && rect.height > 0.5) boxes.push({ rect, text: node.textContent.trim().slice(0, 40), node });
        }
        // Sweep along x: only boxes whose x ranges meet are compared.
        boxes.sort((a, b) => a.rect.left - b.rect.left);
        const overlaps: string[] = [];
        for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length && boxes[j].rect.left < boxes[i].rect.right - 1; j++) {
                const a = boxes[i].rect, b = boxes[j].rect;
                if (boxes[i].node === boxes[j].node) continue;
                const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (x > 1 && y > 1) overlaps.push(`${boxes[i].text} ⟂ ${boxes[j].text}`);
            }
        }
        const clipped: string[] = [];
        const labelled = map.querySelectorAll<HTMLElement>('.map-title, .map-persona-name, .map-stage-label, .map-lane-label, .map-touchpoint-label, .map-card-text, .map-metric-label, .map-legend-item, .map-persona li, .map-goals li, .map-scale-word');
        for (const element of labelled) {
            if (hidden(element)) continue;
            if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') clipped.push(element.textContent ?? '');
            const container = element.closest('.map-card, .map-touchpoint, .map-persona, .map-stage, .map-lane-header, .map-cell, .print-page');
            if (container && container !== element) {
                const inner = element.getBoundingClientRect(), outer = container.getBoundingClientRect();
                if (inner.right > outer.right + 1 || inner.left < outer.left - 1 || inner.bottom > outer.bottom + 1) clipped.push(element.textContent ?? '');
            }
        }
        const points: Record<string, string[]> = {};
        const misplacedPoints: string[] = [];
        const grid = map.querySelector('.map-grid');
        for (const point of map.querySelectorAll<SVGGElement>('.map-curve-line.is-current .map-emotion-point')) {
            const persona = point.getAttribute('data-persona')!;
            const touchpoint = point.getAttribute('data-touchpoint')!;
            (points[persona] ??= []).push(touchpoint);
            const card = [...grid!.querySelectorAll('.map-touchpoint')].find(candidate => candidate.getAttribute('data-touchpoint') === touchpoint);
            const column = card?.closest('.map-cell')?.getBoundingClientRect();
            const marker = point.querySelector('.map-emotion-marker')!.getBoundingClientRect();
            const x = marker.left + marker.width / 2;
            if (!column || x < column.left || x > column.right || Math.abs(x - (column.left + column.width / 2)) > 1.5) misplacedPoints.push(`${persona}@${touchpoint}`);
        }
        const viewport = map.closest('.viewport') as HTMLElement | null;
        const first = map.querySelector('.map-touchpoint')?.getBoundingClientRect();
        const header = map.querySelector('.map-lane-header')?.getBoundingClientRect();
        const view = viewport?.getBoundingClientRect();
        const firstColumnVisible = !!first && !!header && !!view && first.left >= header.right - 1 && first.right <= view.right + 1;
        return { visibleText: visible.join('\n'), overlaps, clipped, points, misplacedPoints, scrollLeft: viewport?.scrollLeft ?? 0, firstColumnVisible, smallestFont };
    }, root);
}

/** The texts of a journey a reader must find on its map: touchpoints, pains, opportunities, owners and personas. */
export function expectedTexts(model: RenderModel, journey: RenderJourney): string[] {
    const team = (id: string) => model.teams.find(candidate => candidate.id === id)?.label || id;
    const persona = (id: string) => model.personas.find(candidate => candidate.id === id)?.label || id;
    const texts = journey.personas.map(persona);
    for (const stage of journey.stages) {
        texts.push(...stage.owners.map(team));
        for (const touchpoint of stage.touchpoints) {
            texts.push(touchpoint.label || touchpoint.id, ...touchpoint.pains.map(pain => pain.text), ...touchpoint.opportunities.map(o => o.text), ...touchpoint.owners.map(team));
        }
    }
    return texts;
}

/** Each persona's scored touchpoints, in journey order: where its curve must have its points. */
export function expectedPoints(journey: RenderJourney): Record<string, string[]> {
    const points: Record<string, string[]> = {};
    for (const stage of journey.stages) {
        for (const touchpoint of stage.touchpoints) {
            const personas = new Set(touchpoint.emotions.filter(isShownScore).map(emotion => emotion.persona));
            for (const persona of personas) (points[persona] ??= []).push(touchpoint.id);
        }
    }
    return points;
}

/** Everything a reader checks on an interactive map, as test expectations. */
export function expectReadableMap(measured: MapMeasurements, model: RenderModel, journey: RenderJourney, label: string): void {
    for (const text of expectedTexts(model, journey)) expect(measured.visibleText, `${label}: visible "${text}"`).toContain(text);
    expect(measured.points, `${label}: one point per scored touchpoint`).toEqual(expectedPoints(journey));
    expect(measured.misplacedPoints, `${label}: points at their column's centre`).toEqual([]);
    expect(measured.overlaps, `${label}: overlapping text`).toEqual([]);
    expect(measured.clipped, `${label}: clipped text`).toEqual([]);
    expect(measured.smallestFont, `${label}: smallest text`).toBeGreaterThanOrEqual(12);
}
