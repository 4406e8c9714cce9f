/**
 * Typing in a map while a Mermaid view is shown: each keystroke's model
 * reaches the preview (150 ms debounce), and a Blueprint of 100 touchpoints
 * takes seconds to draw. Models that arrive while Mermaid is drawing must not
 * each be drawn in turn (the preview would fall further behind with every
 * key): only the newest is drawn next.
 */
import { describe, expect, it } from 'vitest';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { toWebviewWire } from '../../language-server/protocol/index.js';
import { fixture, openPreview, usePreviewBrowser } from './preview-harness.js';

const browser = usePreviewBrowser();

/** The checkout map with its first touchpoint renamed, as after a keystroke. */
function renamed(label: string): RenderModel {
    const model = structuredClone(fixture('checkout'));
    model.journeys[0].stages[0].touchpoints[0].label = label;
    return model;
}

describe('models that arrive while Mermaid draws', () => {
    it.each(['blueprint', 'journey'] as const)('the %s view draws the first and then only the newest, which is what shows', async view => {
        const preview = await openPreview(browser(), { state: { view, zoom: 1, autoFit: true, scrollLeft: 0, scrollTop: 0 } });
        await preview.sendAndRender({ type: 'model', model: renamed('Opened'), version: 1 });
        // The keystrokes after the first arrive while Mermaid draws the first one's model: they wait in the page's task queue.
        const later = ['Typed 12', 'Typed 123', 'Typed 1234', 'Typed 12345'].map((label, index) => toWebviewWire({ type: 'model', model: renamed(label), version: index + 3 }));
        await preview.page.evaluate(wires => {
            const mermaid = (window as unknown as { mermaid: { render(...args: unknown[]): Promise<unknown> } }).mermaid;
            const render = mermaid.render.bind(mermaid);
            const counter = window as unknown as { __renders: number };
            counter.__renders = 0;
            let arriving: unknown[] | undefined = wires;
            mermaid.render = (...args: unknown[]) => {
                counter.__renders++;
                for (const wire of arriving ?? []) window.postMessage(wire, '*');
                arriving = undefined;
                return render(...args);
            };
        }, later);
        await preview.send({ type: 'model', model: renamed('Typed 1'), version: 2 });
        // The last model is on screen once its drawing is done.
        await preview.page.waitForFunction(() => document.querySelector('.viewport svg')?.textContent?.includes('Typed 12345'));
        const shown = await preview.page.evaluate(() => ({
            renders: (window as unknown as { __renders: number }).__renders,
            text: document.querySelector('.viewport svg')?.textContent ?? ''
        }));
        expect(shown.text).toContain('Typed 12345');
        // The first keystroke's drawing and the newest: none of the three in between.
        expect(shown.renders).toBe(2);
        await preview.page.close();
    });
});

