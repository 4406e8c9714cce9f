import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Packages a copy of the working tree (what a fresh clone would hold) with
// `scripts/package.mjs`, so the production build never overwrites the dist/
// that other tests are running from, and checks the .vsix's file list.

const root = fileURLToPath(new URL('../../', import.meta.url));
let staging = '';
let entries: string[] = [];

function copyWorkingTree(): void {
    // Outside the repository, so that no test runner walks into the copy.
    staging = mkdtempSync(join(tmpdir(), 'journey-vsix-'));
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
        .split('\0')
        .filter(file => file && !file.startsWith('tests/') && existsSync(join(root, file)) && statSync(join(root, file)).isFile());
    for (const file of files) {
        mkdirSync(dirname(join(staging, file)), { recursive: true });
        cpSync(join(root, file), join(staging, file));
    }
    // The build reads packages from node_modules; vsce never packages it.
    symlinkSync(join(root, 'node_modules'), join(staging, 'node_modules'), 'dir');
}

/** Entry names of a zip archive, via Debian's unzip (installed by scripts/setup-system.sh). */
function zipEntries(zip: string): string[] {
    return execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

describe('the .vsix package', () => {
    beforeAll(() => {
        copyWorkingTree();
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
        expect(size).toBeLessThan(8 * 1024 * 1024);
    });
});
