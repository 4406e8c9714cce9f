/**
 * The Journey view in the preview (#18): it draws no touchpoint twice by
 * default (the journey's first scored persona, as `journey render` does),
 * "All personas" stays available and is kept once chosen, and switched to
 * from a scrolled Map view in a 700 px panel it opens with its legend in sight.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { buildRenderModel } from '../../language-server/language/render/build-render-model.js';
import { buildWorkspace } from '../language-server/language/test-services.js';
import { openPreview, usePreviewBrowser, type PreviewPage } from './preview-harness.js';

let model: RenderModel;
const browser = usePreviewBrowser(async () => {
    const { services, documents } = await buildWorkspace({
        'people.journey': readFileSync('examples/people.journey', 'utf8'),
        'checkout.journey': readFileSync('examples/checkout.journey', 'utf8')
    });
    model = buildRenderModel(documents.find(document => document.uri.path.endsWith('checkout.journey'))!, services.Journey);
});

/** How often the drawing shows a touchpoint's label. */
const timesShown = (preview: PreviewPage, label: string) =>
    preview.page.evaluate(text => [...document.querySelectorAll('.viewport svg text')].filter(element => element.textContent?.trim() === text).length, label);

/** Mermaid's legend, left of the chart: its first entry lies inside the panel (not scrolled out for a wide first stage). */
const legendInSight = (preview: PreviewPage) => preview.page.evaluate(() => {
    const viewport = document.querySelector('.viewport')!.getBoundingClientRect();
    const entry = document.querySelector('.viewport svg text.legend')!;
    const box = entry.getBoundingClientRect();
    return { text: entry.textContent ?? '', inSight: box.left >= viewport.left && box.right <= viewport.right };
});

describe('the Journey view', () => {
    it('opens on the first scored persona with its legend in sight, and keeps "All personas" once chosen', async () => {
        const preview = await openPreview(browser(), { width: 700, height: 900 });
        await preview.sendAndRender({ type: 'model', model, version: 1 });
        await preview.page.evaluate(() => document.querySelector('.viewport')!.scrollBy(0, 330));
        await preview.afterRender(() => preview.page.click('button[data-view="journey"]'));

        expect(await preview.page.locator('select.persona-select').inputValue()).toBe('maya');
        expect(await timesShown(preview, 'Sponsored post')).toBe(1);
        expect(await legendInSight(preview)).toEqual({ text: expect.stringContaining('Maya'), inSight: true });
        await preview.afterRender(() => preview.page.selectOption('select.persona-select', ''));
        expect(await timesShown(preview, 'Sponsored post')).toBe(2);
        await preview.afterRender(() => preview.page.click('button[data-view="map"]'));
        await preview.afterRender(() => preview.page.click('button[data-view="journey"]'));
        expect(await preview.page.locator('select.persona-select').inputValue()).toBe('');
        expect(await timesShown(preview, 'Sponsored post')).toBe(2);
        // The chart of all personas is wider than the panel from its first stage on: the legend still opens in sight.
        expect(await legendInSight(preview)).toEqual({ text: expect.stringContaining('Maya'), inSight: true });
        await preview.page.close();
    });
});
