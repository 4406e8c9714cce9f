/**
 * The generators' output rendered by the Mermaid bundle the preview ships
 * (strict security level) in Chromium: hostile labels are displayed as
 * written, and nothing they contain becomes an element, an attribute or a
 * running script.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { singleLine } from '../../../../language-server/core/mermaid/escape.js';
import { blueprint, emotionCurve, journeyDiagram } from '../../../../language-server/core/mermaid/index.js';
import type { RenderModel } from '../../../../language-server/core/model/render-model.js';
import { launchChromium, type TestBrowser } from '../../../support/chromium.js';
import { modelFromFiles } from '../../language/render/model-from-text.js';

const MERMAID = fileURLToPath(new URL('../../../../node_modules/mermaid/dist/mermaid.min.js', import.meta.url));

/** Each would set `window.__pwned` if it ever ran. */
const LABELS = [
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=1">',
    '<svg onload="window.__pwned=1"></svg>',
    '</text><script>window.__pwned=1</script>',
    'javascript:window.__pwned=1',
    '%%{init: {"securityLevel":"loose"}}%%',
    'x\nclick tp_t0 call alert(1)',
    'a: 5: b; c # d | e [f] {g} #quot; &lt; `code`',
    'Straße 20 °C'
];

const str = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

let browser: TestBrowser;
let page: Page;
let model: RenderModel;

beforeAll(async () => {
    const lines = ['team owner "Owner"', 'channel web "Web"'];
    LABELS.forEach((label, i) => lines.push(`persona p${i} ${str(label)}`));
    lines.push(`journey j ${str(LABELS[0])} {`);
    LABELS.forEach((label, i) =>
        lines.push(`  stage s${i} ${str(label)} {`, `    owner owner`, `    touchpoint t${i} ${str(label)} via web {`, `      emotion p${i} ${(i % 5) + 1}`, `      pain ${str(label)}`, `      pain ${str(`second: ${label}`)}`, '    }', '  }')
    );
    lines.push('}');
    model = await modelFromFiles({ 'hostile.journey': lines.join('\n') });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ path: MERMAID });
    await page.evaluate(() => (window as unknown as { mermaid: { initialize(config: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
});

afterAll(async () => {
    await browser?.close();
});

/** Renders as the preview does (the SVG string into the page) and reports what a reader and a script could see. */
async function render(text: string) {
    return page.evaluate(async (source: string) => {
        const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        const { svg } = await mermaid.render(`d${Math.random().toString(36).slice(2)}`, source);
        const out = document.getElementById('out')!;
        out.innerHTML = svg;
        await new Promise(resolve => setTimeout(resolve, 50));
        const elements = [...out.querySelectorAll('*')];
        return {
            text: out.textContent ?? '',
            tags: [...new Set(elements.map(element => element.localName))],
            handlers: elements.flatMap(element => [...element.attributes].filter(attribute => /^on/i.test(attribute.name)).map(attribute => attribute.name)),
            links: elements.filter(element => element.hasAttribute('href') || element.hasAttribute('xlink:href')).length,
            pwned: (window as unknown as { __pwned?: number }).__pwned
        };
    }, text);
}

describe('generated Mermaid rendered in Chromium', () => {
    it.each([
        ['journey', () => journeyDiagram(model, 'j')],
        ['emotion curve', () => emotionCurve(model, 'j', { before: model })],
        ['blueprint', () => blueprint(model, 'j')]
    ])('%s shows hostile labels as text and runs nothing', async (view, generate) => {
        const result = await render(generate());
        // The Blueprint wraps long text onto lines at its spaces: compared without whitespace there.
        const shown = (text: string) => (view === 'blueprint' ? text.replace(/\s+/g, '') : text);
        for (const label of LABELS) {
            expect(shown(result.text)).toContain(shown(singleLine(label)));
        }
        if (view === 'blueprint') {
            // Blueprint: a touchpoint's two pains are two lines of one cell, split by Mermaid's own <br>.
            expect(result.tags).toContain('br');
            expect(shown(result.text)).toContain(shown(`second: ${singleLine(LABELS[1])}`));
        }
        expect(result.tags).not.toContain('script');
        expect(result.tags).not.toContain('img');
        expect(result.tags.filter(tag => tag === 'svg')).toHaveLength(1);
        expect(result.handlers).toEqual([]);
        expect(result.links).toBe(0);
        expect(result.pwned).toBeUndefined();
    });
});
