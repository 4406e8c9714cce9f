/**
 * The Map view: the journey map canvas a CX team presents. Header with the
 * personas, then the grid of stages × lanes (map-grid.ts), drawn from the
 * render model as HTML + SVG; no Mermaid.
 */
import type { RenderJourney, RenderModel } from '../../../language-server/core/model/render-model.js';
import { h } from '../dom.js';
import { gapChip } from './map-cards.js';
import type { MapCellCache } from './map-cell-cache.js';
import { mapContext, personaColor, type MapContext, type RevealTargets } from './map-context.js';
import { renderMapGrid } from './map-grid.js';
import { renderMapHeader } from './map-header.js';
import { enableMapKeyboard } from './map-keyboard.js';
import { lanesWithData } from './map-lanes.js';
import { markerSvg } from './map-markers.js';

export interface MapViewOptions {
    persona?: string;
    before?: RenderModel;
    targets: RevealTargets;
    /** Persona lists behind a toggle (the live canvas; see `MapHeaderOptions`). */
    compactPersonas?: boolean;
    /** The live canvas's cells from the last update (only cells whose inputs changed are built). */
    cells?: MapCellCache;
}

export function renderMapView(model: RenderModel, journey: RenderJourney, options: MapViewOptions): HTMLElement {
    const ctx: MapContext = { ...mapContext(model, journey, options.persona, options.targets, options.before), onScreen: options.cells };
    const lanes = lanesWithData(ctx);
    const map = h('div', { className: 'map', attributes: { 'data-journey': journey.id } }, [
        h('div', { className: 'map-top' }, [renderMapHeader(ctx, { compactPersonas: options.compactPersonas }), curveLegend(ctx)]),
        renderMapGrid(ctx, ctx.columns, lanes)
    ]);
    enableMapKeyboard(map);
    return map;
}

/** The key to the curve: a marker and name per persona, and what the faded lines are. */
export function curveLegend(ctx: MapContext): HTMLElement {
    const items = ctx.personas.map(persona => {
        const item = h('li', { className: 'map-legend-item' }, [
            markerSvg(ctx.styles.get(persona)?.marker ?? 'circle', personaColor(ctx, persona)),
            h('span', { text: ctx.labels.persona(persona) })
        ]);
        if (ctx.journey.personasWithoutEmotions.includes(persona)) item.append(gapChip('no emotions', `${ctx.labels.persona(persona)} has no emotion in this journey.`));
        return item;
    });
    if (ctx.before) items.push(h('li', { className: 'map-legend-item map-legend-faded', text: '┄ faded: previous version' }));
    if (ctx.journey.replaces?.journey) items.push(h('li', { className: 'map-legend-item map-legend-faded', text: `┄ faded: current state (${ctx.journey.replaces.label || ctx.journey.replaces.id})` }));
    return h('div', { className: 'map-legend' }, [
        h('span', { className: 'map-legend-title', text: 'Emotion curve' }),
        h('ul', { className: 'map-legend-list' }, items)
    ]);
}
