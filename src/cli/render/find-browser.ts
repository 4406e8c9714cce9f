/**
 * The Chromium that renders SVG and PNG: the one given with `--browser`, else
 * the first of the usual names on PATH. Never downloads one.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { InputError } from '../errors.js';

const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findBrowser(explicit: string | undefined, path = process.env.PATH ?? ''): string {
    if (explicit !== undefined) {
        if (!isExecutableFile(explicit)) throw new InputError(`no browser at ${explicit} (--browser needs the path of a Chromium or Chrome executable)`);
        return explicit;
    }
    for (const name of BROWSER_NAMES) {
        for (const folder of path.split(delimiter).filter(Boolean)) {
            const candidate = join(folder, name);
            if (isExecutableFile(candidate)) return candidate;
        }
    }
    throw new InputError(`SVG and PNG need Chromium or Chrome, and none was found on PATH (${BROWSER_NAMES.join(', ')}): install one or pass --browser PATH`);
}

function isExecutableFile(path: string): boolean {
    try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
    } catch {
        return false;
    }
}
