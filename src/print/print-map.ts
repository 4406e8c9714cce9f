/**
 * The Map view printed by Chromium: the exported HTML page (the preview itself,
 * model embedded, light print theme) asked for its print layout
 * (`data-print-layout`, media/preview/map/map-print.ts), then either a PDF of
 * its pages (vector text, one page per stage group) or one PNG per page.
 * Shared by `journey render --format pdf|png` and "Journey: Export as PDF".
 */
import { renderStandaloneHtml, type PreviewAssets } from '../../language-server/core/export/preview-page.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import type { NamedPrintSize } from '../../language-server/core/export/print-sizes.js';
import type { Playwright } from './playwright.js';
import { CHROMIUM_ARGS } from './find-browser.js';

/** A drawing that never finishes is a bug to report, not a hang: generous, as a loaded machine is slow. */
const PRINT_READY_TIMEOUT = 180_000;

export interface PrintRequest {
    playwright: Playwright;
    browserPath: string;
    assets: PreviewAssets;
    model: RenderModel;
    /** The journey to print (default: the model's first). */
    journeyId?: string;
    size: NamedPrintSize;
}

/** The browser could not start or the page failed: the message says which. */
export class PrintError extends Error {}

type Page = import('playwright-core').Page;

/** Opens the print-layout page at `scale` pixel density, waits for its pages, runs `work`, always closes the browser. */
async function withPrintedMap<T>(request: PrintRequest, scale: number, work: (page: Page) => Promise<T>): Promise<T> {
    let browser;
    try {
        browser = await request.playwright.chromium.launch({ executablePath: request.browserPath, args: CHROMIUM_ARGS });
    } catch (error) {
        throw new PrintError(`cannot start the browser ${request.browserPath}: ${String((error as Error).message ?? error).split('\n')[0]}`);
    }
    try {
        const { size, model } = request;
        const journeys = request.journeyId === undefined ? model.journeys.slice(0, 1) : model.journeys.filter(journey => journey.id === request.journeyId);
        const html = renderStandaloneHtml({ ...model, journeys }, {
            assets: request.assets, defaultView: 'map', printLayout: { width: size.width, height: size.height }
        });
        const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: scale });
        const failed = new Promise<never>((_, reject) => page.on('pageerror', error => reject(new PrintError(`the map page failed: ${error.message}`))));
        failed.catch(() => undefined);
        await page.setContent(html, { waitUntil: 'load' });
        await Promise.race([page.waitForFunction(() => document.body.dataset.printReady === 'true', undefined, { timeout: PRINT_READY_TIMEOUT }), failed]);
        return await work(page);
    } finally {
        await browser.close();
    }
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
