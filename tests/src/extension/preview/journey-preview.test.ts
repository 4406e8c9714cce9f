import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import type { RenderModel } from '../../../../language-server/core/model/render-model.js';
import type { RenderModelResult } from '../../../../language-server/protocol/index.js';
import type { ToWebviewMessage } from '../../../../language-server/protocol/index.js';

vi.mock('vscode', () => import('./fake-vscode.js'));

const vscode = await import('./fake-vscode.js');
const { JourneyPreview } = await import('../../../../src/extension/preview/journey-preview.js');

const checkout = JSON.parse(readFileSync('tests/fixtures/render-models/checkout.json', 'utf8')) as RenderModel;
const documentUri = vscode.Uri.parse(checkout.uri);

/** A language client whose answers the test releases one by one, in any order. */
function fakeClient() {
    const pending: Array<{ uri: string; resolve: (result: RenderModelResult) => void }> = [];
    return {
        pending,
        sendRequest: vi.fn((_type: unknown, params: { uri: string }) =>
            new Promise<RenderModelResult | null>(resolve => pending.push({ uri: params.uri, resolve }))),
        onNotification: vi.fn(() => ({ dispose: () => undefined }))
    };
}

function open(locked = false) {
    const panel = new vscode.FakePanel();
    const client = fakeClient();
    const events = { onExport: vi.fn(), onDispose: vi.fn(), onFocus: vi.fn(), onDroppedMessage: vi.fn() };
    const preview = new JourneyPreview(panel as never, documentUri as never, locked, client as never, vscode.Uri.file('/ext') as never, events);
    return { panel, client, events, preview };
}

const models = (posted: unknown[]) => (posted as ToWebviewMessage[]).filter(message => message.type === 'model');
const settle = () => new Promise(resolve => setTimeout(resolve, 0));

describe('JourneyPreview', () => {
    beforeEach(() => {
        vscode.shown.length = 0;
    });
    afterEach(() => {
        vi.useRealTimers();
    });

    it('is titled after its file, and says when it is locked', () => {
        const { preview, panel } = open();
        expect(panel.title).toBe('Preview checkout.journey');
        preview.setLocked(true);
        expect(panel.title).toBe('[Locked] Preview checkout.journey');
        expect(panel.webview.html).toMatch(/script-src 'nonce-[^']+'/);
        expect(panel.webview.options).toMatchObject({ enableScripts: true });
        // The webview keeps the lock in its state, for the serializer after a reload.
        expect(panel.posted).toContainEqual({ type: 'locked', locked: true });
    });

    it('asks for the model when the webview is ready and sends it with its version', async () => {
        const { panel, client } = open();
        panel.receive.fire({ type: 'ready' });
        expect(client.sendRequest).toHaveBeenCalledWith(expect.anything(), { uri: checkout.uri });
        client.pending[0].resolve({ version: 3, model: checkout });
        await settle();
        expect(models(panel.posted)).toEqual([{ type: 'model', model: checkout, version: 3 }]);
        // The model crosses as one JSON string (webview-wire.ts), not as an object graph to structured-clone.
        expect(panel.wire.find(value => (value as { type: string }).type === 'model')).toEqual({ type: 'model', modelJson: JSON.stringify(checkout), version: 3 });
    });

    it('debounces refreshes while the user types', async () => {
        vi.useFakeTimers();
        const { preview, client } = open();
        preview.refresh();
        preview.refresh();
        preview.refresh();
        expect(client.sendRequest).not.toHaveBeenCalled();
        await vi.runAllTimersAsync();
        expect(client.sendRequest).toHaveBeenCalledTimes(1);
    });

    it('never shows an answer overtaken by a newer one', async () => {
        const { panel, client, preview } = open();
        panel.receive.fire({ type: 'ready' });
        preview.refresh(true);
        const [older, newer] = client.pending;
        newer.resolve({ version: 5, model: checkout });
        await settle();
        older.resolve({ version: 4, model: { ...checkout, journeys: [] } });
        await settle();
        expect(models(panel.posted).map(message => message.type === 'model' && message.version)).toEqual([5]);
    });

    it('reveals a clicked element beside the preview, selecting its range', async () => {
        const { panel } = open();
        const range = checkout.journeys[0].stages[1].source.nameRange;
        panel.receive.fire({ type: 'reveal', uri: checkout.uri, range });
        await settle();
        expect(vscode.shown).toHaveLength(1);
        expect(vscode.shown[0].uri).toBe(checkout.uri);
        expect(vscode.shown[0].options.viewColumn).toBe(vscode.ViewColumn.Beside);
        expect(vscode.shown[0].options.selection).toMatchObject({ start: range.start, end: range.end });
    });

    it('reveals a .journey file of the same workspace folder (where a persona is declared)', async () => {
        const { panel } = open();
        const range = { start: { line: 1, character: 4 }, end: { line: 1, character: 9 } };
        panel.receive.fire({ type: 'reveal', uri: 'file:///workspace/people.journey', range });
        await settle();
        expect(vscode.shown.map(entry => entry.uri)).toEqual(['file:///workspace/people.journey']);
    });

    it('drops every message that is not exactly one of the protocol, and acts on none of them', async () => {
        const { panel, client, events } = open();
        const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
        const hostile: unknown[] = [
            { type: 'reveal', uri: 'command:workbench.action.terminal.new', range },
            { type: 'reveal', uri: 'file:///etc/passwd', range },
            { type: 'reveal', uri: 'file:///workspace/../etc/passwd.journey', range },
            { type: 'reveal', uri: 'file:///elsewhere/map.journey', range },
            { type: 'reveal', uri: 'file:///workspace/notes.txt', range },
            { type: 'reveal', uri: `file:///workspace/${'a'.repeat(100_000)}.journey`, range },
            { type: 'reveal', uri: checkout.uri, range: { start: { line: -1, character: 0 }, end: range.end } },
            { type: 'reveal', uri: checkout.uri, range, extra: true },
            { type: 'export', format: 'exe' },
            { type: 'ready', now: true },
            { type: 'imageExported', requestId: '1', format: 'svg', view: 'journey', data: '<svg/>' },
            { type: 'runCommand', command: 'rm -rf /' },
            'ready',
            null
        ];
        for (const message of hostile) panel.receive.fire(message);
        await settle();
        expect(vscode.shown).toEqual([]);
        expect(events.onExport).not.toHaveBeenCalled();
        expect(client.sendRequest).not.toHaveBeenCalled(); // `ready` with an extra field is no ready
        expect(panel.posted.filter(message => (message as ToWebviewMessage).type === 'model')).toEqual([]);
        expect(events.onDroppedMessage).toHaveBeenCalledTimes(hostile.length);
        expect(events.onDroppedMessage.mock.calls.map(call => call[1])).toContain('reveal: uri is neither the previewed document nor a .journey file of its workspace folder');
    });

    it('highlights the innermost element under the editor cursor, once per change', async () => {
        const { panel, client } = open();
        panel.receive.fire({ type: 'ready' });
        client.pending[0].resolve({ version: 1, model: checkout });
        await settle();
        const checkoutPage = checkout.journeys[0].stages[1].touchpoints[0];
        const select = (line: number, character: number) => vscode.selectionChanges.fire({
            textEditor: { document: { uri: documentUri } },
            selections: [{ active: new vscode.Position(line, character) }]
        });
        select(checkoutPage.source.range.start.line + 2, 8);
        select(checkoutPage.source.range.start.line + 3, 8);
        const highlights = (panel.posted as ToWebviewMessage[]).filter(message => message.type === 'highlight');
        expect(highlights).toEqual([{ type: 'highlight', elementId: 'touchpoint:first_purchase/checkout_page' }]);
    });

    it('gets the current view as an image from the webview', async () => {
        const { panel, client, preview } = open();
        panel.receive.fire({ type: 'ready' });
        client.pending[0].resolve({ version: 1, model: checkout });
        await settle();
        const image = preview.exportImage('svg');
        await settle();
        const request = (panel.posted as ToWebviewMessage[]).find(message => message.type === 'exportImage');
        expect(request).toMatchObject({ type: 'exportImage', format: 'svg' });
        panel.receive.fire({ type: 'imageExported', requestId: (request as { requestId: number }).requestId, format: 'svg', view: 'blueprint', data: '<svg/>' });
        await expect(image).resolves.toEqual({ data: '<svg/>', view: 'blueprint' });
    });

    it('passes toolbar exports on, and reports its own disposal', () => {
        const { panel, events, preview } = open();
        panel.receive.fire({ type: 'export', format: 'markdown' });
        expect(events.onExport).toHaveBeenCalledWith(preview, 'markdown');
        panel.dispose();
        expect(events.onDispose).toHaveBeenCalledWith(preview);
    });
});
