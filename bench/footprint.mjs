// Footprint: bundle sizes, the .vsix (built by `npm run package`, production
// bundles), the cost of loading the extension's bundle (`require` with a stand-in
// `vscode` module), and VS Code's own activation time of the extension in code-server.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;
export const BUNDLES = ['dist/extension.js', 'dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/media/preview.js', 'dist/media/mermaid.min.js', 'dist/journey-maps.vsix'];

/** Builds the .vsix (production bundles); returns the sizes of every bundle in the folder afterwards. */
export function packageAndMeasure() {
    const result = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`npm run package failed: ${result.stderr}`);
    return BUNDLES.filter(file => existsSync(join(root, file))).map(file => ({ file, bytes: statSync(join(root, file)).size }));
}

/** `require('dist/extension.js')` in a fresh process, with every `vscode` API a no-op stand-in: ms, median of runs. */
export function extensionLoadTime(runs) {
    const script = `
        const Module = require('node:module');
        const fake = new Proxy(function () {}, { get: (target, key) => key === Symbol.toPrimitive ? () => '' : fake, apply: () => fake, construct: () => fake });
        const load = Module._load;
        Module._load = function (request, ...rest) { return request === 'vscode' ? fake : load.call(this, request, ...rest); };
        const start = performance.now();
        require(${JSON.stringify(join(root, 'dist/extension.js'))});
        console.log(performance.now() - start);`;
    const samples = [];
    for (let i = 0; i < runs; i++) {
        const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`loading dist/extension.js failed: ${result.stderr}`);
        samples.push(Number(result.stdout.trim()));
    }
    return summarize(samples);
}

/**
 * VS Code's own activation time of the extension, in code-server (VS Code 1.100 for the browser,
 * as in the end-to-end tests): a fresh profile with the packaged .vsix, a workspace with one
 * map opened from the URL (activation by `onLanguage:journey`), then "Developer: Show Running
 * Extensions", whose row for the extension reads "Activation: N ms": VS Code's codeLoadingTime +
 * activateCallTime (AbstractRuntimeExtensionsEditor, vs/workbench/contrib/extensions/browser/
 * abstractRuntimeExtensionsEditor.ts), i.e. loading `main` and the synchronous `activate` call;
 * the promise `activate` returns and the language client loaded after it are not counted.
 * One code-server and browser window per run; ms.
 */
export async function codeServerActivationTime(runs) {
    const { chromium } = await import('playwright-core');
    const { chromiumOptions, ensureCodeServer, ensureVsix, prepareProfile, startCodeServer } = await import('../scripts/code-server.mjs');
    const { cpSync, mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    ensureCodeServer();
    const vsix = process.env.JOURNEY_E2E_VSIX ?? ensureVsix();
    const samples = [];
    for (let i = 0; i < runs; i++) {
        const dir = mkdtempSync(join(tmpdir(), 'journey-activation-'));
        const workspace = join(dir, 'workspace');
        cpSync(join(root, 'tests/e2e/fixtures/workspace'), workspace, { recursive: true });
        const profile = prepareProfile(join(dir, 'profile'), { vsix });
        const server = await startCodeServer(profile, { workspace, openFile: 'checkout.journey' });
        const context = await chromium.launchPersistentContext(join(dir, 'chromium'), chromiumOptions({ width: 1400, height: 900 }));
        try {
            const page = context.pages()[0] ?? await context.newPage();
            await page.goto(server.url);
            await page.locator('[id="status.editor.mode"]', { hasText: 'Journey' }).waitFor({ timeout: 120_000 });
            await page.keyboard.press('F1');
            await page.locator('.quick-input-widget input[type="text"]').fill('>Developer: Show Running Extensions');
            await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Running Extensions' }).first().click();
            const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Journey' }).first();
            const time = row.locator('.activation-time');
            await time.filter({ hasText: /\d+\s*ms/ }).waitFor({ timeout: 60_000 });
            samples.push(Number(/(\d+)\s*ms/.exec(await time.textContent())[1]));
        } finally {
            await context.close().catch(() => undefined);
            server.stop();
            await server.exited;
            rmSync(dir, { recursive: true, force: true });
        }
    }
    return summarize(samples);
}
