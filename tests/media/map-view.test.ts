/**
 * The Map view in headless Chromium, on the example maps (render models built
 * by the language server's own builder) at a side panel's 700 px and a
 * desktop's 1,600 px, light and dark: everything a reader needs is visible
 * text, each curve point stands above its touchpoint, nothing overlaps or is
 * clipped, the first column is in view on open. Then navigation: click,
 * keyboard, cursor sync; and the curves drawn faded behind the current one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../language-server/language/render/build-render-model.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { touchpointKey } from '../../language-server/core/model/element-keys.js';
import { buildWorkspace } from '../language-server/language/test-services.js';
import { expectReadableMap, measureMap } from './map-checks.js';
import { openPreview, OUTPUT_DIR, usePreviewBrowser } from './preview-harness.js';

const models = new Map<string, RenderModel>();

const browser = usePreviewBrowser(async () => {
    const files = Object.fromEntries(readdirSync('examples').filter(name => name.endsWith('.journey'))
        .map(name => [name, readFileSync(join('examples', name), 'utf8')]));
    const { services, documents } = await buildWorkspace(files);
    for (const document of documents) models.set(document.uri.path.split('/').pop()!, buildRenderModel(document, services.Journey));
});

describe('the Map view on the examples', () => {
    for (const theme of ['vscode-light', 'vscode-dark'] as const) {
        for (const width of [700, 1600]) {
            it(`opens first and is readable at ${width} px, ${theme.replace('vscode-', '')}`, async () => {
                const preview = await openPreview(browser(), { theme, width, height: 900 });
                let version = 0;
                for (const [name, model] of models) {
                    for (const journey of model.journeys) {
                        await preview.sendAndRender({ type: 'model', model, version: ++version });
                        if (model.journeys.length > 1) await preview.afterRender(() => preview.page.selectOption('select.journey-select', journey.id));
                        const label = `${name} ${journey.id} ${width} ${theme}`;
                        expect(await preview.page.locator('button[data-view="map"]').getAttribute('aria-pressed'), label).toBe('true');
                        expect(await preview.page.locator('.error-banner').isVisible(), label).toBe(false);
                        const measured = await measureMap(preview.page);
                        expectReadableMap(measured, model, journey, label);
                        expect(measured.scrollLeft, label).toBe(0);
                        expect(measured.firstColumnVisible, label).toBe(true);
                        if (name === 'checkout.journey') await preview.page.screenshot({ path: join(OUTPUT_DIR, `map-${name.replace('.journey', '')}-${width}-${theme.replace('vscode-', '')}.png`) });
                    }
                }
                await preview.page.close();
            }, 180_000);
        }
    }

    it('keeps the stage band and the lane headers in view while scrolling', async () => {
        const preview = await openPreview(browser(), { width: 700, height: 700 });
        await preview.sendAndRender({ type: 'model', model: models.get('checkout.journey')!, version: 1 });
        await preview.page.evaluate(() => document.querySelector('.viewport')!.scrollTo(900, 1400));
        const stuck = await preview.page.evaluate(() => {
            const viewport = document.querySelector('.viewport')!.getBoundingClientRect();
            const header = document.querySelector('.map-lane-header[data-lane="pains"]')!.getBoundingClientRect();
            const stage = [...document.querySelectorAll('.map-stage')].map(cell => cell.getBoundingClientRect()).find(rect => rect.right > viewport.left + 200)!;
            return { headerLeft: header.left - viewport.left, stageTop: stage.top - viewport.top };
        });
        expect(Math.abs(stuck.headerLeft)).toBeLessThan(1);
        expect(Math.abs(stuck.stageTop)).toBeLessThan(1);
        await preview.page.close();
    });
});

describe('navigating the map', () => {
    it('click reveals, the arrow keys move between touchpoints, Enter reveals, the cursor highlights', async () => {
        const model = models.get('checkout.journey')!;
        const journey = model.journeys[0];
        const [first, second] = journey.stages.flatMap(stage => stage.touchpoints);
        const preview = await openPreview(browser(), { width: 1600 });
        await preview.sendAndRender({ type: 'model', model, version: 1 });

        await preview.page.click(`.map-touchpoint[data-element="${touchpointKey(journey.id, first.id)}"]`);
        expect((await preview.posted()).at(-1)).toEqual({ type: 'reveal', uri: first.source.uri, range: first.source.nameRange });

        await preview.page.focus(`.map-touchpoint[data-element="${touchpointKey(journey.id, first.id)}"]`);
        await preview.page.keyboard.press('ArrowRight');
        expect(await preview.page.evaluate(() => document.activeElement?.getAttribute('data-touchpoint'))).toBe(second.id);
        await preview.page.keyboard.press('Enter');
        expect((await preview.posted()).at(-1)).toEqual({ type: 'reveal', uri: second.source.uri, range: second.source.nameRange });
        // Down from the touchpoint: its first action, which reveals its own line.
        await preview.page.keyboard.press('ArrowDown');
        expect(await preview.page.evaluate(() => document.activeElement?.textContent)).toBe(second.actions[0].text);
        await preview.page.keyboard.press('Enter');
        expect((await preview.posted()).at(-1)).toEqual({ type: 'reveal', uri: second.actions[0].source.uri, range: second.actions[0].source.range });
        // Tab goes from touchpoint to touchpoint.
        await preview.page.focus(`.map-touchpoint[data-element="${touchpointKey(journey.id, first.id)}"]`);
        await preview.page.keyboard.press('Tab');
        expect(await preview.page.evaluate(() => document.activeElement?.getAttribute('data-touchpoint'))).toBe(second.id);

        await preview.send({ type: 'highlight', elementId: touchpointKey(journey.id, second.id) });
        await preview.page.waitForSelector(`.map-touchpoint.is-highlighted[data-touchpoint="${second.id}"]`);
        await preview.page.close();
    });

    it('shows a curve point\'s score and note on focus', async () => {
        const model = models.get('checkout.journey')!;
        const preview = await openPreview(browser(), { width: 1600 });
        await preview.sendAndRender({ type: 'model', model, version: 1 });
        await preview.page.focus('.map-emotion-point[data-persona="maya"][data-touchpoint="checkout_page"]');
        const tooltip = preview.page.locator('.map-tooltip');
        expect(await tooltip.isVisible()).toBe(true);
        expect(await tooltip.innerText()).toBe('Maya, first-time buyer at Checkout: 1 (very negative): Forced to create an account');
        await preview.page.close();
    });
});

describe('curves behind the current one', () => {
    it('draws the previous version faded and dashed on the map, without leaving it', async () => {
        const model = models.get('checkout.journey')!;
        const before = structuredClone(model);
        for (const touchpoint of before.journeys[0].stages.flatMap(stage => stage.touchpoints)) for (const emotion of touchpoint.emotions) emotion.score = Math.max(1, emotion.score - 1);
        const preview = await openPreview(browser(), { width: 1600 });
        await preview.sendAndRender({ type: 'model', model, version: 1 });
        expect(await preview.page.locator('.map-curve-line.is-before').count()).toBe(0);
        await preview.sendAndRender({ type: 'before', model: before });
        expect(await preview.page.locator('button[data-view="map"]').getAttribute('aria-pressed')).toBe('true');
        const faded = await preview.page.locator('.map-curve-line.is-before .map-curve-path').evaluateAll(paths => paths.map(path => ({
            opacity: Number(getComputedStyle(path).opacity), dash: getComputedStyle(path).strokeDasharray
        })));
        expect(faded.length).toBe(2);
        for (const path of faded) {
            expect(path.opacity).toBeLessThan(0.6);
            expect(path.dash).not.toBe('none');
        }
        expect(await preview.page.locator('.before-note').isVisible()).toBe(true);
        expect(await preview.page.locator('.map-legend').innerText()).toContain('previous version');
        await preview.page.screenshot({ path: join(OUTPUT_DIR, 'map-before.png') });
        await preview.page.close();
    });

    it('draws the current-state journey behind a future state, matched by touchpoint id then label', async () => {
        const model = structuredClone(models.get('checkout.journey')!);
        const current = structuredClone(model.journeys[0]);
        const future = model.journeys[0];
        future.state = 'future';
        // A touchpoint renamed in the future state is matched by label.
        const cart = future.stages.flatMap(stage => stage.touchpoints).find(touchpoint => touchpoint.id === 'cart')!;
        cart.id = 'basket';
        future.replaces = { id: current.id, label: current.label, journey: current };
        const preview = await openPreview(browser(), { width: 1600 });
        await preview.sendAndRender({ type: 'model', model, version: 1 });
        const replaced = await preview.page.locator('.map-curve-line.is-replaced[data-persona="maya"] .map-curve-ghost-marker').count();
        expect(replaced).toBe(future.stages.flatMap(stage => stage.touchpoints).filter(touchpoint => touchpoint.emotions.some(emotion => emotion.persona === 'maya')).length);
        expect(await preview.page.locator('.map-legend').innerText()).toContain(`current state (${current.label})`);
        expect(await preview.page.locator('.map-header').innerText()).toContain('Future state');
        await preview.page.close();
    });
});
