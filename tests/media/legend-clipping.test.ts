/**
 * "Legends never clipped" (#18): in the Journey and Emotion curve views, at
 * 700 px and 1,600 px, every persona's legend entry shows the persona's whole
 * label, and the entry lies inside the drawing (its SVG's viewBox), so no
 * container cuts it off. With 8 personas, the first one with a long label.
 */
import { describe, expect, it } from 'vitest';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { buildEightPersonaModel, LONG_PERSONA_LABEL } from '../support/persona-models.js';
import { openPreview, usePreviewBrowser } from './preview-harness.js';

let model: RenderModel;
const browser = usePreviewBrowser(async () => {
    model = await buildEightPersonaModel();
});

/** Each legend entry's text and how far it reaches past the drawing's viewBox on each side (0 when inside). */
async function legendEntries(view: 'journey' | 'emotions', width: number) {
    const preview = await openPreview(browser(), { width, height: 900, state: { view, zoom: 1, autoFit: false, scrollLeft: 0, scrollTop: 0 } });
    await preview.sendAndRender({ type: 'model', model, version: 1 });
    // Every persona at once: the selector's "All personas".
    if (await preview.page.locator('select.persona-select').inputValue() !== '') {
        await preview.afterRender(() => preview.page.selectOption('select.persona-select', ''));
    }
    const entries = await preview.page.evaluate(selector => {
        const svg = document.querySelector<SVGSVGElement>('.viewport svg')!;
        const box = svg.viewBox.baseVal;
        return [...svg.querySelectorAll<SVGTextElement>(selector)].map(text => {
            const bbox = text.getBBox();
            // getBBox is in the text's user space: map its corners into the SVG's.
            const matrix = svg.getScreenCTM()!.inverse().multiply(text.getScreenCTM()!);
            const left = matrix.a * bbox.x + matrix.e;
            const right = matrix.a * (bbox.x + bbox.width) + matrix.e;
            return {
                text: (text.textContent ?? '').trim(),
                outside: Math.max(0, box.x - left) + Math.max(0, right - (box.x + box.width))
            };
        });
    }, view === 'journey' ? 'text.legend' : 'g.legend text');
    await preview.page.close();
    return entries;
}

describe('legends show every persona in full', () => {
    const labels = () => model.journeys[0].personas.map(id => model.personas.find(persona => persona.id === id)!.label);
    for (const view of ['journey', 'emotions'] as const) {
        for (const width of [700, 1600]) {
            it(`${view} view at ${width} px`, async () => {
                const entries = await legendEntries(view, width);
                expect(entries.map(entry => entry.text).sort()).toEqual([...labels()].sort());
                expect(entries.map(entry => entry.text)).toContain(LONG_PERSONA_LABEL);
                for (const entry of entries) expect(entry.outside, `"${entry.text}" reaches past the drawing`).toBeLessThan(1);
            }, 120_000);
        }
    }
});
