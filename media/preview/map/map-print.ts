/**
 * The print layout (PDF and slide-sized PNG exports): when the page's
 * `#journey-preview` has `data-print-layout="WIDTHxHEIGHT"` (CSS px), the map
 * is drawn as `<section class="print-page">` elements of exactly that size,
 * split by stage groups (whole stages per page; a stage wider than a page
 * continues on the next), the header on the first page and a footer with the
 * map's title and "page N of M" on each. Text keeps its size (never below
 * 12 px): what does not fit goes to another page, it is not shrunk. When the
 * lanes are taller than a page, they continue on a page of the same stages.
 */
import type { RenderJourney, RenderModel } from '../../../language-server/core/model/render-model.js';
import { h } from '../dom.js';
import { mapContext, type MapColumn, type MapContext, type RevealTargets } from './map-context.js';
import { renderMapGrid } from './map-grid.js';
import { renderMapHeader } from './map-header.js';
import { lanesWithData, type MapLane } from './map-lanes.js';
import { COLUMN_WIDTH, LANE_HEADER_WIDTH } from './map-layout.js';
import { curveLegend } from './map-view.js';

export interface PrintSize {
    width: number;
    height: number;
}

/** Page margins and the footer's height, in CSS px. */
const MARGIN = 24;
const FOOTER = 28;

export function requestedPrintLayout(root: HTMLElement): PrintSize | undefined {
    const match = /^(\d{2,5})x(\d{2,5})$/.exec(root.dataset.printLayout ?? '');
    return match ? { width: Number(match[1]), height: Number(match[2]) } : undefined;
}

interface PagePlan {
    header: boolean;
    columns: MapColumn[];
    lanes: MapLane[];
}

/** Columns per page, whole stages first: a stage that does not fit an empty page is cut at the page's width. */
function columnGroups(ctx: MapContext, capacity: number): MapColumn[][] {
    const groups: MapColumn[][] = [];
    let page: MapColumn[] = [];
    for (const stage of ctx.journey.stages) {
        const columns = ctx.columns.filter(column => column.stage === stage);
        if (page.length > 0 && page.length + columns.length > capacity) {
            groups.push(page);
            page = [];
        }
        for (const column of columns) {
            if (page.length === capacity) {
                groups.push(page);
                page = [];
            }
            page.push(column);
        }
    }
    if (page.length > 0) groups.push(page);
    return groups;
}

export interface PrintOptions {
    persona?: string;
    before?: RenderModel;
    targets: RevealTargets;
    size: PrintSize;
}

/** Draws the pages into `container`; resolves once they are laid out and final. */
export async function renderPrintLayout(container: HTMLElement, model: RenderModel, journey: RenderJourney, options: PrintOptions): Promise<void> {
    const ctx = mapContext(model, journey, options.persona, options.targets, options.before);
    const lanes = lanesWithData(ctx);
    const capacity = Math.max(1, Math.floor((options.size.width - 2 * MARGIN - LANE_HEADER_WIDTH) / COLUMN_WIDTH));
    const groups = columnGroups(ctx, capacity);
    let plans: PagePlan[] = groups.map((columns, index) => ({ header: index === 0, columns, lanes }));
    if (plans.length === 0) plans = [{ header: true, columns: [], lanes: [] }];

    let pages = await splitLanes(container, ctx, plans, options.size);
    // A header taller than a page less one lane (many personas on a small page) is the one case of a page of its own.
    if (plans[0].columns.length > 0 && overflows(pages[0])) {
        plans = [{ header: true, columns: [], lanes: [] }, ...plans.map(plan => ({ ...plan, header: false }))];
        pages = await splitLanes(container, ctx, plans, options.size);
    }
}

/**
 * Draws the pages, then once more with the lanes of a page taller than it continued on a page
 * of the same stages. The first page keeps the header and the first stages' top lanes: a page 1
 * of only the header would show no map.
 */
async function splitLanes(container: HTMLElement, ctx: MapContext, plans: PagePlan[], size: PrintSize): Promise<HTMLElement[]> {
    const pages = draw(container, ctx, plans, size);
    await nextFrame();
    const split: PagePlan[] = [];
    pages.forEach((page, index) => {
        const plan = plans[index];
        if (!overflows(page) || plan.lanes.length < 2) {
            split.push(plan);
            return;
        }
        laneGroups(page, plan.lanes, plan.header).forEach((laneGroup, group) => split.push({ header: plan.header && group === 0, columns: plan.columns, lanes: laneGroup }));
    });
    if (split.length === plans.length) return pages;
    const final = draw(container, ctx, split, size);
    await nextFrame();
    return final;
}

function draw(container: HTMLElement, ctx: MapContext, plans: PagePlan[], size: PrintSize): HTMLElement[] {
    const title = ctx.journey.label || ctx.journey.id;
    const pages = plans.map((plan, index) => {
        const body = h('div', { className: 'print-page-body' });
        if (plan.header) body.append(h('div', { className: 'map-top' }, [renderMapHeader(ctx), curveLegend(ctx)]));
        if (plan.columns.length > 0) body.append(renderMapGrid(ctx, plan.columns, plan.lanes));
        return h('section', {
            className: 'print-page map map-print',
            attributes: { style: `width: ${size.width}px; height: ${size.height}px; --print-margin: ${MARGIN}px; --print-footer: ${FOOTER}px`, 'aria-label': `Page ${index + 1} of ${plans.length}` }
        }, [body, h('footer', { className: 'print-page-footer' }, [
            h('span', { className: 'print-page-title', text: title }),
            h('span', { className: 'print-page-number', text: `page ${index + 1} of ${plans.length}` })
        ])]);
    });
    container.replaceChildren(...pages);
    return pages;
}

function overflows(page: HTMLElement): boolean {
    const body = page.querySelector<HTMLElement>('.print-page-body')!;
    return body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1;
}

/**
 * The page's lanes in groups that each fit under the stage band, from their drawn heights; the
 * first group also under the header when the page has it (at least one lane, however tall).
 */
function laneGroups(page: HTMLElement, lanes: MapLane[], withHeader: boolean): MapLane[][] {
    const body = page.querySelector<HTMLElement>('.print-page-body')!;
    const band = page.querySelector<HTMLElement>('.map-corner')?.getBoundingClientRect().height ?? 0;
    const header = withHeader ? page.querySelector<HTMLElement>('.map-top')?.getBoundingClientRect().height ?? 0 : 0;
    const heights = lanes.map(lane => page.querySelector<HTMLElement>(`.map-lane-header[data-lane="${lane.id}"]`)?.getBoundingClientRect().height ?? 0);
    const groups: MapLane[][] = [];
    let group: MapLane[] = [];
    let available = body.clientHeight - band - header;
    let used = 0;
    lanes.forEach((lane, index) => {
        if (group.length > 0 && used + heights[index] > available) {
            groups.push(group);
            group = [];
            used = 0;
            available = body.clientHeight - band;
        }
        group.push(lane);
        used += heights[index];
    });
    if (group.length > 0) groups.push(group);
    return groups;
}

function nextFrame(): Promise<void> {
    return new Promise(resolve => requestAnimationFrame(() => resolve()));
}
