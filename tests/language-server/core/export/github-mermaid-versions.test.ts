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
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../language-server/core/export/markdown-export.js';
import { diffReport } from '../../../../language-server/core/diff/diff-report.js';
import { launchChromium } from '../../../support/chromium.js';
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

let browser: Browser;
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

/** Renders every block in every version; returns the failures (version, block, message). */
async function failures(markdown: string): Promise<string[]> {
    const blocks = mermaidBlocks(markdown);
    expect(blocks.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const [version, page] of pages) {
        const results = await page.evaluate(async list => {
            const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
            const out: string[] = [];
            for (const [index, text] of list.entries()) {
                try {
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
        }, blocks);
        results.forEach((message, index) => message && found.push(`${version} block ${index + 1}: ${message}`));
    }
    return found;
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

    it.each([20, 100, 300])('a generated map of %i touchpoints, the blueprint split by stages under maxTextSize', async count => {
        const markdown = renderMarkdown(await modelFromFiles({ 'large.journey': largeMapText(count / 10, 10) }));
        for (const block of mermaidBlocks(markdown)) expect(block.length).toBeLessThanOrEqual(50_000);
        if (count === 300) expect(markdown).toMatch(/The blueprint is drawn in \d+ parts/);
        expect(await failures(markdown)).toEqual([]);
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
