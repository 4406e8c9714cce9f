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

const models: { original?: RenderModel; edited?: RenderModel; sameLines?: RenderModel; relabelled?: RenderModel; rescored?: RenderModel } = {};

/** The checkout example, and the same file after an edit: a line added at the top (every fact moves down a line), a label and a score changed. */
async function buildModels(): Promise<void> {
    const people = readFileSync('examples/people.journey', 'utf8');
    const checkout = readFileSync('examples/checkout.journey', 'utf8');
    const edited = `// An added line.\n${checkout}`
        .replace('touchpoint checkout_page "Checkout"', 'touchpoint checkout_page "Checkout form"')
        .replace('emotion maya 3 "Curious"', 'emotion maya 5 "Curious"');
    expect(edited).toContain('"Checkout form"');
    expect(edited).toContain('emotion maya 5 "Curious"');
    // Edits that move no line: a label and a score in the map, then labels in the people file.
    const sameLines = checkout.replace('touchpoint checkout_page "Checkout"', 'touchpoint checkout_page "Checkout form"').replace('emotion maya 3 "Curious"', 'emotion maya 5 "Curious"');
    const relabelledPeople = people.replace('team support "Customer Support"', 'team support "Care team"')
        .replace('persona maya "Maya, first-time buyer"', 'persona maya "Maya, new buyer"').replace('channel web "Website"', 'channel web "Web shop"');
    expect(relabelledPeople).toContain('"Care team"');
    expect(relabelledPeople).toContain('"Web shop"');
    // Maya's score at the search result removed (her later points move up in her line, and every later line up one), Tom's at checkout changed.
    const rescored = checkout.replace('      emotion maya 4 "The shop is recommended by a blog she trusts"\n', '').replace('emotion tom 2 "Re-types the company address"', 'emotion tom 1 "Re-types the company address"');
    expect(rescored).not.toContain('recommended by a blog');
    expect(rescored).toContain('emotion tom 1 "Re-types');
    for (const [key, peopleText, text] of [['original', people, checkout], ['edited', people, edited], ['sameLines', people, sameLines], ['relabelled', relabelledPeople, sameLines], ['rescored', people, rescored]] as const) {
        const { services, documents } = await buildWorkspace({ 'people.journey': peopleText, 'checkout.journey': text });
        models[key] = buildRenderModel(documents.find(document => document.uri.path.endsWith('checkout.journey'))!, services.Journey);
    }
}

/** A fresh preview of `model`: the canvas's markup. */
async function freshMarkup(model: RenderModel): Promise<string> {
    const fresh = await openPreview(browser(), { width: 1600 });
    await fresh.sendAndRender({ type: 'model', model, version: 1 });
    const markup = await mapMarkup(fresh);
    await fresh.page.close();
    return markup;
}

const browser = usePreviewBrowser(buildModels);

/** The canvas as markup, without the zoom the fit puts on it. */
const mapMarkup = (preview: PreviewPage) => preview.page.evaluate(() => {
    const map = document.querySelector('.map')!.cloneNode(true) as HTMLElement;
    map.style.removeProperty('zoom');
    return map.outerHTML;
});

describe('the Map view after an edit', () => {
    it('after edits that move no line, rebuilds only what changed and still shows what a fresh preview shows, labels from the people file included', async () => {
        const preview = await openPreview(browser(), { width: 1600 });
        await preview.sendAndRender({ type: 'model', model: models.original!, version: 1 });
        const cart = models.sameLines!.journeys[0].stages.flatMap(stage => stage.touchpoints).find(touchpoint => touchpoint.id === 'cart')!;
        const pain = cart.pains[0];
        const painCard = preview.page.locator('.map-cell[data-lane="pains"] .map-card', { hasText: pain.text }).first();
        await painCard.evaluate(card => { (window as unknown as { keptCard: Element }).keptCard = card; });

        await preview.sendAndRender({ type: 'model', model: models.sameLines!, version: 2 });
        expect(await mapMarkup(preview)).toBe(await freshMarkup(models.sameLines!));
        // The unchanged touchpoint's card is the one drawn before, and reveals its line from the new drawing.
        expect(await painCard.evaluate(card => card === (window as unknown as { keptCard: Element }).keptCard)).toBe(true);
        await painCard.click();
        expect((await preview.posted()).at(-1)).toEqual({ type: 'reveal', uri: pain.source.uri, range: pain.source.range });

        // Team, persona and channel labels come from the people file: every cell that shows one is drawn anew.
        await preview.sendAndRender({ type: 'model', model: models.relabelled!, version: 3 });
        const markup = await mapMarkup(preview);
        expect(markup).toBe(await freshMarkup(models.relabelled!));
        expect(markup).toContain('Care team');
        expect(markup).toContain('Web shop');
        expect(markup).not.toContain('Customer Support');
        await painCard.click();
        expect((await preview.posted()).at(-1)).toEqual({ type: 'reveal', uri: pain.source.uri, range: pain.source.range });
        await preview.page.close();
    });

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

    it('after a score is removed and another changed, keeps every other point of the curve, in its new place, revealing its new line', async () => {
        const preview = await openPreview(browser(), { width: 1600 });
        await preview.sendAndRender({ type: 'model', model: models.original!, version: 1 });
        const point = (persona: string, touchpoint: string) => preview.page.locator(`.map-emotion-point[data-persona="${persona}"][data-touchpoint="${touchpoint}"]`);
        const remember = (persona: string, touchpoint: string) => point(persona, touchpoint).evaluate((element, name) => { (window as unknown as Record<string, Element>)[name] = element; }, `${persona}_${touchpoint}`);
        const isRemembered = (persona: string, touchpoint: string) => point(persona, touchpoint).evaluate((element, name) => element === (window as unknown as Record<string, Element>)[name], `${persona}_${touchpoint}`);
        for (const [persona, touchpoint] of [['maya', 'sponsored_post'], ['maya', 'product_page'], ['maya', 'reorder'], ['tom', 'sponsored_post'], ['tom', 'checkout_page']]) await remember(persona, touchpoint);

        await preview.sendAndRender({ type: 'model', model: models.rescored!, version: 2 });
        expect(await mapMarkup(preview)).toBe(await freshMarkup(models.rescored!));
        expect(await point('maya', 'search_result').count()).toBe(0);
        // Maya's points are the ones drawn before, her later ones moved up in her line (now drawn in two pieces);
        // so is Tom's unchanged first point.
        expect(await isRemembered('maya', 'sponsored_post')).toBe(true);
        expect(await isRemembered('maya', 'product_page')).toBe(true);
        expect(await isRemembered('maya', 'reorder')).toBe(true);
        expect(await isRemembered('tom', 'sponsored_post')).toBe(true);
        // Tom's changed score is a new point.
        expect(await isRemembered('tom', 'checkout_page')).toBe(false);
        expect(await point('tom', 'checkout_page').getAttribute('data-score')).toBe('1');
        // A kept point reveals its line in the edited file (one line up).
        const productPage = models.rescored!.journeys[0].stages.flatMap(stage => stage.touchpoints).find(touchpoint => touchpoint.id === 'product_page')!;
        const emotion = productPage.emotions.find(candidate => candidate.persona === 'maya')!;
        const before = models.original!.journeys[0].stages.flatMap(stage => stage.touchpoints).find(touchpoint => touchpoint.id === 'product_page')!.emotions.find(candidate => candidate.persona === 'maya')!;
        expect(emotion.source.range.start.line).toBe(before.source.range.start.line - 1);
        await point('maya', 'product_page').dispatchEvent('click');
        expect((await preview.posted()).at(-1)).toEqual({ type: 'reveal', uri: emotion.source.uri, range: emotion.source.range });
        await preview.page.close();
    });
});
