/**
 * Debian's Chromium through playwright-core, with the flags of the team brief
 * (never downloads a browser), and the one Chromium each vitest worker keeps
 * for all the test files it runs.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's package: the tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * One value per vitest worker process, made on first use. It lives on
 * `globalThis`, not in this module, so that test files with a module registry
 * of their own (vitest.config.mts) share it as well. A promise that rejects is
 * forgotten, and `forget` drops the value when it dies: a browser that failed
 * or crashed is launched again by the next file.
 */
export function perWorker<T>(name: string, make: (forget: () => void) => T): T {
    const key = Symbol.for(`journey-maps.tests.${name}`);
    const holder = globalThis as unknown as Record<symbol, T | undefined>;
    let value = holder[key];
    if (value === undefined) {
        const forget = () => {
            if (holder[key] === made) delete holder[key];
        };
        const made = make(forget);
        value = holder[key] = made;
        if (made instanceof Promise) made.catch(forget);
    }
    return value;
}

/**
 * The worker's Chromium. A launch costs ~0.4 s of CPU; about thirty files
 * draw in Chromium. Playwright closes the browser when the worker exits.
 */
function workerChromium(): Promise<Browser> {
    return perWorker('chromium', forget => {
        const browser = chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
        void browser.then(open => open.on('disconnected', forget), () => undefined);
        return browser;
    });
}

/** A test file's share of the worker's Chromium: each tab in a context of its own (as `Browser.newPage`), all closed by `close()`. */
export interface TestBrowser {
    newPage(options?: BrowserContextOptions): Promise<Page>;
    /** Closes the tabs this file opened; the browser stays for the next file. */
    close(): Promise<void>;
}

export async function launchChromium(): Promise<TestBrowser> {
    const browser = await workerChromium();
    const contexts = new Set<Awaited<ReturnType<Browser['newContext']>>>();
    return {
        newPage: async options => {
            const context = await browser.newContext(options);
            contexts.add(context);
            return context.newPage();
        },
        close: async () => {
            await Promise.all([...contexts].map(context => context.close().catch(() => undefined)));
            contexts.clear();
        }
    };
}
