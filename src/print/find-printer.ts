/**
 * Everything the PDF export needs on this machine, for a host that cannot be
 * told with options where things are (the VS Code extension): playwright-core
 * beside the caller or in the global npm root, and a Chromium-family browser.
 * When one is missing, a sentence saying what to install.
 */
import { findChromium } from './find-browser.js';
import { globalNodeModules, importPlaywright, INSTALL_PLAYWRIGHT, PLAYWRIGHT_PACKAGE, requirePlaywrightFrom, type Playwright } from './playwright.js';

export type Printer = { playwright: Playwright; browserPath: string } | { missing: string };

export async function findPrinter(env: NodeJS.ProcessEnv = process.env): Promise<Printer> {
    const browserPath = findChromium(env);
    let playwright = await importPlaywright();
    if (!playwright) {
        const root = await globalNodeModules();
        playwright = root ? requirePlaywrightFrom([root]) : undefined;
    }
    const missing = [
        ...(playwright ? [] : [`the ${PLAYWRIGHT_PACKAGE} package (run \`${INSTALL_PLAYWRIGHT}\`)`]),
        ...(browserPath ? [] : ['a Chromium-family browser (Chromium, Google Chrome or Microsoft Edge)'])
    ];
    if (playwright && browserPath) return { playwright, browserPath };
    return { missing: `A PDF is printed by a local browser: install ${missing.join(' and ')}.` };
}
