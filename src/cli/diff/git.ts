/**
 * Reading `.journey` files of a git revision, for `journey diff --git REV`:
 * `git ls-tree` lists them, `git show REV:./path` reads them, paths relative
 * to the current folder like everything the CLI prints.
 */
import { execFileSync } from 'node:child_process';
import { JOURNEY_EXTENSION } from '../workspace.js';
import { relative, resolve, sep } from 'node:path';
import { entryExists } from '../../../language-server/node/workspace-file.js';
import { InputError, UsageError } from '../errors.js';

/** Runs git and returns its stdout; a failure becomes one line naming what was asked. */
function git(args: string[], cwd: string, what: string): string {
    try {
        return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
        const failure = error as NodeJS.ErrnoException & { stderr?: string };
        if (failure.code === 'ENOENT') throw new InputError('git is not installed or not on PATH');
        const reason = String(failure.stderr ?? '').trim().split('\n').at(-1)?.replace(/^(fatal|error): /, '');
        throw new InputError(!reason ? what : reason.startsWith(what) ? reason : `${what}: ${reason}`);
    }
}

/** The top folder of the repository holding `cwd`; InputError when there is none. */
export function gitTopLevel(cwd: string): string {
    return git(['rev-parse', '--show-toplevel'], cwd, 'not a git repository').trim();
}

/** The commit a revision names, short; InputError naming the revision when it names none. */
export function resolveRevision(revision: string, cwd: string): string {
    if (revision.startsWith('-')) throw new InputError(`not a revision: ${revision}`);
    return git(['rev-parse', '--verify', '--quiet', '--short', `${revision}^{commit}`], cwd, `unknown revision '${revision}'`).trim();
}

/**
 * Every `.journey` file under `paths` at `revision`: path (relative to `cwd`, `/`-separated) → text.
 * A path that is neither in the working tree nor in the revision is a usage error naming it: a
 * mistyped path compared nothing with nothing and reported "No change in meaning".
 */
export function journeyFilesAtRevision(revision: string, paths: string[], cwd: string): Record<string, string> {
    const listing = git(['ls-tree', '-r', '-z', '--name-only', revision, '--', ...paths], cwd, `cannot list files of '${revision}'`);
    const names = listing.split('\0').filter(name => name !== '');
    const missing = paths.filter(path => !entryExists(resolve(cwd, path)) && !names.some(name => isUnder(name, path, cwd)));
    if (missing.length > 0) throw new UsageError(`${missing.join(', ')}: in neither the working tree nor '${revision}'`);
    const files: Record<string, string> = {};
    for (const path of names.filter(name => name.endsWith(JOURNEY_EXTENSION))) {
        files[path] = git(['show', `${revision}:./${path}`], cwd, `cannot read ${path} at '${revision}'`);
    }
    return files;
}

/** Whether a listed name (relative to `cwd`, `/`-separated) is `path` or lies under it. */
function isUnder(name: string, path: string, cwd: string): boolean {
    const given = relative(cwd, resolve(cwd, path)).split(sep).join('/');
    return given === '' || name === given || name.startsWith(`${given}/`);
}
