/**
 * Every Mermaid block the CLI writes to Markdown (`render --format markdown`,
 * `diff --format markdown`, hence the Action's comment) parses and renders in
 * the Mermaid versions GitHub may use: 10.9, 11.3 and the bundled one, each
 * loaded from its own `dist/mermaid.min.js` in Chromium with Mermaid's
 * default settings (`maxTextSize` 50,000). A render must not show Mermaid's
 * "Unsupported markdown", "Syntax error" or "Maximum text size" notices.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../language-server/core/export/markdown-export.js';
import { diffReport } from '../../../../language-server/core/diff/diff-report.js';
import { launchChromium, type TestBrowser } from '../../../support/chromium.js';
import { largeMapText } from '../../../support/large-map.js';
import { mermaidBlocks } from '../../../support/markdown-mermaid.js';
import { modelFromFiles } from '../../language/render/model-from-text.js';
import { workspaceModelOf } from '../diff/diff-fixtures.js';

const VERSIONS = { '10.9': 'mermaid-10-9', '11.3': 'mermaid-11-3', bundled: 'mermaid' } as const;
const bundle = (pkg: string) => fileURLToPath(new URL(`../../../../node_modules/${pkg}/dist/mermaid.min.js`, import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));

const HOSTILE = [
    'persona maya "Maya, a first-time buyer with a rather long name that legends cut"',
    'persona ben "- Ben"',
    'team ops "1. Ops"',
    'journey j "1. Test" {',
    '  personas maya, ben',
    '  stage s1 "1. Discover" {',
    '    owner ops',
    '    touchpoint t1 "- Ad seen" {',
    '      emotion maya 3',
    '      emotion ben 4',
    '      pain "1. slow `code` *here* _too_"',
    '    }',
    '    touchpoint t2 "`Search`" {',
    '      emotion maya 2',
    '    }',
    '  }',
    '}',
    ''
].join('\n');

let browser: TestBrowser;
const pages = new Map<string, Page>();

beforeAll(async () => {
    browser = await launchChromium();
    for (const [version, pkg] of Object.entries(VERSIONS)) {
        const page = await browser.newPage();
        await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
        await page.addScriptTag({ path: bundle(pkg) });
        await page.evaluate(() => (window as unknown as { mermaid: { initialize(config: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
        pages.set(version, page);
    }
});
afterAll(async () => {
    await browser?.close();
});

/**
 * Renders every block in every version; returns the failures (version, block, message).
 * `parse` only parses (Mermaid's own syntax check, what makes GitHub show "Syntax error"),
 * for blocks whose drawing another case already renders.
 */
async function failures(markdown: string, check: 'render' | 'parse' = 'render'): Promise<string[]> {
    const blocks = mermaidBlocks(markdown);
    expect(blocks.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const [version, page] of pages) {
        const results = await page.evaluate(async ({ list, parseOnly }) => {
            const mermaid = (window as unknown as { mermaid: { parse(text: string): Promise<unknown>; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
            const out: string[] = [];
            for (const [index, text] of list.entries()) {
                try {
                    if (parseOnly) {
                        await mermaid.parse(text);
                        out.push('');
                        continue;
                    }
                    const { svg } = await mermaid.render(`d${index}-${Date.now()}`, text);
                    const holder = document.createElement('div');
                    holder.innerHTML = svg;
                    const shown = holder.textContent ?? '';
                    const notice = /Unsupported markdown|Syntax error|Maximum text size|Parse error/.exec(shown);
                    out.push(notice ? `renders "${notice[0]}"` : '');
                } catch (error) {
                    out.push(String(error instanceof Error ? error.message : error).split('\n')[0]);
                }
            }
            return out;
        }, { list: blocks, parseOnly: check === 'parse' });
        results.forEach((message, index) => message && found.push(`${version} block ${index + 1}: ${message}`));
    }
    return found;
}

/** The Markdown of a generated map of `count` touchpoints, 10 per stage, and its Mermaid blocks. */
async function largeMapMarkdown(count: number): Promise<{ markdown: string; blocks: string[] }> {
    const markdown = renderMarkdown(await modelFromFiles({ 'large.journey': largeMapText(count / 10, 10) }));
    return { markdown, blocks: mermaidBlocks(markdown) };
}

describe('Markdown Mermaid renders on GitHub\'s Mermaid versions', { timeout: 300_000 }, () => {
    it.each(readdirSync(EXAMPLES).filter(name => name.endsWith('.journey') && name !== 'people.journey'))('render --format markdown of %s', async name => {
        // The example last: its model is the one built.
        const model = await modelFromFiles({ 'people.journey': readFileSync(EXAMPLES + 'people.journey', 'utf8'), [name]: readFileSync(EXAMPLES + name, 'utf8') });
        expect(await failures(renderMarkdown(model))).toEqual([]);
    });

    it('hostile labels: list markers, backticks, emphasis, long persona names', async () => {
        const markdown = renderMarkdown(await modelFromFiles({ 't.journey': HOSTILE }));
        expect(await failures(markdown)).toEqual([]);
    });

    // Blueprint sizes of the generated map (10 touchpoints a stage): 100 touchpoints are one
    // block of 46,210 characters, just under maxTextSize; 110 is the smallest that splits (that
    // block, then a part of 5,805); 300 splits in 3 parts, the later two the first's lines with
    // two-digit numbers (47,440 characters).
    it('a generated map of 20 touchpoints: one blueprint block', async () => {
        const { markdown } = await largeMapMarkdown(20);
        expect(markdown).not.toContain('The blueprint is drawn in');
        expect(await failures(markdown)).toEqual([]);
    });

    it('a generated map of 110 touchpoints, the smallest that splits: the blueprint in 2 parts under maxTextSize, each drawn', async () => {
        const { markdown, blocks } = await largeMapMarkdown(110);
        for (const block of blocks) expect(block.length).toBeLessThanOrEqual(50_000);
        expect(markdown).toContain('The blueprint is drawn in 2 parts');
        // The first part is near the limit: the drawing that matters.
        expect(Math.max(...blocks.map(block => block.length))).toBeGreaterThan(45_000);
        expect(await failures(markdown)).toEqual([]);
    });

    it('a generated map of 300 touchpoints: the blueprint in 3 parts, by stage, each under maxTextSize and parsed', async () => {
        const { markdown, blocks } = await largeMapMarkdown(300);
        for (const block of blocks) expect(block.length).toBeLessThanOrEqual(50_000);
        expect(markdown).toContain('The blueprint is drawn in 3 parts');
        expect(markdown).toMatch(/\*\*Part 2: Stage 10 – Stage 19\*\*/);
        // The parts are drawn like the 110 map's first part (same lines, other numbers): parsing each is the check left.
        expect(await failures(markdown, 'parse')).toEqual([]);
    });

    it('a diff that adds and removes scored touchpoints: the curve with gaps parses everywhere, with its key', async () => {
        const before = await workspaceModelOf({ 't.journey': HOSTILE });
        const after = await workspaceModelOf({ 't.journey': HOSTILE.replace(/    touchpoint t2[\s\S]*?\n    }\n/, '    touchpoint t3 "New" {\n      emotion ben 5\n    }\n') });
        const { text } = diffReport(before, after, { format: 'markdown' });
        expect(text).toContain('| Line | Colour | Style |');
        expect(text).toContain('faded: the previous version');
        expect(await failures(text)).toEqual([]);
    });
});
