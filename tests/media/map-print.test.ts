/**
 * The print layout the PDF and PNG exports ask for with
 * `data-print-layout="WIDTHxHEIGHT"`: pages of exactly that size, whole stages
 * per page, the header on the first page, a footer with the title and
 * "page N of M", text never below 12 px, and `printReady` once done.
 */
import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../language-server/language/render/build-render-model.js';
import { buildWorkspace } from '../language-server/language/test-services.js';
import { largeMapText } from '../support/large-map.js';
import { fixture, openPreview, OUTPUT_DIR, usePreviewBrowser } from './preview-harness.js';
import { buildExampleModels } from './example-models.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';

let large: RenderModel;
const examples = new Map<string, RenderModel>();
const browser = usePreviewBrowser(async () => {
    const { services, documents } = await buildWorkspace({ 'large.journey': largeMapText(6, 3) });
    large = buildRenderModel(documents[0], services.Journey);
    await buildExampleModels(examples);
});

interface PageFacts { width: number; height: number; stages: string[]; touchpoints: string[]; header: boolean; footer: string; smallestFont: number; overflowing: boolean }

async function printPages(model: RenderModel, size: { width: number; height: number }, name: string): Promise<PageFacts[]> {
    const preview = await openPreview(browser(), { printLayout: size, width: size.width, height: size.height });
    await preview.send({ type: 'model', model, version: 1 });
    await preview.page.waitForFunction(() => document.body.dataset.printReady === 'true');
    const pages = await preview.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('section.print-page')].map(page => {
        const rect = page.getBoundingClientRect();
        let smallestFont = Infinity;
        for (const element of page.querySelectorAll('*')) {
            if ([...element.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) && !element.closest('.visually-hidden, title')) {
                smallestFont = Math.min(smallestFont, parseFloat(getComputedStyle(element).fontSize));
            }
        }
        const body = page.querySelector<HTMLElement>('.print-page-body')!;
        return {
            width: rect.width, height: rect.height,
            stages: [...page.querySelectorAll('.map-stage-label')].map(label => label.textContent ?? ''),
            touchpoints: [...page.querySelectorAll('.map-touchpoint')].map(card => card.getAttribute('data-touchpoint') ?? ''),
            header: page.querySelector('.map-header') !== null,
            footer: page.querySelector('.print-page-footer')?.textContent ?? '',
            smallestFont,
            overflowing: body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1
        };
    }));
    await preview.page.screenshot({ path: `${OUTPUT_DIR}/map-print-${name}.png`, fullPage: true });
    await preview.page.close();
    return pages;
}

describe('print layout', () => {
    for (const size of [{ width: 1123, height: 794 }, { width: 1920, height: 1080 }]) {
        it(`${size.width}x${size.height}: pages of that size, by whole stages, header first, numbered`, async () => {
            for (const [name, model] of [['checkout', fixture('checkout')], ['large', large]] as const) {
                const pages = await printPages(model, size, `${name}-${size.width}x${size.height}`);
                const journey = model.journeys[0];
                // 18 touchpoints are wider than either page.
                if (name === 'large') expect(pages.length, name).toBeGreaterThan(1);
                pages.forEach((page, index) => {
                    expect({ width: page.width, height: page.height }, `${name} page ${index + 1}`).toEqual(size);
                    expect(page.footer, name).toBe(`${journey.label}page ${index + 1} of ${pages.length}`);
                    expect(page.smallestFont, name).toBeGreaterThanOrEqual(12);
                    expect(page.overflowing, `${name} page ${index + 1} overflows`).toBe(false);
                });
                expect(pages[0].header).toBe(true);
                expect(pages.slice(1).some(page => page.header)).toBe(false);
                // Every touchpoint is printed once, in journey order, and a stage's touchpoints share a page.
                const printed = pages.flatMap(page => page.touchpoints);
                expect(new Set(printed)).toEqual(new Set(journey.stages.flatMap(stage => stage.touchpoints.map(touchpoint => touchpoint.id))));
                for (const stage of journey.stages) {
                    const holding = pages.filter(page => stage.touchpoints.some(touchpoint => page.touchpoints.includes(touchpoint.id)));
                    if (stage.touchpoints.length > 0) expect(new Set(holding.map(page => page.stages.join())).size, `${name} ${stage.id}`).toBe(1);
                }
            }
        }, 120_000);
    }

    it('page 1 holds the header and the first stages of every example, on A4 and on a slide', async () => {
        for (const [name, model] of examples) {
            if (model.journeys.length === 0) continue;
            for (const size of [{ width: 1122, height: 793 }, { width: 1920, height: 1080 }]) {
                const pages = await printPages(model, size, `example-${name}-${size.width}`);
                const first = model.journeys[0].stages.find(stage => stage.touchpoints.length > 0)!;
                expect(pages[0].header, name).toBe(true);
                expect(pages[0].touchpoints, `${name} ${size.width}x${size.height}`).toContain(first.touchpoints[0].id);
                pages.forEach((page, index) => expect(page.overflowing, `${name} page ${index + 1}`).toBe(false));
            }
        }
    }, 240_000);
});
