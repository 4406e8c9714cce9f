/**
 * Reading `.journey` files of a git revision, for `journey diff --git REV`:
 * `git ls-tree` lists them, `git show REV:./path` reads them, paths relative
 * to the current folder like everything the CLI prints.
 */
import { execFileSync } from 'node:child_process';
import { JOURNEY_EXTENSION } from '../workspace.js';
import { InputError } from '../errors.js';

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

/** Every `.journey` file under `paths` at `revision`: path (relative to `cwd`, `/`-separated) → text. */
export function journeyFilesAtRevision(revision: string, paths: string[], cwd: string): Record<string, string> {
    const listing = git(['ls-tree', '-r', '-z', '--name-only', revision, '--', ...paths], cwd, `cannot list files of '${revision}'`);
    const files: Record<string, string> = {};
    for (const path of listing.split('\0').filter(name => name.endsWith(JOURNEY_EXTENSION))) {
        files[path] = git(['show', `${revision}:./${path}`], cwd, `cannot read ${path} at '${revision}'`);
    }
    return files;
}
