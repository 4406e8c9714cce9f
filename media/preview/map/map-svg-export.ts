/**
 * The Map view as an SVG file (toolbar's SVG and PNG buttons, the extension's
 * export commands, `journey render --format svg`): a fresh drawing of the map,
 * without the preview's zoom, focus and highlight, laid out off-screen to
 * measure it, then serialised as XHTML into the SVG document of
 * core/export/map-svg.ts in the light print theme.
 */
import type { RenderJourney, RenderModel } from '../../../language-server/core/model/render-model.js';
import { MAP_SVG_BODY_CLASS, mapSvgDocument } from '../../../language-server/core/export/map-svg.js';
import { journeyTitle } from '../../../language-server/core/model/model-lookup.js';
import { h } from '../dom.js';
import { PREVIEW_STYLE_SHEET } from '../style-sheet-text.js';
import { renderMapView } from './map-view.js';

/** The print theme's page colour (preview.css, `body.journey-standalone.vscode-light`). */
export const MAP_SVG_BACKGROUND = '#ffffff';

export function exportMapSvg(model: RenderModel, journey: RenderJourney, persona: string | undefined, before: RenderModel | undefined): string {
    const map = renderMapView(model, journey, { persona, before, targets: new WeakMap() });
    // A picture: nothing in it is focusable, clickable or highlighted.
    for (const element of map.querySelectorAll('[tabindex]')) element.removeAttribute('tabindex');
    for (const element of map.querySelectorAll('[data-element]')) {
        element.removeAttribute('data-element');
        element.classList.remove('is-highlighted', 'is-navigable');
    }
    // The same nesting as the preview (its rules are written for it); the viewport becomes as wide as the grid.
    const viewport = h('div', { className: 'viewport' }, [map]);
    const preview = h('div', { className: 'journey-preview', attributes: { 'data-view': 'map' } }, [viewport]);
    // Measured with the page's fonts, which the file names too: a file's text wraps as it did here.
    const fontFamily = getComputedStyle(document.body).fontFamily;
    const body = document.createElement('body');
    body.className = `${MAP_SVG_BODY_CLASS} map-svg`;
    body.setAttribute('style', `--vscode-font-family: ${fontFamily}; --vscode-font-size: 13px`);
    const holder = h('div', { attributes: { 'aria-hidden': 'true', style: 'position: absolute; left: -100000px; top: 0; visibility: hidden' } }, [preview]);
    holder.setAttribute('style', `${holder.getAttribute('style')}; font-family: ${fontFamily}; font-size: 13px`);
    document.body.append(holder);
    let size: { width: number; height: number };
    try {
        // The grid's columns are fixed widths: its width is the map's; the header then wraps within it.
        viewport.style.width = `${map.querySelector('.map-grid')?.scrollWidth ?? map.scrollWidth}px`;
        const box = preview.getBoundingClientRect();
        size = { width: Math.max(box.width, map.scrollWidth), height: Math.max(box.height, map.scrollHeight) };
    } finally {
        holder.remove();
    }
    body.append(preview);
    return mapSvgDocument({
        ...size,
        xhtmlBody: new XMLSerializer().serializeToString(body),
        css: PREVIEW_STYLE_SHEET,
        title: journeyTitle(journey),
        background: MAP_SVG_BACKGROUND
    });
}
