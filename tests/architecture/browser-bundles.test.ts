/**
 * The browser bundles (the web extension and the Web Worker language server)
 * must not use Node: the build fails on a Node built-in, and what it wrote
 * requires nothing but `vscode`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { failOnNodeBuiltins } from '../../scripts/esbuild-node-builtins.mjs';

const REPO = join(import.meta.dirname, '../..');

describe('browser bundles', () => {
    it('fail to build when a Node built-in slips in, naming it and its importer', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'journey-browser-'));
        const entry = join(dir, 'entry.ts');
        writeFileSync(entry, "import { readFileSync } from 'node:fs';\nimport * as path from 'path';\nexport const read = () => readFileSync(path.join('a', 'b'));\n");
        const build = esbuild.build({ entryPoints: [entry], bundle: true, write: false, platform: 'browser', plugins: [failOnNodeBuiltins()], logLevel: 'silent' });
        await expect(build).rejects.toThrow(/Node built-in 'node:fs' imported by .*entry\.ts/);
        await expect(build).rejects.toThrow(/Node built-in 'path'/);
    });

    it('as built require nothing but vscode', () => {
        if (!existsSync(join(REPO, 'dist/web/server.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' });
        for (const bundle of ['dist/web/extension.js', 'dist/web/server.js']) {
            const code = readFileSync(join(REPO, bundle), 'utf8');
            const required = [...code.matchAll(/(?<![.\w$])require\(["']([^"']+)["']\)/g)].map(match => match[1]);
            expect(new Set(required), bundle).toEqual(new Set(bundle.endsWith('extension.js') ? ['vscode'] : []));
        }
    });

    it('are what the manifest names for the browser', () => {
        const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { browser: string; main: string; capabilities: { virtualWorkspaces: unknown } };
        expect(manifest.browser).toBe('./dist/web/extension.js');
        expect(manifest.capabilities.virtualWorkspaces).toBe(true);
    });
});
