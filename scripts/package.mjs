// `npm run package`: production bundles (minified, no source maps), then the
// .vsix with @vscode/vsce. .vscodeignore decides what goes in; vsce runs with
// --no-dependencies because the bundles already contain every dependency.
// Works in the current directory, so a test can package a copy of the tree.
//
// One package.json serves the npm package (`journey`, its `files` list) and the
// extension. vsce refuses a `files` list beside a .vscodeignore, so the .vsix is
// made in a staging folder: the files .vscodeignore lets in, and the manifest
// without `files` (everything else, contributions included, stays as it is).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const out = resolve('dist/journey-maps.vsix');
const require = createRequire(import.meta.url);

/** Runs a Node script; `quiet` keeps its output for when it fails (vsce lists every packaged file). */
function run(script, args, { cwd = process.cwd(), quiet = false } = {}) {
    const { status, stdout, stderr } = spawnSync(process.execPath, [script, ...args], { stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8', cwd });
    if (status !== 0) {
        if (quiet) process.stderr.write(`${stdout}${stderr}`);
        console.error(`package: ${script} ${args.join(' ')} failed (exit ${status})`);
        process.exit(1);
    }
    return stdout ?? '';
}

/**
 * vsce turns the README's relative links into absolute ones; it infers the base
 * only for GitHub and GitLab, so for any other host it is given from the manifest.
 */
function readmeLinkOptions(manifest) {
    const url = manifest.repository?.url ?? '';
    if (!url || /github\.com|gitlab\.com/.test(url)) return [];
    const base = url.replace(/^git\+/, '').replace(/\.git$/, '');
    return ['--baseContentUrl', `${base}/blob/HEAD`, '--baseImagesUrl', `${base}/raw/HEAD`];
}

/** A folder holding what the .vsix ships, as vsce's own listing of .vscodeignore selects it. */
async function stageExtension(manifest) {
    const vsce = require('@vscode/vsce');
    const files = await vsce.listFiles({ cwd: process.cwd(), packageManager: vsce.PackageManager.None });
    const stage = mkdtempSync(join(tmpdir(), 'journey-vsix-stage-'));
    for (const file of files) {
        mkdirSync(dirname(join(stage, file)), { recursive: true });
        cpSync(file, join(stage, file));
    }
    cpSync('.vscodeignore', join(stage, '.vscodeignore'));
    const { files: _npmFiles, ...extensionManifest } = manifest;
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(extensionManifest, null, 2)}\n`);
    return stage;
}

// Source maps left in dist/ by development builds are kept out by .vscodeignore.
run('scripts/build.mjs', ['--production']);
mkdirSync(dirname(out), { recursive: true });
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const stage = await stageExtension(manifest);
try {
    const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
    const packaged = run(vsce, ['package', '--no-dependencies', ...readmeLinkOptions(manifest), '--out', out], { cwd: stage, quiet: true });
    // vsce's last line says where the package went and how big it is ("DONE  Packaged: … (N files, size)").
    console.log(packaged.trim().split('\n').filter(line => /\S/.test(line)).at(-1)?.replace(/\u001b\[[0-9;]*m/g, '').trim() ?? `packaged ${out}`);
} finally {
    rmSync(stage, { recursive: true, force: true });
}
