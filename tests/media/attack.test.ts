/**
 * The attack suite: hostile labels (markup, event handlers, `javascript:`
 * URLs, Mermaid directives and `click` lines, `</text>`, newline injection,
 * Mermaid separators) through every view of the preview. The text must show
 * literally, nothing may run, and the CSP must never have to block anything.
 */
import { DEFAULT_VIEW, VIEW_IDS, type ViewId } from '../../language-server/core/views.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundles, fixture, launchPreviewBrowser, openPreview, OUTPUT_DIR, type PreviewBrowser, type PreviewPage } from './preview-harness.js';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const INIT = '%%{init: {"securityLevel":"loose"}}%%';
const CLOSE_TEXT = '</text><script>window.__pwned=1</script>';
const JAVASCRIPT_URL = 'javascript:window.__pwned=1';
const SEPARATORS = 'a: 5: b; c # d | e [f] {g} (h) "q" --> z ::: k';
const ANCHOR = '<a href="javascript:window.__pwned=1">link</a>';
const SVG_ONLOAD = '<svg onload="window.__pwned=1"></svg>';

/** What each view must show literally (diagrams put each label on one line). */
const EXPECTED_TEXT: Record<ViewId, string[]> = {
    map: [SCRIPT, IMG, INIT, CLOSE_TEXT, JAVASCRIPT_URL, SEPARATORS, ANCHOR, SVG_ONLOAD, 'x\nclick stage_a call alert(1)', 'line1\nsection Injected: 5: me'],
    journey: [CLOSE_TEXT, SCRIPT, IMG, INIT, 'x click stage_a call alert(1)', 'line1 section Injected: 5: me', SEPARATORS, JAVASCRIPT_URL, ANCHOR, SVG_ONLOAD],
    emotions: [CLOSE_TEXT, `${SCRIPT} · ${IMG}`, `x click stage_a call alert(1) · line1 section Injected: 5: me`, `${JAVASCRIPT_URL} · ${SVG_ONLOAD}`],
    blueprint: [SCRIPT, IMG, `Owner: ${INIT}`, `via ${JAVASCRIPT_URL}`, 'x click stage_a call alert(1)', SEPARATORS, ANCHOR, SVG_ONLOAD],
    details: [SCRIPT, IMG, INIT, CLOSE_TEXT, JAVASCRIPT_URL, SEPARATORS, ANCHOR, SVG_ONLOAD, 'x\nclick stage_a call alert(1)', 'line1\nsection Injected: 5: me']
};

/** Attributes a browser follows as a URL. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'srcset'];

let browser: PreviewBrowser;
let preview: PreviewPage;

beforeAll(async () => {
    buildBundles();
    browser = await launchPreviewBrowser();
    // "All personas" chosen: the Journey view then draws every persona's hostile label.
    preview = await openPreview(browser, { height: 1000, state: { view: 'map', zoom: 1, autoFit: true, scrollLeft: 0, scrollTop: 0, allPersonas: true } });
    await preview.sendAndRender({ type: 'model', model: fixture('hostile'), version: 1 });
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

/** Nothing executable or navigable came out of user text. */
async function expectNothingRan(): Promise<void> {
    const page = preview.page;
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await preview.cspViolations()).toEqual([]);
    const dangerous = await page.evaluate(URL_ATTRIBUTES => {
        const root = document.getElementById('journey-preview')!;
        const found: string[] = [];
        for (const element of root.querySelectorAll('*')) {
            if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'A', 'a'].includes(element.tagName)) found.push(element.tagName);
            for (const attribute of element.attributes) {
                // Text attributes (title, aria-label, data-*) may hold the label as text; URLs may not be `javascript:`.
                if (/^on/i.test(attribute.name) || (URL_ATTRIBUTES.includes(attribute.name.toLowerCase()) && /javascript:/i.test(attribute.value))) found.push(`${element.tagName}[${attribute.name}]`);
            }
        }
        return found;
    }, URL_ATTRIBUTES);
    expect(dangerous).toEqual([]);
    // A `%%{init}%%` label never loosens Mermaid.
    expect(await page.evaluate(() => (window as unknown as { mermaid: { mermaidAPI: { getConfig(): { securityLevel?: string } } } })
        .mermaid.mermaidAPI.getConfig().securityLevel)).toBe('strict');
}

describe('hostile labels in every view', () => {
    for (const view of VIEW_IDS) {
        it(`${view}: shows the text literally and runs nothing`, async () => {
            if (view !== DEFAULT_VIEW) await preview.afterRender(() => preview.page.click(`button[data-view="${view}"]`));
            const text = await preview.page.evaluate(() => document.querySelector('.viewport')!.textContent ?? '');
            // The Blueprint wraps long text onto lines at its spaces: compared without whitespace there.
            const shown = (value: string) => (view === 'blueprint' ? value.replace(/\s+/g, '') : value);
            for (const expected of EXPECTED_TEXT[view]) expect(shown(text)).toContain(shown(expected));
            await expectNothingRan();
            await preview.page.screenshot({ path: `${OUTPUT_DIR}/attack-${view}.png` });
        });
    }

    it('persona filter, legend and problems strip show hostile persona labels literally', async () => {
        await preview.afterRender(() => preview.page.click('button[data-view="journey"]'));
        const options = await preview.page.locator('select.persona-select option').allTextContents();
        expect(options).toEqual(['All personas', SCRIPT, IMG]);
        await preview.afterRender(() => preview.page.selectOption('select.persona-select', 'villain'));
        expect(await preview.page.evaluate(() => document.querySelector('.viewport svg')!.textContent)).toContain(IMG);
        expect(await preview.page.locator('.problems').innerText()).toContain(`${SCRIPT} ${IMG}`);
        expect(await preview.page.locator('.journey-title').innerText()).toBe(CLOSE_TEXT);
        await expectNothingRan();
    });

    it.each([['blueprint', `Owner: ${INIT}`, 1], ['map', SCRIPT, 2]] as const)('exports of hostile drawings carry no script (%s)', async (view, expected, requestId) => {
        await preview.afterRender(() => preview.page.click(`button[data-view="${view}"]`));
        await preview.send({ type: 'exportImage', requestId, format: 'svg' });
        await preview.page.waitForFunction(id => (window as unknown as { __posted: Array<{ type: string; requestId?: number }> }).__posted.some(m => m.type === 'imageExported' && m.requestId === id), requestId);
        const answer = (await preview.posted()).find(message => message.type === 'imageExported' && message.requestId === requestId) as { data: string };
        // Parsed as the SVG file it is: no element or attribute from user text, the text itself intact.
        // (User text in a title or aria-label is text: only URL attributes are followed.)
        const parsed = await preview.page.evaluate(({ svgText, urlAttributes }) => {
            const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml');
            const elements = [...svg.querySelectorAll('*')];
            return {
                error: svg.querySelector('parsererror')?.textContent ?? null,
                dangerous: elements.filter(element => ['script', 'img', 'a', 'iframe'].includes(element.localName)
                    || [...element.attributes].some(attribute => /^on/i.test(attribute.name)
                        || (urlAttributes.includes(attribute.name.toLowerCase()) && /javascript:/i.test(attribute.value)))).length,
                text: svg.documentElement.textContent ?? ''
            };
        }, { svgText: answer.data, urlAttributes: URL_ATTRIBUTES });
        expect(parsed.error).toBeNull();
        expect(parsed.dangerous).toBe(0);
        // Cells wrap long text over lines: compare without the white space.
        expect(parsed.text.replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''));
        await expectNothingRan();
    });

});
