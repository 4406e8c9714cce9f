/** Temporary git repositories for the diff tests: commits of fixture folders, made in the test. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function git(repo: string, args: string[]): string {
    return execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid', GIT_CONFIG_NOSYSTEM: '1', HOME: repo }
    });
}

/** A new repository whose history is one commit per folder given, each commit's tree being that folder's files (under `maps/`). */
export function repositoryWithCommits(folders: string[]): string {
    const repo = mkdtempSync(join(tmpdir(), 'journey-git-'));
    git(repo, ['init', '--quiet', '--initial-branch=main']);
    for (const folder of folders) {
        rmSync(join(repo, 'maps'), { recursive: true, force: true });
        cpSync(folder, join(repo, 'maps'), { recursive: true });
        git(repo, ['add', '--all']);
        git(repo, ['commit', '--quiet', '-m', `maps from ${folder}`]);
    }
    return repo;
}

/** Replaces the working tree's maps with a folder's files, without committing. */
export function replaceMaps(repo: string, folder: string): void {
    for (const name of readdirSync(join(repo, 'maps'))) rmSync(join(repo, 'maps', name), { recursive: true });
    cpSync(folder, join(repo, 'maps'), { recursive: true });
}
