/**
 * playwright-core, loaded only when an output needs a browser (SVG, PNG, PDF).
 * It is an optional peer of the `journey-maps` package, so a missing one is a
 * one-line message saying what to install, not a stack trace.
 */
import { importPlaywright, PLAYWRIGHT_PACKAGE, type Playwright } from '../../print/playwright.js';
import { InputError } from '../errors.js';

export { PLAYWRIGHT_PACKAGE };

export async function loadPlaywright(output: string): Promise<Playwright> {
    const playwright = await importPlaywright();
    if (playwright) return playwright;
    throw new InputError(
        `${output} output drives Chromium through the ${PLAYWRIGHT_PACKAGE} package, which is not installed: ` +
            `run \`npm install --global ${PLAYWRIGHT_PACKAGE}\` (beside a global journey-maps) or \`npm install ${PLAYWRIGHT_PACKAGE}\` in your project`
    );
}
