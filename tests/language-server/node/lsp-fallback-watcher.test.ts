/**
 * A client that cannot watch files (no dynamic registration of
 * workspace/didChangeWatchedFiles, like Neovim by default on Linux) still
 * sees files created, changed and deleted on disk, over real LSP stdio.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LogMessageNotification } from 'vscode-languageserver-protocol/node.js';
import { afterAll, describe, expect, it } from 'vitest';
import { WATCHING_MESSAGE } from '../../../language-server/node/fallback-file-watcher.js';
import { initializeWorkspace, startStdioServer, type StdioServer } from '../language/lsp/stdio-client.js';

let workspace: string;
let server: StdioServer;

afterAll(async () => {
    await server?.stop();
    rmSync(workspace, { recursive: true, force: true });
});

describe('file watching by the server', () => {
    it('reports a duplicate created on disk, a journey.config.json turning it off, and the deletion', async () => {
        workspace = mkdtempSync(join(tmpdir(), 'journey-watch-'));
        writeFileSync(join(workspace, 'a.journey'), 'team ops "Ops"\n');
        mkdirSync(join(workspace, 'node_modules'));
        server = startStdioServer(workspace);
        const watching = new Promise<void>(resolve => {
            server.connection.onNotification(LogMessageNotification.type, params => {
                if (params.message.includes(WATCHING_MESSAGE)) resolve();
            });
        });
        await initializeWorkspace(server, workspace, { textDocument: { publishDiagnostics: {} }, workspace: {} });
        const aUri = pathToFileURL(join(workspace, 'a.journey')).toString();
        await server.diagnosticsFor(aUri, d => d.length === 0);
        await watching;

        writeFileSync(join(workspace, 'node_modules', 'x.journey'), 'team ops\n'); // ignored
        writeFileSync(join(workspace, 'b.journey'), 'team ops "Ops again"\n');
        const duplicate = await server.diagnosticsFor(aUri, d => d.length > 0);
        expect(duplicate.map(d => d.message)).toEqual(["Duplicate team id 'ops': also declared in b.journey line 1."]);

        let from = server.publicationCount(aUri);
        writeFileSync(join(workspace, 'journey.config.json'), '{ "diagnostics": { "duplicate-id": "off" } }');
        await server.diagnosticsFor(aUri, d => d.length === 0, from);

        unlinkSync(join(workspace, 'journey.config.json'));
        from = server.publicationCount(aUri);
        await server.diagnosticsFor(aUri, d => d.length === 1, from);
        unlinkSync(join(workspace, 'b.journey'));
        await server.diagnosticsFor(aUri, d => d.length === 0, server.publicationCount(aUri));
        expect(server.exitCode()).toBeNull();
    });
});
