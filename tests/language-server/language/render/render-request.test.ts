/**
 * `journey/renderModel` and `journey/documentValidated` over real JSON-RPC,
 * against the built server (`node bin/journey.js lsp --stdio`), as the
 * preview's client uses them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification
} from 'vscode-languageserver-protocol/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentValidatedNotification, RenderModelRequest, type DocumentValidatedParams } from '../../../../language-server/protocol/index.js';
import { initializeWorkspace, startStdioServer, type StdioServer } from '../lsp/stdio-client.js';
import { fixtureText } from './model-from-text.js';


let workspace: string;
let server: StdioServer;
let mapUri: string;
let peopleUri: string;
const validated: DocumentValidatedParams[] = [];

/** Resolves with the first documentValidated notification (from the `from`-th on) that matches. */
async function validatedNotification(match: (params: DocumentValidatedParams) => boolean, from = 0): Promise<DocumentValidatedParams> {
    for (;;) {
        const found = validated.slice(from).find(match);
        if (found) return found;
        await new Promise(resolve => setTimeout(resolve, 20));
    }
}

/** Replaces the map's text, as an editor does on each keystroke, and asks for the render model right away. */
async function editAndRequest(version: number, text: string) {
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: mapUri, version }, contentChanges: [{ text }] });
    return server.request(RenderModelRequest, { uri: mapUri });
}

beforeAll(async () => {
        workspace = mkdtempSync(join(tmpdir(), 'journey-render-'));
    writeFileSync(join(workspace, 'people.journey'), fixtureText('language-md/people.journey'));
    writeFileSync(join(workspace, 'checkout.journey'), fixtureText('language-md/checkout.journey'));
    mapUri = pathToFileURL(join(workspace, 'checkout.journey')).toString();
    peopleUri = pathToFileURL(join(workspace, 'people.journey')).toString();
    server = startStdioServer(workspace);
    server.connection.onNotification(DocumentValidatedNotification.method, params => {
        validated.push(params);
    });
    await initializeWorkspace(server, workspace);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: mapUri, languageId: 'journey', version: 1, text: fixtureText('language-md/checkout.journey') }
    });
});

afterAll(async () => {
    await server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('journey/renderModel over stdio', () => {
    it('answers with the model of the opened document and its version', async () => {
        const result = await server.request(RenderModelRequest, { uri: mapUri });
        expect(result?.version).toBe(1);
        const model = result!.model;
        expect(model.uri).toBe(mapUri);
        expect(model.journeys.map(journey => journey.id)).toEqual(['first_purchase']);
        expect(model.journeys[0].stages.map(stage => stage.label)).toEqual(['Awareness', 'Purchase', 'Retention']);
        // The persona comes from the library file of the workspace folder.
        expect(model.personas.map(persona => [persona.id, persona.label, persona.source.uri])).toEqual([['maya', 'Maya, first-time buyer', peopleUri]]);
        expect(model.diagnostics).toEqual([]);
    });

    it('notifies the client when a document was validated', async () => {
        // The workspace load may validate the file from disk (version 0) before the editor's copy arrives: either
        // way the opened version is validated and announced.
        expect(await validatedNotification(params => params.uri === mapUri && params.version === 1)).toEqual({ uri: mapUri, version: 1 });
        expect(validated.filter(params => params.uri === mapUri).every(params => params.version === 0 || params.version === 1)).toBe(true);
    });

    it('answers a request sent right after an edit with the edited version', async () => {
        const from = validated.length;
        const text = fixtureText('language-md/checkout.journey').replace('stage retention "Retention" {', 'stage retention "Loyalty" {\n    owner ghost');
        const result = await editAndRequest(2, text);
        expect(result?.version).toBe(2);
        expect(result!.model.journeys[0].stages[2].label).toBe('Loyalty');
        expect(result!.model.diagnostics.map(d => [d.code, d.severity, d.message])).toEqual([['unresolved-reference', 'error', "Unknown team 'ghost'."]]);
        expect(await validatedNotification(params => params.uri === mapUri, from)).toEqual({ uri: mapUri, version: 2 });
    });

    it('answers for a document that does not parse, from what the parser recovered', async () => {
        const text = fixtureText('language-md/checkout.journey').replace('emotion maya 1 "Shipping cost appears only at the last step"', 'emotion maya "oops');
        const result = await editAndRequest(3, text);
        expect(result?.version).toBe(3);
        expect(result!.model.diagnostics.some(d => d.code === 'syntax-error' && d.severity === 'error')).toBe(true);
        expect(result!.model.journeys[0].id).toBe('first_purchase');
        expect(server.exitCode()).toBeNull();
    });

    it('answers null for a document the server does not know', async () => {
        const result = await server.request(RenderModelRequest, { uri: pathToFileURL(join(workspace, 'missing.journey')).toString() });
        expect(result).toBeNull();
    });
});
