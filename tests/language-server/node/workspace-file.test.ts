/**
 * The one rule every reader of workspace files follows (language-server/node/workspace-file.ts):
 * regular files only, links only to targets inside a workspace root holding the link.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkspaceFile } from '../../../language-server/node/workspace-file.js';
import { RefusedFileError } from '../../../language-server/language/workspace/refused-file.js';

function tree(): string {
    const top = mkdtempSync(join(tmpdir(), 'journey-rule-'));
    mkdirSync(join(top, 'repo', 'maps'), { recursive: true });
    mkdirSync(join(top, 'repo', 'shared'));
    mkdirSync(join(top, 'elsewhere'));
    writeFileSync(join(top, 'repo', 'shared', 'people.journey'), 'team sales\n');
    writeFileSync(join(top, 'elsewhere', 'secret.journey'), 'team secret\n');
    symlinkSync(join(top, 'repo', 'shared', 'people.journey'), join(top, 'repo', 'maps', 'people.journey'));
    symlinkSync(join(top, 'elsewhere', 'secret.journey'), join(top, 'repo', 'maps', 'secret.journey'));
    return top;
}

function refusal(read: () => unknown): string {
    try {
        read();
    } catch (error) {
        if (error instanceof RefusedFileError) return error.reason;
        throw error;
    }
    throw new Error('the file was read');
}

describe('readWorkspaceFile', () => {
    it('reads a link whose target is inside a root holding it, whichever of nested roots holds the target', () => {
        const top = tree();
        const link = join(top, 'repo', 'maps', 'people.journey');
        expect(String(readWorkspaceFile(link, [join(top, 'repo')]))).toBe('team sales\n');
        expect(String(readWorkspaceFile(link, [join(top, 'repo', 'maps'), join(top, 'repo')]))).toBe('team sales\n');
        expect(refusal(() => readWorkspaceFile(link, [join(top, 'repo', 'maps')]))).toMatch(/^it links to .*shared\/people\.journey, outside the workspace/);
    });

    it('refuses a link out of every root, and with no root holding the link, a link out of its own folder', () => {
        const top = tree();
        const link = join(top, 'repo', 'maps', 'secret.journey');
        expect(refusal(() => readWorkspaceFile(link, [join(top, 'repo')]))).toContain('outside the workspace');
        expect(refusal(() => readWorkspaceFile(link, []))).toContain('outside the workspace');
        expect(refusal(() => readWorkspaceFile(link, [join(top, 'other')]))).toContain('outside the workspace');
    });

    it('reads a regular file that is no link wherever it is, refuses a FIFO and a broken link, and lets a missing file be Node\'s error', () => {
        const top = tree();
        expect(String(readWorkspaceFile(join(top, 'elsewhere', 'secret.journey'), [join(top, 'repo')]))).toBe('team secret\n');
        execFileSync('mkfifo', [join(top, 'repo', 'pipe.journey')]);
        expect(refusal(() => readWorkspaceFile(join(top, 'repo', 'pipe.journey'), [join(top, 'repo')]))).toBe('not a regular file');
        symlinkSync('gone.journey', join(top, 'repo', 'broken.journey'));
        expect(refusal(() => readWorkspaceFile(join(top, 'repo', 'broken.journey'), [join(top, 'repo')]))).toBe('a broken link (to gone.journey)');
        expect(() => readWorkspaceFile(join(top, 'repo', 'missing.journey'), [join(top, 'repo')])).toThrow(/ENOENT/);
    });
});
