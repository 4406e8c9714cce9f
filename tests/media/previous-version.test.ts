/**
 * Compare with Previous Version in the preview: the previous model's emotion
 * lines drawn faded under the current ones, with a note that says so and a
 * button that clears them.
 */
import { describe, expect, it } from 'vitest';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { fixture, openPreview, OUTPUT_DIR, type PreviewPage, usePreviewBrowser } from './preview-harness.js';

const browser = usePreviewBrowser();

/** The same map with every score one lower (at least 1): a previous version whose lines differ. */
function previousVersion(model: RenderModel): RenderModel {
    const before = structuredClone(model);
    for (const journey of before.journeys) {
        for (const stage of journey.stages) {
            for (const touchpoint of stage.touchpoints) {
                for (const emotion of touchpoint.emotions) {
                    emotion.score = Math.max(1, emotion.score - 1);
                }
            }
        }
    }
    return before;
}

/** Each plotted line's stroke opacity, as the browser paints it. */
function lineOpacities(preview: PreviewPage): Promise<number[]> {
    return preview.page.locator('.viewport svg g.plot > g[class^="line-plot-"] path:not(.hit-area)').evaluateAll(paths => paths.map(path => {
        const stroke = getComputedStyle(path).stroke;
        const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(stroke)?.[1];
        return Number(alpha ?? 1) * Number(getComputedStyle(path).strokeOpacity || 1);
    }));
}

describe('previous version on the emotion curve', () => {
    it('draws the previous lines faded, says so in the toolbar, and the Clear button removes them', async () => {
        const model = fixture('checkout');
        const preview = await openPreview(browser(), { width: 1400 });
        await preview.sendAndRender({ type: 'model', model, version: 1 });
        await preview.afterRender(() => preview.page.click('button[data-view="emotions"]'));
        const current = await lineOpacities(preview);
        expect(current.length).toBeGreaterThan(0);
        expect(current.every(opacity => opacity === 1)).toBe(true);
        const note = preview.page.locator('.before-note');
        expect(await note.isVisible()).toBe(false);

        // The message switches to the emotion curve by itself.
        await preview.afterRender(() => preview.page.click('button[data-view="blueprint"]'));
        await preview.sendAndRender({ type: 'before', model: previousVersion(model) });
        expect(await preview.page.locator('button[data-view="emotions"]').getAttribute('aria-pressed')).toBe('true');
        const withBefore = await lineOpacities(preview);
        expect(withBefore.length).toBe(current.length * 2);
        const faded = withBefore.filter(opacity => opacity < 0.5);
        expect(faded).toHaveLength(current.length);
        expect(await preview.page.locator('.viewport svg').textContent()).toContain('(before)');
        expect(await note.isVisible()).toBe(true);
        expect(await note.textContent()).toContain('Showing previous version (faded)');
        // The current lines stay clickable; the faded ones are not the file's elements.
        expect(await preview.page.locator('.viewport svg g.plot > g[class^="line-plot-"][data-element]').count()).toBe(current.length);
        await preview.page.screenshot({ path: `${OUTPUT_DIR}/previous-version-emotions.png` });

        await preview.afterRender(() => preview.page.click('.before-note button.clear-before'));
        expect(await lineOpacities(preview)).toEqual(current);
        expect(await note.isVisible()).toBe(false);
        expect(await preview.posted()).toContainEqual({ type: 'beforeCleared' });
        await preview.page.close();
    });

    it('forgets the previous version when another document is shown', async () => {
        const preview = await openPreview(browser());
        const model = fixture('checkout');
        await preview.sendAndRender({ type: 'model', model, version: 1 });
        await preview.sendAndRender({ type: 'before', model: previousVersion(model) });
        const other = fixture('multi');
        await preview.sendAndRender({ type: 'model', model: other, version: 1 });
        expect(await preview.page.locator('.viewport').textContent()).not.toContain('(before)');
        expect(await preview.page.locator('.before-note').isVisible()).toBe(false);
        await preview.page.close();
    });
});
