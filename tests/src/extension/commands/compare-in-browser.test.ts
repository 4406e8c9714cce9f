import { describe, expect, it, vi } from 'vitest';

// The browser host: no vscode.git extension, a github.dev file.
const warnings: string[] = [];
vi.mock('vscode', () => ({
    extensions: { getExtension: () => undefined },
    window: { showWarningMessage: (message: string) => { warnings.push(message); return Promise.resolve(undefined); } },
    Uri: { joinPath: () => undefined }
}));

const { headVersion, BROWSER_WORKSPACE_MESSAGE } = await import('../../../../src/extension/commands/compare-with-previous.js');

describe('Compare with Previous Version in vscode.dev / github.dev', () => {
    it('says why it cannot compare a file of a virtual workspace, and reads nothing', async () => {
        const uri = { scheme: 'vscode-vfs', path: '/owner/repo/maps/checkout.journey', fsPath: '/owner/repo/maps/checkout.journey' };
        await expect(headVersion(uri as never)).resolves.toBeUndefined();
        expect(warnings).toEqual([BROWSER_WORKSPACE_MESSAGE]);
        expect(BROWSER_WORKSPACE_MESSAGE).toMatch(/github\.dev/);
        expect(BROWSER_WORKSPACE_MESSAGE).toMatch(/journey diff --git/);
    });
});
