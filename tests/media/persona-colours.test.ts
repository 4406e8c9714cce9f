/**
 * "One persona colour everywhere" (#18), as a reader sees it in the preview
 * (Chromium, the built bundle): in every view of the view registry, the colour
 * drawn for each persona (the Map's legend marker, the Journey's actor dots,
 * the Emotion curve's lines and legend, the Blueprint's emotion glyphs, the
 * Details' chips) is the palette's colour of that persona, in light and dark
 * themes. The palette's black is drawn in the theme's text colour where it
 * stands on the page's background (black on a dark theme would vanish); the
 * Blueprint's cells are always light, so it stays black there.
 */
import { describe, expect, it } from 'vitest';
import { personaStyles } from '../../language-server/core/model/persona-palette.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { VIEW_IDS, type ViewId } from '../../language-server/core/views.js';
import { buildExampleModels } from './example-models.js';
import { buildEightPersonaModel } from '../support/persona-models.js';
import { openPreview, type PreviewPage, usePreviewBrowser, type ThemeClass } from './preview-harness.js';

const models = new Map<string, RenderModel>();
const browser = usePreviewBrowser(async () => {
    await buildExampleModels(models);
    models.set('eight personas', await buildEightPersonaModel());
});

/**
 * One page per example and theme, its views visited in turn (the colours a view
 * draws do not depend on the view shown before): each test shows its own view.
 */
const pages = new Map<string, Promise<PreviewPage>>();

function previewOf(name: string, model: RenderModel, journeyId: string, theme: ThemeClass): Promise<PreviewPage> {
    const key = `${name} ${theme}`;
    if (!pages.has(key)) {
        pages.set(key, (async () => {
            const preview = await openPreview(browser(), { width: 1600, height: 900, theme, state: { view: VIEW_IDS[0], zoom: 1, autoFit: false, scrollLeft: 0, scrollTop: 0, allPersonas: true } });
            await preview.sendAndRender({ type: 'model', model, version: 1 });
            if (model.journeys.length > 1) await preview.afterRender(() => preview.page.selectOption('select.journey-select', journeyId));
            return preview;
        })());
    }
    return pages.get(key)!;
}

/** What each view draws per persona: [persona id, computed colour] pairs, read from the elements a reader looks at. */
async function drawnColours(name: string, model: RenderModel, journeyId: string, view: ViewId, theme: ThemeClass): Promise<{ pairs: Array<[string, string]>; foreground: string }> {
    const preview = await previewOf(name, model, journeyId, theme);
    const button = preview.page.locator(`button[data-view="${view}"]`);
    if (await button.getAttribute('aria-pressed') !== 'true') await preview.afterRender(() => button.click());
    const labels = Object.fromEntries(model.personas.map(persona => [persona.label || persona.id, persona.id]));
    const result = await preview.page.evaluate(([view, labels]) => {
        const pairs: Array<[string, string]> = [];
        const idOf = (element: Element) => element.getAttribute('data-element')?.replace(/^persona:/, '') ?? '';
        if (view === 'map') {
            for (const item of document.querySelectorAll('.map-legend-item')) {
                const marker = item.querySelector('svg.map-marker path');
                if (marker) pairs.push([labels[item.textContent!.replace(/⚠.*$/, '').trim()] ?? '?', getComputedStyle(marker).fill]);
            }
            for (const line of document.querySelectorAll('.map-curve-line.is-current[data-persona]')) {
                const path = line.querySelector('path')!;
                pairs.push([line.getAttribute('data-persona')!, getComputedStyle(path).stroke]);
            }
        } else if (view === 'journey') {
            for (const dot of document.querySelectorAll('.viewport svg circle[class^="actor-"][data-element^="persona:"]')) pairs.push([idOf(dot), getComputedStyle(dot).fill]);
        } else if (view === 'emotions') {
            const legend = [...document.querySelectorAll('.viewport svg g.legend text[data-element^="persona:"]')];
            const markers = [...document.querySelectorAll('.viewport svg g.legend g.markers path')];
            legend.forEach((text, index) => pairs.push([idOf(text), getComputedStyle(markers[index]).stroke]));
            for (const line of document.querySelectorAll('.viewport svg g.plot [class^="line-plot-"][data-element^="persona:"]')) pairs.push([idOf(line), getComputedStyle(line.querySelector('path')!).stroke]);
        } else if (view === 'blueprint') {
            for (const font of document.querySelectorAll('.viewport svg font[color]')) {
                const label = font.nextSibling?.textContent?.trim().replace(/ \d$/, '') ?? '';
                if (labels[label]) pairs.push([labels[label], getComputedStyle(font).color]);
            }
        } else {
            for (const chip of document.querySelectorAll('.viewport table .details-persona[data-persona]')) pairs.push([chip.getAttribute('data-persona')!, getComputedStyle(chip.querySelector('path')!).fill]);
        }
        const probe = document.createElement('span');
        probe.style.color = 'var(--vscode-editor-foreground)';
        document.body.append(probe);
        const foreground = getComputedStyle(probe).color;
        probe.remove();
        return { pairs, foreground };
    }, [view, labels] as const);
    return result;
}

function rgb(hex: string): string {
    const [r, g, b] = [1, 3, 5].map(at => parseInt(hex.slice(at, at + 2), 16));
    return `rgb(${r}, ${g}, ${b})`;
}

const CASES: Array<[string, string]> = [['checkout.journey', 'first_purchase'], ['eight personas', 'eight']];
const THEMES: ThemeClass[] = ['vscode-light', 'vscode-dark'];

describe('one persona colour in every view', () => {
    for (const [name, journeyId] of CASES) {
        for (const theme of THEMES) {
            it.each(VIEW_IDS.map(view => [view]))(`${name}, ${theme}: the %s view draws each persona in its palette colour`, async view => {
                const model = models.get(name)!;
                const journey = model.journeys.find(candidate => candidate.id === journeyId)!;
                const styles = personaStyles(journey.personas, model.personas.map(persona => persona.id));
                const { pairs, foreground } = await drawnColours(name, model, journeyId, view, theme);
                const expected = (persona: string) => {
                    const colour = styles.get(persona)!.color;
                    return colour === '#000000' && view !== 'blueprint' ? foreground : rgb(colour);
                };
                // Every persona of the journey is drawn, each in its own colour.
                expect(new Set(pairs.map(([persona]) => persona))).toEqual(new Set(journey.personas));
                for (const [persona, colour] of pairs) expect({ persona, colour }).toEqual({ persona, colour: expected(persona) });
            }, 60_000);
        }
    }
});
