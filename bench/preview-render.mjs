// Preview benchmark in headless Chromium: the real webview bundle
// (dist/media/preview.js + mermaid.min.js) under its CSP, fed model updates as
// the extension posts them; time from the posted message to the drawing on
// screen, per view, against `mermaid.render` alone on the same Mermaid text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { loadEntry } from './bundle.mjs';
import { journeyFile, peopleFile, prng } from './generate-workspace.mjs';
import { summarize } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The preview page as VS Code shows it (same bundles, same CSP shape), with a stub of the webview API; `previewJs`: another build's bundle. */
export function pageHtml(entry, previewJs) {
    const nonce = entry.createNonce();
    const stub = `window.acquireVsCodeApi = () => ({ postMessage() {}, getState() {}, setState() {} });`;
    const bundle = file => readFileSync(join(root, 'dist/media', file), 'utf8');
    return entry.previewPageHtml({
        csp: entry.standaloneContentSecurityPolicy(nonce),
        nonce,
        title: 'bench',
        inlineCss: bundle('preview.css'),
        scripts: [{ code: stub }, { code: bundle('mermaid.min.js') }, { code: previewJs ? readFileSync(previewJs, 'utf8') : bundle('preview.js') }],
        bodyClass: 'vscode-light'
    });
}

let wireEntry;

/** Updates timed per size for the Map view (the other views take the caller's count). */
const MAP_RUNS = 30;

/**
 * Posts a model as the extension does (in its wire form, webview-wire.ts, made here as the extension host
 * makes it) and resolves, in the page, once it is drawn and painted: ms since posting.
 */
export async function postAndTime(page, model, version) {
    wireEntry ??= loadEntry('langium-node');
    const message = (await wireEntry).toWebviewWire({ type: 'model', model, version });
    return page.evaluate(async message => {
        const preview = document.getElementById('journey-preview');
        const before = Number(preview.dataset.rendered ?? 0);
        const start = performance.now();
        const drawn = new Promise(resolve => {
            const observer = new MutationObserver(() => {
                if (Number(preview.dataset.rendered ?? 0) > before) { observer.disconnect(); resolve(); }
            });
            observer.observe(preview, { attributes: true, attributeFilter: ['data-rendered'] });
        });
        window.postMessage(message, '*');
        await drawn;
        await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0))); // the next frame is painted
        return performance.now() - start;
    }, message);
}

/** `mermaid.render` alone, with the configuration the preview left in place for this view. */
function bareRender(page, text, id) {
    return page.evaluate(async ({ text, id }) => {
        const start = performance.now();
        await window.mermaid.render(id, text);
        return performance.now() - start;
    }, { text, id });
}

/**
 * A model as after an edit: the first touchpoint's label and one emotion score changed, so every update
 * changes what each view draws (an emotion score alone leaves the Blueprint as it was, and the preview
 * keeps a drawing whose Mermaid text did not change).
 */
export function edited(model, run) {
    const copy = structuredClone(model);
    const touchpoint = copy.journeys[0].stages[0].touchpoints[0];
    if (touchpoint) touchpoint.label = `${touchpoint.label} (edit ${run})`;
    if (touchpoint?.emotions[0]) touchpoint.emotions[0].score = 1 + (run % 5);
    return copy;
}

/** `views`: the registry's views by default (BENCH_VIEWS=map,details runs a few). */
export async function benchPreview(sizes, runs, views) {
    const entry = await loadEntry('langium-node');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const rows = [];
    try {
        for (const touchpoints of sizes) {
            const [model] = await entry.renderModels({ 'people.journey': peopleFile(), 'map.journey': journeyFile(0, touchpoints, prng(42)) });
            const journeyId = model.journeys[0].id;
            const texts = { journey: entry.journeyDiagram(model, journeyId), emotions: entry.emotionCurve(model, journeyId), blueprint: entry.blueprint(model, journeyId) };
            const page = await (await browser.newContext({ viewport: { width: 1100, height: 760 } })).newPage();
            await page.setContent(pageHtml(entry));
            let version = 0;
            await postAndTime(page, model, ++version);
            for (const view of views ?? process.env.BENCH_VIEWS?.split(',') ?? entry.VIEW_IDS) {
                await page.evaluate(view => document.querySelector(`button[data-view="${view}"]`).click(), view);
                await postAndTime(page, edited(model, 0), ++version); // warm up this view
                if (process.env.BENCH_DEBUG) console.log('preview', touchpoints, view);
                const preview = [];
                const bare = [];
                if (texts[view]) await bareRender(page, texts[view], `bench-warmup-${view}`);
                // Preview and bare runs alternate, so that load from elsewhere on the machine weighs on both alike.
                // The Map view draws no Mermaid: 30 runs cost seconds, and its targets are on the p95, which needs them.
                const viewRuns = view === 'map' ? Math.max(runs, MAP_RUNS) : runs;
                for (let run = 0; run < viewRuns; run++) {
                    preview.push(await postAndTime(page, edited(model, run + 1), ++version));
                    if (texts[view]) bare.push(await bareRender(page, texts[view], `bench-${view}-${run}`));
                }
                const row = { touchpoints, view, preview: summarize(preview), bare: bare.length ? summarize(bare) : undefined };
                row.ratio = row.bare ? row.preview.median / row.bare.median : undefined;
                rows.push(row);
            }
            await page.context().close();
        }
    } finally {
        await browser.close();
    }
    return rows;
}
