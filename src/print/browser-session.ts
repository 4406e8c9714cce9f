/**
 * The Chromium of one export. By default it is launched for the export and
 * closed after it, as the `journey` process and the extension need. While
 * `shareBrowsers()` is on (the tests running the CLI in-process, many renders
 * in one process), one browser per executable stays open for the exports that
 * follow: each export still gets fresh pages (each its own context), closed
 * when it ends, so no state passes from one export to the next.
 */
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './find-browser.js';
import type { Playwright } from './playwright.js';

type PageOptions = Parameters<Browser['newPage']>[0];

/** Opens a page for the export (closed with it). */
export type OpenPage = (options?: PageOptions) => Promise<Page>;

let shared: Map<string, Promise<Browser>> | undefined;

/**
 * Runs `work` with a browser at `executablePath`. A browser that cannot start
 * is `fail(message)`, the message naming the executable and the first line of
 * the cause.
 */
export async function withBrowser<T>(playwright: Playwright, executablePath: string, fail: (message: string) => Error, work: (openPage: OpenPage) => Promise<T>): Promise<T> {
    const sharing = shared;
    const browser = await (sharing ? sharedBrowser(sharing, playwright, executablePath) : launch(playwright, executablePath)).catch((error: unknown) => {
        throw fail(`cannot start the browser ${executablePath}: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
    });
    const pages: Page[] = [];
    try {
        return await work(async options => {
            const page = await browser.newPage(options);
            pages.push(page);
            return page;
        });
    } finally {
        if (sharing) await Promise.all(pages.map(page => page.close().catch(() => undefined)));
        else await browser.close();
    }
}

/**
 * Keeps browsers open across exports in this process until the returned
 * function is called, which closes them and ends the sharing.
 */
export function shareBrowsers(): () => Promise<void> {
    const browsers = new Map<string, Promise<Browser>>();
    shared = browsers;
    return async () => {
        if (shared === browsers) shared = undefined;
        await Promise.all([...browsers.values()].map(browser => browser.then(open => open.close(), () => undefined)));
    };
}

function launch(playwright: Playwright, executablePath: string): Promise<Browser> {
    return playwright.chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** The open browser of `executablePath`, launched on first use; a failed or closed one is launched again next time. */
function sharedBrowser(browsers: Map<string, Promise<Browser>>, playwright: Playwright, executablePath: string): Promise<Browser> {
    let browser = browsers.get(executablePath);
    if (!browser) {
        browser = launch(playwright, executablePath);
        browsers.set(executablePath, browser);
        const forget = () => {
            if (browsers.get(executablePath) === browser) browsers.delete(executablePath);
        };
        browser.then(open => open.on('disconnected', forget), forget);
    }
    return browser;
}
