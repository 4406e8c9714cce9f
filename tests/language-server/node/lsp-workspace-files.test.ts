/**
 * Which files of the workspace the server reads, over real LSP stdio (issue
 * #16, items 12 and 16): a link whose target lies outside the workspace is
 * not read but reported on the link itself, a link inside it works, a FIFO
 * does not hang the server, and journey.config.json that is a broken link,
 * only comments or nested 100,000 deep gets a clear diagnostic or none.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentFormattingRequest, WorkspaceSymbolRequest, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, describe, expect, it } from 'vitest';
import { initializeWorkspace, startStdioServer, type StdioServer } from '../language/lsp/stdio-client.js';

let scratch: string;
let server: StdioServer;

afterEach(async () => {
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
});

/** A workspace folder `ws` inside a scratch folder, beside a folder `outside` holding a secret map. */
function workspaceWith(files: Record<string, string>): string {
    scratch = mkdtempSync(join(tmpdir(), 'journey-files-'));
    const workspace = join(scratch, 'ws');
    mkdirSync(join(scratch, 'outside'));
    writeFileSync(join(scratch, 'outside', 'secret.journey'), 'team leaked_secret "Leaked"\n');
    mkdirSync(workspace);
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(workspace, name, '..'), { recursive: true });
        writeFileSync(join(workspace, name), text);
    }
    return workspace;
}

const uriOf = (path: string) => pathToFileURL(path).toString();

describe('links and special files in the workspace', () => {
    it('reports a link to a file outside the workspace on the link, never reads it, and reads a link inside', async () => {
        const workspace = workspaceWith({
            '.shared/people.journey': 'team sales "Sales"\n',
            'map.journey': 'journey j {\n  stage s {\n    owner sales\n    touchpoint t "T" {}\n  }\n}\n'
        });
        symlinkSync(join(workspace, '.shared', 'people.journey'), join(workspace, 'people.journey'));
        symlinkSync(join(scratch, 'outside', 'secret.journey'), join(workspace, 'evil.journey'));
        symlinkSync(join(scratch, 'outside'), join(workspace, 'linked-folder'));
        execFileSync('mkfifo', [join(workspace, 'pipe.journey')]);
        server = startStdioServer(workspace);
        await initializeWorkspace(server, workspace);

        const evil = await server.diagnosticsFor(uriOf(join(workspace, 'evil.journey')), diagnostics => diagnostics.length > 0);
        expect(evil).toHaveLength(1);
        expect(evil[0].severity).toBe(1);
        expect(evil[0].code).toBe('unreadable-file');
        expect(evil[0].message).toContain('evil.journey');
        expect(evil[0].message).toContain('outside the workspace');
        const pipe = await server.diagnosticsFor(uriOf(join(workspace, 'pipe.journey')), diagnostics => diagnostics.length > 0);
        expect(pipe[0].message).toContain('pipe.journey: not a regular file');

        // The link inside the workspace is read: the map's owner resolves.
        const map = await server.diagnosticsFor(uriOf(join(workspace, 'map.journey')), () => true);
        expect(map.filter(d => d.code === 'unresolved-reference')).toEqual([]);
        // Nothing of the target outside is known: not through the link, not through the linked folder.
        const symbols = await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' });
        const names = (symbols ?? []).map(symbol => symbol.name);
        expect(names).toContain('sales');
        expect(names).not.toContain('leaked_secret');
        expect(server.exitCode()).toBeNull();
    });
});

describe('journey.config.json edge cases', () => {
    async function configDiagnostics(config: (workspace: string) => void): Promise<{ config: string; map: string }> {
        const workspace = workspaceWith({ 'map.journey': 'team a "A"\nteam a "A"\n' });
        config(workspace);
        server = startStdioServer(workspace);
        await initializeWorkspace(server, workspace);
        // The map's diagnostics come once the config has loaded (validation waits for it).
        await server.diagnosticsFor(uriOf(join(workspace, 'map.journey')), diagnostics => diagnostics.length > 0);
        return { config: uriOf(join(workspace, 'journey.config.json')), map: uriOf(join(workspace, 'map.journey')) };
    }

    it('reports a broken-link config on the file, saying it is a broken link', async () => {
        const { config } = await configDiagnostics(workspace => symlinkSync('gone.json', join(workspace, 'journey.config.json')));
        const diagnostics = await server.diagnosticsFor(config, found => found.length > 0);
        expect(diagnostics[0].message).toBe('cannot read the file: a broken link (to gone.json)');
    });

    it('reports a config nested 100,000 levels deep without a stack overflow, and stays up', async () => {
        const { config } = await configDiagnostics(workspace => writeFileSync(join(workspace, 'journey.config.json'), '['.repeat(100_000)));
        const diagnostics = await server.diagnosticsFor(config, found => found.length > 0);
        expect(diagnostics[0].message).toBe('invalid JSON: nested deeper than 100 levels');
        expect(server.exitCode()).toBeNull();
        expect(server.stderr()).not.toContain('Maximum call stack');
    });

    it('takes a config of only comments as an empty config', async () => {
        const { config, map } = await configDiagnostics(workspace =>
            writeFileSync(join(workspace, 'journey.config.json'), '// severities come later\n/* nothing yet */\n'));
        expect(server.publicationCount(config)).toBe(0);
        const diagnostics = await server.diagnosticsFor(map, found => found.length > 0);
        expect(diagnostics.map(d => d.code)).toContain('duplicate-id');
    });
});

describe('formatting keeps one line end per file', () => {
    for (const [name, text, expected] of [
        ['LF with one stray CRLF', 'team x\r\nteam a {\ndescription "x"}\nteam   b\n', 'team x\nteam a {\n  description "x"\n}\nteam b\n'],
        ['CRLF with one stray LF', 'team x\nteam a {\r\ndescription "x"}\r\nteam   b\r\n', 'team x\r\nteam a {\r\n  description "x"\r\n}\r\nteam b\r\n'],
        ['CR only', 'team a {\rdescription "x"}\rteam   b\r', 'team a {\r  description "x"\r}\rteam b\r'],
        ['LF only', 'team a {\ndescription "x"}\nteam   b\n', 'team a {\n  description "x"\n}\nteam b\n']
    ] as const) {
        it(`formats ${name} with the majority's line end on every line`, async () => {
            const workspace = workspaceWith({});
            server = startStdioServer(workspace);
            await initializeWorkspace(server, workspace);
            const uri = uriOf(join(workspace, 'm.journey'));
            await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text } });
            await server.diagnosticsFor(uri, () => true); // the document is built: formatting has a tree to work on
            const edits = await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } });
            expect(TextDocument.applyEdits(TextDocument.create(uri, 'journey', 1, text), edits ?? [])).toBe(expected);
        });
    }
});
