/**
 * The Chromium that renders SVG, PNG and PDF: the one given with `--browser`,
 * else the first one found (src/print/find-browser.ts). Never downloads one.
 */
import { BROWSER_NAMES, findChromium, isExecutableFile } from '../../print/find-browser.js';
import { InputError } from '../errors.js';

export function findBrowser(explicit: string | undefined, path = process.env.PATH ?? ''): string {
    if (explicit !== undefined) {
        if (!isExecutableFile(explicit)) throw new InputError(`no browser at ${explicit} (--browser needs the path of a Chromium or Chrome executable)`);
        return explicit;
    }
    const found = findChromium({ ...process.env, PATH: path });
    if (found) return found;
    throw new InputError(`SVG, PNG and PDF need Chromium or Chrome, and none was found on PATH (${BROWSER_NAMES.join(', ')}): install one or pass --browser PATH`);
}
