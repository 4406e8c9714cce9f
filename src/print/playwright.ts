/**
 * Finding playwright-core, the browser driver of the PDF and PNG exports. It is
 * an optional peer (14 MB that the check, the diff and the Action never use):
 * the CLI finds it beside itself, the extension host (which bundles no browser
 * library) also in the global npm root, where `npm install --global
 * playwright-core` puts it.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const PLAYWRIGHT_PACKAGE = 'playwright-core';

export type Playwright = typeof import('playwright-core');

/** How to get the package, for the messages of the CLI and the extension. */
export const INSTALL_PLAYWRIGHT = `npm install --global ${PLAYWRIGHT_PACKAGE}`;

/** playwright-core as the caller's own module resolution finds it, else undefined. */
export async function importPlaywright(): Promise<Playwright | undefined> {
    try {
        // esbuild leaves the package out of the bundles; the CLI's becomes a `require` (scripts/build.mjs).
        return await import('playwright-core');
    } catch (error) {
        if (isMissingPackage(error)) return undefined;
        throw error;
    }
}

/** playwright-core from any of these `node_modules` folders, else undefined. */
export function requirePlaywrightFrom(roots: readonly string[]): Playwright | undefined {
    for (const root of roots) {
        try {
            return createRequire(join(root, 'noop.js'))(PLAYWRIGHT_PACKAGE) as Playwright;
        } catch (error) {
            if (!isMissingPackage(error)) throw error;
        }
    }
    return undefined;
}

/** `npm root --global` (where global packages live), or undefined when npm cannot be run. */
export function globalNodeModules(): Promise<string | undefined> {
    return new Promise(resolve => {
        execFile(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['root', '--global'], { timeout: 60_000, shell: process.platform === 'win32' }, (error, stdout) => {
            resolve(error ? undefined : stdout.trim() || undefined);
        });
    });
}

/** Node could not find playwright-core itself (not some file inside a broken install of it). */
function isMissingPackage(error: unknown): boolean {
    const { code, message } = error as NodeJS.ErrnoException;
    return (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') && String(message).includes(`'${PLAYWRIGHT_PACKAGE}'`);
}
