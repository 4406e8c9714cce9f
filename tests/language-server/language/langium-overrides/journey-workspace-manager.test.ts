import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../test-services.js';

describe('walking the workspace folder', () => {
    it('skips the system folders a root of / would otherwise walk forever, and keeps others', () => {
        const manager = createTestServices().shared.workspace.WorkspaceManager as unknown as {
            shouldIncludeEntry(entry: { isDirectory: boolean; isFile: boolean; uri: URI }): boolean;
        };
        const folder = (path: string) => manager.shouldIncludeEntry({ isDirectory: true, isFile: false, uri: URI.file(path) });
        expect(['/proc', '/sys', '/dev', '/run'].map(folder)).toEqual([false, false, false, false]);
        expect([folder('/home'), folder('/work/maps/proc'), folder('/work/node_modules')]).toEqual([true, true, false]);
        expect(manager.shouldIncludeEntry({ isDirectory: false, isFile: true, uri: URI.file('/work/a.journey') })).toBe(true);
        expect(manager.shouldIncludeEntry({ isDirectory: false, isFile: true, uri: URI.file('/work/a.txt') })).toBe(false);
    });
});
