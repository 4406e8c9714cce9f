/**
 * Activation does not wait for the language server: every command of the
 * manifest is registered while the server is still starting, or after it
 * failed to start.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as fakeVscode from './preview/fake-vscode.js';

vi.mock('vscode', async () => {
    const fake = await import('./preview/fake-vscode.js');
    const disposable = { dispose: () => undefined };
    return {
        ...fake,
        Disposable: { from: (...parts: Array<{ dispose(): void }>) => ({ dispose: () => parts.forEach(part => part.dispose()) }) },
        window: { ...fake.window, createOutputChannel: () => ({ appendLine: () => undefined, show: () => undefined, dispose: () => undefined }) },
        workspace: {
            ...fake.workspace,
            createFileSystemWatcher: () => disposable,
            registerTextDocumentContentProvider: () => disposable
        }
    };
});

// The shared client options (src/extension/client/client-options.ts) import the common package.
vi.mock('vscode-languageclient', () => ({ RevealOutputChannelOn: { Error: 3 } }));

/** The server's start, settled by each test; set once the lazily loaded client exists. */
let settleStart: { resolve: () => void; reject: (error: Error) => void } | undefined;
vi.mock('vscode-languageclient/node.js', () => ({
    RevealOutputChannelOn: { Error: 3 },
    TransportKind: { ipc: 1 },
    LanguageClient: class {
        private readonly started = new Promise<void>((resolve, reject) => { settleStart = { resolve, reject }; });
        readonly outputChannel = { appendLine: () => undefined, show: () => undefined };
        start() { return this.started; }
        onNotification() { return { dispose: () => undefined }; }
        onRequest() { return { dispose: () => undefined }; }
        async stop() { /* nothing runs */ }
    }
}));

const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { contributes: { commands: Array<{ command: string }> } };
const context = { subscriptions: [] as unknown[], asAbsolutePath: (path: string) => `/extension/${path}`, extensionUri: fakeVscode.Uri.file('/extension') };

describe('activate', () => {
    beforeEach(() => {
        fakeVscode.registeredCommands.clear();
        fakeVscode.errors.length = 0;
        settleStart = undefined;
    });

    it('registers every command of the manifest while the server is still starting, and returns at once', async () => {
        const { activate } = await import('../../../src/extension/extension.js');
        const result: unknown = activate(context as never);
        expect(result).toBeUndefined();
        for (const { command } of manifest.contributes.commands) {
            expect(fakeVscode.registeredCommands.has(command), command).toBe(true);
        }
        // The language client is loaded and its server started after activate has returned.
        await vi.waitFor(() => expect(settleStart).toBeDefined());
    });

    it('keeps the commands and tells the user when the server fails to start', async () => {
        const { activate } = await import('../../../src/extension/extension.js');
        activate(context as never);
        await vi.waitFor(() => expect(settleStart).toBeDefined());
        settleStart!.reject(new Error('spawn node ENOENT'));
        await vi.waitFor(() => expect(fakeVscode.errors).toContain('The Journey language server failed to start: spawn node ENOENT'));
        for (const { command } of manifest.contributes.commands) {
            expect(fakeVscode.registeredCommands.has(command), command).toBe(true);
        }
    });
});
