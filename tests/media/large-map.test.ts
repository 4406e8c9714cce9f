/**
 * A map of 120 touchpoints: its blueprint is beyond Mermaid's default text
 * size limit (50 000 characters), which the preview raises, so it draws
 * instead of showing Mermaid's "Maximum text size exceeded".
 */
import { describe, expect, it } from 'vitest';
import { blueprint } from '../../language-server/core/mermaid/index.js';
import { buildRenderModel } from '../../language-server/language/render/build-render-model.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { buildWorkspace } from '../language-server/language/test-services.js';
import { largeMapText } from '../support/large-map.js';
import { openPreview, OUTPUT_DIR, usePreviewBrowser } from './preview-harness.js';

let model: RenderModel;

const browser = usePreviewBrowser(async () => {
    const { services, documents } = await buildWorkspace({ 'large.journey': largeMapText(12, 10) });
    model = buildRenderModel(documents[0], services.Journey);
});

describe('a map of 120 touchpoints', () => {
    it('draws its blueprint, beyond Mermaid\'s default text limit, a card per touchpoint', async () => {
        expect(model.journeys[0].stages.flatMap(stage => stage.touchpoints)).toHaveLength(120);
        const text = blueprint(model, 'large');
        // The default is exceeded, so the drawing below needs the raised limit.
        expect(text.length).toBeGreaterThan(50_000);

        const preview = await openPreview(browser(), { width: 1400 });
        await preview.sendAndRender({ type: 'model', model, version: 1 });
        // Mermaid's block layout grows faster than the grid (about 18 s at 120 touchpoints on a lightly loaded 2-core machine).
        preview.page.setDefaultTimeout(170_000);
        await preview.afterRender(() => preview.page.click('button[data-view="blueprint"]'));
        const banner = preview.page.locator('.error-banner');
        expect(await banner.isVisible(), await banner.textContent() ?? '').toBe(false);
        const touchpoints = await preview.page.locator('.viewport svg g.node.touchpoint').count();
        expect(touchpoints).toBe(120);
        // Beyond its limits Mermaid draws its complaint instead of the diagram, without an error.
        const drawn = await preview.page.locator('.viewport svg').textContent();
        expect(drawn).not.toMatch(/Maximum (text size|edges)|exceeded/i);
        expect(drawn?.replace(/\s+/g, '')).toContain('Touchpoint11.9ofthelargemap');
        await preview.page.screenshot({ path: `${OUTPUT_DIR}/large-map-blueprint.png` });
        await preview.page.close();
    }, 240_000);
});
