// Bundles a TypeScript entry of bench/entries with esbuild into a temporary
// CommonJS file and loads it, so the benchmarks run the real sources (the
// shipped bundles only expose the extension, the server and the CLI).
import * as esbuild from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

/** Bundles `bench/entries/<name>.ts` for Node and returns its exports. */
export async function loadEntry(name) {
    const outfile = join(mkdtempSync(join(tmpdir(), 'journey-bench-')), `${name}.cjs`);
    await esbuild.build({
        entryPoints: [join(root, 'bench/entries', `${name}.ts`)],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        // Same resolution as scripts/build.mjs (jsonc-parser's ES module build).
        mainFields: ['module', 'main'],
        outfile,
        logLevel: 'warning'
    });
    return require(outfile);
}
