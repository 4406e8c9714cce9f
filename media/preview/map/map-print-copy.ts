/**
 * The exported HTML file printed from a browser (Ctrl+P, "Save as PDF"): a print
 * only copy of the Map view in A4 landscape pages (the print layout of
 * map-print.ts), drawn beside the live canvas and kept up to date with it. A
 * browser prints synchronously from `beforeprint`, so the pages must exist
 * before: on screen the copy is laid out off-screen and hidden from the
 * accessibility tree; the print stylesheet (map.css, `@media print`) shows it
 * instead of the canvas, one sheet per page.
 */
import type { RenderJourney, RenderModel } from '../../../language-server/core/model/render-model.js';
import { PRINT_SIZES } from '../../../language-server/core/export/print-sizes.js';
import { h } from '../dom.js';
import { renderPrintLayout } from './map-print.js';

export class MapPrintCopy {
    readonly element = h('div', { className: 'print-copy', attributes: { 'aria-hidden': 'true' } });
    private drawing = 0;

    /** Draws the pages for this model (the newest call wins). */
    update(model: RenderModel, journey: RenderJourney, persona: string | undefined, before: RenderModel | undefined): void {
        const token = ++this.drawing;
        const pages = h('div', { className: 'print-copy-pages' });
        const { width, height } = PRINT_SIZES.a4;
        void renderPrintLayout(pages, model, journey, { persona, before, targets: new WeakMap(), size: { width, height } }).then(() => {
            if (token !== this.drawing) return;
            // One page of a document: the live canvas keeps its ids (tooltips) to itself.
            for (const element of pages.querySelectorAll('[id]')) element.removeAttribute('id');
            for (const element of pages.querySelectorAll('[tabindex]')) element.setAttribute('tabindex', '-1');
            this.element.replaceChildren(pages);
        });
    }

    /** Another view is shown: the browser prints that one as it is. */
    clear(): void {
        this.drawing++;
        this.element.replaceChildren();
    }
}
