/**
 * Every SVG `journey render` writes is an SVG file: it parses as XML (jsdom's
 * XML parser, as any SVG viewer's) and Chromium draws it as an image, for
 * every diagram view of the examples, `--view all`, and an emotion curve too
 * long for named x labels (numbered, with its key in the SVG).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from '../support/chromium.js';
import { largeMapText } from '../support/large-map.js';
import { journey, REPO, shareChromium } from './run-journey.js';
import { parseSvgXml, showSvgFile } from '../support/map-svg-file.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';

const CHROMIUM = '/usr/bin/chromium';
const folder = mkdtempSync(join(tmpdir(), 'journey-svg-xml-'));
let browser: TestBrowser;
shareChromium();

beforeAll(async () => {
    browser = await launchChromium();
});
afterAll(async () => {
    await browser?.close();
});

/** `--view VIEW`, or none: the default view (the Map view). */
async function renderSvg(file: string, view: string | undefined): Promise<string> {
    const output = join(folder, `${view ?? 'default'}-${Math.random().toString(36).slice(2)}.svg`);
    const run = await journey(['render', file, '-f', 'svg', ...(view ? ['--view', view] : []), '--browser', CHROMIUM, '-o', output]);
    expect(run, run.stderr).toMatchObject({ status: 0 });
    return readFileSync(output, 'utf8');
}

/** Parses as XML; jsdom throws on the first well-formedness error (an HTML `<br>`, a bare `&nbsp;`). */
function parseXml(svg: string): Document {
    return new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
}

/** Drawn by Chromium as an `<img>`: a broken SVG file gives no natural size. */
async function drawnSize(svg: string): Promise<{ width: number; height: number }> {
    const page = await browser.newPage();
    try {
        const url = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
        return await page.evaluate(source => new Promise<{ width: number; height: number }>(resolve => {
            const image = new Image();
            image.onload = () => resolve({ width: image.naturalWidth, height: image.naturalHeight });
            image.onerror = () => resolve({ width: 0, height: 0 });
            image.src = source;
        }), url);
    } finally {
        await page.close();
    }
}

describe('journey render --format svg writes valid XML that Chromium draws', { timeout: 240_000 }, () => {
    const examples = ['checkout', 'saas-onboarding'].map(name => join(REPO, 'examples', `${name}.journey`));

    it.each(examples.flatMap(file => ['blueprint', 'all'].map(view => [file.split('/').pop()!, view, file])))('%s --view %s', async (_name, view, file) => {
        const svg = await renderSvg(file, view);
        const document = parseXml(svg);
        expect(document.documentElement.localName).toBe('svg');
        expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
        const size = await drawnSize(svg);
        expect(size.width).toBeGreaterThan(300);
        expect(size.height).toBeGreaterThan(200);
    });

    it.each(examples.map(file => [file.split('/').pop()!, file]))('%s without --view: the Map view, every touchpoint label shown as text', async (_name, file) => {
        const svg = await renderSvg(file, undefined);
        const document = parseSvgXml(svg);
        expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
        expect(document.querySelector('foreignObject .map')).not.toBeNull();
        const shown = await showSvgFile(browser, svg);
        const model = JSON.parse((await journey(['render', file, '-f', 'json'])).stdout) as RenderModel;
        for (const touchpoint of model.journeys[0].stages.flatMap(stage => stage.touchpoints)) expect(shown.texts).toContain(touchpoint.label);
        expect(await drawnSize(svg)).toEqual({ width: shown.width, height: shown.height });
    });

    it('journey and emotions views of the examples parse as XML; the curve keeps only integer ticks', async () => {
        for (const file of examples) {
            for (const view of ['journey', 'emotions']) {
                const document = parseXml(await renderSvg(file, view));
                if (view !== 'emotions') continue;
                const ticks = [...document.querySelectorAll('g.left-axis g.label text')].map(text => text.textContent);
                expect(ticks.sort()).toEqual(['1', '2', '3', '4', '5']);
            }
        }
    });

    it('an emotion curve of 60 touchpoints numbers its x labels and carries the key, in valid XML', async () => {
        const file = join(folder, 'large.journey');
        writeFileSync(file, largeMapText(6, 10));
        const svg = await renderSvg(file, 'emotions');
        const document = parseXml(svg);
        const labels = [...document.querySelectorAll('g.bottom-axis g.label text')].map(text => text.textContent);
        expect(labels).toEqual(Array.from({ length: 60 }, (_, index) => String(index + 1)));
        const key = [...document.querySelectorAll('g.journey-axis-key text')].map(text => text.textContent);
        expect(key[0]).toBe('1  Stage 0 · Touchpoint 0.0 of the large map');
        expect(key).toHaveLength(60);
        expect((await drawnSize(svg)).width).toBeGreaterThan(700);
    });
});
