/**
 * A copy of the working tree (what a fresh clone would hold, plus files not yet
 * committed), outside the repository so no test runner walks into it, with
 * node_modules linked: packaging tests build and pack there, so they never
 * overwrite the dist/ other tests run from.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function copyWorkingTree(prefix: string): string {
    const copy = mkdtempSync(join(tmpdir(), prefix));
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' })
        .split('\0')
        .filter(file => file && !file.startsWith('tests/') && existsSync(join(REPO_ROOT, file)) && statSync(join(REPO_ROOT, file)).isFile());
    for (const file of files) {
        mkdirSync(dirname(join(copy, file)), { recursive: true });
        cpSync(join(REPO_ROOT, file), join(copy, file));
    }
    // The build reads packages from node_modules; neither vsce nor npm pack packages it.
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    return copy;
}
