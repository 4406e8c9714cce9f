/**
 * playwright-core, loaded only when an output needs a browser (SVG, PNG, PDF).
 * It is an optional peer of the `journey-maps` package (14 MB the check, the
 * diff and the Action never use), so a missing one is a one-line message saying
 * what to install, not a stack trace.
 */
import { InputError } from '../errors.js';

export const PLAYWRIGHT_PACKAGE = 'playwright-core';

type Playwright = typeof import('playwright-core');

export async function loadPlaywright(output: string): Promise<Playwright> {
    try {
        // esbuild leaves the package out of dist/cli.js and turns this into a `require` (scripts/build.mjs).
        return await import('playwright-core');
    } catch (error) {
        if (!isMissingPackage(error)) throw error;
        throw new InputError(
            `${output} output drives Chromium through the ${PLAYWRIGHT_PACKAGE} package, which is not installed: ` +
                `run \`npm install --global ${PLAYWRIGHT_PACKAGE}\` (beside a global journey-maps) or \`npm install ${PLAYWRIGHT_PACKAGE}\` in your project`
        );
    }
}

/** Node could not find playwright-core itself (not some file inside a broken install of it). */
function isMissingPackage(error: unknown): boolean {
    const { code, message } = error as NodeJS.ErrnoException;
    return (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') && message.includes(`'${PLAYWRIGHT_PACKAGE}'`);
}
