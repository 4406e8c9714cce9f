// Bundles the extension, the language server, the CLI and the preview's
// webview script with esbuild. `--production` minifies (for the .vsix);
// `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { failOnNodeBuiltins } from './esbuild-node-builtins.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning'
};

// exceljs is two thirds of what the CLI would weigh and only `.xlsx` files need it: it is a
// bundle of its own, dist/exceljs.js, that the CLI and the extension's import load on first use.
const excelBundle = {
    name: 'exceljs-own-bundle',
    setup(build) {
        build.onResolve({ filter: /^exceljs$/ }, args =>
            args.importer.endsWith('src/spreadsheet/exceljs.ts') ? { path: './exceljs.js', external: true } : undefined);
    }
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
        server: 'language-server/node/main.ts',
        exceljs: createRequire(import.meta.url).resolve('exceljs')
    },
    outdir: 'dist'
};

// bin/journey.js runs dist/cli.js through vm.Script with V8's code cache (bin/compile-cache.js),
// where Node 20 cannot run `import()` (it asks for --experimental-vm-modules): the CLI's dynamic
// imports, of playwright-core (CommonJS) and dist/exceljs.js, become a `require` on first use.
const cliBundle = {
    ...nodeBundles,
    plugins: [excelBundle],
    supported: { 'dynamic-import': false },
    entryPoints: { cli: 'src/cli/main.ts' }
};

// The extension's entry stays small, as VS Code counts loading it in the activation time:
// the language client (vscode-languageclient and the whole LSP protocol) is a bundle of
// its own, `dist/client.js`, that `src/extension/extension.ts` imports once `activate` has returned.
const clientModule = /^\.\/client\/language-client\.js$/;
// Likewise "Journey: Import from CSV, Excel or Mermaid…" loads its readers (csv-parse and the
// mapping) as dist/import.js when it runs, not when the extension activates.
const importModule = /^\.\.\/import\/convert-file\.js$/;
const extensionBundle = {
    ...nodeBundles,
    entryPoints: { extension: 'src/extension/extension.ts', client: 'src/extension/client/language-client.ts', import: 'src/extension/import/convert-file.ts' },
    plugins: [excelBundle, {
        name: 'lazy-language-client',
        setup(build) {
            build.onResolve({ filter: clientModule }, args =>
                args.importer.endsWith('src/extension/extension.ts') ? { path: './client.js', external: true } : undefined);
            build.onResolve({ filter: importModule }, args =>
                args.importer.endsWith('src/extension/commands/import-map.ts') ? { path: './import.js', external: true } : undefined);
        }
    }]
};

const webviewBundle = {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    plugins: [failOnNodeBuiltins()],
    entryPoints: { preview: 'media/preview/main.ts' },
    outdir: 'dist/media'
};

// The extension in the browser (vscode.dev, github.dev): VS Code's web worker extension host loads
// dist/web/extension.js (CommonJS, `vscode` provided), which starts dist/web/server.js in a Web Worker.
// No Node built-in may reach these bundles: `failOnNodeBuiltins` stops the build with the importer's name.
const browserBundles = {
    ...common,
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    plugins: [failOnNodeBuiltins()],
    outdir: 'dist/web'
};
const webExtensionBundle = {
    ...browserBundles,
    format: 'cjs',
    external: ['vscode'],
    entryPoints: { extension: 'src/extension/browser-extension.ts' }
};
const webServerBundle = {
    ...browserBundles,
    format: 'iife',
    entryPoints: { server: 'language-server/browser/main.ts' }
};

function copyMermaid() {
    // Mermaid is loaded from the extension's own files, never from a CDN.
    mkdirSync('dist/media', { recursive: true });
    cpSync('node_modules/mermaid/dist/mermaid.min.js', 'dist/media/mermaid.min.js');
}

const configs = [nodeBundles, cliBundle, extensionBundle, webExtensionBundle, webServerBundle];
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
