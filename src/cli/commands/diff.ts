import { statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { diffReport, type DiffFormat } from '../../../language-server/core/diff/diff-report.js';
import type { WorkspaceDiagnostic } from '../../../language-server/core/diff/workspace-model.js';
import type { CliCommand } from '../command.js';
import { filesOnDisk, narrowedSides, sideModel, sideServices, workingTreeFiles, workspaceContext, type SideFiles } from '../diff/diff-sides.js';
import { pairReport } from '../diff/pair-diff.js';
import { gitTopLevel, journeyFilesAtRevision, resolveRevision } from '../diff/git.js';
import { InputError, UsageError } from '../errors.js';
import { readJourneySource, readRoots } from '../workspace.js';

const FORMATS: readonly DiffFormat[] = ['markdown', 'json'];

/** Git passes these seven arguments to an external diff program (see docs/git-diff-driver.md). */
const GIT_EXTERNAL_ARGUMENTS = 7;

/** The two versions to compare and how to title the comparison. */
interface Sides {
    before: SideFiles;
    after: SideFiles;
    /** Where journey.config.json is looked for (severities apply to both sides alike). */
    root: string;
    title: string;
    curves: boolean;
    /** Which problems count; all by default. */
    keepDiagnostic?: (diagnostic: WorkspaceDiagnostic) => boolean;
    /** Files loaded for their declarations only (absolute path → text), per side. */
    context?: { before: SideFiles; after: SideFiles };
    /** Whole workspaces on both sides: build only the files the change reaches (diff-sides.ts narrowedSides). */
    narrow?: boolean;
}

/** `journey diff`: what changed between two versions of the maps, by id, in customer terms. */
export const diffCommand: CliCommand = {
    name: 'diff',
    summary: 'Show what changed between two versions of the maps',
    description: [
        'Compares two versions of the maps by id, not by text: added, removed, renamed and moved',
        'elements, changed fields, emotion deltas, and problems introduced or fixed. A reorder of',
        'lines or a reformat is no change. Exits with 0 whether or not anything changed.',
        '',
        '  journey diff OLD NEW              two files, or two folders',
        '  journey diff --pair PATH          each future-state journey against the journey it replaces',
        '  journey diff --git REV [paths...] the working tree against a git revision',
        '  journey diff --git-external ...   as git\'s external diff (docs/git-diff-driver.md)'
    ].join('\n'),
    positionals: 'OLD NEW | --git REV [paths...] | --pair PATH',
    options: {
        format: { type: 'string', short: 'f', valueName: FORMATS.join('|'), description: 'Output format', default: 'markdown' },
        git: { type: 'string', valueName: 'rev', description: 'Compare the working tree with this git revision' },
        pair: { type: 'boolean', description: 'Compare each future-state journey under the paths with the current-state journey it replaces' },
        'git-external': { type: 'boolean', description: "Take git's seven external-diff arguments (path old-file old-hex old-mode new-file new-hex new-mode)" }
    },
    async run({ values, positionals, io }) {
        const format = String(values.format) as DiffFormat;
        if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}' for --format (use ${FORMATS.join(', ')})`);
        if (values.pair) {
            io.stdout.write(await pairReport(positionals, format));
            return 0;
        }
        const sides = values['git-external']
            ? gitExternalSides(positionals)
            : values.git !== undefined
              ? gitRevisionSides(String(values.git), positionals)
              : fileSides(positionals);
        const services = sideServices(sides.root);
        const files = sides.narrow ? narrowedSides(sides.before, sides.after, services) : sides;
        const [before, after] = await Promise.all([
            sideModel(files.before, sides.root, sides.context?.before, services),
            sideModel(files.after, sides.root, sides.context?.after)
        ]);
        for (const model of [before, after]) model.diagnostics = model.diagnostics.filter(sides.keepDiagnostic ?? (() => true));
        io.stdout.write(diffReport(before, after, { format, title: sides.title, curves: sides.curves }).text);
        return 0;
    }
};

function fileSides(positionals: string[]): Sides {
    if (positionals.length !== 2) throw new UsageError('journey diff needs OLD and NEW (two files or two folders), or --git REV');
    const [oldPath, newPath] = positionals.map(path => resolve(path));
    const oldIsFolder = isFolder(oldPath, positionals[0]);
    const newIsFolder = isFolder(newPath, positionals[1]);
    if (oldIsFolder !== newIsFolder) throw new UsageError('OLD and NEW must both be files or both be folders');
    if (!oldIsFolder) {
        // One file in two versions: both sides carry the new file's name, so its problems match.
        const name = basename(newPath);
        const roots = readRoots(positionals);
        return {
            before: { [name]: readJourneySource(oldPath, roots).text },
            after: { [name]: readJourneySource(newPath, roots).text },
            root: dirname(newPath),
            title: `Journey map changes in ${name}`,
            curves: true,
            // Each file sees the declarations of its own workspace (people.journey beside it).
            context: { before: withoutName(workspaceContext(oldPath, [oldPath, newPath]), dirname(newPath), name), after: withoutName(workspaceContext(newPath, [oldPath, newPath]), dirname(newPath), name) }
        };
    }
    return { before: filesOnDisk([oldPath], oldPath), after: filesOnDisk([newPath], newPath), root: newPath, title: 'Journey map changes', curves: true, narrow: true };
}

function gitRevisionSides(revision: string, positionals: string[]): Sides {
    const cwd = process.cwd();
    gitTopLevel(cwd);
    const commit = resolveRevision(revision, cwd);
    const paths = positionals.length > 0 ? positionals : ['.'];
    return {
        before: journeyFilesAtRevision(commit, paths, cwd),
        after: workingTreeFiles(paths, cwd),
        narrow: true,
        root: cwd,
        title: `Journey map changes since ${commit}`,
        curves: true
    };
}

/**
 * Git's external diff: one file, old and new version in (temporary) files,
 * `/dev/null` for a side that does not exist. The other maps of the working
 * tree are loaded on both sides, so the file's references to shared personas,
 * teams and channels resolve.
 */
function gitExternalSides(positionals: string[]): Sides {
    if (positionals.length !== GIT_EXTERNAL_ARGUMENTS) {
        throw new UsageError(`--git-external takes git's ${GIT_EXTERNAL_ARGUMENTS} arguments: path old-file old-hex old-mode new-file new-hex new-mode`);
    }
    const [path, oldFile, , , newFile] = positionals;
    const cwd = process.cwd();
    let top = cwd;
    try {
        top = gitTopLevel(cwd);
    } catch {
        // Outside a repository (git diff --no-index): no other maps to load.
    }
    const context = Object.fromEntries(Object.entries(safeFilesOnDisk(top)).filter(([name]) => name !== path));
    const version = (file: string): SideFiles => (file === '/dev/null' ? {} : { [path]: readJourneySource(resolve(cwd, file), readRoots([file], cwd)).text });
    return {
        before: { ...context, ...version(oldFile) },
        after: { ...context, ...version(newFile) },
        root: top,
        title: `Journey map changes in ${path}`,
        curves: false,
        // The other maps are the working tree's, maybe not of the version diffed (git log -p): only this
        // file's problems are its own, and a reference may name what the other maps declared back then.
        keepDiagnostic: diagnostic => diagnostic.file === path && diagnostic.code !== 'unresolved-reference'
    };
}

function safeFilesOnDisk(top: string): SideFiles {
    try {
        return filesOnDisk([top], top, top);
    } catch {
        return {};
    }
}

function isFolder(absolute: string, asGiven: string): boolean {
    try {
        return statSync(absolute).isDirectory();
    } catch {
        throw new InputError(`no such file or folder: ${asGiven}`);
    }
}

/** A context file that would take the compared file's name (`root/name`) is left out: the compared file wins. */
function withoutName(context: SideFiles, root: string, name: string): SideFiles {
    const taken = resolve(root, name);
    return Object.fromEntries(Object.entries(context).filter(([path]) => path !== taken));
}
