/**
 * The preview and the commands talk to a client whose code loads after
 * activation: requests wait for it, notification handlers reach it once it exists.
 */
import { describe, expect, it } from 'vitest';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { DeferredLanguageClient } from '../../../../src/extension/client/deferred-language-client.js';

function fakeClient() {
    const requests: Array<{ method: string; params: unknown }> = [];
    const handlers = new Map<string, (params: unknown) => void>();
    const client = {
        sendRequest: async (method: string, params: unknown) => { requests.push({ method, params }); return { answered: method }; },
        onNotification: (method: string, handler: (params: unknown) => void) => {
            handlers.set(method, handler);
            return { dispose: () => handlers.delete(method) };
        }
    };
    return { client: client as unknown as LanguageClient, requests, handlers };
}

function deferred<T>() {
    let resolve!: (value: T) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
}

describe('DeferredLanguageClient', () => {
    it('sends a request made before the client is loaded once it is, by method name', async () => {
        const fake = fakeClient();
        const loading = deferred<LanguageClient>();
        const client = new DeferredLanguageClient(loading.promise);
        const answer = client.sendRequest({ method: 'journey/renderModel' }, { uri: 'file:///a.journey' });
        await Promise.resolve();
        expect(fake.requests).toEqual([]);
        loading.resolve(fake.client);
        expect(await answer).toEqual({ answered: 'journey/renderModel' });
        expect(fake.requests).toEqual([{ method: 'journey/renderModel', params: { uri: 'file:///a.journey' } }]);
    });

    it('adds a notification handler once the client exists, and not when disposed before', async () => {
        const fake = fakeClient();
        const client = new DeferredLanguageClient(Promise.resolve(fake.client));
        const seen: unknown[] = [];
        client.onNotification({ method: 'journey/documentValidated' }, params => seen.push(params));
        client.onNotification({ method: 'journey/other' }, () => undefined).dispose();
        await new Promise(resolve => setTimeout(resolve, 0));
        fake.handlers.get('journey/documentValidated')?.({ uri: 'file:///a.journey', version: 2 });
        expect(seen).toEqual([{ uri: 'file:///a.journey', version: 2 }]);
        expect(fake.handlers.has('journey/other')).toBe(false);
    });

    it('fails the requests when the client cannot be loaded', async () => {
        const client = new DeferredLanguageClient(Promise.reject(new Error('Cannot find module ./client.js')));
        await expect(client.sendRequest({ method: 'journey/diff' }, {})).rejects.toThrow('Cannot find module ./client.js');
    });
});
