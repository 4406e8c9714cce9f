/**
 * `journey render --format pdf|png`: the Map view printed by Chromium. A PDF
 * has one page per stage group with the map's text selectable (pdftotext finds
 * every touchpoint label), the header on page 1 and "page N of M" on each; a
 * PNG page has the requested size at twice its pixel density, and a map wider
 * than one page gives one file per page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { launchChromium } from '../support/chromium.js';
import { journey, REPO, shareChromium } from './run-journey.js';

const CHECKOUT = join(REPO, 'examples/checkout.journey');
const folder = () => mkdtempSync(join(tmpdir(), 'journey-print-'));
shareChromium();
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

function pdfPages(file: string): number {
    return Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}
function pdfPageSize(file: string): string {
    return /^Page size:\s+(.*)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1];
}
function pdfText(file: string, page: number): string {
    return words(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' }));
}
/** Width and height from the PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
    const png = readFileSync(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function checkoutModel(): Promise<RenderModel> {
    const run = await journey(['render', CHECKOUT, '-f', 'json']);
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout) as RenderModel;
}

// One Chromium for the file (shareChromium); a loaded machine is slow: generous limits.
describe('journey render --format pdf', { timeout: 180_000 }, () => {
    it('A4 landscape by default: one page per stage group, vector text with every touchpoint, header first, numbered footers', async () => {
        const file = join(folder(), 'checkout.pdf');
        const run = await journey(['render', CHECKOUT, '-f', 'pdf', '-o', file]);
        expect(run).toMatchObject({ status: 0, stderr: '', stdout: '' });
        expect(pdfPageSize(file)).toContain('(A4)');
        const model = await checkoutModel();
        const journeyModel = model.journeys[0];
        const pages = pdfPages(file);
        // 9 touchpoints in 5 stages are wider than one A4 page.
        expect(pages).toBeGreaterThan(2);
        const texts = Array.from({ length: pages }, (_, index) => pdfText(file, index + 1));
        texts.forEach((text, index) => {
            expect(text).toContain(`page ${index + 1} of ${pages}`);
            expect(text).toContain(journeyModel.label);
        });
        // The header (goals, persona cards) is on the first page only.
        const description = model.personas[0].description!;
        expect(texts[0]).toContain(description);
        expect(texts.slice(1).some(text => text.includes(description))).toBe(false);
        // Selectable text: every touchpoint label, on a page with its stage and the stage's other touchpoints (whole stages per page).
        for (const stage of journeyModel.stages) {
            const labels = [stage.label, ...stage.touchpoints.map(touchpoint => touchpoint.label)];
            expect(texts.some(text => labels.every(label => text.includes(label))), labels.join(', ')).toBe(true);
        }
    });

    it('--size letter and 1920x1080: pages of that size, as many as the PNG export draws', async () => {
        const dir = folder();
        const letter = join(dir, 'letter.pdf');
        expect((await journey(['render', CHECKOUT, '-f', 'pdf', '--size', 'letter', '-o', letter])).status).toBe(0);
        expect(pdfPageSize(letter)).toContain('792 x 612 pts (letter)');
        const slide = join(dir, 'slide.pdf');
        expect((await journey(['render', CHECKOUT, '-f', 'pdf', '--size', '1920x1080', '-o', slide])).status).toBe(0);
        expect(pdfPageSize(slide)).toMatch(/^1440 x 810 pts/);
        const png = await journey(['render', CHECKOUT, '-f', 'png', '--size', '1920x1080', '--scale', '1', '-o', join(dir, 'slide.png')]);
        expect(png.status).toBe(0);
        expect(pdfPages(slide)).toBe(readdirSync(dir).filter(name => name.endsWith('.png')).length);
    });
});

describe('journey render --format png (the Map view)', { timeout: 180_000 }, () => {
    it('1920x1080 by default at 2x: one image per page, out-1.png… named on stderr', async () => {
        const dir = folder();
        const run = await journey(['render', CHECKOUT, '-f', 'png', '-o', join(dir, 'out.png')]);
        expect(run.status).toBe(0);
        const files = readdirSync(dir).sort();
        expect(files.length).toBeGreaterThan(1);
        expect(files).toEqual(files.map((_, index) => `out-${index + 1}.png`).sort());
        expect(run.stderr).toBe(`the map prints on ${files.length} pages: wrote ${files.map((_, index) => join(dir, `out-${index + 1}.png`)).join(', ')}\n`);
        for (const name of files) expect(pngSize(join(dir, name))).toEqual({ width: 3840, height: 2160 });
    });

    it('--size a4 and --scale 1: A4 landscape pixels', async () => {
        const dir = folder();
        expect((await journey(['render', CHECKOUT, '-f', 'png', '--size', 'a4', '--scale', '1', '-o', join(dir, 'a4.png')])).status).toBe(0);
        const files = readdirSync(dir);
        expect(files.length).toBeGreaterThan(1);
        for (const name of files) expect(pngSize(join(dir, name))).toEqual({ width: 1122, height: 793 });
    });

    it('a map that fits one page is the one file asked for', async () => {
        const dir = folder();
        const source = join(dir, 'small.journey');
        writeFileSync(source, 'persona p "Pat" {\n}\njourney small "Small map" {\n    personas p\n    stage look "Look" {\n        touchpoint ad "Advert" {\n            emotion p 3\n        }\n    }\n}\n');
        const run = await journey(['render', source, '-f', 'png', '--size', '1600x1200', '-o', join(dir, 'small.png')], dir);
        expect(run).toMatchObject({ status: 0, stderr: '' });
        expect(readdirSync(dir).sort()).toEqual(['small.journey', 'small.png']);
        expect(pngSize(join(dir, 'small.png'))).toEqual({ width: 3200, height: 2400 });
    });

    it('several pages without -o: exit 2 and a line saying to give -o', async () => {
        const run = await journey(['render', CHECKOUT, '-f', 'png']);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^journey: the map prints on \d+ pages at this --size: give -o FILE\.png/);
    });
});

describe('journey render --format html: the print stylesheet', { timeout: 180_000 }, () => {
    it('printed from the browser, the file is the Map view in A4 pages, one sheet each, not the cut-off canvas', async () => {
        const dir = folder();
        const file = join(dir, 'checkout.html');
        expect((await journey(['render', CHECKOUT, '-f', 'html', '-o', file])).status).toBe(0);
        const browser = await launchChromium();
        try {
            const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
            await page.goto(pathToFileURL(file).toString());
            await page.locator('.print-copy section.print-page').first().waitFor({ state: 'attached', timeout: 60_000 });
            // On screen: the live canvas, the print copy out of sight.
            expect(await page.locator('.viewport .map').isVisible()).toBe(true);
            expect(await page.locator('.print-copy section.print-page').first().isVisible()).toBe(false);

            await page.emulateMedia({ media: 'print' });
            const printed = await page.evaluate(() => {
                const sections = [...document.querySelectorAll<HTMLElement>('.print-copy section.print-page')];
                return {
                    canvasShown: getComputedStyle(document.querySelector('.viewport')!).display !== 'none',
                    toolbarShown: getComputedStyle(document.querySelector('.toolbar')!).display !== 'none',
                    breaks: sections.map(section => getComputedStyle(section).breakAfter),
                    visible: sections.every(section => getComputedStyle(section).visibility === 'visible' && section.getBoundingClientRect().width > 0)
                };
            });
            expect(printed).toMatchObject({ canvasShown: false, toolbarShown: false, visible: true });
            expect(printed.breaks.length).toBeGreaterThan(1);
            expect(printed.breaks).toEqual([...printed.breaks.slice(0, -1).map(() => 'page'), 'auto']);

            // What the browser's "Save as PDF" makes of it: A4 sheets, one per print page.
            const pdf = join(dir, 'printed.pdf');
            writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
            expect(pdfPageSize(pdf)).toContain('(A4)');
            expect(pdfPages(pdf)).toBe(printed.breaks.length);
            expect(pdfText(pdf, 2)).toContain(`page 2 of ${printed.breaks.length}`);
        } finally {
            await browser.close();
        }
    });
});
