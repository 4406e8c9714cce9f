// `npm run package`: production bundles (minified, no source maps), then the
// .vsix with @vscode/vsce. .vscodeignore decides what goes in; vsce runs with
// --no-dependencies because the bundles already contain every dependency.
// Works in the current directory, so a test can package a copy of the tree.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const out = 'dist/journey-maps.vsix';

/** Runs a Node script; `quiet` keeps its output for when it fails (vsce lists every packaged file). */
function run(script, args, { quiet = false } = {}) {
    const { status, stdout, stderr } = spawnSync(process.execPath, [script, ...args], { stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
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
function readmeLinkOptions() {
    const url = JSON.parse(readFileSync('package.json', 'utf8')).repository?.url ?? '';
    if (!url || /github\.com|gitlab\.com/.test(url)) return [];
    const base = url.replace(/^git\+/, '').replace(/\.git$/, '');
    return ['--baseContentUrl', `${base}/blob/HEAD`, '--baseImagesUrl', `${base}/raw/HEAD`];
}

// Source maps left in dist/ by development builds are kept out by .vscodeignore.
run('scripts/build.mjs', ['--production']);
mkdirSync(dirname(out), { recursive: true });
const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
const packaged = run(vsce, ['package', '--no-dependencies', ...readmeLinkOptions(), '--out', out], { quiet: true });
// vsce's last line says where the package went and how big it is ("DONE  Packaged: … (N files, size)").
console.log(packaged.trim().split('\n').filter(line => /\S/.test(line)).at(-1)?.replace(/\u001b\[[0-9;]*m/g, '').trim() ?? `packaged ${out}`);
