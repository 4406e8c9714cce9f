/**
 * The Map view's SVG and PNG exports, as the extension receives them from the
 * webview (toolbar buttons, export commands): the message passes the
 * extension's validation, the SVG is an XML file that Chromium opens on its
 * own and that shows every touchpoint label as text, its columns where the
 * preview draws them, in the light print theme even from a dark editor; the
 * PNG is that picture at 2 image pixels per CSS pixel.
 */
import { describe, expect, it } from 'vitest';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { checkWebviewMessage } from '../../language-server/protocol/index.js';
import { parseSvgXml, showSvgFile } from '../support/map-svg-file.js';
import { buildExampleModels } from './example-models.js';
import { openPreview, type PreviewPage, type ThemeClass, usePreviewBrowser } from './preview-harness.js';

const examples = new Map<string, RenderModel>();
const browser = usePreviewBrowser(() => buildExampleModels(examples));

const MAP_STATE = { view: 'map', zoom: 1, autoFit: false, scrollLeft: 0, scrollTop: 0 } as const;

async function mapPreview(model: RenderModel, theme: ThemeClass, width: number): Promise<PreviewPage> {
    const preview = await openPreview(browser(), { theme, width, height: 900, state: MAP_STATE });
    await preview.sendAndRender({ type: 'model', model, version: 1 });
    return preview;
}

/** Asks for an image as the extension does, and returns the answer after the extension's own check. */
async function exported(preview: PreviewPage, requestId: number, format: 'svg' | 'png'): Promise<string> {
    await preview.send({ type: 'exportImage', requestId, format });
    await preview.page.waitForFunction(id => (window as unknown as { __posted: Array<{ type: string; requestId?: number }> }).__posted
        .some(message => message.type === 'imageExported' && message.requestId === id), requestId);
    const answer = (await preview.posted()).find(message => message.type === 'imageExported' && message.requestId === requestId);
    const checked = checkWebviewMessage(answer);
    expect(checked).toMatchObject({ ok: true, message: { view: 'map', format } });
    expect(answer).not.toHaveProperty('error');
    return (answer as { data: string }).data;
}

describe('Map view SVG and PNG export', { timeout: 240_000 }, () => {
    it.each(['checkout.journey', 'saas-onboarding.journey', 'insurance-claim.journey', 'hospital-appointment.journey'])('%s: the SVG shows every touchpoint label, in the preview\'s columns', async name => {
        const model = examples.get(name)!;
        const journey = model.journeys[0];
        const preview = await mapPreview(model, 'vscode-dark', 700);
        const svg = await exported(preview, 1, 'svg');

        const xml = parseSvgXml(svg);
        expect(xml.documentElement.localName).toBe('svg');
        expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
        expect(xml.getElementsByTagName('foreignObject')).toHaveLength(1);

        const shown = await showSvgFile(browser(), svg);
        const labels = journey.stages.flatMap(stage => [stage.label || stage.id, ...stage.touchpoints.map(touchpoint => touchpoint.label || touchpoint.id)]);
        for (const label of labels) expect(shown.texts, label).toContain(label);
        for (const persona of journey.personas) expect(shown.texts.join('\n')).toContain(model.personas.find(p => p.id === persona)!.label);

        // The same columns as the preview's canvas: each touchpoint header at the same distance from the map's left edge.
        const canvas = await preview.page.evaluate(() => {
            const map = document.querySelector('.viewport .map')!.getBoundingClientRect();
            return {
                gridWidth: document.querySelector('.viewport .map-grid')!.scrollWidth,
                lefts: Object.fromEntries([...document.querySelectorAll('.map-grid .map-touchpoint')]
                    .map(card => [card.getAttribute('data-touchpoint'), Math.round(card.getBoundingClientRect().left - map.left)]))
            };
        });
        expect(shown.touchpointLefts).toEqual(canvas.lefts);
        // As wide as the whole grid (not the 700 px panel): no column is cut off.
        expect(shown.width).toBe(canvas.gridWidth);
        await preview.page.close();
    });

    it('uses the light print theme from a dark editor, and the PNG is the SVG at twice its size', async () => {
        const preview = await mapPreview(examples.get('checkout.journey')!, 'vscode-dark', 1600);
        const svg = await exported(preview, 2, 'svg');
        const png = await exported(preview, 3, 'png');
        expect(png).toMatch(/^data:image\/png;base64,/);
        const svgSize = await showSvgFile(browser(), svg);
        const drawn = await preview.page.evaluate(async ({ svgText, pngUrl }) => {
            const load = async (src: string) => {
                const image = new Image();
                image.src = src;
                await image.decode();
                return image;
            };
            const png = await load(pngUrl);
            const picture = await load(`data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svgText)))}`);
            // The page colour of the picture: its top-left pixel.
            const canvas = document.createElement('canvas');
            canvas.width = 4;
            canvas.height = 4;
            const context = canvas.getContext('2d')!;
            context.drawImage(picture, 0, 0);
            const [r, g, b] = context.getImageData(1, 1, 1, 1).data;
            return { width: png.naturalWidth, height: png.naturalHeight, corner: [r, g, b] };
        }, { svgText: svg, pngUrl: png });
        expect(drawn.width).toBe(svgSize.width * 2);
        expect(drawn.height).toBe(svgSize.height * 2);
        expect(drawn.corner).toEqual([255, 255, 255]);
        await preview.page.close();
    });

    it('the toolbar offers SVG and PNG for the Map view, not for the Details table', async () => {
        const preview = await mapPreview(examples.get('checkout.journey')!, 'vscode-light', 1600);
        const disabled = () => preview.page.evaluate(() => ['svg', 'png'].map(format => document.querySelector<HTMLButtonElement>(`button[data-export="${format}"]`)!.disabled));
        expect(await disabled()).toEqual([false, false]);
        await preview.page.click('button[data-export="svg"]');
        expect((await preview.posted()).filter(message => message.type === 'export')).toEqual([{ type: 'export', format: 'svg' }]);
        await preview.afterRender(() => preview.page.click('button[data-view="details"]'));
        expect(await disabled()).toEqual([true, true]);
        await preview.page.close();
    });
});
