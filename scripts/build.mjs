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
        server: 'language-server/node/main.ts'
    },
    outdir: 'dist'
};

// bin/journey.js runs dist/cli.js through vm.Script with V8's code cache (bin/compile-cache.js),
// where Node 20 cannot run `import()` (it asks for --experimental-vm-modules): the CLI's one
// dynamic import, of playwright-core (CommonJS), becomes a `require` on first use.
const cliBundle = {
    ...nodeBundles,
    supported: { 'dynamic-import': false },
    entryPoints: {
        cli: 'src/cli/main.ts',
        // Worker threads of `journey check` on large workspaces (src/cli/check/parallel-check.ts).
        'check-worker': 'src/cli/check/check-worker.ts'
    }
};

// The extension's entry stays small, as VS Code counts loading it in the activation time:
// the language client (vscode-languageclient and the whole LSP protocol) is a bundle of
// its own, `dist/client.js`, that `src/extension/extension.ts` imports once `activate` has returned.
const clientModule = /^\.\/client\/language-client\.js$/;
const extensionBundle = {
    ...nodeBundles,
    entryPoints: { extension: 'src/extension/extension.ts', client: 'src/extension/client/language-client.ts' },
    plugins: [{
        name: 'lazy-language-client',
        setup(build) {
            build.onResolve({ filter: clientModule }, args =>
                args.importer.endsWith('src/extension/extension.ts') ? { path: './client.js', external: true } : undefined);
        }
    }]
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

const configs = [nodeBundles, cliBundle, extensionBundle];
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
