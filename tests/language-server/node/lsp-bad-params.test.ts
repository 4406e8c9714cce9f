/**
 * Malformed and unusual requests over real LSP stdio: each gets a proper
 * error or an empty answer, and the server keeps running.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initializeWorkspace, startStdioServer, type StdioServer } from '../language/lsp/stdio-client.js';

let workspace: string;
let server: StdioServer;
let mapUri: string;
let missingUri: string;

beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'journey-params-'));
    writeFileSync(join(workspace, 'map.journey'), 'team sales "Sales"\njourney j {\n  stage s {\n    owner sales\n  }\n}\n');
    mapUri = pathToFileURL(join(workspace, 'map.journey')).toString();
    missingUri = pathToFileURL(join(workspace, 'nowhere.journey')).toString();
    server = startStdioServer(workspace);
    await initializeWorkspace(server, workspace);
});

afterAll(async () => {
    await server?.stop();
    rmSync(workspace, { recursive: true, force: true });
});

async function answer(method: string, params: unknown): Promise<{ result?: unknown; error?: number }> {
    try {
        return { result: await server.connection.sendRequest(method, params) };
    } catch (error) {
        if (error instanceof ResponseError) return { error: error.code };
        throw error;
    }
}

describe('requests with bad or unusual params', () => {
    it('survives didOpen with a text that is null or a number', async () => {
        for (const text of [null, 42]) {
            await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: mapUri, languageId: 'journey', version: 1, text } });
        }
        await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: mapUri, version: 2 }, contentChanges: [{ text: null }] });
        expect(await answer('workspace/symbol', { query: 'sales' })).toMatchObject({ result: [expect.objectContaining({ name: 'sales' })] });
        expect(server.exitCode()).toBeNull();
    });

    it('answers InvalidParams to requests without their params', async () => {
        expect(await answer('textDocument/hover', null)).toEqual({ error: ErrorCodes.InvalidParams });
        expect(await answer('textDocument/hover', { textDocument: { uri: mapUri }, position: { line: -1, character: 'x' } })).toEqual({ error: ErrorCodes.InvalidParams });
        expect(await answer('journey/renderModel', null)).toEqual({ error: ErrorCodes.InvalidParams });
        expect(await answer('journey/diff', { previousText: '' })).toEqual({ error: ErrorCodes.InvalidParams });
    });

    it('takes workspace/symbol without a query as an empty query', async () => {
        const { result } = await answer('workspace/symbol', {});
        expect((result as Array<{ name: string }>).map(s => s.name).sort()).toEqual(['j', 's', 'sales']);
    });

    it('answers nothing, not an internal error, on a file that exists nowhere', async () => {
        const position = { line: 0, character: 6 };
        expect(await answer('textDocument/references', { textDocument: { uri: missingUri }, position, context: { includeDeclaration: true } })).toEqual({ result: null });
        expect(await answer('textDocument/rename', { textDocument: { uri: missingUri }, position, newName: 'x' })).toEqual({ result: null });
        expect(await answer('journey/renderModel', { uri: missingUri })).toEqual({ result: null });
    });

    it('answers requests on a workspace file the editor never opened', async () => {
        const position = { line: 0, character: 6 };
        const references = await answer('textDocument/references', { textDocument: { uri: mapUri }, position, context: { includeDeclaration: true } });
        expect(references).toMatchObject({ result: expect.any(Array) });
        const actions = await answer('textDocument/codeAction', { textDocument: { uri: mapUri }, range: { start: position, end: position }, context: { diagnostics: [] } });
        expect(actions).toEqual({ result: null }); // no diagnostics in the context: no quick fix
        const model = await answer('journey/renderModel', { uri: mapUri });
        expect(model.result).toMatchObject({ model: { journeys: [expect.objectContaining({ id: 'j' })] } });
        const diff = await answer('journey/diff', { uri: mapUri, previousText: 'team sales "Sales"\n' });
        expect(diff).toMatchObject({ result: expect.objectContaining({ markdown: expect.any(String) }) });
        expect(server.exitCode()).toBeNull();
    });
});
