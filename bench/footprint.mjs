// Footprint: bundle sizes, the .vsix (built by `npm run package`, production
// bundles), and the cost of loading the extension's bundle. Activation inside
// VS Code is not measured here: `require` of dist/extension.js with a stand-in
// `vscode` module is what is timed, which is the module evaluation part of it.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;
export const BUNDLES = ['dist/extension.js', 'dist/server.js', 'dist/cli.js', 'dist/media/preview.js', 'dist/media/mermaid.min.js', 'dist/journey-maps.vsix'];

/** Builds the .vsix (production bundles); returns the sizes of every bundle in the folder afterwards. */
export function packageAndMeasure() {
    const result = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`npm run package failed: ${result.stderr}`);
    return BUNDLES.filter(file => existsSync(join(root, file))).map(file => ({ file, bytes: statSync(join(root, file)).size }));
}

/** `require('dist/extension.js')` in a fresh process, with every `vscode` API a no-op stand-in: ms, median of runs. */
export function extensionLoadTime(runs) {
    const script = `
        const Module = require('node:module');
        const fake = new Proxy(function () {}, { get: (target, key) => key === Symbol.toPrimitive ? () => '' : fake, apply: () => fake, construct: () => fake });
        const load = Module._load;
        Module._load = function (request, ...rest) { return request === 'vscode' ? fake : load.call(this, request, ...rest); };
        const start = performance.now();
        require(${JSON.stringify(join(root, 'dist/extension.js'))});
        console.log(performance.now() - start);`;
    const samples = [];
    for (let i = 0; i < runs; i++) {
        const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`loading dist/extension.js failed: ${result.stderr}`);
        samples.push(Number(result.stdout.trim()));
    }
    return summarize(samples);
}
