/**
 * The preview with render models built by the language server's own builder
 * from the example maps (not hand-written fixtures): every view draws, every
 * touchpoint and stage is navigable, and the README's screenshots come from here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../language-server/language/render/build-render-model.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { stageKey, touchpointKey } from '../../language-server/core/model/element-keys.js';
import { DEFAULT_VIEW, VIEW_IDS } from '../../language-server/core/views.js';
import { buildWorkspace } from '../language-server/language/test-services.js';
import { openPreview, OUTPUT_DIR, usePreviewBrowser } from './preview-harness.js';

const models = new Map<string, RenderModel>();

const browser = usePreviewBrowser(async () => {
    const files = Object.fromEntries(readdirSync('examples').filter(name => name.endsWith('.journey'))
        .map(name => [name, readFileSync(join('examples', name), 'utf8')]));
    const { services, documents } = await buildWorkspace(files);
    for (const document of documents) models.set(document.uri.path.split('/').pop()!, buildRenderModel(document, services.Journey));
});

describe('example maps', () => {
    it('every view of every example draws, and every stage and touchpoint is navigable in the blueprint', async () => {
        const preview = await openPreview(browser());
        let version = 0;
        for (const [name, model] of models) {
            if (model.journeys.length === 0) continue;
            await preview.sendAndRender({ type: 'model', model, version: ++version });
            for (const journey of model.journeys) {
                if (model.journeys.length > 1) await preview.afterRender(() => preview.page.selectOption('select.journey-select', journey.id));
                for (const view of VIEW_IDS) {
                    await preview.afterRender(() => preview.page.click(`button[data-view="${view}"]`));
                    expect(await preview.page.locator('.error-banner').isVisible(), `${name} ${journey.id} ${view}`).toBe(false);
                    const navigable = await preview.page.locator('.viewport [data-element]').evaluateAll(parts => [...new Set(parts.map(part => part.getAttribute('data-element')))]);
                    if (view === 'blueprint') {
                        const expected = journey.stages.flatMap(stage => [stageKey(journey.id, stage.id), ...stage.touchpoints.map(tp => touchpointKey(journey.id, tp.id))]);
                        expect(navigable.sort(), `${name} ${journey.id}`).toEqual(expect.arrayContaining(expected.sort()));
                    }
                    expect(navigable.length, `${name} ${journey.id} ${view}`).toBeGreaterThan(0);
                }
            }
        }
        await preview.page.close();
    }, 120_000);

    it('screenshots for the README', async () => {
        const model = models.get('checkout.journey')!;
        for (const theme of ['vscode-light', 'vscode-dark'] as const) {
            const preview = await openPreview(browser(), { theme, width: 1500, height: 760 });
            await preview.sendAndRender({ type: 'model', model, version: 1 });
            for (const view of VIEW_IDS) {
                if (view !== DEFAULT_VIEW) await preview.afterRender(() => preview.page.click(`button[data-view="${view}"]`));
                await preview.page.screenshot({ path: join(OUTPUT_DIR, `example-${view}-${theme.replace('vscode-', '')}.png`) });
            }
            await preview.page.close();
        }
    }, 120_000);
});
