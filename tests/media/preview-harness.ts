/**
 * Loads the built preview (`dist/media/preview.js` + `mermaid.min.js`) into
 * headless Chromium under the webview's CSP, with a stub `acquireVsCodeApi`
 * that records what the webview posts and saves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { createNonce, previewPageHtml, standaloneContentSecurityPolicy } from '../../language-server/core/export/preview-page.js';
import type { FromWebviewMessage, PreviewState, ToWebviewMessage } from '../../language-server/protocol/webview-messages.js';

export const OUTPUT_DIR = join('tests', 'media', '__output__');

export const CHROMIUM_ARGS = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'
];

const BUNDLES = ['dist/media/preview.js', 'dist/media/preview.css', 'dist/media/mermaid.min.js'];
const BUNDLE_SOURCES = ['media', 'src/extension/preview', 'src/extension/export', 'language-server/core', 'language-server/protocol', 'scripts/build.mjs'];

function newestChange(path: string): number {
    if (!existsSync(path)) return 0;
    const stats = statSync(path);
    if (!stats.isDirectory()) return stats.mtimeMs;
    return Math.max(0, ...readdirSync(path).map(name => newestChange(join(path, name))));
}

/** Builds the bundles when a source is newer than them (test files run in parallel; only stale bundles are rewritten). */
export function buildBundles(): void {
    const built = Math.min(...BUNDLES.map(bundle => (existsSync(bundle) ? statSync(bundle).mtimeMs : 0)));
    if (Math.max(...BUNDLE_SOURCES.map(newestChange)) > built) {
        execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
    }
    mkdirSync(OUTPUT_DIR, { recursive: true });
}

export function launchChromium(): Promise<Browser> {
    return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * One Chromium for a test file, with the bundles built first and closed after
 * the file; `prepare` runs before the launch (e.g. to build models).
 * Returns the browser, to be read inside tests.
 */
export function usePreviewBrowser(prepare?: () => Promise<void>): () => Browser {
    let browser: Browser | undefined;
    beforeAll(async () => {
        buildBundles();
        await prepare?.();
        browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
        await browser?.close();
    });
    return () => browser!;
}

export function fixture(name: string): RenderModel {
    return JSON.parse(readFileSync(join('tests', 'fixtures', 'render-models', `${name}.json`), 'utf8')) as RenderModel;
}

/** axe-core's script, injected into a page to check it. */
export const AXE_SOURCE = (): string => readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export type ThemeClass = 'vscode-light' | 'vscode-dark' | 'vscode-high-contrast' | 'vscode-high-contrast-light';

/** What VS Code sets on a webview's body for each theme kind (the preview reads the same variables). */
const THEME_VARIABLES: Record<ThemeClass, string> = {
    'vscode-light': '--vscode-font-family: sans-serif; --vscode-font-size: 13px; --vscode-editor-background: #ffffff; --vscode-editor-foreground: #1f1f1f; --vscode-foreground: #1f1f1f; --vscode-descriptionForeground: #616161; --vscode-panel-border: #e5e5e5; --vscode-button-background: #005fb8; --vscode-button-foreground: #ffffff; --vscode-button-secondaryBackground: #e5e5e5; --vscode-button-secondaryForeground: #3b3b3b; --vscode-focusBorder: #005fb8; --vscode-dropdown-background: #ffffff; --vscode-dropdown-foreground: #3b3b3b; --vscode-dropdown-border: #cecece; --vscode-editorWidget-background: #f8f8f8; --vscode-errorForeground: #f85149; --vscode-editorWarning-foreground: #bf8803; --vscode-inputValidation-errorBackground: #f2dede; --vscode-inputValidation-errorBorder: #be1100; --vscode-textLink-foreground: #005fb8; --vscode-list-hoverBackground: #f2f2f2; --vscode-editor-selectionHighlightBackground: #add6ff80;',
    'vscode-dark': '--vscode-font-family: sans-serif; --vscode-font-size: 13px; --vscode-editor-background: #1f1f1f; --vscode-editor-foreground: #cccccc; --vscode-foreground: #cccccc; --vscode-descriptionForeground: #9d9d9d; --vscode-panel-border: #2b2b2b; --vscode-button-background: #0078d4; --vscode-button-foreground: #ffffff; --vscode-button-secondaryBackground: #313131; --vscode-button-secondaryForeground: #cccccc; --vscode-focusBorder: #0078d4; --vscode-dropdown-background: #313131; --vscode-dropdown-foreground: #cccccc; --vscode-dropdown-border: #3c3c3c; --vscode-editorWidget-background: #202020; --vscode-errorForeground: #f85149; --vscode-editorWarning-foreground: #cca700; --vscode-inputValidation-errorBackground: #5a1d1d; --vscode-inputValidation-errorBorder: #be1100; --vscode-textLink-foreground: #4daafc; --vscode-list-hoverBackground: #2a2d2e; --vscode-editor-selectionHighlightBackground: #add6ff26;',
    'vscode-high-contrast': '--vscode-font-family: sans-serif; --vscode-font-size: 13px; --vscode-editor-background: #000000; --vscode-editor-foreground: #ffffff; --vscode-foreground: #ffffff; --vscode-descriptionForeground: #ffffff; --vscode-panel-border: #6fc3df; --vscode-contrastBorder: #6fc3df; --vscode-button-background: #000000; --vscode-button-foreground: #ffffff; --vscode-button-secondaryBackground: #000000; --vscode-button-secondaryForeground: #ffffff; --vscode-button-border: #6fc3df; --vscode-focusBorder: #f38518; --vscode-dropdown-background: #000000; --vscode-dropdown-foreground: #ffffff; --vscode-dropdown-border: #6fc3df; --vscode-editorWidget-background: #0c141f; --vscode-errorForeground: #f48771; --vscode-editorWarning-foreground: #ffd700; --vscode-inputValidation-errorBackground: #000000; --vscode-inputValidation-errorBorder: #6fc3df; --vscode-textLink-foreground: #21a6ff; --vscode-list-hoverBackground: #000000; --vscode-editor-selectionHighlightBackground: #000000;',
    'vscode-high-contrast-light': '--vscode-font-family: sans-serif; --vscode-font-size: 13px; --vscode-editor-background: #ffffff; --vscode-editor-foreground: #292929; --vscode-foreground: #292929; --vscode-descriptionForeground: #292929; --vscode-panel-border: #0f4a85; --vscode-contrastBorder: #0f4a85; --vscode-button-background: #0f4a85; --vscode-button-foreground: #ffffff; --vscode-button-secondaryBackground: #ffffff; --vscode-button-secondaryForeground: #292929; --vscode-button-border: #0f4a85; --vscode-focusBorder: #006bbd; --vscode-dropdown-background: #ffffff; --vscode-dropdown-foreground: #292929; --vscode-dropdown-border: #0f4a85; --vscode-editorWidget-background: #ffffff; --vscode-errorForeground: #b5200d; --vscode-editorWarning-foreground: #895503; --vscode-inputValidation-errorBackground: #ffffff; --vscode-inputValidation-errorBorder: #b5200d; --vscode-textLink-foreground: #0f4a85; --vscode-list-hoverBackground: #ffffff; --vscode-editor-selectionHighlightBackground: #0f4a851a;'
};

export interface PreviewPage {
    page: Page;
    /** Messages the webview posted to the (stub) extension. */
    posted(): Promise<FromWebviewMessage[]>;
    savedState(): Promise<PreviewState | undefined>;
    send(message: ToWebviewMessage): Promise<void>;
    /** Sends a message and waits until the preview has drawn once more. */
    sendAndRender(message: ToWebviewMessage): Promise<void>;
    /** Runs an action in the page and waits until the preview has drawn once more. */
    afterRender(action: () => Promise<unknown>): Promise<void>;
    setTheme(theme: ThemeClass): Promise<void>;
    cspViolations(): Promise<string[]>;
}

/** Opens the preview as VS Code would (same bundles, same CSP shape), optionally with saved state. */
export async function openPreview(browser: Browser, options: { theme?: ThemeClass; state?: PreviewState; width?: number; height?: number; printLayout?: { width: number; height: number } } = {}): Promise<PreviewPage> {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1100, height: options.height ?? 760 } });
    const nonce = createNonce();
    const stub = `
        window.__posted = [];
        window.__state = ${JSON.stringify(options.state ?? null)} ?? undefined;
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', event => window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
        window.acquireVsCodeApi = () => ({
            postMessage: message => window.__posted.push(JSON.parse(JSON.stringify(message))),
            getState: () => window.__state,
            setState: state => { window.__state = JSON.parse(JSON.stringify(state)); }
        });`;
    const theme = options.theme ?? 'vscode-light';
    const html = previewPageHtml({
        csp: standaloneContentSecurityPolicy(nonce),
        nonce,
        title: 'test',
        inlineCss: readFileSync('dist/media/preview.css', 'utf8'),
        scripts: [{ code: stub }, { code: readFileSync('dist/media/mermaid.min.js', 'utf8') }, { code: readFileSync('dist/media/preview.js', 'utf8') }],
        bodyClass: theme,
        printLayout: options.printLayout
    }).replace('<body class=', `<body style="${THEME_VARIABLES[theme]}" class=`);
    await page.setContent(html);
    const renderedCount = () => page.evaluate(() => Number(document.getElementById('journey-preview')?.dataset.rendered ?? 0));
    const afterRender = async (action: () => Promise<unknown>) => {
        const before = await renderedCount();
        await action();
        await page.waitForFunction(previous => Number(document.getElementById('journey-preview')?.dataset.rendered ?? 0) > previous, before);
    };
    const send = (message: ToWebviewMessage) => page.evaluate(data => window.postMessage(data, '*'), message);
    return {
        page,
        posted: () => page.evaluate(() => (window as unknown as { __posted: FromWebviewMessage[] }).__posted),
        savedState: () => page.evaluate(() => (window as unknown as { __state?: PreviewState }).__state),
        send,
        sendAndRender: message => afterRender(() => send(message)),
        afterRender,
        setTheme: async next => {
            await page.evaluate(([className, style]) => {
                document.body.setAttribute('style', style);
                document.body.className = className;
            }, [next, THEME_VARIABLES[next]] as const);
        },
        cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
    };
}
