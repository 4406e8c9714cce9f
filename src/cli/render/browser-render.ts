/**
 * Mermaid diagrams drawn by a headless Chromium (playwright-core), with the
 * same Mermaid bundle the preview ships: SVG markup, several diagrams stacked
 * into one SVG, or a PNG screenshot of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_MERMAID_CONFIG } from '../../../language-server/core/mermaid/mermaid-config.js';
import { keepIntegerTicks } from '../../../language-server/core/mermaid/integer-ticks.js';
import { fitBlueprintCells } from '../../../language-server/core/mermaid/blueprint-cells.js';
import { colourJourneyActors } from '../../../language-server/core/mermaid/journey-actor-colours.js';
import { InputError } from '../errors.js';
import { loadPlaywright } from './load-playwright.js';
import { withBrowser } from '../../print/browser-session.js';

/** Gap between stacked diagrams, in CSS pixels. */
const GAP = 24;

/** The Mermaid bundle next to the CLI (dist/media), else the package's own. */
function mermaidBundle(): string {
    const candidates = [join(__dirname, 'media/mermaid.min.js'), join(__dirname, '../node_modules/mermaid/dist/mermaid.min.js')];
    const found = candidates.find(candidate => existsSync(candidate));
    if (!found) throw new InputError('the Mermaid bundle (dist/media/mermaid.min.js) is missing: run `node scripts/build.mjs`');
    return readFileSync(found, 'utf8');
}

type Page = import('playwright-core').Page;

/** A diagram to draw. Its size is the generator's (the emotion curve sets its width in front matter). */
export interface Diagram {
    text: string;
    /** Lines printed under the drawing (the emotion curve's numbered touchpoints). */
    key?: string[];
    /** A journey diagram's actor colours, in legend order (the persona palette's). */
    actorColours?: string[];
}

/** A blank white page holding Mermaid, in Chromium (src/print/browser-session.ts), for `work`. */
async function withMermaidPage<T>(browserPath: string, output: string, work: (page: Page) => Promise<T>): Promise<T> {
    const playwright = await loadPlaywright(output);
    return withBrowser(playwright, browserPath, message => new InputError(message), async openPage => {
        const page = await openPage({ deviceScaleFactor: 2 });
        await page.setContent('<!doctype html><html><head><style>body{margin:0;background:#fff}#out{display:inline-block;padding:16px}#out>div+div{margin-top:' + GAP + 'px}</style></head><body><div id="out"></div></body></html>');
        await page.addScriptTag({ content: mermaidBundle() });
        return work(page);
    });
}

/**
 * Renders each diagram into the page (in order) and returns their SVG markup
 * as XML: Mermaid serialises with HTML rules (`<br>` in HTML labels), which no
 * SVG viewer reads, so each drawing is parsed by the page and written back with
 * `XMLSerializer`. The emotion curve keeps only its integer ticks (1–5,
 * core/mermaid/integer-ticks.ts, as in the preview); the Blueprint's rows fit
 * their text (core/mermaid/blueprint-cells.ts).
 */
async function renderInPage(page: Page, diagrams: Diagram[]): Promise<string[]> {
    return page.evaluate(async ({ list, config, keyStyle, integerTicks, blueprintCells, actorColours }) => {
        // The preview's own post-processing (core/mermaid/integer-ticks.ts), sent as source: the page has no modules.
        const keepIntegerTicks = new Function(`return (${integerTicks})`)() as typeof import('../../../language-server/core/mermaid/integer-ticks.js').keepIntegerTicks;
        const fitBlueprintCells = new Function(`return (${blueprintCells})`)() as typeof import('../../../language-server/core/mermaid/blueprint-cells.js').fitBlueprintCells;
        const colourJourneyActors = new Function(`return (${actorColours})`)() as typeof import('../../../language-server/core/mermaid/journey-actor-colours.js').colourJourneyActors;
        const mermaid = (window as unknown as { mermaid: typeof import('mermaid').default }).mermaid;
        const out = document.getElementById('out')!;
        const svgs: string[] = [];
        mermaid.initialize({ ...config, theme: 'default' });
        for (const [index, diagram] of list.entries()) {
            const { svg } = await mermaid.render(`journey-diagram-${index}`, diagram.text);
            const holder = document.createElement('div');
            holder.innerHTML = svg;
            out.appendChild(holder);
            const element = holder.querySelector('svg')!;
            // The Blueprint (the only block diagram): rows fitted to their text, as in the preview.
            if (element.getAttribute('aria-roledescription') === 'block') fitBlueprintCells(element);
            if (diagram.actorColours) colourJourneyActors(element, diagram.actorColours);
            // A file has its own size: Mermaid's `width="100%"` + max-width style only suits a page.
            const viewBox = element.viewBox.baseVal;
            if (viewBox && viewBox.width > 0) {
                element.setAttribute('width', String(Math.ceil(viewBox.width)));
                element.setAttribute('height', String(Math.ceil(viewBox.height)));
                element.style.removeProperty('max-width');
            }
            keepIntegerTicks(element);
            if (diagram.key && diagram.key.length > 0) {
                // The key as SVG text under the drawing, so the SVG file carries it too.
                const width = Number(element.getAttribute('width')) || element.getBoundingClientRect().width;
                const box = element.viewBox.baseVal;
                const top = box && box.height > 0 ? box.y + box.height : element.getBoundingClientRect().height;
                const columns = Math.max(1, Math.floor(width / 320));
                const rows = Math.ceil(diagram.key.length / columns);
                const ns = 'http://www.w3.org/2000/svg';
                const group = document.createElementNS(ns, 'g');
                group.setAttribute('class', 'journey-axis-key');
                diagram.key.forEach((line, at) => {
                    const text = document.createElementNS(ns, 'text');
                    text.setAttribute('x', String((box?.x ?? 0) + 16 + Math.floor(at / rows) * 320));
                    text.setAttribute('y', String(top + 20 + (at % rows) * 18));
                    text.setAttribute('style', keyStyle);
                    text.textContent = line;
                    group.appendChild(text);
                });
                element.appendChild(group);
                const extra = rows * 18 + 24;
                if (box && box.height > 0) element.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height + extra}`);
                const height = Number(element.getAttribute('height'));
                if (height > 0) element.setAttribute('height', String(height + extra));
            }
            svgs.push(new XMLSerializer().serializeToString(element));
        }
        return svgs;
    }, { list: diagrams, config: SHARED_MERMAID_CONFIG, keyStyle: 'font: 13px sans-serif; fill: #1f1f1f', integerTicks: keepIntegerTicks.toString(), blueprintCells: fitBlueprintCells.toString(), actorColours: colourJourneyActors.toString() });
}

/** One SVG document: the diagram itself, or the diagrams stacked top to bottom. */
export async function renderSvg(browserPath: string, diagrams: Diagram[]): Promise<string> {
    return withMermaidPage(browserPath, 'SVG', async page => {
        const svgs = await renderInPage(page, diagrams);
        if (svgs.length === 1) return svgs[0];
        // Sizes as laid out in the page, to place each diagram under the previous one.
        const boxes = await page.$$eval('#out > div > svg', elements => elements.map(element => {
            const box = element.getBoundingClientRect();
            return { width: Math.ceil(box.width), height: Math.ceil(box.height) };
        }));
        const width = Math.max(...boxes.map(box => box.width));
        let y = 0;
        const parts = svgs.map((svg, index) => {
            const { width: w, height: h } = boxes[index];
            const part = `<svg x="0" y="${y}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${svg}</svg>`;
            y += boxes[index].height + GAP;
            return part;
        });
        const height = y - GAP;
        return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
    });
}

/** A PNG of the diagrams stacked on white, at twice the CSS resolution. */
export async function renderPng(browserPath: string, diagrams: Diagram[]): Promise<Buffer> {
    return withMermaidPage(browserPath, 'PNG', async page => {
        await renderInPage(page, diagrams);
        return page.locator('#out').screenshot({ type: 'png' });
    });
}
