/**
 * axe-core (node_modules/axe-core, injected into the page) on every view of
 * the preview in light, dark and high-contrast themes, and on the standalone
 * HTML export: no violation of any impact, including WCAG AA contrast of the
 * text on the map's tinted cards.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { renderStandaloneHtml } from '../../language-server/core/export/preview-page.js';
import { DEFAULT_VIEW, VIEW_IDS } from '../../language-server/core/views.js';
import { AXE_SOURCE, fixture, openPreview, usePreviewBrowser } from './preview-harness.js';

const browser = usePreviewBrowser();

interface AxeViolation { id: string; impact: string; help: string; nodes: Array<{ target: string[]; failureSummary: string }> }

async function axeViolations(page: Page): Promise<string[]> {
    // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
    // Once per page: axe's half megabyte of script is not compiled again for each view.
    if (!await page.evaluate(() => 'axe' in window)) await page.evaluate(AXE_SOURCE());
    const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
        return (await axe.run(document.documentElement, { resultTypes: ['violations'] })).violations;
    });
    return violations.flatMap(violation => violation.nodes.slice(0, 3).map(node => `${violation.impact} ${violation.id} at ${node.target.join(' ')}: ${node.failureSummary.split('\n').slice(0, 2).join(' ')}`));
}

describe('accessibility (axe-core)', () => {
    for (const theme of ['vscode-light', 'vscode-dark', 'vscode-high-contrast', 'vscode-high-contrast-light'] as const) {
        it(`every view has no axe violation, ${theme.replace('vscode-', '')}`, async () => {
            const preview = await openPreview(browser(), { theme, width: 1200 });
            await preview.sendAndRender({ type: 'model', model: fixture('checkout'), version: 1 });
            for (const view of VIEW_IDS) {
                if (view !== DEFAULT_VIEW) await preview.afterRender(() => preview.page.click(`button[data-view="${view}"]`));
                expect(await axeViolations(preview.page), `${view} ${theme}`).toEqual([]);
            }
            await preview.page.close();
        }, 120_000);
    }

    it('the standalone HTML export has no axe violation', async () => {
        const assets = {
            mermaidJs: readFileSync('dist/media/mermaid.min.js', 'utf8'),
            previewJs: readFileSync('dist/media/preview.js', 'utf8'),
            previewCss: readFileSync('dist/media/preview.css', 'utf8')
        };
        const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
        await page.setContent(renderStandaloneHtml(fixture('checkout'), { assets }));
        await page.waitForFunction(() => Number(document.getElementById('journey-preview')?.dataset.rendered ?? 0) > 0);
        expect(await page.locator('.viewport .map').count()).toBe(1);
        // The light print theme unless asked otherwise.
        expect(await page.evaluate(() => document.body.classList.contains('vscode-light'))).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
    }, 60_000);
});
