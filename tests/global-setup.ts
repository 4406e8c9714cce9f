/**
 * Builds dist/ once per `vitest run` (langium generate + esbuild, as `npm run
 * build`), before any test file starts: the CLI, stdio, preview and Chromium
 * tests all run the built bundles, and none rebuilds them.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
    const repo = fileURLToPath(new URL('..', import.meta.url));
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
}
