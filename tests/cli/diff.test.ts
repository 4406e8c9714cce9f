import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMermaid } from '../support/mermaid-node.js';
import { git, replaceMaps, repositoryWithCommits } from './git-repo.js';
import { journey, REPO } from './run-journey.js';


const DIFF = join(REPO, 'tests/fixtures/diff');
const BIN = join(REPO, 'bin/journey.js');

function mermaidBlocks(markdown: string): string[] {
    return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map(match => match[1]);
}

describe('journey diff OLD NEW', () => {
    it('writes a review comment for two folders, with emotion curves that Mermaid parses', async () => {
        const run = await journey(['diff', join(DIFF, 'base'), join(DIFF, 'changed')]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^## Journey map changes\n\n\*\*3 journeys changed \(1 added, 1 removed\), 4 stages changed/);
        expect(run.stdout).toContain("Maya's average emotion at Checkout &amp; payment 1.0 → 3.5 ↑ better");
        const curves = mermaidBlocks(run.stdout);
        expect(curves).toHaveLength(1);
        expect(curves[0]).toContain('(before)');
        await expect(parseMermaid(curves[0])).resolves.toMatchObject({ diagramType: 'xychart' });
    });

    it('prints JSON with the changes and the diagnostics introduced and fixed', async () => {
        const run = await journey(['diff', '--format', 'json', join(DIFF, 'base'), join(DIFF, 'changed')]);
        expect(run.status).toBe(0);
        const result = JSON.parse(run.stdout);
        expect(Object.keys(result)).toEqual(['changes', 'diagnostics']);
        expect(result.changes).toContainEqual({ kind: 'changed', element: 'emotion', id: 'first_purchase/purchase/checkout_page', field: 'maya', before: 1, after: 3 });
        expect(result.diagnostics.introduced).toEqual([expect.objectContaining({ file: 'checkout.journey', code: 'stage-without-owner' })]);
        expect(result.diagnostics.fixed).toEqual([expect.objectContaining({ file: 'newsletter.journey', code: 'stage-without-touchpoints' })]);
    });

    it('compares two versions of one file', async () => {
        const run = await journey(['diff', '--format', 'json', join(DIFF, 'base/newsletter.journey'), join(DIFF, 'reformatted/newsletter.journey')]);
        expect(run.status).toBe(0);
        // Unresolved references are the same on both sides: neither introduced nor fixed.
        expect(JSON.parse(run.stdout)).toEqual({ changes: [], diagnostics: { introduced: [], fixed: [] } });
    });

    it('says "No change in meaning" for reordered or reformatted maps, and exits 0', async () => {
        for (const name of ['reordered', 'reformatted']) {
            const run = await journey(['diff', join(DIFF, 'base'), join(DIFF, name)]);
            expect(run).toMatchObject({ status: 0, stderr: '' });
            expect(run.stdout).toContain('**No change in meaning**');
        }
    });

    it.each([
        [['diff', 'only-one'], 'journey: journey diff needs OLD and NEW'],
        [['diff', 'missing-a', 'missing-b'], 'journey: no such file or folder: missing-a'],
        [['diff', '--format', 'yaml', 'a', 'b'], "journey: unknown format 'yaml' for --format"]
    ])('exits 2 with one line on a usage or I/O error: %j', async (args, message) => {
        const run = await journey(args, DIFF);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain(message);
    });

    it('refuses a file against a folder', async () => {
        const run = await journey(['diff', join(DIFF, 'base/people.journey'), join(DIFF, 'changed')]);
        expect(run).toMatchObject({ status: 2, stderr: 'journey: OLD and NEW must both be files or both be folders (see \'journey diff --help\')\n' });
    });
});

describe('journey diff --git', () => {
    let repo: string;
    beforeAll(() => {
        repo = repositoryWithCommits([join(DIFF, 'base'), join(DIFF, 'changed')]);
    });

    it('compares the working tree with an earlier commit (the pull request case)', async () => {
        const run = await journey(['diff', '--git', 'HEAD~1'], repo);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const commit = git(repo, ['rev-parse', '--short', 'HEAD~1']).trim();
        expect(run.stdout).toContain(`## Journey map changes since ${commit}`);
        expect(run.stdout).toContain('| Maya, first-time shopper | First online purchase › Checkout &amp; payment › One-page checkout | 1.0 | 3.0 | ↑ better |');
        expect(run.stdout).toContain('| warning | maps/checkout.journey:47 | Stage \'delivery\' has no owner. | `stage-without-owner` |');
    });

    it('sees uncommitted edits of the working tree, and only under the paths given', async () => {
        replaceMaps(repo, join(DIFF, 'reordered'));
        try {
            const againstBase = await journey(['diff', '--git', 'HEAD~1', '--format', 'json', 'maps'], repo);
            expect(JSON.parse(againstBase.stdout).changes).toEqual([]);
            // A path in neither the working tree nor the revision is a mistake, not "No change in meaning".
            const mistyped = await journey(['diff', '--git', 'HEAD', '--format', 'json', 'maps', 'no-maps-here'], repo);
            expect(mistyped.status).toBe(2);
            expect(mistyped.stdout).toBe('');
            const head = git(repo, ['rev-parse', '--short', 'HEAD']).trim();
            expect(mistyped.stderr).toBe(`journey: no-maps-here: in neither the working tree nor '${head}' (see 'journey diff --help')\n`);
            // A path only the revision has (a map deleted in the working tree) is no mistake.
            const deleted = await journey(['diff', '--git', 'HEAD', 'maps/returns.journey'], repo);
            expect(deleted.stderr).toBe('');
            expect(deleted.status).toBe(0);
            expect(deleted.stdout).toMatch(/Returning an item\*\* \| +\| journey deleted/);
        } finally {
            replaceMaps(repo, join(DIFF, 'changed'));
        }
    });

    it('exits 2 with one clear line for an unknown revision or outside a repository', async () => {
        const badRevision = await journey(['diff', '--git', 'no-such-rev'], repo);
        expect(badRevision).toMatchObject({ status: 2, stdout: '', stderr: "journey: unknown revision 'no-such-rev'\n" });
        const outside = await journey(['diff', '--git', 'HEAD'], mkdtempSync(join(tmpdir(), 'journey-no-git-')));
        expect(outside.status).toBe(2);
        expect(outside.stderr).toMatch(/^journey: not a git repository[^\n]*\n$/);
    });
});

describe('git diff driver (journey diff --git-external)', () => {
    let repo: string;
    const driver = `diff.journey.command=${process.execPath} ${BIN} diff --git-external`;
    beforeAll(() => {
        repo = repositoryWithCommits([join(DIFF, 'base'), join(DIFF, 'changed')]);
        writeFileSync(join(repo, '.gitattributes'), '*.journey diff=journey\n');
    });

    it('git diff shows semantic changes per file', () => {
        const output = git(repo, ['-c', driver, 'diff', 'HEAD~1', 'HEAD', '--', 'maps/checkout.journey']);
        expect(output).toContain('## Journey map changes in maps/checkout.journey');
        expect(output).toContain('| Maya, first-time shopper | First online purchase › Checkout &amp; payment › One-page checkout | 1.0 | 3.0 | ↑ better |');
        // The shared library file is loaded as context: no reference in the map is reported unresolved.
        expect(output).not.toContain('unresolved-reference');
        expect(output).not.toContain('```mermaid');
    });

    it('git log -p --ext-diff shows semantic changes, including added and deleted files', () => {
        const output = git(repo, ['-c', driver, 'log', '-p', '--ext-diff', '--format=commit %s', '--', 'maps/returns.journey', 'maps/newsletter.journey']);
        expect(output).toContain('## Journey map changes in maps/returns.journey');
        expect(output).toMatch(/Journey \*\*Returning an item\*\* \| +\| new journey/);
        expect(output).toContain('## Journey map changes in maps/newsletter.journey');
        expect(output).toMatch(/Journey \*\*Newsletter sign-up\*\* \| +\| journey deleted/);
    }, 120_000);

    it('a reformat-only commit shows no change in meaning', () => {
        replaceMaps(repo, join(DIFF, 'reformatted'));
        try {
            const output = git(repo, ['-c', driver, 'diff', 'HEAD~1', '--', 'maps/people.journey']);
            expect(output).toContain('**No change in meaning**');
        } finally {
            replaceMaps(repo, join(DIFF, 'changed'));
        }
    });
});
