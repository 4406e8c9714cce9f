/**
 * Seeded fuzz of the built server over real LSP stdio: 10,000+ requests on
 * mutated maps, several in flight at once (semantic tokens full and range,
 * completion, hover, definition, symbols, formatting) while edits arrive.
 * No request may fail with an internal error, none may take 5 s, the server
 * must stay up, and formatting edits only ever replace whitespace.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, LSPErrorCodes, ResponseError, type TextEdit } from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../../support/prng.js';
import { initializeWorkspace, startStdioServer, type StdioServer } from '../language/lsp/stdio-client.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/language-md/${name}`, import.meta.url), 'utf8');
const PEOPLE = fixture('people.journey');
const CHECKOUT = fixture('checkout.journey');

const REQUESTS = 10_000;
const IN_FLIGHT = 8;
const SLOWEST_REPLY_MS = 5_000;
const NOISE = ['{', '}', '"', '\\"', 'stage x {', 'touchpoint t {', 'emotion maya 9', 'owner', ',', '\n', '\r\n', '😀', '%', '3.0', '/*', '*/'];


let workspace: string;
let server: StdioServer;

beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'journey-fuzz-'));
    writeFileSync(join(workspace, 'people.journey'), PEOPLE);
    writeFileSync(join(workspace, 'checkout.journey'), CHECKOUT);
    server = startStdioServer(workspace);
    await initializeWorkspace(server, workspace);
});

afterAll(async () => {
    await server?.stop();
    rmSync(workspace, { recursive: true, force: true });
});

describe('LSP fuzz over stdio', () => {
    it(`answers ${REQUESTS} seeded requests, ${IN_FLIGHT} in flight, during edits`, async () => {
        const random = prng(16);
        const uri = pathToFileURL(join(workspace, 'checkout.journey')).toString();
        let document = TextDocument.create(uri, 'journey', 1, CHECKOUT);
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text: CHECKOUT } });
        const failures: string[] = [];
        let slowest = 0;
        let sent = 0;

        const anyPosition = () => document.positionAt(Math.floor(random() * (document.getText().length + 1)));
        const edit = async () => {
            const text = document.getText();
            const at = Math.floor(random() * text.length);
            const mutated = random() < 0.5
                ? text.slice(0, at) + NOISE[Math.floor(random() * NOISE.length)] + text.slice(at)
                : text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 20)));
            // Now and then back to the clean map, so the text never drifts too far from a real one.
            const next = random() < 0.1 ? CHECKOUT : mutated;
            document = TextDocument.create(uri, 'journey', document.version + 1, next);
            await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version: document.version },
                contentChanges: [{ text: next }]
            });
        };
        const request = async (snapshot: TextDocument): Promise<void> => {
            const position = anyPosition();
            const end = anyPosition();
            const range = document.offsetAt(end) < document.offsetAt(position) ? { start: end, end: position } : { start: position, end };
            const textDocument = { uri };
            const kinds: Array<[string, unknown]> = [
                ['textDocument/semanticTokens/full', { textDocument }],
                ['textDocument/semanticTokens/range', { textDocument, range }],
                ['textDocument/completion', { textDocument, position }],
                ['textDocument/hover', { textDocument, position }],
                ['textDocument/definition', { textDocument, position }],
                ['textDocument/documentSymbol', { textDocument }],
                ['textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }],
                ['textDocument/rangeFormatting', { textDocument, range, options: { tabSize: 2, insertSpaces: true } }]
            ];
            const [method, params] = kinds[Math.floor(random() * kinds.length)];
            const started = performance.now();
            try {
                const result = await server.connection.sendRequest(method, params);
                if (method.endsWith('ormatting') && Array.isArray(result) && snapshot.version === document.version) {
                    for (const change of result as TextEdit[]) {
                        const replaced = snapshot.getText(change.range);
                        if (/\S/.test(replaced)) failures.push(`${method} removed ${JSON.stringify(replaced)} from:\n${snapshot.getText()}`);
                    }
                }
            } catch (error) {
                const cancelled = error instanceof ResponseError && (error.code === LSPErrorCodes.RequestCancelled || error.code === LSPErrorCodes.ContentModified);
                if (!cancelled) failures.push(`${method}: ${error instanceof Error ? error.message : String(error)}`);
            }
            slowest = Math.max(slowest, performance.now() - started);
        };

        while (sent < REQUESTS && failures.length === 0) {
            if (random() < 0.3) await edit();
            const snapshot = document;
            const batch = Array.from({ length: IN_FLIGHT }, () => request(snapshot));
            sent += batch.length;
            await Promise.all(batch);
        }
        expect(failures.slice(0, 3)).toEqual([]);
        expect(sent).toBeGreaterThanOrEqual(REQUESTS);
        expect(slowest).toBeLessThan(SLOWEST_REPLY_MS);
        expect(server.exitCode()).toBeNull();
        expect(server.stderr()).not.toMatch(/Error|at .*\.js:\d+/);
    }, 600_000);
});
