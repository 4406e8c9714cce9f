/**
 * The built server, started as any editor starts it (`journey lsp --stdio`),
 * spoken to over real JSON-RPC on its stdin/stdout: the same path Neovim,
 * Helix or Zed take.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CompletionRequest,
    DefinitionRequest,
    DocumentSymbolRequest,
    FoldingRangeRequest,
    ReferencesRequest,
    RenameRequest,
    ResponseError,
    SemanticTokensRequest,
    WorkspaceSymbolRequest,
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    HoverRequest,
    type CompletionItem,
    type DocumentSymbol,
    type WorkspaceEdit,
    type CompletionList,
    type Diagnostic,
    type Hover,
    type Location,
    type LocationLink
} from 'vscode-languageserver-protocol/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initializeWorkspace, startStdioServer, type StdioServer } from '../language/lsp/stdio-client.js';

const PEOPLE = `persona maya "Maya, first-time buyer" {
  description "Freelance designer"
  goal "Get a laptop stand this week"
}
team marketing "Marketing"
team sales "Sales"
channel web "Website"
`;

// A map with one problem: the `retention` stage has no touchpoint (a warning).
const MAP = `journey first_purchase "First purchase" {
  personas maya
  stage purchase "Purchase" {
    owner sales
    touchpoint checkout_page "Checkout" via web {
      emotion maya 2
    }
  }
  stage retention {
    owner marketing
  }
}
`;

let workspace: string;
let server: StdioServer;
let mapUri: string;
let peopleUri: string;

function position(text: string, needle: string, shift = 0) {
    const index = text.indexOf(needle);
    if (index < 0) throw new Error(`'${needle}' not in text`);
    const before = text.slice(0, index + shift).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`).sort();

beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'journey-lsp-'));
    writeFileSync(join(workspace, 'people.journey'), PEOPLE);
    writeFileSync(join(workspace, 'checkout.journey'), MAP);
    mapUri = pathToFileURL(join(workspace, 'checkout.journey')).toString();
    peopleUri = pathToFileURL(join(workspace, 'people.journey')).toString();
    server = startStdioServer(workspace);

    const result = await initializeWorkspace(server, workspace, {
        textDocument: {
            publishDiagnostics: {},
            completion: { completionItem: { snippetSupport: false } },
            hover: { contentFormat: ['markdown'] },
            definition: { linkSupport: true }
        }
    });
    expect(result.capabilities.completionProvider).toBeDefined();
    expect(result.capabilities.hoverProvider).toBeTruthy();
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: mapUri, languageId: 'journey', version: 1, text: MAP }
    });
});

afterAll(async () => {
    await server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('journey lsp --stdio', () => {
    it('publishes the diagnostics of an opened map, with codes and the range of the offending name', async () => {
        const diagnostics = await server.diagnosticsFor(mapUri, d => d.length > 0);
        expect(codes(diagnostics)).toEqual(['stage-without-touchpoints 8:8-17']);
        expect(diagnostics[0].message).toContain('retention');
        expect(diagnostics[0].severity).toBe(2);
    });

    it('loads the library file of the workspace folder, which has no problem', async () => {
        expect(await server.diagnosticsFor(peopleUri, () => true)).toEqual([]);
    });

    it('completes only teams after `owner `', async () => {
        const list = await server.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: mapUri },
            position: position(MAP, 'owner sales', 'owner '.length)
        }) as CompletionList;
        expect(list.items.map((i: CompletionItem) => [i.label, i.detail])).toEqual([['marketing', 'Marketing'], ['sales', 'Sales']]);
    });

    it('hovers a persona reference with its description from the library file', async () => {
        const hover = await server.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: mapUri },
            position: position(MAP, 'personas maya', 'personas m'.length)
        }) as Hover;
        expect(hover.contents).toEqual({
            kind: 'markdown',
            value: '**Maya, first-time buyer** · persona `maya`\n\nFreelance designer\n\n**Goals**\n- Get a laptop stand this week'
        });
    });

    it('goes to the definition in the other file', async () => {
        const links = await server.connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: mapUri },
            position: position(MAP, 'via web', 'via w'.length)
        }) as LocationLink[] | Location[];
        expect(links).toHaveLength(1);
        const link = links[0] as LocationLink;
        expect(link.targetUri).toBe(peopleUri);
        expect(link.targetSelectionRange).toEqual({ start: { line: 6, character: 8 }, end: { line: 6, character: 11 } });
    });

    it('finds references across files, and renames across files', async () => {
        const at = { textDocument: { uri: peopleUri }, position: position(PEOPLE, 'team sales', 'team s'.length) };
        const references = await server.connection.sendRequest(ReferencesRequest.type, { ...at, context: { includeDeclaration: true } }) ?? [];
        expect(references.map(r => `${r.uri === mapUri ? 'map' : 'people'} ${r.range.start.line}:${r.range.start.character}`).sort())
            .toEqual(['map 3:10', 'people 5:5']);
        const edit = await server.connection.sendRequest(RenameRequest.type, { ...at, newName: 'sales_team' }) as WorkspaceEdit;
        expect(Object.keys(edit.changes ?? {}).sort()).toEqual([mapUri, peopleUri].sort());
    });

    it('answers a rename to an invalid id with an error the editor shows', async () => {
        const attempt = server.connection.sendRequest(RenameRequest.type, {
            textDocument: { uri: peopleUri }, position: position(PEOPLE, 'team sales', 'team s'.length), newName: 'new sales'
        });
        await expect(attempt).rejects.toBeInstanceOf(ResponseError);
        await expect(attempt).rejects.toThrow(/'new sales' is not a valid id/);
    });

    it('serves the outline, workspace symbols, folding and semantic tokens', async () => {
        const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: mapUri } }) as DocumentSymbol[];
        expect(symbols.map(s => [s.name, s.detail, s.children?.map(c => c.name)])).toEqual([
            ['first_purchase', 'First purchase', ['purchase', 'retention']]
        ]);
        const found = await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'checkout' }) ?? [];
        expect(found.map(s => s.name)).toEqual(['checkout_page']);
        const folds = await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: mapUri } }) ?? [];
        expect(folds.map(f => `${f.startLine}-${f.endLine}`).sort()).toEqual(['0-10', '2-6', '4-5', '8-9']);
        const tokens = await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: mapUri } });
        // Five integers per token; the first token is the `journey` keyword at 0:0.
        expect(tokens?.data.slice(0, 3)).toEqual([0, 0, 'journey'.length]);
        expect((tokens?.data.length ?? 0) / 5).toBeGreaterThan(20);
    });

    it('publishes new diagnostics after a change introduces errors', async () => {
        const changed = MAP.replace('owner sales', 'owner nobody').replace('emotion maya 2', 'emotion maya 9');
        const seen = server.publicationCount(mapUri);
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: mapUri, version: 2 },
            contentChanges: [{ text: changed }]
        });
        const diagnostics = await server.diagnosticsFor(mapUri, d => d.some(x => x.code === 'unresolved-reference'), seen);
        expect(codes(diagnostics)).toEqual([
            'emotion-out-of-range 5:19-20',
            'stage-without-touchpoints 8:8-17',
            'unresolved-reference 3:10-16'
        ]);
        expect(diagnostics.find(d => d.code === 'unresolved-reference')?.message).toContain('nobody');
    });

    it('survives garbage as a document and still answers', async () => {
        const garbageUri = pathToFileURL(join(workspace, 'garbage.journey')).toString();
        // Deterministic "random" bytes: control characters, braces, quotes, invalid surrogates.
        let seed = 42;
        const garbage = Array.from({ length: 4000 }, () => {
            seed = (seed * 1103515245 + 12345) % 2 ** 31;
            return String.fromCharCode(seed % 0xd900);
        }).join('') + '{{{{"\u0000 journey stage { owner';
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: garbageUri, languageId: 'journey', version: 1, text: garbage }
        });
        const diagnostics = await server.diagnosticsFor(garbageUri, d => d.length > 0);
        expect(diagnostics.every(d => ['syntax-error', 'unterminated-string', 'unresolved-reference'].includes(String(d.code)))).toBe(true);
        const list = await server.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: garbageUri },
            position: { line: 0, character: 10 }
        });
        expect(list).toBeDefined();
        await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: garbageUri }, position: { line: 0, character: 3 } });
        // The server is alive and still serves the real map.
        const hover = await server.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: mapUri },
            position: position(MAP, 'via web', 'via w'.length)
        }) as Hover;
        expect(hover.contents).toEqual({ kind: 'markdown', value: '**Website** · channel `web`' });
        expect(server.exitCode()).toBeNull();
        expect(server.stderr()).not.toMatch(/TypeError|RangeError|at .*\.js:\d+/);
    });
});
