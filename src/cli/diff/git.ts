/**
 * Reading `.journey` files of a git revision, for `journey diff --git REV`:
 * one `git ls-tree` lists them with their blobs, one `git cat-file --batch`
 * reads them all (a `git show` per file cost 500 processes at 500 maps), paths
 * relative to the current folder like everything the CLI prints.
 */
import { execFileSync } from 'node:child_process';
import { JOURNEY_EXTENSION } from '../workspace.js';
import { relative, resolve, sep } from 'node:path';
import { entryExists } from '../../../language-server/node/workspace-file.js';
import { InputError, UsageError } from '../errors.js';

/** Runs git and returns its stdout; a failure becomes one line naming what was asked. */
function git(args: string[], cwd: string, what: string): string;
function git(args: string[], cwd: string, what: string, input: string): Buffer;
function git(args: string[], cwd: string, what: string, input?: string): string | Buffer {
    try {
        return input === undefined
            ? execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })
            : execFileSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
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
    const listing = git(['ls-tree', '-r', '-z', revision, '--', ...paths], cwd, `cannot list files of '${revision}'`);
    // Each entry: `mode type object<TAB>path`.
    const entries = listing.split('\0').filter(entry => entry !== '').map(entry => {
        const tab = entry.indexOf('\t');
        const [, type, object] = entry.slice(0, tab).split(' ');
        return { type, object, path: entry.slice(tab + 1) };
    });
    const missing = paths.filter(path => !entryExists(resolve(cwd, path)) && !entries.some(entry => isUnder(entry.path, path, cwd)));
    if (missing.length > 0) throw new UsageError(`${missing.join(', ')}: in neither the working tree nor '${revision}'`);
    const journeys = entries.filter(entry => entry.type === 'blob' && entry.path.endsWith(JOURNEY_EXTENSION));
    if (journeys.length === 0) return {};
    const texts = readBlobs(journeys.map(entry => entry.object), cwd, `cannot read the files of '${revision}'`);
    return Object.fromEntries(journeys.map((entry, i) => [entry.path, texts[i]]));
}

/** The contents of the blobs, in order, from one `git cat-file --batch` (each answer: `object blob size`, the bytes, a newline). */
function readBlobs(objects: string[], cwd: string, what: string): string[] {
    const output = git(['cat-file', '--batch'], cwd, what, objects.map(object => `${object}\n`).join(''));
    const texts: string[] = [];
    let at = 0;
    for (const object of objects) {
        const headerEnd = output.indexOf(10, at);
        const [, type, size] = output.toString('utf8', at, headerEnd).split(' ');
        if (type !== 'blob') throw new InputError(`${what}: object ${object} is ${type ?? 'unreadable'}`);
        const start = headerEnd + 1;
        texts.push(output.toString('utf8', start, start + Number(size)));
        at = start + Number(size) + 1;
    }
    return texts;
}

/** Whether a listed name (relative to `cwd`, `/`-separated) is `path` or lies under it. */
function isUnder(name: string, path: string, cwd: string): boolean {
    const given = relative(cwd, resolve(cwd, path)).split(sep).join('/');
    return given === '' || name === given || name.startsWith(`${given}/`);
}
