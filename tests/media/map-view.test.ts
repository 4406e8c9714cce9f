/**
 * The Map view in headless Chromium, on the example maps (render models built
 * by the language server's own builder) at a side panel's 700 px and a
 * desktop's 1,600 px, light and dark: everything a reader needs is visible
 * text, each curve point stands above its touchpoint, nothing overlaps or is
 * clipped, the first column is in view on open. Then navigation: click,
 * keyboard, cursor sync; and the curves drawn faded behind the current one.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { touchpointKey } from '../../language-server/core/model/element-keys.js';
import { buildExampleModels } from './example-models.js';
import { expectReadableMap, measureMap } from './map-checks.js';
import { fixture, openPreview, OUTPUT_DIR, usePreviewBrowser } from './preview-harness.js';

const models = new Map<string, RenderModel>();

const browser = usePreviewBrowser(() => buildExampleModels(models));

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

describe('the lanes of render model version 2 (hand-written: the grammar gains them in parallel)', () => {
    it('draws blueprint lanes, systems, physical evidence, moments of truth, opportunity chips, and evidence or the assumption look', async () => {
        const model = structuredClone(models.get('checkout.journey')!);
        const journey = model.journeys[0];
        const [first] = journey.stages.flatMap(stage => stage.touchpoints);
        const at = first.source;
        model.sources = [{ id: 'interviews_march', label: 'Interviews, March', kind: 'interviews', source: at, issues: [] }];
        model.systems = [{ id: 'crm', label: 'Salesforce CRM', source: at, issues: [] }];
        first.momentOfTruth = true;
        first.frontstage = [{ text: 'Social team answers comments', source: at }];
        first.backstage = [{ text: 'Ad agency rotates the creatives', source: at }];
        first.support = [{ text: 'Weekly campaign review', source: at }];
        first.systems = ['crm'];
        first.evidence = [{ text: 'The sponsored post itself', source: at }];
        first.pains[0] = { ...first.pains[0], sources: ['interviews_march'], failurePoint: true };
        first.opportunities[0] = { ...first.opportunities[0], priority: 'high', status: 'in-progress' };
        const preview = await openPreview(browser(), { width: 1600, height: 1400 });
        await preview.sendAndRender({ type: 'model', model, version: 1 });
        const lanes = await preview.page.locator('.map-lane-header').evaluateAll(headers => headers.map(header => header.getAttribute('data-lane')));
        expect(lanes).toEqual(expect.arrayContaining(['frontstage', 'visibility', 'backstage', 'support', 'systems', 'evidence']));
        const firstColumn = async (lane: string) => preview.page.locator(`.map-cell[data-lane="${lane}"][data-column="0"]`).innerText();
        expect(await firstColumn('touchpoints')).toContain('★ Moment of truth');
        expect(await firstColumn('frontstage')).toContain('Social team answers comments');
        expect(await firstColumn('backstage')).toContain('Ad agency rotates the creatives');
        expect(await firstColumn('support')).toContain('Weekly campaign review');
        expect(await firstColumn('systems')).toContain('Salesforce CRM');
        expect(await firstColumn('evidence')).toContain('The sponsored post itself');
        expect(await firstColumn('pains')).toContain('Interviews, March');
        expect(await firstColumn('pains')).toContain('✗ Failure point');
        expect(await firstColumn('opportunities')).toMatch(/high priority[\s\S]*in-progress/);
        // The map cites research, so a fact without a source looks like an assumption (dotted, italic, and says so).
        const touchpoints = journey.stages.flatMap(stage => stage.touchpoints);
        const unbackedColumn = touchpoints.findIndex(tp => tp.pains.length > 0 && tp.pains[0].sources.length === 0);
        expect(unbackedColumn).toBeGreaterThan(0);
        const unbacked = preview.page.locator(`.map-cell[data-lane="pains"][data-column="${unbackedColumn}"] .map-pain`).first();
        expect(await unbacked.evaluate(card => [card.classList.contains('is-assumption'), getComputedStyle(card).fontStyle, getComputedStyle(card).borderTopStyle])).toEqual([true, 'italic', 'dotted']);
        expect(await unbacked.innerText()).toContain('assumption');
        expect(await preview.page.locator('.map-cell[data-lane="pains"][data-column="0"] .map-pain').first().evaluate(card => card.classList.contains('is-assumption'))).toBe(false);
        const measured = await measureMap(preview.page);
        expect(measured.overlaps).toEqual([]);
        expect(measured.clipped).toEqual([]);
        await preview.page.screenshot({ path: join(OUTPUT_DIR, 'map-v2-lanes.png') });
        await preview.page.close();
    });

    it('leaves out lanes without data and marks stage gaps in the band with the diagnostic text', async () => {
        const preview = await openPreview(browser(), { width: 1600 });
        await preview.sendAndRender({ type: 'model', model: fixture('multi'), version: 1 });
        const lanes = await preview.page.locator('.map-lane-header').evaluateAll(headers => headers.map(header => header.getAttribute('data-lane')));
        expect(lanes).not.toContain('frontstage');
        expect(lanes).not.toContain('systems');
        const gaps = await preview.page.locator('.map-stage.has-gap .map-gap').evaluateAll(chips => chips.map(chip => chip.getAttribute('title')));
        expect(gaps.length).toBeGreaterThan(0);
        const stageIssues = fixture('multi').journeys[0].stages.flatMap(stage => stage.issues.map(issue => issue.message));
        for (const gap of gaps) expect(stageIssues).toContain(gap);
        await preview.page.close();
    });
});
