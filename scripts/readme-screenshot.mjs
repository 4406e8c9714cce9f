#!/usr/bin/env node
// Retakes docs/images/editor-and-map.png, the README's picture: the checkout example in the
// editor with its Map view (the preview's default view) beside it, in a real VS Code
// (code-server) at 1,600 × 1,000, as `npm start` opens them.
//   node scripts/readme-screenshot.mjs
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumOptions, ensureCodeServer, ensureVsix, packageFolderExtension, prepareProfile, repoRoot, startCodeServer } from './code-server.mjs';

const out = join(repoRoot, 'docs/images/editor-and-map.png');
const runDir = mkdtempSync(join(tmpdir(), 'journey-readme-'));
ensureCodeServer();
const helper = packageFolderExtension(join(repoRoot, 'scripts/open-preview-on-start'), join(runDir, 'open-preview-on-start.vsix'));
const profile = prepareProfile(join(runDir, 'profile'), {
    vsix: [ensureVsix(), helper],
    settings: { 'editor.minimap.enabled': false, 'workbench.editor.enablePreview': false, 'git.enabled': false, 'git.openRepositoryInParentFolders': 'never' }
});
const server = await startCodeServer(profile, { workspace: join(repoRoot, 'examples'), openFile: 'checkout.journey' });
let context;
try {
    context = await chromium.launchPersistentContext(join(runDir, 'chromium'), chromiumOptions({ width: 1600, height: 1000 }));
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(server.url);
    const webview = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
    // The Map view: its canvas with the touchpoint cards and the emotion curve drawn.
    await webview.locator('.viewport .map .map-curve-path').first().waitFor({ timeout: 120_000 });
    // Room for the map: no sidebar. The cursor in the first touchpoint highlights it in the preview.
    await page.keyboard.press('Control+B');
    await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
    await page.locator('.monaco-editor .view-line', { hasText: 'touchpoint sponsored_post' }).click();
    await webview.locator('.map-touchpoint.is-highlighted').first().waitFor({ timeout: 30_000 });
    // One step out (80 %): the header, the stages and the emotion curve in one picture.
    await webview.locator('button.zoom-out').click();
    await webview.locator('button.zoom-reset', { hasText: '80%' }).waitFor();
    await page.waitForTimeout(300); // the preview takes its new width
    mkdirSync(join(repoRoot, 'docs/images'), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`wrote ${out}`);
} finally {
    await context?.close();
    server.stop();
    rmSync(runDir, { recursive: true, force: true });
}
