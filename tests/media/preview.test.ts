/**
 * The preview webview in headless Chromium, driven like the extension drives
 * it: model messages in, reveal/export messages out.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { VIEW_IDS } from '../../language-server/core/views.js';
import { fixture, labelsOf, openPreview, OUTPUT_DIR, shownView, type PreviewPage, usePreviewBrowser } from './preview-harness.js';

const browser = usePreviewBrowser();

/** These tests are about the Mermaid views and the Details table: they open on the Journey view (the Map view has map-view.test.ts). */
// "All personas" chosen: these tests read the chart of every persona (the default draws the first one: journey-view.test.ts).
const JOURNEY_VIEW_STATE = { view: 'journey', zoom: 1, autoFit: true, scrollLeft: 0, scrollTop: 0, allPersonas: true } as const;

async function previewOf(model: RenderModel, options: Parameters<typeof openPreview>[1] = {}): Promise<PreviewPage> {
    const preview = await openPreview(browser(), { state: JOURNEY_VIEW_STATE, ...options });
    await preview.sendAndRender({ type: 'model', model, version: 1 });
    return preview;
}

const svgText = (preview: PreviewPage) => preview.page.evaluate(() => document.querySelector('.viewport svg')?.textContent ?? '');

async function showView(preview: PreviewPage, view: string): Promise<void> {
    await preview.afterRender(() => preview.page.click(`button[data-view="${view}"]`));
}

describe('views', () => {
    it('draws the journey diagram with stages, touchpoints and personas', async () => {
        const preview = await previewOf(fixture('checkout'));
        const text = await svgText(preview);
        for (const label of ['First online purchase', 'Awareness', 'Purchase', 'Retention', 'Sponsored post', 'Checkout', 'Order follow-up', 'Maya, first-time buyer']) {
            expect(text).toContain(label);
        }
        expect(await preview.page.locator('button[data-view="journey"]').getAttribute('aria-pressed')).toBe('true');
        await preview.page.close();
    });

    it('draws the emotion curve with a category per scored touchpoint and a line per persona', async () => {
        const preview = await previewOf(fixture('multi'));
        await showView(preview, 'emotions');
        const text = await svgText(preview);
        expect(text).toContain('Discover · Search result');
        expect(text).toContain('Follow-up · Satisfaction survey');
        expect(await preview.page.locator('.viewport svg g.plot > g[class^="line-plot-"]').count()).toBe(2);
        await preview.page.close();
    });

    it('labels the emotion axis with whole scores only, 1 to 5, each with its tick (as the CLI\'s images)', async () => {
        const preview = await previewOf(fixture('checkout'), { state: { ...JOURNEY_VIEW_STATE, view: 'emotions' } });
        const axis = await preview.page.evaluate(() => ({
            labels: [...document.querySelectorAll('.viewport svg g.left-axis g.label text')].map(text => text.textContent),
            ticks: document.querySelectorAll('.viewport svg g.left-axis g.ticks path').length
        }));
        expect(axis).toEqual({ labels: ['5', '4', '3', '2', '1'], ticks: 5 });
        await preview.page.close();
    });

    it('draws the blueprint with a header per stage and marks stages with gaps', async () => {
        const preview = await previewOf(fixture('multi'));
        await showView(preview, 'blueprint');
        const text = await svgText(preview);
        for (const label of ['Discover', 'Buy', 'Delivery', 'Follow-up', 'Checkout', 'Pain points', 'Surprise shipping fee', 'Owner: Sales']) expect(text).toContain(label);
        const gaps = await preview.page.locator('.viewport svg g.node.has-gap').evaluateAll(headers => headers.map(header => header.getAttribute('data-element')));
        expect(gaps.sort()).toEqual(['stage:first_purchase/buy', 'stage:first_purchase/deliver']);
        await preview.page.close();
    });

    it('shows the details table: stages over touchpoint columns, each touchpoint once, sticky headers, gaps marked', async () => {
        const preview = await previewOf(fixture('multi'));
        await showView(preview, 'details');
        const stages = await preview.page.locator('table.details thead th.details-stage .stage-name').allInnerTexts();
        expect(stages).toEqual(['Discover', 'Buy', 'Delivery', 'Follow-up']);
        expect(await preview.page.locator('table.details thead th.details-stage.has-gap').count()).toBe(2);
        const touchpoints = await preview.page.locator('table.details thead .map-touchpoint-label').allInnerTexts();
        const journey = fixture('multi').journeys[0];
        expect(touchpoints).toEqual(journey.stages.flatMap(stage => stage.touchpoints.map(touchpoint => touchpoint.label)));
        // Each touchpoint is named once, in its column header: no cell repeats it.
        expect(await preview.page.locator('table.details tbody').innerText()).not.toContain('Checkout:');
        expect(await preview.page.locator('table.details thead').evaluate(head => getComputedStyle(head).position)).toBe('sticky');
        expect(await preview.page.locator('table.details tbody th').first().evaluate(cell => getComputedStyle(cell).position)).toBe('sticky');
        const metric = await preview.page.locator('table.details .map-metric', { hasText: 'Cart abandonment' }).innerText();
        expect(metric.replace(/\s+/g, ' ')).toBe('Cart abandonment 68% target 45% ✗ missed');
        await preview.page.close();
    });

    it('details: a persona is its colour chip (named in the key), an emotion its score and scale word', async () => {
        const model = fixture('multi');
        const preview = await previewOf(model);
        await showView(preview, 'details');
        const key = await preview.page.locator('.details-key-item').allInnerTexts();
        expect(key).toEqual(model.journeys[0].personas.map(id => model.personas.find(persona => persona.id === id)!.label));
        const emotion = preview.page.locator('tr[data-lane="emotions"] .details-emotion').first();
        const score = `${await emotion.locator('.details-score').innerText()} ${await emotion.locator('.details-score-word').innerText()}`;
        expect(score).toMatch(/^\d (very negative|negative|neutral|positive|very positive)$/);
        // The persona's name is not repeated as visible text in the cells, but screen readers and hover get it.
        const chip = emotion.locator('.details-persona');
        expect(await chip.getAttribute('title')).toBe(model.personas[0].label);
        expect(await chip.locator('.visually-hidden').textContent()).toBe(`${model.personas[0].label}:`);
        const colors = await preview.page.locator('.details-key-item .map-marker path').evaluateAll(paths => paths.map(path => path.getAttribute('fill')));
        expect(new Set(colors).size).toBe(colors.length);
        await preview.page.close();
    });

    it('details opens at its first column in a 700 px panel, even after the map was scrolled', async () => {
        const preview = await previewOf(fixture('checkout'), { width: 700, state: { ...JOURNEY_VIEW_STATE, view: 'map' } });
        await preview.page.evaluate(() => document.querySelector('.viewport')!.scrollTo(400, 0));
        await showView(preview, 'details');
        const view = await preview.page.evaluate(() => {
            const viewport = document.querySelector('.viewport')!;
            const lanes = document.querySelector('table.details tbody th')!.getBoundingClientRect();
            const firstStage = document.querySelector('table.details th.details-stage')!.getBoundingClientRect();
            const firstTouchpoint = document.querySelector('table.details th.details-touchpoint')!.getBoundingClientRect();
            return { scrollLeft: viewport.scrollLeft, clear: firstStage.left >= lanes.right - 1 && firstTouchpoint.right <= viewport.getBoundingClientRect().right };
        });
        expect(view).toEqual({ scrollLeft: 0, clear: true });
        await preview.page.close();
    });

    it('map: persona cards are compact in the panel, their goals, needs and frustrations one toggle away', async () => {
        const model = fixture('checkout');
        const preview = await previewOf(model, { width: 700, state: { ...JOURNEY_VIEW_STATE, view: 'map' } });
        const persona = model.personas[0];
        const card = preview.page.locator('.viewport .map-persona').first();
        const toggle = card.locator('button.map-persona-more');
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await card.locator('.map-persona-lists').isVisible()).toBe(false);
        await toggle.click();
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        const lists = await card.locator('.map-persona-lists').innerText();
        for (const item of [...persona.goals, ...persona.needs, ...persona.frustrations]) expect(lists).toContain(item);
        // The toggle is not a click on the card: it reveals nothing in the editor.
        expect((await preview.posted()).filter(message => message.type === 'reveal')).toEqual([]);
        await preview.page.close();
    });

    it('marks personas without emotions in the legend', async () => {
        const preview = await previewOf(fixture('multi'));
        const legend = preview.page.locator('.legend .legend-item.has-gap');
        expect(await legend.count()).toBe(1);
        expect(await legend.innerText()).toContain('Lena, gift shopper');
        expect(await legend.getAttribute('data-element')).toBe('persona:lena');
        await preview.page.close();
    });

    it('filters by persona and switches journeys', async () => {
        const preview = await previewOf(fixture('multi'));
        const tasks = () => preview.page.locator('.viewport svg rect.task').count();
        expect(await tasks()).toBe(10); // Maya and Omar scored five touchpoints each
        await preview.afterRender(() => preview.page.selectOption('select.persona-select', 'omar'));
        expect(await tasks()).toBe(5);
        expect(await svgText(preview)).not.toContain('Maya, first-time buyer');

        expect(await preview.page.locator('select.journey-select').isVisible()).toBe(true);
        await preview.afterRender(() => preview.page.selectOption('select.journey-select', 'store_return'));
        expect(await svgText(preview)).toContain('Returns desk');
        expect(await preview.savedState()).toMatchObject({ journey: 'store_return', view: 'journey' });
        await preview.page.close();
    });

    it('restores the saved view, persona and zoom', async () => {
        const preview = await previewOf(fixture('multi'), {
            state: { view: 'emotions', persona: 'maya', zoom: 1.5, autoFit: false, scrollLeft: 0, scrollTop: 0 }
        });
        expect(await preview.page.locator('button[data-view="emotions"]').getAttribute('aria-pressed')).toBe('true');
        expect(await preview.page.locator('select.persona-select').inputValue()).toBe('maya');
        expect(await preview.page.locator('.viewport svg g.plot > g[class^="line-plot-"]').count()).toBe(1);
        expect(await preview.page.locator('.zoom-reset').innerText()).toBe('150%');
        await preview.page.close();
    });

    it('keeps the panel lock and the document in its saved state (for the serializer)', async () => {
        const preview = await previewOf(fixture('checkout'));
        await preview.send({ type: 'locked', locked: true });
        await preview.page.waitForFunction(() => (window as unknown as { __state?: { locked?: boolean } }).__state?.locked === true);
        expect(await preview.savedState()).toMatchObject({ locked: true, uri: fixture('checkout').uri });
        await preview.page.close();
    });

    it('draws a journey that has no emotions yet without an error', async () => {
        const model = fixture('checkout');
        for (const stage of model.journeys[0].stages) for (const touchpoint of stage.touchpoints) touchpoint.emotions = [];
        model.journeys[0].personasWithoutEmotions = ['maya'];
        const preview = await previewOf(model);
        for (const view of VIEW_IDS.filter(view => view !== 'map')) {
            if (view !== 'journey') await showView(preview, view);
            expect(await preview.page.locator('.error-banner').isVisible(), view).toBe(false);
        }
        await showView(preview, 'journey');
        expect(await preview.page.locator('.legend').innerText()).toContain('Maya, first-time buyer');
        await preview.page.screenshot({ path: `${OUTPUT_DIR}/no-emotions-journey.png` });
        await preview.page.close();
    });

    it('Fit shows the whole width of a wide map, below the readable zoom an automatic fit keeps', async () => {
        const model = fixture('checkout');
        const stage = model.journeys[0].stages[0];
        const template = stage.touchpoints[0];
        stage.touchpoints = Array.from({ length: 20 }, (_, index) => ({ ...template, id: `tp${index}`, label: `Touchpoint ${index + 1}` }));
        const preview = await previewOf(model);
        const zoomLabel = () => preview.page.locator('.zoom-reset').innerText();
        expect(await zoomLabel()).toBe('75%');
        await preview.page.click('.zoom-fit');
        expect(Number.parseInt(await zoomLabel(), 10)).toBeLessThan(75);
        const viewport = await preview.page.locator('.viewport').evaluate(element => ({ scroll: element.scrollWidth, client: element.clientWidth }));
        expect(viewport.scroll).toBeLessThanOrEqual(viewport.client + 1);
        await preview.page.close();
    });

    it('zooms a large map and keeps it scrollable', async () => {
        const model = fixture('checkout');
        const stage = model.journeys[0].stages[0];
        const template = stage.touchpoints[0];
        stage.touchpoints = Array.from({ length: 100 }, (_, index) => ({ ...template, id: `tp${index}`, label: `Touchpoint ${index + 1}` }));
        const preview = await previewOf(model);
        // The journey diagram (the Map view opens first): a Mermaid drawing that zooms as a whole.
        await preview.afterRender(() => preview.page.click('button[data-view="journey"]'));
        const width = () => preview.page.locator('.viewport svg').evaluate(svg => Number(svg.getAttribute('width')));
        const before = await width();
        await preview.page.click('.zoom-in');
        expect(await width()).toBeGreaterThan(before);
        await preview.page.click('.zoom-reset');
        expect(await preview.page.locator('.zoom-reset').innerText()).toBe('100%');
        const viewport = await preview.page.locator('.viewport').evaluate(element => ({ scroll: element.scrollWidth, client: element.clientWidth }));
        expect(viewport.scroll).toBeGreaterThan(viewport.client);
        expect(await svgText(preview)).toContain('Touchpoint 100');
        // Dragging pans, and the drag that ends over a touchpoint does not navigate to it.
        const scrollLeft = () => preview.page.locator('.viewport').evaluate(element => element.scrollLeft);
        const scrolledBefore = await scrollLeft();
        // A task the drag ends over, scrolled into the visible part of the panel.
        const task = preview.page.locator('.viewport rect.task').nth(3);
        await task.scrollIntoViewIfNeeded();
        const box = (await task.boundingBox())!;
        const scrolledFrom = await scrollLeft();
        await preview.page.mouse.move(box.x + box.width / 2 + 300, box.y + 10);
        await preview.page.mouse.down();
        await preview.page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 8 });
        await preview.page.mouse.up();
        expect(await scrollLeft()).toBeGreaterThan(scrolledFrom);
        expect(scrolledFrom).toBeGreaterThanOrEqual(scrolledBefore);
        expect((await preview.posted()).filter(message => message.type === 'reveal')).toEqual([]);
        await preview.page.close();
    });
});

describe('navigation', () => {
    it('clicking a touchpoint, a stage or a persona in the journey view posts reveal with its name range', async () => {
        const model = fixture('checkout');
        const preview = await previewOf(model);
        const journey = model.journeys[0];
        await preview.page.locator('.viewport [data-element="touchpoint:first_purchase/checkout_page"]').locator('foreignObject').getByText('Checkout', { exact: true }).click();
        await preview.page.locator('.viewport [data-element="stage:first_purchase/awareness"]').locator('foreignObject').getByText('Awareness', { exact: true }).click();
        await preview.page.locator('.viewport text.legend').first().click();
        const reveals = (await preview.posted()).filter(message => message.type === 'reveal');
        expect(reveals).toEqual([
            { type: 'reveal', uri: model.uri, range: journey.stages[1].touchpoints[0].source.nameRange },
            { type: 'reveal', uri: model.uri, range: journey.stages[0].source.nameRange },
            { type: 'reveal', uri: model.personas[0].source.uri, range: model.personas[0].source.nameRange }
        ]);
        await preview.page.close();
    });

    it('clicking in the blueprint, the emotion curve and the details table reveals too', async () => {
        const model = fixture('multi');
        const journey = model.journeys[0];
        const preview = await previewOf(model);
        await showView(preview, 'blueprint');
        await preview.page.locator('.viewport g.node[data-element="touchpoint:first_purchase/payment"]').first().click();
        await showView(preview, 'emotions');
        await preview.page.locator('.viewport g.bottom-axis text[data-element="touchpoint:first_purchase/search"]').click();
        await showView(preview, 'details');
        await preview.page.locator('table.details .map-pain', { hasText: 'Surprise shipping fee' }).click();
        const reveals = (await preview.posted()).filter(message => message.type === 'reveal');
        expect(reveals).toEqual([
            { type: 'reveal', uri: model.uri, range: journey.stages[1].touchpoints[1].source.nameRange },
            { type: 'reveal', uri: model.uri, range: journey.stages[0].touchpoints[0].source.nameRange },
            { type: 'reveal', uri: model.uri, range: journey.stages[1].touchpoints[0].pains[0].source.range }
        ]);
        await preview.page.close();
    });

    it('clicking a problem reveals its range', async () => {
        const model = fixture('multi');
        const preview = await previewOf(model);
        await preview.page.locator('.problems .problem', { hasText: "Stage 'deliver' has no touchpoint." }).click();
        const diagnostic = model.diagnostics.find(candidate => candidate.code === 'stage-without-touchpoints')!;
        expect((await preview.posted()).filter(message => message.type === 'reveal')).toEqual([{ type: 'reveal', uri: diagnostic.uri, range: diagnostic.range }]);
        await preview.page.close();
    });

    it('highlights the element under the editor cursor, in every view', async () => {
        const preview = await previewOf(fixture('multi'));
        await preview.send({ type: 'highlight', elementId: 'touchpoint:first_purchase/checkout' });
        await preview.page.waitForSelector('.viewport .is-highlighted');
        expect(await preview.page.locator('.viewport .is-highlighted').evaluateAll(parts => parts.map(part => part.getAttribute('data-element'))))
            .toEqual(['touchpoint:first_purchase/checkout', 'touchpoint:first_purchase/checkout']); // one task per persona
        await showView(preview, 'blueprint');
        // The touchpoint's column: its name and each of its cells (its pains among them).
        const highlighted = preview.page.locator('.viewport g.node.is-highlighted');
        const ids = await highlighted.evaluateAll(nodes => nodes.map(node => node.id.slice(node.closest('svg')!.id.length + 1)));
        expect(ids).toContain('tp_checkout');
        expect(ids).toContain('pains_checkout');
        expect(await highlighted.allTextContents()).toContain('Surprise shipping fee');
        await showView(preview, 'details');
        expect(await preview.page.locator('table.details .is-highlighted').innerText()).toContain('Checkout');
        await preview.send({ type: 'highlight', elementId: null });
        await preview.page.waitForFunction(() => document.querySelectorAll('.is-highlighted').length === 0);
        await preview.page.close();
    });
});

describe('updates, errors and themes', () => {
    it('keeps the last good drawing under a banner with the first error and its line', async () => {
        const preview = await previewOf(fixture('checkout'));
        await preview.send({ type: 'model', model: fixture('checkout-syntax-error'), version: 2 });
        const banner = preview.page.locator('.error-banner');
        await banner.waitFor({ state: 'visible' });
        expect(await banner.innerText()).toContain("Line 12: Expecting token of type 'STRING' but found `}`.");
        const text = await svgText(preview);
        expect(text).toContain('Sponsored post');
        expect(text).not.toContain('Sponsored post (edited)');
        // Other views still draw from the last good model.
        await showView(preview, 'blueprint');
        expect(await svgText(preview)).toContain('Sponsored post');
        expect(await banner.isVisible()).toBe(true);
        // The banner's error reveals its line; the problems strip lists it too.
        await banner.locator('button').click();
        expect((await preview.posted()).at(-1)).toMatchObject({ type: 'reveal', range: { start: { line: 11 } } });
        expect(await preview.page.locator('.problems').innerText()).toContain('syntax-error');
        // Fixed: the banner goes, the new model draws.
        await preview.sendAndRender({ type: 'model', model: fixture('checkout'), version: 3 });
        expect(await banner.isVisible()).toBe(false);
        await preview.page.close();
    });

    it('never goes blank when Mermaid cannot draw: the last drawing stays and the banner says why', async () => {
        const preview = await previewOf(fixture('checkout'));
        await preview.page.evaluate(() => {
            (window as unknown as { mermaid: { render: () => Promise<never> } }).mermaid.render = async () => {
                throw new Error('Parse error on line 3');
            };
        });
        const changed = fixture('checkout');
        changed.journeys[0].stages[0].label = 'Changed stage';
        await preview.send({ type: 'model', model: changed, version: 2 });
        const banner = preview.page.locator('.error-banner');
        await banner.waitFor({ state: 'visible' });
        expect(await banner.innerText()).toContain('The Journey view could not be drawn. Parse error on line 3');
        expect(await svgText(preview)).toContain('Awareness');
        await preview.page.close();
    });

    it('keeps the drawing when an edit changes nothing drawn, and its clicks reveal where the elements are now', async () => {
        const preview = await previewOf(fixture('checkout'));
        await preview.page.evaluate(() => { document.querySelector<SVGSVGElement>('.viewport svg')!.dataset.kept = 'yes'; });
        // Lines added above the touchpoint (a description, say): same picture, new positions.
        const moved = fixture('checkout');
        const touchpoint = moved.journeys[0].stages[1].touchpoints[0];
        for (const position of [touchpoint.source.nameRange.start, touchpoint.source.nameRange.end]) position.line += 3;
        await preview.sendAndRender({ type: 'model', model: moved, version: 2 });
        expect(await preview.page.evaluate(() => document.querySelector<SVGSVGElement>('.viewport svg')!.dataset.kept)).toBe('yes');
        await preview.page.locator('.viewport [data-element="touchpoint:first_purchase/checkout_page"]').locator('foreignObject').getByText('Checkout', { exact: true }).click();
        expect((await preview.posted()).filter(message => message.type === 'reveal')).toEqual([{ type: 'reveal', uri: moved.uri, range: touchpoint.source.nameRange }]);
        // A renamed touchpoint is drawn anew.
        const renamed = fixture('checkout');
        renamed.journeys[0].stages[1].touchpoints[0].label = 'One-page checkout';
        await preview.sendAndRender({ type: 'model', model: renamed, version: 3 });
        expect(await preview.page.evaluate(() => document.querySelector<SVGSVGElement>('.viewport svg')!.dataset.kept)).toBeUndefined();
        expect(await svgText(preview)).toContain('One-page checkout');
        await preview.page.close();
    });

    it('ignores a model older than the one shown', async () => {
        const preview = await previewOf(fixture('checkout'));
        await preview.sendAndRender({ type: 'model', model: fixture('checkout'), version: 5 });
        const renders = await preview.page.evaluate(() => Number(document.getElementById('journey-preview')!.dataset.rendered));
        const stale = fixture('checkout');
        stale.journeys[0].stages[0].label = 'Stale stage';
        await preview.send({ type: 'model', model: stale, version: 4 });
        const newer = fixture('checkout');
        newer.journeys[0].stages[0].label = 'Newer stage';
        await preview.sendAndRender({ type: 'model', model: newer, version: 6 });
        expect(await preview.page.evaluate(() => Number(document.getElementById('journey-preview')!.dataset.rendered))).toBe(renders + 1);
        const text = await svgText(preview);
        expect(text).toContain('Newer stage');
        expect(text).not.toContain('Stale stage');
        await preview.page.close();
    });

    it('redraws with the new colours when VS Code switches the theme', async () => {
        const preview = await previewOf(fixture('multi'));
        await showView(preview, 'emotions');
        const background = () => preview.page.locator('.viewport svg rect.background').getAttribute('fill');
        expect(await background()).toBe('#ffffff');
        await preview.afterRender(() => preview.setTheme('vscode-dark'));
        expect(await background()).toBe('#1f1f1f');
        const label = await preview.page.locator('.viewport svg g.bottom-axis text').first().getAttribute('fill');
        expect(label).toBe('#cccccc');
        await preview.afterRender(() => preview.setTheme('vscode-high-contrast'));
        expect(await background()).toBe('#000000');
        await preview.page.close();
    });
});

describe('image export', () => {
    it('answers exportImage with the current view as SVG and as PNG', async () => {
        const preview = await previewOf(fixture('checkout'));
        await showView(preview, 'blueprint');
        await preview.send({ type: 'exportImage', requestId: 7, format: 'svg' });
        await preview.send({ type: 'exportImage', requestId: 8, format: 'png' });
        await preview.page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.filter(m => m.type === 'imageExported').length === 2);
        const answers = (await preview.posted()).filter(message => message.type === 'imageExported');
        const svg = answers.find(answer => answer.type === 'imageExported' && answer.requestId === 7);
        const png = answers.find(answer => answer.type === 'imageExported' && answer.requestId === 8);
        expect(svg).toMatchObject({ format: 'svg', view: 'blueprint' });
        expect(svg && 'data' in svg && svg.data).toMatch(/^<\?xml[^]*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[^]*Sponsored post/);
        expect(svg && 'data' in svg && svg.data).not.toContain('data-element');
        expect(png && 'data' in png && png.data).toMatch(/^data:image\/png;base64,/);
        const size = await preview.page.evaluate(async url => {
            const image = new Image();
            image.src = url;
            await image.decode();
            return { width: image.naturalWidth, height: image.naturalHeight };
        }, (png as { data: string }).data);
        writeFileSync(`${OUTPUT_DIR}/export-blueprint.png`, Buffer.from((png as { data: string }).data.split(',')[1], 'base64'));
        expect(size.width).toBeGreaterThan(100);
        expect(size.height).toBeGreaterThan(100);
        await preview.page.close();
    });

    it('explains that the details table has no image', async () => {
        const preview = await previewOf(fixture('checkout'));
        await showView(preview, 'details');
        await preview.send({ type: 'exportImage', requestId: 1, format: 'svg' });
        await preview.page.waitForFunction(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some(m => m.type === 'imageExported'));
        expect((await preview.posted()).find(message => message.type === 'imageExported')).toMatchObject({ error: expect.stringContaining('Details view is a table, not one image') });
        await preview.page.close();
    });

    it('toolbar export buttons ask the extension to export', async () => {
        const preview = await previewOf(fixture('checkout'));
        for (const format of ['svg', 'png', 'html', 'markdown']) await preview.page.click(`button[data-export="${format}"]`);
        expect((await preview.posted()).filter(message => message.type === 'export').map(message => 'format' in message && message.format))
            .toEqual(['svg', 'png', 'html', 'markdown']);
        await preview.page.close();
    });
});

describe('themes', () => {
    it('every view draws the map in light, dark and high contrast, in the theme\'s colours (screenshots kept in __output__)', async () => {
        const backgrounds = new Set<string>();
        for (const theme of ['vscode-light', 'vscode-dark', 'vscode-high-contrast'] as const) {
            const model = fixture('multi');
            const preview = await previewOf(model, { theme });
            for (const view of VIEW_IDS.filter(view => view !== 'map')) {
                if (view !== 'journey') await showView(preview, view);
                const shown = await shownView(preview);
                expect(shown.errorShown, `${theme} ${view}`).toBe(false);
                expect(shown.width * shown.height, `${theme} ${view}: drawn`).toBeGreaterThan(0);
                expect(labelsOf(model).some(label => shown.text.includes(label)), `${theme} ${view}: shows the map's labels`).toBe(true);
                expect(shown.foreground, `${theme} ${view}: text readable on the background`).not.toBe(shown.background);
                backgrounds.add(shown.background);
                await preview.page.screenshot({ path: `${OUTPUT_DIR}/preview-${view}-${theme.replace('vscode-', '')}.png` });
            }
            await preview.page.close();
        }
        // Each theme's own background: the page follows VS Code's colours.
        expect(backgrounds.size).toBe(3);
    }, 120_000);
});
