import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkingTree, REPO_ROOT } from '../support/working-tree-copy.js';

// The npm package as a user gets it: the Action's install script (scripts/action/install.sh)
// packs a copy of the working tree (`npm pack`, whose prepare script builds it) and installs
// the tarball with `npm install --global` into an empty prefix, offline and with an empty
// npm cache, so any dependency it had to download would fail the install. Then the installed
// `journey` runs, with only Node on PATH.

const FIXTURES = join(REPO_ROOT, 'tests/fixtures');
let checkout = '';
let prefix = '';
let scratch = '';

function installedFiles(folder: string): string[] {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(entry => statSync(join(folder, entry)).isFile())
        .map(entry => entry.split('\\').join('/'))
        .sort();
}

/** The installed command, run in the scratch folder holding copies of the diff fixtures (base/, changed/). */
function journey(args: string[], cwd = scratch, env: Record<string, string> = {}) {
    const result = spawnSync(join(prefix, 'bin/journey'), args, {
        cwd,
        encoding: 'utf8',
        // Only Node on PATH: no repository bin folder, no NODE_PATH reaching the repository's node_modules.
        env: { PATH: dirname(process.execPath), HOME: scratch, JOURNEY_COMPILE_CACHE_DIR: join(scratch, 'cache'), ...env }
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the npm package, installed globally from its tarball', () => {
    beforeAll(() => {
        checkout = copyWorkingTree('journey-npm-package-');
        prefix = mkdtempSync(join(tmpdir(), 'journey-prefix-'));
        scratch = mkdtempSync(join(tmpdir(), 'journey-npm-run-'));
        for (const side of ['base', 'changed']) cpSync(join(FIXTURES, 'diff', side), join(scratch, side), { recursive: true });
        execFileSync('bash', [join(checkout, 'scripts/action/install.sh')], {
            cwd: scratch,
            stdio: 'pipe',
            env: {
                PATH: process.env.PATH,
                HOME: scratch,
                GITHUB_ACTION_PATH: checkout,
                npm_config_prefix: prefix,
                npm_config_cache: join(scratch, 'npm-cache'),
                npm_config_offline: 'true',
                npm_config_update_notifier: 'false'
            }
        });
    }, 180_000);

    afterAll(() => {
        for (const folder of [checkout, prefix, scratch]) if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('holds the command, its bundles, the HTML export assets and the docs, nothing of the extension and no dependency', () => {
        const installed = join(prefix, 'lib/node_modules/journey-maps');
        expect(installedFiles(installed)).toEqual([
            'CHANGELOG.md',
            'LICENSE',
            'README.md',
            'bin/compile-cache.js',
            'bin/journey.js',
            'dist/cli.js',
            'dist/media/mermaid.min.js',
            'dist/media/preview.css',
            'dist/media/preview.js',
            'docs/cli.md',
            'docs/git-diff-driver.md',
            'docs/github-action.md',
            'docs/language.md',
            'package.json'
        ]);
        const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
        expect(manifest.dependencies).toBeUndefined();
        expect(manifest.peerDependenciesMeta['playwright-core']).toEqual({ optional: true });
    });

    it('prints its version', () => {
        const version = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version;
        expect(journey(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    });

    it('checks maps', () => {
        const run = journey(['check', 'changed']);
        expect(run).toEqual({
            status: 0,
            stdout: "changed/checkout.journey:47:9 warning Stage 'delivery' has no owner. [stage-without-owner]\n1 problem (0 errors, 1 warning) in 1 file\n",
            stderr: ''
        });
        const broken = journey(['check', join(FIXTURES, 'cli/diagnostics')]);
        expect(broken.status).toBe(1);
        expect(broken.stdout).toMatch(/\(\d+ errors?, /);
    });

    it('renders a map as Markdown and as a standalone HTML page', () => {
        const markdown = journey(['render', 'changed/checkout.journey', '--format', 'markdown']);
        expect(markdown.stderr).toBe('');
        expect(markdown.status).toBe(0);
        expect(markdown.stdout).toContain('```mermaid');
        expect(journey(['render', 'changed/checkout.journey', '--format', 'html', '-o', 'checkout.html'])).toEqual({ status: 0, stdout: '', stderr: '' });
        const html = readFileSync(join(scratch, 'checkout.html'), 'utf8');
        expect(html).toMatch(/^<!doctype html>/i);
        // The page carries the package's preview script and Mermaid inline: it opens offline.
        expect(html).toContain(readFileSync(join(prefix, 'lib/node_modules/journey-maps/dist/media/preview.css'), 'utf8').trim().slice(0, 200));
        expect(html.length).toBeGreaterThan(statSync(join(prefix, 'lib/node_modules/journey-maps/dist/media/mermaid.min.js')).size);
    });

    it('diffs two versions of the maps', () => {
        const run = journey(['diff', 'base', 'changed']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('## Journey map changes');
        expect(run.stdout).toContain("Maya's average emotion at Checkout &amp; payment 1.0 → 3.5 ↑ better");
    });

    it('names the package to install when a browser output needs playwright-core', () => {
        const run = journey(['render', 'changed/checkout.journey', '--format', 'svg', '--browser', process.execPath]);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(
            'journey: SVG output drives Chromium through the playwright-core package, which is not installed: ' +
                'run `npm install --global playwright-core` (beside a global journey-maps) or `npm install playwright-core` in your project\n'
        );
    });
});
