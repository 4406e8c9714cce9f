/**
 * An edit while the Map view is open: the canvas keeps what did not change on
 * screen (map-reconcile.ts) and shows exactly what a fresh preview of the
 * edited file shows; the kept facts reveal their new lines, keyboard focus
 * stays where it was, and the curve's note still follows the focus.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { buildRenderModel } from '../../language-server/language/render/build-render-model.js';
import { buildWorkspace } from '../language-server/language/test-services.js';
import { openPreview, usePreviewBrowser, type PreviewPage } from './preview-harness.js';

const models: { original?: RenderModel; edited?: RenderModel } = {};

/** The checkout example, and the same file after an edit: a line added at the top (every fact moves down a line), a label and a score changed. */
async function buildModels(): Promise<void> {
    const people = readFileSync('examples/people.journey', 'utf8');
    const checkout = readFileSync('examples/checkout.journey', 'utf8');
    const edited = `// An added line.\n${checkout}`
        .replace('touchpoint checkout_page "Checkout"', 'touchpoint checkout_page "Checkout form"')
        .replace('emotion maya 3 "Curious"', 'emotion maya 5 "Curious"');
    expect(edited).toContain('"Checkout form"');
    expect(edited).toContain('emotion maya 5 "Curious"');
    for (const [key, text] of [['original', checkout], ['edited', edited]] as const) {
        const { services, documents } = await buildWorkspace({ 'people.journey': people, 'checkout.journey': text });
        models[key] = buildRenderModel(documents.find(document => document.uri.path.endsWith('checkout.journey'))!, services.Journey);
    }
}

const browser = usePreviewBrowser(buildModels);

/** The canvas as markup, without the zoom the fit puts on it. */
const mapMarkup = (preview: PreviewPage) => preview.page.evaluate(() => {
    const map = document.querySelector('.map')!.cloneNode(true) as HTMLElement;
    map.style.removeProperty('zoom');
    return map.outerHTML;
});

describe('the Map view after an edit', () => {
    it('shows what a fresh preview of the edited file shows, and keeps focus and reveals right', async () => {
        const edited = models.edited!;
        const preview = await openPreview(browser(), { width: 1600 });
        await preview.sendAndRender({ type: 'model', model: models.original!, version: 1 });
        // A pain card that the edit leaves as it was, except for its line.
        const pain = edited.journeys[0].stages.flatMap(stage => stage.touchpoints).find(touchpoint => touchpoint.id === 'checkout_page')!.pains[0];
        const painCard = preview.page.locator('.map-cell[data-lane="pains"] .map-card', { hasText: pain.text }).first();
        await painCard.focus();

        await preview.sendAndRender({ type: 'model', model: edited, version: 2 });
        const fresh = await openPreview(browser(), { width: 1600 });
        await fresh.sendAndRender({ type: 'model', model: edited, version: 1 });
        expect(await mapMarkup(preview)).toBe(await mapMarkup(fresh));
        await fresh.page.close();

        expect(await preview.page.evaluate(() => document.activeElement?.textContent)).toBe(await painCard.textContent());
        await preview.page.keyboard.press('Enter');
        expect((await preview.posted()).at(-1)).toEqual({ type: 'reveal', uri: pain.source.uri, range: pain.source.range });
        await painCard.click();
        expect((await preview.posted()).at(-1)).toEqual({ type: 'reveal', uri: pain.source.uri, range: pain.source.range });

        // The changed touchpoint reveals its new line too, and its point's note shows the new score.
        const checkout = edited.journeys[0].stages.flatMap(stage => stage.touchpoints).find(touchpoint => touchpoint.id === 'checkout_page')!;
        await preview.page.click('.map-touchpoint[data-touchpoint="checkout_page"]');
        expect((await preview.posted()).at(-1)).toEqual({ type: 'reveal', uri: checkout.source.uri, range: checkout.source.nameRange });
        const first = edited.journeys[0].stages[0].touchpoints[0];
        await preview.page.focus(`.map-emotion-point[data-persona="maya"][data-touchpoint="${first.id}"]`);
        const tooltip = preview.page.locator('.map-tooltip');
        expect(await tooltip.isVisible()).toBe(true);
        expect(await tooltip.innerText()).toContain(': 5 (');
        await preview.page.close();
    });
});
