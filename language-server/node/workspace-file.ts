import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { RefusedFileError } from '../language/workspace/refused-file.js';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Larger than any real map (the largest example is ~20 KB): beyond it a file is refused, not read. */
export const MAX_WORKSPACE_FILE_BYTES = 16 * 1024 * 1024;

/**
 * The one rule for reading a file of a workspace, for the CLI and the
 * language server alike (issue #16, item 12): only a regular file is read
 * (a FIFO hung `check` and `fmt`, a link to /dev/zero read until the process
 * aborted), no larger than MAX_WORKSPACE_FILE_BYTES, and a link (or a path
 * through a linked folder) only when its target lies inside the workspace:
 * a `*.journey` link to /etc/hostname in a pull request printed the target's
 * first token in a public annotation.
 *
 * `roots` are the workspace folders (the CLI: the current folder and the
 * folders it was given; the server: the client's workspace folders). A file
 * lying in none of them has its own folder as root, so a file opened by
 * itself may still link to its neighbour. Throws RefusedFileError, or Node's
 * error for a path that does not exist.
 */
export function readWorkspaceFile(path: string, roots: readonly string[]): Buffer {
    const target = resolveWorkspaceFile(path, roots);
    let fd: number;
    try {
        // Non-blocking: opening a FIFO that appeared since the check must not wait for a writer.
        fd = openSync(target, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (error) {
        throw new RefusedFileError(path, describeFsError(error)); // it vanished or turned unreadable since the check
    }
    try {
        const stats = fstatSync(fd);
        if (!stats.isFile()) throw new RefusedFileError(path, 'not a regular file');
        if (stats.size > MAX_WORKSPACE_FILE_BYTES) {
            throw new RefusedFileError(path, `larger than ${MAX_WORKSPACE_FILE_BYTES / 1024 / 1024} MB`);
        }
        return readFileSync(fd);
    } catch (error) {
        if (error instanceof RefusedFileError) throw error;
        throw new RefusedFileError(path, describeFsError(error));
    } finally {
        closeSync(fd);
    }
}

/**
 * The real path of `path` once the rule of readWorkspaceFile holds for it
 * (for readers that hand the path to a library); throws RefusedFileError.
 */
export function resolveWorkspaceFile(path: string, roots: readonly string[]): string {
    const absolute = resolve(path);
    let target: string;
    try {
        target = realpathSync(absolute);
    } catch (error) {
        const link = linkText(absolute);
        if (link === undefined) throw error; // not there at all (or unreadable): Node's own error
        throw new RefusedFileError(path, `a broken link (to ${link})`);
    }
    const holding = rootsHolding(absolute, roots);
    if (!holding.some(root => isInsideFolder(target, realOrSelf(root)))) {
        throw new RefusedFileError(path, `it links to ${target}, outside the workspace (${holding[0]})`);
    }
    const stats = lstatSync(target);
    if (!stats.isFile()) throw new RefusedFileError(path, 'not a regular file');
    if (stats.size > MAX_WORKSPACE_FILE_BYTES) throw new RefusedFileError(path, `larger than ${MAX_WORKSPACE_FILE_BYTES / 1024 / 1024} MB`);
    return target;
}

/** Whether a directory entry exists, be it a broken link (which `existsSync` denies, so a broken config was ignored). */
export function entryExists(path: string): boolean {
    try {
        lstatSync(path);
        return true;
    } catch {
        return false;
    }
}

/** The roots holding `path` as written (before links are followed), outermost first; else the path's own folder. */
function rootsHolding(absolute: string, roots: readonly string[]): string[] {
    const holding = roots
        .map(root => resolve(root))
        .filter(root => isInsideFolder(absolute, root) || isInsideFolder(absolute, realOrSelf(root)))
        .sort((a, b) => a.length - b.length);
    return holding.length > 0 ? holding : [dirname(absolute)];
}

/** Whether `path` is `folder` or lies under it, by their text (no link followed). */
export function isInsideFolder(path: string, folder: string): boolean {
    const rest = relative(folder, path);
    return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest));
}

function realOrSelf(path: string): string {
    try {
        return realpathSync(path);
    } catch {
        return path;
    }
}

function linkText(path: string): string | undefined {
    try {
        return readlinkSync(path);
    } catch {
        return undefined;
    }
}

/** Node's "ENOENT: no such file or directory, open '/x'" as "no such file or directory". */
function describeFsError(error: unknown): string {
    if (!(error instanceof Error)) return String(error);
    return /^[A-Z]+: ([^,]+)/.exec(error.message)?.[1] ?? error.message;
}
