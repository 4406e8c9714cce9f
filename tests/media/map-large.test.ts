/**
 * The Map view on generated maps of 20, 100 and 300 touchpoints (built by the
 * language server's builder from tests/support/large-map.ts), at 700 px and
 * 1,600 px, light and dark: readable and correct at every size.
 */
import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../language-server/language/render/build-render-model.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { buildWorkspace } from '../language-server/language/test-services.js';
import { largeMapText } from '../support/large-map.js';
import { expectReadableMap, measureMap } from './map-checks.js';
import { openPreview, OUTPUT_DIR, usePreviewBrowser } from './preview-harness.js';

/** touchpoints → [stages, touchpoints per stage] */
const SIZES: Record<number, [number, number]> = { 20: [4, 5], 100: [10, 10], 300: [30, 10] };
const models = new Map<number, RenderModel>();

const browser = usePreviewBrowser(async () => {
    for (const [size, [stages, perStage]] of Object.entries(SIZES)) {
        const { services, documents } = await buildWorkspace({ 'large.journey': largeMapText(stages, perStage) });
        models.set(Number(size), buildRenderModel(documents[0], services.Journey));
    }
});

describe('large maps', () => {
    for (const size of Object.keys(SIZES).map(Number)) {
        it(`${size} touchpoints: readable at 700 and 1,600 px, light and dark`, async () => {
            const model = models.get(size)!;
            expect(model.journeys[0].stages.flatMap(stage => stage.touchpoints)).toHaveLength(size);
            for (const [theme, width] of [['vscode-light', 700], ['vscode-dark', 1600], ['vscode-light', 1600], ['vscode-dark', 700]] as const) {
                const preview = await openPreview(browser(), { theme, width, height: 800 });
                await preview.sendAndRender({ type: 'model', model, version: 1 });
                const measured = await measureMap(preview.page);
                expectReadableMap(measured, model, model.journeys[0], `${size} ${theme} ${width}`);
                expect(measured.scrollLeft).toBe(0);
                expect(measured.firstColumnVisible).toBe(true);
                if (size === 100) await preview.page.screenshot({ path: `${OUTPUT_DIR}/map-large-${size}-${width}-${theme.replace('vscode-', '')}.png` });
                await preview.page.close();
            }
        }, 240_000);
    }
});
