/**
 * What a reader of the Map view's SVG file sees: the file parsed as XML (as
 * any SVG viewer does), then opened in Chromium as a document of its own, and
 * the text it shows: every text run with a box on screen, not hidden.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';

/** Parses as XML; jsdom throws on the first well-formedness error. */
export function parseSvgXml(svg: string): Document {
    return new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
}

export interface ShownSvg {
    /** The file's own size (its width and height attributes, as an image viewer shows it). */
    width: number;
    height: number;
    /** Texts drawn inside the file's area (not clipped out, not visually hidden), in document order. */
    texts: string[];
    /** Left edges of the touchpoint headers, in the file's px (x = 0 at its left edge). */
    touchpointLefts: Record<string, number>;
}

const folder = mkdtempSync(join(tmpdir(), 'journey-map-svg-'));

/** `browser`: anything that opens a tab (a Browser, a context, the preview harness's browser). */
export async function showSvgFile(browser: { newPage(): Promise<Page> }, svg: string): Promise<ShownSvg> {
    const file = join(folder, `map-${Math.random().toString(36).slice(2)}.svg`);
    writeFileSync(file, svg);
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1600, height: 1000 });
    try {
        await page.goto(pathToFileURL(file).href);
        return await page.evaluate(() => {
            const root = document.documentElement as unknown as SVGSVGElement;
            const width = root.width.baseVal.value;
            const height = root.height.baseVal.value;
            const origin = root.getBoundingClientRect();
            const texts: string[] = [];
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const parent = node.parentElement;
                if (!parent || !node.textContent?.trim() || parent.closest('style, title, .visually-hidden')) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                const box = range.getBoundingClientRect();
                const inside = box.width > 0 && box.height > 0 && box.left >= origin.left - 1 && box.right <= origin.left + width + 1 && box.bottom <= origin.top + height + 1;
                if (inside && getComputedStyle(parent).visibility !== 'hidden') texts.push(node.textContent.trim());
            }
            const touchpointLefts: Record<string, number> = {};
            for (const card of document.querySelectorAll('.map-grid .map-touchpoint')) {
                touchpointLefts[card.getAttribute('data-touchpoint') ?? ''] = Math.round(card.getBoundingClientRect().left - origin.left);
            }
            return { width, height, texts, touchpointLefts };
        });
    } finally {
        await page.close();
    }
}
