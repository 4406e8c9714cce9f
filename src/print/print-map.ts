/**
 * The Map view printed by Chromium: the exported HTML page (the preview itself,
 * model embedded, light print theme) asked for its print layout
 * (`data-print-layout`, media/preview/map/map-print.ts), then either a PDF of
 * its pages (vector text, one page per stage group) or one PNG per page.
 * Shared by `journey render --format pdf|png` and "Journey: Export as PDF";
 * `journey render --format svg` takes the same page's SVG export of the Map view.
 */
import { renderStandaloneHtml, type PreviewAssets, type PreviewPageApi } from '../../language-server/core/export/preview-page.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import type { NamedPrintSize, PrintSize } from '../../language-server/core/export/print-sizes.js';
import type { Playwright } from './playwright.js';
import { withBrowser } from './browser-session.js';

/** A drawing that never finishes is a bug to report, not a hang: generous, as a loaded machine is slow. */
const PRINT_READY_TIMEOUT = 180_000;

export interface MapPageRequest {
    playwright: Playwright;
    browserPath: string;
    assets: PreviewAssets;
    model: RenderModel;
    /** The journey to draw (default: the model's first). */
    journeyId?: string;
}

export interface PrintRequest extends MapPageRequest {
    size: NamedPrintSize;
}

/** The browser could not start or the page failed: the message says which. */
export class PrintError extends Error {}

type Page = import('playwright-core').Page;

/** Opens the exported page of the request's journey (print pages of `printLayout`, or the live Map view) in Chromium and runs `work` (browser-session.ts). */
async function withMapPage<T>(request: MapPageRequest, page: { printLayout?: PrintSize; scale: number }, work: (page: Page) => Promise<T>): Promise<T> {
    return withBrowser(request.playwright, request.browserPath, message => new PrintError(message), async openPage => {
        const { model } = request;
        const journeys = request.journeyId === undefined ? model.journeys.slice(0, 1) : model.journeys.filter(journey => journey.id === request.journeyId);
        const html = renderStandaloneHtml({ ...model, journeys }, { assets: request.assets, defaultView: 'map', printLayout: page.printLayout });
        const viewport = page.printLayout ?? { width: 1600, height: 1000 };
        const tab = await openPage({ viewport, deviceScaleFactor: page.scale });
        const failed = new Promise<never>((_, reject) => tab.on('pageerror', error => reject(new PrintError(`the map page failed: ${error.message}`))));
        failed.catch(() => undefined);
        await tab.setContent(html, { waitUntil: 'load' });
        const ready = page.printLayout
            ? () => document.body.dataset.printReady === 'true'
            : () => document.getElementById('journey-preview')?.dataset.rendered !== undefined;
        await Promise.race([tab.waitForFunction(ready, undefined, { timeout: PRINT_READY_TIMEOUT }), failed]);
        return await Promise.race([work(tab), failed]);
    });
}

function withPrintedMap<T>(request: PrintRequest, scale: number, work: (page: Page) => Promise<T>): Promise<T> {
    return withMapPage(request, { printLayout: { width: request.size.width, height: request.size.height }, scale }, work);
}

/**
 * The Map view as one SVG file, exactly as the preview's SVG button exports it
 * (media/preview/map/map-svg-export.ts: the map as XHTML in a `<foreignObject>`, light print theme).
 */
export async function exportMapSvg(request: MapPageRequest): Promise<string> {
    return withMapPage(request, { scale: 1 }, page => page.evaluate(() =>
        (window as unknown as { journeyPreview: PreviewPageApi }).journeyPreview.exportImage('svg')));
}

/** A PDF with one page per print page, of the size asked (A4 and Letter on their own paper). */
export async function printMapPdf(request: PrintRequest): Promise<Buffer> {
    return withPrintedMap(request, 1, async page => {
        const { size } = request;
        const paper = size.paper ?? { width: `${size.width}px`, height: `${size.height}px` };
        return page.pdf({ ...paper, printBackground: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } });
    });
}

/** One PNG per print page, `scale` image pixels per CSS pixel. */
export async function printMapPngs(request: PrintRequest, scale: number): Promise<Buffer[]> {
    return withPrintedMap(request, scale, async page => {
        const pages = await page.locator('section.print-page').all();
        const images: Buffer[] = [];
        for (const section of pages) images.push(await section.screenshot({ type: 'png', animations: 'disabled' }));
        return images;
    });
}
