/**
 * `journey/diff` over real LSP (the built `journey lsp --stdio`), as "Compare
 * with Previous Version" uses it: the previous text is built apart, the live
 * workspace is left as it was.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiffRequest, RenderModelRequest } from '../../../../language-server/protocol/index.js';
import { initializeWorkspace, startStdioServer, type StdioServer } from '../lsp/stdio-client.js';
import { readFixtureFolder } from '../../core/diff/diff-fixtures.js';

const files = readFixtureFolder('base');
const previous = files['checkout.journey'];
const current = previous.replace('emotion maya 1 "Shipping cost appears only at the last step"', 'emotion maya 3 "Shipping shown up front"').replace('stage retention "Retention" {', 'stage retention "Retention" {\n    owner support');

let workspace: string;
let server: StdioServer;
let uri: string;

beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'journey-diff-lsp-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
    uri = pathToFileURL(join(workspace, 'checkout.journey')).toString();
    server = startStdioServer(workspace);
    await initializeWorkspace(server, workspace);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text: previous } });
    // Unsaved edits in the editor are what the previous version is compared with.
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: current }] });
});

afterAll(async () => {
    await server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('journey/diff', () => {
    it('answers the review comment of the editor text against the previous text, and the previous model', async () => {
        const result = await server.request(DiffRequest, { uri, previousText: previous, previousName: 'HEAD' });
        expect(result).not.toBeNull();
        expect(result!.markdown).toMatch(/^## Changes in checkout\.journey since HEAD\n/);
        expect(result!.markdown).toContain("Maya's average emotion at Purchase 1.0 → 3.0 ↑ better");
        expect(result!.markdown).toContain('| Stage **Retention** | First online purchase | Owners | — | Customer Support |');
        // VS Code's Markdown preview draws no Mermaid: the curve is an SVG image, with its colour key in a table.
        expect(result!.markdown).not.toContain('```mermaid');
        const image = /!\[Emotion curve: First online purchase\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(result!.markdown);
        expect(image).not.toBeNull();
        const svg = Buffer.from(image![1], 'base64').toString('utf8');
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(svg).toContain('Maya, first-time buyer (before)');
        expect(result!.markdown).toContain('| Line | Colour | Style | No score at (line bridged) |');
        const checkout = result!.before.journeys[0].stages.find(stage => stage.id === 'purchase')!.touchpoints[0];
        expect(checkout.emotions.map(emotion => emotion.score)).toEqual([1]);
        expect(result!.before.personas.map(persona => persona.label)).toEqual(['Maya, first-time buyer']);
        expect(result!.changeCount).toBeGreaterThan(0);
    });

    it('leaves the live workspace alone: its model and diagnostics are the current text\'s', async () => {
        const live = await server.request(RenderModelRequest, { uri });
        const checkout = live!.model.journeys[0].stages.find(stage => stage.id === 'purchase')!.touchpoints[0];
        expect(checkout.emotions.map(emotion => emotion.score)).toEqual([3]);
        expect(live!.version).toBe(2);
        const again = await server.request(DiffRequest, { uri, previousText: current });
        expect(again!.markdown).toContain('**No change in meaning**');
        expect(again!.changeCount).toBe(0);
    });

    it('takes a previous text that does not parse: its syntax errors show as fixed', async () => {
        const result = await server.request(DiffRequest, { uri, previousText: 'journey first_purchase { stage "unclosed\n}}} @@' });
        expect(result!.markdown).toContain('### Problems fixed');
        expect(result!.markdown).toContain('`syntax-error`');
        expect(server.exitCode()).toBeNull();
    });

    it('treats a file new since the previous version as all added', async () => {
        const result = await server.request(DiffRequest, { uri, previousText: '' });
        expect(result!.markdown).toContain('| Journey **First online purchase** |  | new journey |');
    });
});
