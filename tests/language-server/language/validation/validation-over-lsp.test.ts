/**
 * Diagnostics and quick fixes as an editor gets them, over real LSP from the
 * built `journey lsp --stdio`: journey.config.json read from the workspace
 * folder before the first diagnostics, re-read when the client reports a
 * change, its own mistakes published on the config file; code actions for a
 * published diagnostic.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CodeActionRequest,
    DidChangeWatchedFilesNotification,
    DidOpenTextDocumentNotification,
    FileChangeType,
    type CodeAction,
    type Diagnostic
} from 'vscode-languageserver-protocol/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initializeWorkspace, startStdioServer, type StdioServer } from '../lsp/stdio-client.js';

const MAP = `team sales
persona maya
journey j {
  personas maya
  stage done {
    owner sales
    touchpoint t {
      emotion maya 4
    }
  }
  stage empty {
    owner sales
  }
}
`;

// Saved with a byte order mark, never opened in the editor: its line 1 must not be shifted by the BOM.
const BOM_FILE = 'journey other { personas nobody }\r\n';

let workspace: string;
let server: StdioServer;
const diagnosticsFor: StdioServer['diagnosticsFor'] = (uri, accept, from) => server.diagnosticsFor(uri, accept, from);

const severityOf = (diagnostics: Diagnostic[], code: string) => diagnostics.filter(d => d.code === code).map(d => d.severity);
const configPath = () => join(workspace, 'journey.config.json');
const mapUri = () => pathToFileURL(join(workspace, 'map.journey')).toString();
const configUri = () => pathToFileURL(configPath()).toString();

async function changeConfig(text: string): Promise<number> {
    const seen = server.publicationCount(mapUri());
    writeFileSync(configPath(), text);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri(), type: FileChangeType.Changed }] });
    return seen;
}

beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'journey-config-lsp-'));
    writeFileSync(join(workspace, 'map.journey'), MAP);
    writeFileSync(join(workspace, 'bom.journey'), `\uFEFF${BOM_FILE}`);
    writeFileSync(configPath(), '{ "diagnostics": { "stage-without-touchpoints": "error" } }\n');
    server = startStdioServer(workspace);
    const initialized = await initializeWorkspace(server, workspace, {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: false } },
        textDocument: { publishDiagnostics: {} }
    });
    expect(initialized.capabilities.codeActionProvider).toBeTruthy();
});

afterAll(async () => {
    await server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('journey.config.json in the language server', () => {
    it('applies the config from the first diagnostics on', async () => {
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: mapUri(), languageId: 'journey', version: 1, text: MAP } });
        const first = await diagnosticsFor(mapUri(), () => true);
        expect(severityOf(first, 'stage-without-touchpoints')).toEqual([1]);
    });

    it('re-validates every document when the file changes: "off" drops the diagnostic', async () => {
        const seen = await changeConfig('{ "diagnostics": { "stage-without-touchpoints": "off" } }\n');
        // Wait for the state the change leads to: a publish already on its way may still carry the old one.
        const next = await diagnosticsFor(mapUri(), d => d.length === 0, seen);
        expect(next).toEqual([]);
    });

    it('reports on files the editor has not opened, at the right column even after a BOM', async () => {
        const bomUri = pathToFileURL(join(workspace, 'bom.journey')).toString();
        const [unknown] = await diagnosticsFor(bomUri, d => d.length > 0);
        expect(unknown.message).toBe("Unknown persona 'nobody'.");
        const column = BOM_FILE.indexOf('nobody');
        expect(unknown.range).toEqual({ start: { line: 0, character: column }, end: { line: 0, character: column + 'nobody'.length } });
    });

    it('publishes mistakes in the file on the file itself, with line and column, and falls back to defaults', async () => {
        const seen = await changeConfig('{\n  "diagnostics": {\n    "stage-without-touchpoint": "off"\n  }\n}\n');
        const problems = await diagnosticsFor(configUri(), d => d.length > 0);
        expect(problems.map(p => [p.range.start, p.severity])).toEqual([[{ line: 2, character: 4 }, 1]]);
        expect(problems[0].message).toMatch(/^unknown diagnostic code 'stage-without-touchpoint'/);
        const next = await diagnosticsFor(mapUri(), d => severityOf(d, 'stage-without-touchpoints').length > 0, seen);
        expect(severityOf(next, 'stage-without-touchpoints')).toEqual([2]);
    });

    it('clears those problems once the file is fixed', async () => {
        await changeConfig('{ "diagnostics": { "stage-without-touchpoints": "hint" } }\n');
        expect(await diagnosticsFor(configUri(), d => d.length === 0)).toEqual([]);
        const latest = await diagnosticsFor(mapUri(), d => severityOf(d, 'stage-without-touchpoints')[0] === 4);
        expect(latest).toHaveLength(1);
        expect(server.exitCode()).toBeNull();
    });
});

describe('quick fixes over LSP', () => {
    it('answers textDocument/codeAction for a published diagnostic with a workspace edit', async () => {
        const latest = await diagnosticsFor(mapUri(), d => d.some(x => x.code === 'stage-without-touchpoints'));
        const diagnostic = latest.find(d => d.code === 'stage-without-touchpoints')!;
        const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: mapUri() },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        })) as CodeAction[];
        expect(actions.map(a => [a.title, a.kind, a.isPreferred])).toEqual([["Add touchpoint 'new_touchpoint'", 'quickfix', true]]);
        expect(actions[0].edit?.changes?.[mapUri()]).toEqual([
            {
                range: { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } },
                newText: '    touchpoint new_touchpoint "New touchpoint" {\n      action "What the customer does"\n      emotion maya 3\n    }\n'
            }
        ]);
    });
});
