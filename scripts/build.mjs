// Bundles the extension, the language server, the CLI and the preview's
// webview script with esbuild. `--production` minifies (for the .vsix);
// `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning'
};

const nodeBundles = {
    ...common,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // playwright-core ships its own assets and is only needed by `journey render --format svg|png`.
    external: ['vscode', 'playwright-core'],
    // jsonc-parser's UMD main cannot be bundled (dynamic requires): take the ES module build.
    mainFields: ['module', 'main'],
    entryPoints: {
        extension: 'src/extension.ts',
        server: 'language-server/main.ts',
        cli: 'src/cli/main.ts',
        // Worker threads of `journey check` on large workspaces (src/cli/check/parallel-check.ts).
        'check-worker': 'src/cli/check/check-worker.ts'
    },
    outdir: 'dist'
};

const webviewBundle = {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: { preview: 'media/preview/main.ts' },
    outdir: 'dist/media'
};

function copyMermaid() {
    // Mermaid is loaded from the extension's own files, never from a CDN.
    mkdirSync('dist/media', { recursive: true });
    cpSync('node_modules/mermaid/dist/mermaid.min.js', 'dist/media/mermaid.min.js');
}

const configs = [nodeBundles];
import { existsSync } from 'node:fs';
if (existsSync('media/preview/main.ts')) configs.push(webviewBundle);

if (watch) {
    copyMermaid();
    for (const config of configs) {
        const ctx = await esbuild.context(config);
        await ctx.watch();
    }
    console.log('esbuild: watching for changes');
} else {
    await Promise.all(configs.map(config => esbuild.build(config)));
    copyMermaid();
}
