/**
 * The map's grid: the stage band on top (sticky), then one row per lane with
 * data, each with a sticky row header on the left, over fixed-width touchpoint
 * columns. Drawn for any run of columns, so the print layout draws a page's
 * stages with the same code.
 */
import { h } from '../dom.js';
import type { MapColumn, MapContext } from './map-context.js';
import type { MapLane } from './map-lanes.js';
import { COLUMN_WIDTH, LANE_HEADER_WIDTH } from './map-layout.js';
import { stageCell } from './map-stage-band.js';

/** The live canvas reuses the cells on screen (`ctx.onScreen`, map-cell-cache.ts); print pages and exports draw every cell. */
export function renderMapGrid(ctx: MapContext, columns: MapColumn[], lanes: MapLane[]): HTMLElement {
    const cells = ctx.onScreen;
    const grid = h('div', {
        className: 'map-grid',
        attributes: { style: `grid-template-columns: ${LANE_HEADER_WIDTH}px repeat(${columns.length}, ${COLUMN_WIDTH}px)` }
    });
    grid.append(h('div', { className: 'map-corner' }));
    // The band: one cell per run of a stage's columns.
    let stageIndex = -1;
    for (let i = 0; i < columns.length; i++) {
        const stage = columns[i].stage;
        let span = 1;
        while (columns[i + span]?.stage === stage) span++;
        stageIndex = ctx.journey.stages.indexOf(stage);
        const continued = columns[i].index > 0 && ctx.columns[columns[i].index - 1].stage === stage;
        grid.append(stageCell(ctx, stage, span, stageIndex, continued));
        i += span - 1;
    }
    cells?.beginBuild(ctx);
    const columnKeys = cells && ctx.columns.map(column => `${column.index}\u0000${JSON.stringify(column.touchpoint ?? null)}`);
    for (const lane of lanes) {
        grid.append(h('div', { className: `map-lane-header map-lane-${lane.id}`, attributes: { 'data-lane': lane.id } }, [
            h('span', { className: 'map-lane-label', text: lane.label }), ...(lane.header?.(ctx) ?? [])
        ]));
        if (lane.span) {
            grid.append(h('div', { className: `map-cell map-span map-lane-${lane.id}`, attributes: { 'data-lane': lane.id, style: `grid-column: span ${columns.length}` } }, [lane.span(ctx, columns)]));
            continue;
        }
        for (const column of columns) {
            const first = column.index === 0 || ctx.columns[column.index - 1].stage !== column.stage;
            const standIn = cells?.reuse(grid.childNodes.length, first ? `${lane.id}\u0000first` : lane.id, columnKeys![column.index], ctx.targets);
            if (standIn) {
                grid.append(standIn);
                continue;
            }
            const content = column.touchpoint ? lane.cell!(ctx, column.touchpoint) : lane.id === 'touchpoints' ? [h('p', { className: 'map-empty', text: 'No touchpoints yet' })] : [];
            grid.append(h('div', {
                className: `map-cell map-lane-${lane.id}${first ? ' is-stage-start' : ''}`,
                attributes: { 'data-lane': lane.id, 'data-column': String(column.index) }
            }, content));
        }
    }
    return grid;
}
