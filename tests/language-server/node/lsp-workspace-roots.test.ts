/**
 * Which folder the server indexes, over real LSP stdio: clients that send only
 * `rootUri` (older or simpler editors) get the same diagnostics as VS Code,
 * and no one file of the workspace can keep the server from becoming ready.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DidChangeWorkspaceFoldersNotification, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startStdioServer, type StdioServer } from '../language/lsp/stdio-client.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
let workspace: string;
let server: StdioServer;

async function initialize(params: { rootUri?: string | null; rootPath?: string; workspaceFolders?: null }) {
    await server.connection.sendRequest(InitializeRequest.type, { processId: process.pid, capabilities: {}, rootUri: null, ...params });
    await server.connection.sendNotification(InitializedNotification.type, {});
}

afterEach(async () => {
    await server?.stop();
    rmSync(workspace, { recursive: true, force: true });
});

describe('the workspace root', () => {
    for (const [name, params] of [
        ['rootUri', (folder: string) => ({ rootUri: pathToFileURL(folder).toString(), workspaceFolders: null })],
        ['rootPath', (folder: string) => ({ rootPath: folder })]
    ] as const) {
        it(`indexes the folder given only as ${name}: the examples reference each other without errors`, async () => {
            workspace = mkdtempSync(join(tmpdir(), 'journey-root-'));
            cpSync(examples, workspace, { recursive: true });
            server = startStdioServer(workspace);
            await initialize(params(workspace));
            const uri = pathToFileURL(join(workspace, 'checkout.journey')).toString();
            await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri, languageId: 'journey', version: 1, text: readFileSync(join(workspace, 'checkout.journey'), 'utf8') }
            });
            const diagnostics = await server.diagnosticsFor(uri, () => true);
            expect(diagnostics.filter(d => d.code === 'unresolved-reference')).toEqual([]);
        });
    }

    it('indexes a folder added to the workspace later, and drops it when it is removed again', async () => {
        workspace = mkdtempSync(join(tmpdir(), 'journey-root-'));
        const [maps, people] = [join(workspace, 'maps'), join(workspace, 'people')];
        mkdirSync(maps);
        mkdirSync(people);
        const mapText = 'journey signup "Sign-up" {\n  personas maya\n}\n';
        writeFileSync(join(maps, 'signup.journey'), mapText);
        writeFileSync(join(people, 'people.journey'), 'persona maya "Maya"\n');
        const folder = (path: string) => ({ uri: pathToFileURL(path).toString(), name: path });
        server = startStdioServer(workspace);
        const result = await server.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: null, workspaceFolders: [folder(maps)], capabilities: { workspace: { workspaceFolders: true } }
        });
        expect(result.capabilities.workspace?.workspaceFolders).toEqual({ supported: true, changeNotifications: true });
        await server.connection.sendNotification(InitializedNotification.type, {});
        const uri = pathToFileURL(join(maps, 'signup.journey')).toString();
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text: mapText } });
        const unresolved = (diagnostics: Array<{ code?: unknown; message: string }>) => diagnostics.filter(d => d.code === 'unresolved-reference' && d.message.includes('maya'));
        await server.diagnosticsFor(uri, diagnostics => unresolved(diagnostics).length === 1);

        let from = server.publicationCount(uri);
        await server.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [folder(people)], removed: [] } });
        await server.diagnosticsFor(uri, diagnostics => unresolved(diagnostics).length === 0, from);
        const symbols = await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'maya' });
        expect((symbols ?? []).map(symbol => symbol.name)).toContain('maya');

        from = server.publicationCount(uri);
        await server.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [], removed: [folder(people)] } });
        await server.diagnosticsFor(uri, diagnostics => unresolved(diagnostics).length === 1, from);
        expect(((await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'maya' })) ?? []).map(symbol => symbol.name)).not.toContain('maya');
        expect(server.exitCode()).toBeNull();
    });

    it('becomes ready with a file of thousands of syntax errors in the workspace', async () => {
        workspace = mkdtempSync(join(tmpdir(), 'journey-root-'));
        writeFileSync(join(workspace, 'broken.journey'), Array.from({ length: 3000 }, (_, i) => `team t${i} 3`).join('\n'));
        writeFileSync(join(workspace, 'people.journey'), 'persona maya "Maya"\n');
        server = startStdioServer(workspace);
        await initialize({ rootUri: pathToFileURL(workspace).toString() });
        const symbols = await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'maya' });
        expect((symbols ?? []).map(s => s.name)).toContain('maya');
        expect(server.exitCode()).toBeNull();
    });
});
