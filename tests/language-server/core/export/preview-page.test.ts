/**
 * The self-contained HTML export, opened from disk in Chromium with every
 * network request refused: all views draw offline, hostile text stays text.
 */
import { DEFAULT_VIEW, VIEW_IDS } from '../../../../language-server/core/views.js';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewPageHtml, renderStandaloneHtml, type PreviewAssets } from '../../../../language-server/core/export/preview-page.js';
import { readPreviewAssets } from '../../../../language-server/node/preview-assets.js';
import { buildBundles, fixture, launchChromium, OUTPUT_DIR, type TestBrowser } from '../../../media/preview-harness.js';

let browser: TestBrowser;
let assets: PreviewAssets;

beforeAll(async () => {
    buildBundles();
    assets = readPreviewAssets('dist/media');
    browser = await launchChromium();
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

interface OpenedExport {
    page: Page;
    /** Requests other than the file itself (there must be none). */
    requests: string[];
    violations(): Promise<string[]>;
}

async function openExport(name: string, html: string): Promise<OpenedExport> {
    const file = resolve(join(OUTPUT_DIR, name));
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 }, acceptDownloads: true });
    const requests: string[] = [];
    await page.route('**/*', route => {
        if (route.request().url() === pathToFileURL(file).href) return route.continue();
        requests.push(route.request().url());
        return route.abort();
    });
    await page.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { __violations: string[] }).__violations = violations;
        document.addEventListener('securitypolicyviolation', event => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('.viewport svg');
    return { page, requests, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

async function showView(page: Page, view: string): Promise<void> {
    const before = await page.evaluate(() => Number(document.getElementById('journey-preview')!.dataset.rendered));
    await page.click(`button[data-view="${view}"]`);
    await page.waitForFunction(previous => Number(document.getElementById('journey-preview')!.dataset.rendered) > previous, before);
}

describe('renderStandaloneHtml', () => {
    it('embeds the model as inert JSON and inlines both scripts under a nonce CSP', () => {
        const html = renderStandaloneHtml(fixture('hostile'), { assets });
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
        const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
        expect(csp).toMatch(/^default-src 'none'/);
        expect(nonce).toBeTruthy();
        const json = /<script type="application\/json" id="journey-model">([^]*?)<\/script>/.exec(html)?.[1] ?? '';
        expect(json).not.toContain('<');
        expect(JSON.parse(json)).toEqual(fixture('hostile'));
        const executable = html.match(/<script(?! type="application\/json")[^>]*>/g) ?? [];
        expect(executable).toEqual([`<script nonce="${nonce}">`, `<script nonce="${nonce}">`]);
        expect(html).toContain('<title>&lt;/text&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;</title>');
        // A fresh nonce per export.
        expect(renderStandaloneHtml(fixture('hostile'), { assets })).not.toContain(`nonce-${nonce}`);
    });

    it('opens offline and switches between all views', { timeout: 90_000 }, async () => {
        const opened = await openExport('checkout.html', renderStandaloneHtml(fixture('multi'), { assets, theme: 'light' }));
        const { page } = opened;
        // The journey's title, state included, as the preview's toolbar shows it.
        expect(await page.title()).toBe('First online purchase (current state)');
        // The Map view first, then the Mermaid views.
        expect(await page.locator('.viewport .map').innerText()).toContain('Search result');
        await showView(page, 'journey');
        expect(await page.locator('.viewport svg').textContent()).toContain('Search result');
        await showView(page, 'emotions');
        expect(await page.locator('.viewport svg').textContent()).toContain('Discover · Search result');
        await showView(page, 'blueprint');
        expect(await page.locator('.viewport svg').textContent()).toContain('Surprise shipping fee');
        await showView(page, 'details');
        expect((await page.locator('table.details .map-metric', { hasText: 'Cart abandonment' }).innerText()).replace(/\s+/g, ' ')).toBe('Cart abandonment 68% target 45% ✗ missed');
        await page.selectOption('select.journey-select', 'store_return');
        await page.waitForFunction(() => document.querySelector('table.details')?.textContent?.includes('Returns desk'));
        // No editor to export to: the whole-file exports are hidden, images download in the browser.
        expect(await page.locator('button[data-export="html"]').isVisible()).toBe(false);
        await showView(page, 'blueprint');
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="svg"]')]);
        // The extension's one rule for export names: the map's file, the view, the format.
        expect(download.suggestedFilename()).toBe('multi-blueprint.svg');
        expect(opened.requests).toEqual([]);
        expect(await opened.violations()).toEqual([]);
        await page.screenshot({ path: join(OUTPUT_DIR, 'export-blueprint.png') });
        await page.close();
    });

    it('opens in the light print theme by default', async () => {
        expect(renderStandaloneHtml(fixture('checkout'), { assets })).toContain('<body class="vscode-light journey-standalone">');
    });

    it('follows the reader\'s colour scheme when asked to', async () => {
        const html = renderStandaloneHtml(fixture('checkout'), { assets, theme: 'system' });
        const page = await browser.newPage({ colorScheme: 'dark' });
        const file = resolve(join(OUTPUT_DIR, 'checkout-dark.html'));
        writeFileSync(file, html);
        await page.goto(pathToFileURL(file).href);
        await page.waitForSelector('.viewport .map');
        expect(await page.evaluate(() => document.body.className)).toContain('vscode-dark');
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(31, 31, 31)');
        await page.close();
    });

    it('shows hostile labels literally in every view and runs nothing', async () => {
        const opened = await openExport('hostile.html', renderStandaloneHtml(fixture('hostile'), { assets }));
        const { page } = opened;
        for (const view of VIEW_IDS) {
            if (view !== DEFAULT_VIEW) await showView(page, view);
            const text = await page.locator('.viewport').textContent();
            expect(text).toContain('<script>window.__pwned=1</script>');
            expect(text).toContain('<img src=x onerror="window.__pwned=1">');
            expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
            expect(await page.locator('#journey-preview script, #journey-preview img, #journey-preview iframe').count()).toBe(0);
        }
        expect(await page.locator('.journey-title').textContent()).toBe('</text><script>window.__pwned=1</script>');
        expect(opened.requests).toEqual([]);
        expect(await opened.violations()).toEqual([]);
        await page.close();
    });
});

describe('previewPageHtml print layout', () => {
    const page = (printLayout?: { width: number; height: number }) =>
        previewPageHtml({ csp: "default-src 'none'", nonce: 'n', title: 't', scripts: [], printLayout });

    it('asks the preview for print pages of the given size', () => {
        expect(page({ width: 1123, height: 794 })).toContain('<div id="journey-preview" data-print-layout="1123x794"></div>');
        expect(page()).toContain('<div id="journey-preview"></div>');
    });

    it('refuses a size that is not whole pixels in range, saying which', () => {
        expect(() => page({ width: 1920.5, height: 1080 })).toThrow('A print layout is whole CSS pixels from 100 to 20000, not 1920.5x1080.');
        expect(() => page({ width: 0, height: 1080 })).toThrow(/not 0x1080/);
    });
});
