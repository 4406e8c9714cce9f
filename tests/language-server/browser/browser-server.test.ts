/**
 * The language server of the browser build (dist/web/server.js) in a Web Worker
 * of headless Chromium, spoken to over postMessage as VS Code's web worker
 * extension host does: a two-file workspace served from an in-memory file
 * system through the `journey/fs/*` requests, then diagnostics, completion and
 * the render model, as a vscode.dev user would get them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from '../../support/chromium.js';

const REPO = join(import.meta.dirname, '../../..');
const ROOT = 'memfs:/workspace';

const PEOPLE = `persona maya "Maya, first-time buyer"
team sales "Sales"
channel web "Website"
`;
const CHECKOUT = `journey first_purchase "First purchase" {
  personas maya
  stage purchase "Purchase" {
    owner sales
    touchpoint checkout_page "Checkout" via web {
      emotion maya 2 "Shipping appears late"
      pain "Surprise shipping fee"
    }
  }
}
`;

/** The page's side of the connection: an in-memory file system and a minimal LSP client. */
function pageClient({ files, serverCode }: { files: Record<string, string>; serverCode: string }): void {
    type Message = { id?: number | string; method?: string; params?: any; result?: unknown; error?: { message: string } };
    const entries = (folder: string) => {
        const prefix = folder.replace(/\/$/, '') + '/';
        const names = new Map<string, boolean>();
        for (const uri of Object.keys(files)) {
            if (!uri.startsWith(prefix)) continue;
            const rest = uri.slice(prefix.length);
            const [head, ...tail] = rest.split('/');
            names.set(head, names.get(head) || tail.length > 0);
        }
        return [...names].map(([name, isDirectory]) => ({ uri: prefix + name, isFile: !isDirectory, isDirectory }));
    };
    const worker = new Worker(URL.createObjectURL(new Blob([serverCode], { type: 'text/javascript' })));
    const pending = new Map<number, (message: Message) => void>();
    const state = { diagnostics: {} as Record<string, unknown[]>, fileRequests: [] as string[], errors: [] as string[], nextId: 1 };
    const answer = (id: Message['id'], result: unknown, error?: string) =>
        worker.postMessage(error === undefined ? { jsonrpc: '2.0', id, result } : { jsonrpc: '2.0', id, error: { code: -32803, message: error } });
    worker.onerror = event => state.errors.push(String(event.message));
    worker.onmessage = (event: MessageEvent<Message>) => {
        const message = event.data;
        if (message.method && message.id !== undefined) {
            const uri: string | undefined = message.params?.uri;
            if (message.method.startsWith('journey/fs/')) state.fileRequests.push(`${message.method} ${uri}`);
            if (message.method === 'journey/fs/readFile') {
                return uri !== undefined && uri in files ? answer(message.id, files[uri]) : answer(message.id, null, `No such file: ${uri}`);
            }
            if (message.method === 'journey/fs/readDirectory') return answer(message.id, entries(uri ?? ''));
            if (message.method === 'journey/fs/stat') {
                if (uri !== undefined && uri in files) return answer(message.id, { uri, isFile: true, isDirectory: false });
                return entries(uri ?? '').length > 0 ? answer(message.id, { uri, isFile: false, isDirectory: true }) : answer(message.id, null, `No such file: ${uri}`);
            }
            if (message.method === 'workspace/configuration') return answer(message.id, (message.params?.items ?? []).map(() => null));
            return answer(message.id, null);
        }
        if (message.method === 'textDocument/publishDiagnostics') {
            state.diagnostics[message.params.uri] = message.params.diagnostics;
            return;
        }
        if (message.id !== undefined && typeof message.id === 'number') pending.get(message.id)?.(message);
    };
    const request = (method: string, params: unknown) => new Promise<Message>(resolve => {
        const id = state.nextId++;
        pending.set(id, resolve);
        worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
    const notify = (method: string, params: unknown) => worker.postMessage({ jsonrpc: '2.0', method, params });
    Object.assign(window, { lsp: { request, notify, state } });
}

describe('the language server in a Web Worker (dist/web/server.js)', () => {
    let browser: TestBrowser;
    let page: Page;

    beforeAll(async () => {
        if (!existsSync(join(REPO, 'dist/web/server.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' });
        browser = await launchChromium();
        page = await browser.newPage();
        await page.goto('about:blank');
        const files = { [`${ROOT}/people.journey`]: PEOPLE, [`${ROOT}/checkout.journey`]: CHECKOUT };
        await page.evaluate(pageClient, { files, serverCode: readFileSync(join(REPO, 'dist/web/server.js'), 'utf8') });
        const init = await page.evaluate(root => (window as any).lsp.request('initialize', {
            processId: null, rootUri: root, capabilities: { workspace: { configuration: true } },
            workspaceFolders: [{ uri: root, name: 'workspace' }]
        }), ROOT);
        expect(init.error).toBeUndefined();
        await page.evaluate(() => (window as any).lsp.notify('initialized', {}));
    });

    afterAll(async () => {
        await browser?.close();
    });

    it('loads the workspace through the client and resolves declarations of another file', async () => {
        const uri = `${ROOT}/checkout.journey`;
        await page.evaluate(([uri, text]) => (window as any).lsp.notify('textDocument/didOpen', {
            textDocument: { uri, languageId: 'journey', version: 1, text }
        }), [uri, CHECKOUT.replace('owner sales', 'owner nobody')] as const);
        const diagnostics = await page.waitForFunction(uri => (window as any).lsp.state.diagnostics[uri], uri, { timeout: 60_000 })
            .then(handle => handle.jsonValue()) as Array<{ message: string; code: string }>;
        // maya, sales' replacement and web come from people.journey, read through journey/fs/*: only the typo is reported.
        expect(diagnostics.map(d => d.message)).toEqual([expect.stringContaining("'nobody'")]);
        const requests = await page.evaluate(() => (window as any).lsp.state.fileRequests as string[]);
        expect(requests).toContain(`journey/fs/readDirectory ${ROOT}`);
        expect(requests).toContain(`journey/fs/readFile ${ROOT}/people.journey`);
        expect(await page.evaluate(() => (window as any).lsp.state.errors)).toEqual([]);
    });

    it('completes persona ids declared in the other file', async () => {
        const uri = `${ROOT}/checkout.journey`;
        const line = CHECKOUT.split('\n').findIndex(l => l.includes('emotion maya'));
        const reply = await page.evaluate(([uri, line]) => (window as any).lsp.request('textDocument/completion', {
            textDocument: { uri }, position: { line, character: '      emotion '.length }
        }), [uri, line] as const);
        const items = Array.isArray(reply.result) ? reply.result : reply.result.items;
        expect(items.map((item: { label: string }) => item.label)).toContain('maya');
    });

    it('hovers and goes to the definition in the other file', async () => {
        const uri = `${ROOT}/checkout.journey`;
        const line = CHECKOUT.split('\n').findIndex(l => l.includes('emotion maya'));
        const position = { line, character: '      emotion ma'.length };
        const hover = await page.evaluate(([uri, position]) => (window as any).lsp.request('textDocument/hover', { textDocument: { uri }, position }), [uri, position] as const);
        expect(hover.result.contents.value).toMatch(/^\*\*Maya, first.*persona `maya`/);
        const definition = await page.evaluate(([uri, position]) => (window as any).lsp.request('textDocument/definition', { textDocument: { uri }, position }), [uri, position] as const);
        const targets = (Array.isArray(definition.result) ? definition.result : [definition.result]) as Array<{ uri?: string; targetUri?: string }>;
        expect(targets.map(t => t.targetUri ?? t.uri)).toEqual([`${ROOT}/people.journey`]);
    });

    it('answers the preview\'s render model request', async () => {
        const reply = await page.evaluate(uri => (window as any).lsp.request('journey/renderModel', { uri }), `${ROOT}/checkout.journey`);
        expect(reply.error).toBeUndefined();
        const model = reply.result.model;
        expect(model.journeys[0].stages[0].touchpoints[0].label).toBe('Checkout');
        expect(model.personas.map((p: { label: string }) => p.label)).toEqual(['Maya, first-time buyer']);
    });
});
