/**
 * Opening and closing documents over real LSP stdio: untitled maps, files
 * shown as Journey under another extension, and edited buffers closed without
 * saving (VS Code's "Don't Save").
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    DefinitionRequest,
    DidChangeTextDocumentNotification,
    DidCloseTextDocumentNotification,
    DidOpenTextDocumentNotification,
    type Diagnostic
} from 'vscode-languageserver-protocol/node.js';
import { afterEach, describe, expect, it } from 'vitest';
import { initializeWorkspace, startStdioServer, type StdioServer } from '../language/lsp/stdio-client.js';

const MAP = 'team sales "Sales"\njourney j {\n  stage s {\n    owner sales\n  }\n}\n';

let workspace: string;
let server: StdioServer;

async function start(files: Record<string, string>) {
    workspace = mkdtempSync(join(tmpdir(), 'journey-lifecycle-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
    server = startStdioServer(workspace);
    await initializeWorkspace(server, workspace);
}

const uriOf = (name: string) => pathToFileURL(join(workspace, name)).toString();
const open = (uri: string, text: string, languageId = 'journey') =>
    server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
const close = (uri: string) => server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
const codes = (diagnostics: Diagnostic[]) => diagnostics.map(d => d.code);

afterEach(async () => {
    await server?.stop();
    rmSync(workspace, { recursive: true, force: true });
});

describe('closing documents', () => {
    it('keeps the server running after an untitled map and a .txt file shown as Journey are closed', async () => {
        await start({ 'map.journey': MAP, 'notes.txt': 'team ops\n' });
        for (const [uri, text] of [['untitled:Untitled-1', 'persona p "P"\n'], [uriOf('notes.txt'), 'team ops\n']]) {
            const before = server.publicationCount(uri);
            await open(uri, text);
            await server.diagnosticsFor(uri, () => true, before);
            await close(uri);
            // Dropped: its diagnostics are cleared.
            await server.diagnosticsFor(uri, d => d.length === 0, before + 1);
        }
        // The next update touched the closed document and threw: "contains no services for the extension ''".
        const mapUri = uriOf('map.journey');
        const from = server.publicationCount(mapUri);
        await open(mapUri, `${MAP}team ops\n`);
        expect(codes(await server.diagnosticsFor(mapUri, () => true, from))).toEqual(['stage-without-touchpoints']);
        expect(server.exitCode()).toBeNull();
        expect(server.stderr()).not.toContain('no services');
    });

    it('reads an edited file again from disk when it is closed without saving', async () => {
        await start({ 'map.journey': MAP, 'more.journey': 'team ops\n' });
        const mapUri = uriOf('map.journey');
        await open(mapUri, MAP);
        await server.diagnosticsFor(mapUri, d => d.length === 1);
        const edited = server.publicationCount(mapUri);
        // Unsaved: a second `team ops` (a duplicate of more.journey's) and an owner that does not exist.
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: mapUri, version: 2 },
            contentChanges: [{ text: MAP.replace('owner sales', 'owner nobody') + 'team ops\n' }]
        });
        expect(codes(await server.diagnosticsFor(mapUri, d => d.length === 3, edited)).sort()).toEqual(['duplicate-id', 'stage-without-touchpoints', 'unresolved-reference']);
        const moreUri = uriOf('more.journey');
        await server.diagnosticsFor(moreUri, d => d.some(x => x.code === 'duplicate-id'));
        const closed = server.publicationCount(mapUri);
        await close(mapUri);
        expect(codes(await server.diagnosticsFor(mapUri, () => true, closed))).toEqual(['stage-without-touchpoints']);
        await server.diagnosticsFor(moreUri, d => d.length === 0);
        // Definitions answer from the text on disk again: `sales` at line 4.
        const links = await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: mapUri }, position: { line: 3, character: 11 } });
        expect(links).toHaveLength(1);
    });
});
