import { relative, sep } from 'node:path';

/** A path as the CLI prints it: relative to the current folder, with `/` separators on every OS. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
    const path = relative(cwd, absolute) || '.';
    return sep === '/' ? path : path.split(sep).join('/');
}
