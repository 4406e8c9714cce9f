import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkingTree, REPO_ROOT as root } from '../support/working-tree-copy.js';

// Packages a copy of the working tree (what a fresh clone would hold) with
// `scripts/package.mjs`, so the production build never overwrites the dist/
// that other tests are running from, and checks the .vsix's file list.

let staging = '';
let entries: string[] = [];

/** Entry names of a zip archive, via Debian's unzip (installed by scripts/setup-system.sh). */
function zipEntries(zip: string): string[] {
    return execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

describe('the .vsix package', () => {
    beforeAll(() => {
        staging = copyWorkingTree('journey-vsix-');
        execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: staging, stdio: 'pipe' });
        entries = zipEntries(join(staging, 'dist/journey-maps.vsix'));
    }, 120_000);

    afterAll(() => {
        if (staging) rmSync(staging, { recursive: true, force: true });
    });

    it('holds the manifest, the bundles and the editing support', () => {
        for (const needed of [
            'extension.vsixmanifest',
            'extension/package.json',
            'extension/readme.md',
            'extension/changelog.md',
            'extension/LICENSE.txt',
            'extension/language-configuration.json',
            'extension/syntaxes/journey.tmLanguage.json',
            'extension/syntaxes/journey.markdown-codeblock.json',
            'extension/schemas/journey.config.schema.json',
            'extension/dist/extension.js',
            'extension/dist/client.js',
            'extension/dist/server.js',
            'extension/dist/import.js',
            'extension/dist/exceljs.js',
            'extension/dist/media/mermaid.min.js',
            'extension/media/icons/journey-maps.png',
            'extension/media/icons/journey-file.svg',
            'extension/media/walkthrough/new-map.md',
            'extension/media/walkthrough/language.md',
            'extension/media/walkthrough/preview.md',
            'extension/media/walkthrough/cli.md'
        ]) {
            expect(entries, needed).toContain(needed);
        }
    });

    it('holds the preview webview bundle when the preview has one', () => {
        if (!existsSync(join(root, 'media/preview/main.ts'))) return;
        expect(entries).toContain('extension/dist/media/preview.js');
    });

    it('holds nothing else: no node_modules, sources, tests, maps, examples or CLI', () => {
        const unwanted = entries.filter(entry =>
            /(^|\/)node_modules\//.test(entry) ||
            /\.(ts|mts|map|langium|vsix)$/.test(entry) ||
            /^extension\/(tests|src|language-server|scripts|examples|bench|docs|bin|\.ci)\//.test(entry) ||
            entry === 'extension/dist/cli.js' ||
            /(^|\/)\./.test(entry.replace(/^extension\//, ''))
        );
        expect(unwanted).toEqual([]);
    });

    it('stays small: minified bundles, no source maps', () => {
        const size = statSync(join(staging, 'dist/journey-maps.vsix')).size;
        expect(size).toBeLessThan(4 * 1024 * 1024);
    });

    it("carries the extension's manifest without the npm package's file list (vsce refuses one beside .vscodeignore)", () => {
        const manifest = JSON.parse(execFileSync('unzip', ['-p', join(staging, 'dist/journey-maps.vsix'), 'extension/package.json'], { encoding: 'utf8' }));
        expect(manifest.files).toBeUndefined();
        expect(manifest.main).toBe('./dist/extension.js');
        expect(manifest.contributes.languages[0].id).toBe('journey');
    });
});
