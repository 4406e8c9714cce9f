/**
 * Loads the built preview (`dist/media/preview.js` + `mermaid.min.js`) into
 * headless Chromium as VS Code's webview does: the bundles and the style sheet
 * from a resource origin, under the webview's own CSP (that origin, a fresh
 * nonce per page), with a stub `acquireVsCodeApi` that records what the
 * webview posts and saves.
 *
 * Why a local server and one persistent profile: inlined, the 3.5 MB of
 * script were parsed and compiled again for every page (~1 s each). Served
 * over HTTP with a cache lifetime into a disk-backed profile, Chromium keeps
 * V8's compiled code, and from the third page on a page opens in ~0.2 s.
 * The profile, its browser and the server are the vitest worker's, made once
 * for all the files it runs (tests/support/chromium.ts): each file's tabs are
 * closed after it, so the files share only the compiled bundles.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { createNonce, previewContentSecurityPolicy, previewPageHtml } from '../../language-server/core/export/preview-page.js';
import { toWebviewWire, type FromWebviewMessage, type PreviewState, type ToWebviewMessage } from '../../language-server/protocol/index.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, perWorker } from '../support/chromium.js';

export { launchChromium, type TestBrowser } from '../support/chromium.js';

export const OUTPUT_DIR = join('tests', 'media', '__output__');

/** dist/ is built once per run by tests/global-setup.ts; this makes the folder the tests write their pages to. */
export function buildBundles(): void {
    mkdirSync(OUTPUT_DIR, { recursive: true });
}

/** The files of dist/media a preview page loads, by the path it asks for. */
const ASSETS: Record<string, string> = {
    '/media/mermaid.min.js': 'text/javascript',
    '/media/preview.js': 'text/javascript',
    '/media/preview.css': 'text/css'
};

/** One Chromium profile and one local origin that serves the preview's pages and bundles. */
export interface PreviewBrowser {
    /** A new tab of the shared profile (the preview keeps no state in the profile: its state is the stub's). */
    newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
    /** The bundles' origin, as the webview's `cspSource` (the pages come from another). */
    readonly origin: string;
    /** Serves this page's HTML from the origin and returns its URL. */
    pageUrl(html: string): string;
    close(): Promise<void>;
}

/**
 * Where the pages and where the bundles come from, both resolved by Chromium to the
 * local server: two origins, as in VS Code (the webview's document is not its
 * resource origin), so a relative URL in the page is outside the CSP's sources.
 */
const PAGE_ORIGIN = 'http://journey-webview.test';
const RESOURCE_ORIGIN = 'http://journey-resource.test';

/** The worker's profile, browser and server (see the top of this file); `pages` holds the HTML of the pages the files open. */
interface WorkerPreview {
    context: BrowserContext;
    pages: Map<string, string>;
    /** Pages opened so far, for unique page URLs. */
    opened: number;
}

function workerPreview(): Promise<WorkerPreview> {
    return perWorker('preview-browser', async forget => {
        const files = Object.fromEntries(Object.keys(ASSETS).map(path => [path, readFileSync(join('dist', path), 'utf8')]));
        const pages = new Map<string, string>();
        const server: Server = createServer((request, response) => {
            const path = request.url ?? '';
            const page = pages.get(path);
            if (page !== undefined) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
            // A cache lifetime: the HTTP cache is where Chromium keeps V8's compiled code for the script.
            else if (files[path] !== undefined) response.writeHead(200, { 'content-type': `${ASSETS[path]}; charset=utf-8`, 'cache-control': 'max-age=86400' }).end(files[path]);
            else response.writeHead(404).end();
        });
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
        // Neither keeps the worker alive: Playwright closes the browser when the worker exits.
        server.unref();
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        // A profile on disk: an in-memory, incognito context keeps no code cache.
        const profile = mkdtempSync(join(tmpdir(), 'journey-preview-profile-'));
        process.once('exit', () => rmSync(profile, { recursive: true, force: true }));
        const context = await chromium.launchPersistentContext(profile, {
            executablePath: CHROMIUM_PATH,
            args: [...CHROMIUM_ARGS, `--host-resolver-rules=${[PAGE_ORIGIN, RESOURCE_ORIGIN].map(origin => `MAP ${new URL(origin).hostname} 127.0.0.1:${port}`).join(', ')}`],
            viewport: { width: 1100, height: 760 }
        });
        context.on('close', forget);
        return { context, pages, opened: 0 };
    });
}

/** A test file's share of the worker's preview browser: `close()` closes the tabs it opened and forgets its pages. */
export async function launchPreviewBrowser(): Promise<PreviewBrowser> {
    const worker = await workerPreview();
    const { context, pages } = worker;
    const tabs = new Set<Page>();
    const paths: string[] = [];
    return {
        origin: RESOURCE_ORIGIN,
        newPage: async options => {
            const page = await context.newPage();
            tabs.add(page);
            if (options?.viewport) await page.setViewportSize(options.viewport);
            return page;
        },
        pageUrl: html => {
            const path = `/page/${++worker.opened}.html`;
            pages.set(path, html);
            paths.push(path);
            return PAGE_ORIGIN + path;
        },
        close: async () => {
            await Promise.all([...tabs].map(tab => tab.close().catch(() => undefined)));
            tabs.clear();
            for (const path of paths.splice(0)) pages.delete(path);
        }
    };
}

/**
 * The worker's preview browser for a test file, the output folder made first,
 * its tabs closed after the file; `prepare` runs first (e.g. to build models).
 * Returns the browser, to be read inside tests.
 */
export function usePreviewBrowser(prepare?: () => Promise<void>): () => PreviewBrowser {
    let browser: PreviewBrowser | undefined;
    beforeAll(async () => {
        buildBundles();
        await prepare?.();
        browser = await launchPreviewBrowser();
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

/** Opens the preview as VS Code would (same bundles, same CSP, scripts and style sheet from the resource origin), optionally with saved state. */
export async function openPreview(browser: PreviewBrowser, options: { theme?: ThemeClass; state?: PreviewState; width?: number; height?: number; printLayout?: { width: number; height: number } } = {}): Promise<PreviewPage> {
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
    const asset = (name: string) => `${browser.origin}/media/${name}`;
    const html = previewPageHtml({
        csp: previewContentSecurityPolicy(browser.origin, nonce),
        nonce,
        title: 'test',
        stylesheets: [asset('preview.css')],
        scripts: [{ code: stub }, { src: asset('mermaid.min.js') }, { src: asset('preview.js') }],
        bodyClass: theme,
        printLayout: options.printLayout
    }).replace('<body class=', `<body style="${THEME_VARIABLES[theme]}" class=`);
    await page.goto(browser.pageUrl(html));
    const renderedCount = () => page.evaluate(() => Number(document.getElementById('journey-preview')?.dataset.rendered ?? 0));
    const afterRender = async (action: () => Promise<unknown>) => {
        const before = await renderedCount();
        await action();
        await page.waitForFunction(previous => Number(document.getElementById('journey-preview')?.dataset.rendered ?? 0) > previous, before);
    };
    const send = (message: ToWebviewMessage) => page.evaluate(data => window.postMessage(data, '*'), toWebviewWire(message));
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

export interface ShownView {
    /** The drawing (SVG) or table of the view, in CSS pixels. */
    width: number;
    height: number;
    /** Everything the view writes, SVG text included. */
    text: string;
    errorShown: boolean;
    background: string;
    foreground: string;
}

/** What the user sees of the current view: its drawing's size, its text, the page's colours, an error banner. */
export async function shownView(preview: PreviewPage): Promise<ShownView> {
    const errorShown = await preview.page.locator('.error-banner').isVisible();
    return {
        errorShown,
        ...await preview.page.evaluate(() => {
            const drawn = document.querySelector('.viewport .diagram svg, .viewport table');
            const box = drawn?.getBoundingClientRect();
            const style = getComputedStyle(document.body);
            return {
                width: box?.width ?? 0,
                height: box?.height ?? 0,
                text: document.querySelector('.viewport')?.textContent ?? '',
                background: style.backgroundColor,
                foreground: style.color
            };
        })
    };
}

/** The labels a map's views show: its stages and touchpoints. */
export function labelsOf(model: RenderModel): string[] {
    return model.journeys.flatMap(journey => journey.stages.flatMap(stage => [stage.label, ...stage.touchpoints.map(touchpoint => touchpoint.label)]));
}
