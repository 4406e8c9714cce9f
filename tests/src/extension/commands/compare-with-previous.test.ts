import { posix } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Only Uri.joinPath is used by repositoryOf; like VS Code's, it normalises "..".
vi.mock('vscode', () => ({
    Uri: { joinPath: (base: { path: string }, ...segments: string[]) => ({ path: posix.join(base.path, ...segments) }) }
}));

const { repositoryOf } = await import('../../../../src/extension/commands/compare-with-previous.js');
type GitApi = import('../../../../src/extension/commands/compare-with-previous.js').GitApi;

const map = { path: '/ws/maps/checkout.journey' } as never;
const repository = { show: async () => 'journey a "A" {}' };

/** A git API whose state changes when `initialize()` is called. */
function gitApi(found: { known?: boolean; onDisk?: boolean }, state: 'uninitialized' | 'initialized' = 'initialized') {
    let listeners: Array<(value: 'initialized') => void> = [];
    let initialized = state === 'initialized';
    const api = {
        get state() { return initialized ? 'initialized' : 'uninitialized'; },
        onDidChangeState: (listener: (value: 'initialized') => void) => {
            listeners.push(listener);
            return { dispose: () => { listeners = listeners.filter(candidate => candidate !== listener); } };
        },
        // Before its first scan git knows no repository at all.
        getRepository: vi.fn(() => (initialized && found.known ? repository : null)),
        openRepository: vi.fn(async () => (found.onDisk ? repository : null)),
        initialize: () => {
            initialized = true;
            for (const listener of [...listeners]) listener('initialized');
        }
    };
    return api;
}

describe('repositoryOf (Compare with Previous Version)', () => {
    it('waits until git has looked for repositories before asking for the file\'s', async () => {
        const git = gitApi({ known: true }, 'uninitialized');
        const found = repositoryOf(git as unknown as GitApi, map);
        await new Promise(resolve => setTimeout(resolve, 0));
        expect(git.getRepository).not.toHaveBeenCalled();
        git.initialize();
        await expect(found).resolves.toBe(repository);
        expect(git.openRepository).not.toHaveBeenCalled();
    });

    it('opens a repository git has not noticed yet (just created with git init) from the file\'s folder', async () => {
        const git = gitApi({ known: false, onDisk: true });
        await expect(repositoryOf(git as unknown as GitApi, map)).resolves.toBe(repository);
        expect(git.openRepository).toHaveBeenCalledWith({ path: '/ws/maps' });
    });

    it('is null for a file in no repository', async () => {
        const git = gitApi({ known: false, onDisk: false });
        await expect(repositoryOf(git as unknown as GitApi, map)).resolves.toBeNull();
    });

    it('works with a git API without state or openRepository (older VS Code)', async () => {
        const api = { getRepository: () => repository };
        await expect(repositoryOf(api as unknown as GitApi, map)).resolves.toBe(repository);
        await expect(repositoryOf({ getRepository: () => null } as unknown as GitApi, map)).resolves.toBeNull();
    });
});

const { comparisonCommand } = await import('../../../../src/extension/commands/compare-with-previous.js');

describe('comparisonCommand (where the comparison opens)', () => {
    it('beside the editor when no preview of the map is visible, or the preview shares the editor\'s group', () => {
        expect(comparisonCommand(undefined, 1)).toBe('markdown.showPreviewToSide');
        expect(comparisonCommand(1, 1)).toBe('markdown.showPreviewToSide');
    });

    it('in the editor\'s own group when the map\'s preview is visible beside it, so neither hides the other', () => {
        expect(comparisonCommand(2, 1)).toBe('markdown.showPreview');
    });
});
