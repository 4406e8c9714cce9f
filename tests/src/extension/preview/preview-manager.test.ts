import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { RenderModel } from '../../../../language-server/core/model/render-model.js';
import type { ToWebviewMessage } from '../../../../language-server/protocol/index.js';

vi.mock('vscode', () => import('./fake-vscode.js'));

const vscode = await import('./fake-vscode.js');
const { registerPreview } = await import('../../../../src/extension/preview/preview-manager.js');
const { SHOW_PREVIOUS_VERSION_COMMAND } = await import('../../../../src/extension/commands/compare-with-previous.js');

const checkout = JSON.parse(readFileSync('tests/fixtures/render-models/checkout.json', 'utf8')) as RenderModel;

function register() {
    const context = { subscriptions: [] as Array<{ dispose(): void }>, extensionUri: vscode.Uri.file('/ext') };
    const client = {
        // The document's model, whatever its file.
        sendRequest: vi.fn(async (_type: unknown, params: { uri: string }) => ({ version: 1, model: { ...checkout, uri: params.uri } })),
        onNotification: vi.fn(() => ({ dispose: () => undefined }))
    };
    const logged: string[] = [];
    registerPreview(context as never, client as never, { appendLine: line => { logged.push(line); } });
    return { context, logged };
}

const settle = () => new Promise(resolve => setTimeout(resolve, 0));
const sent = (panel: { posted: unknown[] }, type: ToWebviewMessage['type']) => (panel.posted as ToWebviewMessage[]).filter(message => message.type === type);

describe('journey.preview.showPreviousVersion', () => {
    it('without a preview opens none (the comparison stays in front); the preview opened next draws the previous model after the document\'s', async () => {
        const { context } = register();
        vscode.createdPanels.length = 0;
        const before = structuredClone(checkout);
        before.journeys[0].stages[0].touchpoints[0].emotions[0].score = 1;
        // Compare with Previous Version only calls the command when a preview registered it.
        expect(await vscode.commands.getCommands()).toContain(SHOW_PREVIOUS_VERSION_COMMAND);
        const column = await vscode.commands.executeCommand(SHOW_PREVIOUS_VERSION_COMMAND, vscode.Uri.parse(checkout.uri), before);
        expect(column).toBeUndefined();
        expect(vscode.createdPanels).toHaveLength(0);

        await vscode.commands.executeCommand('journey.preview.showToSide', vscode.Uri.parse(checkout.uri));
        const panel = vscode.createdPanels[0];
        expect(panel.title).toBe('Preview checkout.journey');
        expect(sent(panel, 'before')).toEqual([]); // the webview does not listen yet
        panel.receive.fire({ type: 'ready' });
        await settle();
        // After the document's model (the webview drops a previous version when another document's model comes).
        const types = (panel.posted as ToWebviewMessage[]).map(message => message.type);
        expect(types.filter(type => type === 'model' || type === 'before')).toEqual(['model', 'before']);
        expect(sent(panel, 'before')).toEqual([{ type: 'before', model: before }]);
        for (const disposable of context.subscriptions) disposable.dispose();
    });

    it('with the preview open: hands it the previous model without revealing it and answers its column; a reload gets it again until cleared', async () => {
        const { context } = register();
        vscode.createdPanels.length = 0;
        const before = structuredClone(checkout);
        before.journeys[0].stages[0].touchpoints[0].emotions[0].score = 1;
        await vscode.commands.executeCommand('journey.preview.showToSide', vscode.Uri.parse(checkout.uri));
        const panel = vscode.createdPanels[0];
        panel.receive.fire({ type: 'ready' });
        await settle();
        const reveals = panel.reveals;

        const column = await vscode.commands.executeCommand(SHOW_PREVIOUS_VERSION_COMMAND, vscode.Uri.parse(checkout.uri), before);
        expect(column).toBe(vscode.ViewColumn.Two);
        expect(panel.reveals).toBe(reveals);
        expect(sent(panel, 'before')).toEqual([{ type: 'before', model: before }]);

        // A hidden preview (behind another tab) gets it too, but is no column to avoid.
        panel.visible = false;
        await vscode.commands.executeCommand(SHOW_PREVIOUS_VERSION_COMMAND, vscode.Uri.parse(checkout.uri), null);
        expect(vscode.createdPanels).toHaveLength(1);
        expect(sent(panel, 'before').at(-1)).toEqual({ type: 'before', model: null });
        panel.visible = true;

        await vscode.commands.executeCommand(SHOW_PREVIOUS_VERSION_COMMAND, vscode.Uri.parse(checkout.uri), before);
        panel.receive.fire({ type: 'ready' }); // a reloaded webview
        await settle();
        expect(sent(panel, 'before').at(-1)).toEqual({ type: 'before', model: before });
        panel.receive.fire({ type: 'beforeCleared' });
        const count = sent(panel, 'before').length;
        panel.receive.fire({ type: 'ready' });
        await settle();
        expect(sent(panel, 'model').length).toBeGreaterThan(2);
        expect(sent(panel, 'before')).toHaveLength(count);
        expect(panel.reveals).toBe(reveals);

        for (const disposable of context.subscriptions) disposable.dispose();
        expect(await vscode.commands.getCommands()).not.toContain(SHOW_PREVIOUS_VERSION_COMMAND);
    });

    it('for a document the preview does not show yet: the previous model goes after that document\'s model, not the old one\'s', async () => {
        const { context } = register();
        vscode.createdPanels.length = 0;
        const other = vscode.Uri.parse('file:///workspace/other.journey');
        await vscode.commands.executeCommand('journey.preview.showToSide', other);
        const panel = vscode.createdPanels[0];
        panel.receive.fire({ type: 'ready' });
        await settle();
        expect(sent(panel, 'model').map(message => message.type === 'model' && message.model.uri)).toEqual([other.toString()]);

        await vscode.commands.executeCommand(SHOW_PREVIOUS_VERSION_COMMAND, vscode.Uri.parse(checkout.uri), checkout);
        expect(vscode.createdPanels).toHaveLength(1);
        await settle();
        const order = (panel.posted as ToWebviewMessage[]).filter(message => message.type === 'model' || message.type === 'before')
            .map(message => (message.type === 'model' ? `model ${message.model.uri}` : 'before'));
        expect(order).toEqual([`model ${other.toString()}`, `model ${checkout.uri}`, 'before']);
        for (const disposable of context.subscriptions) disposable.dispose();
    });
});

describe('messages the preview webview may not send', () => {
    it('are logged to the output channel once, however many come', async () => {
        const { context, logged } = register();
        vscode.createdPanels.length = 0;
        await vscode.commands.executeCommand('journey.preview.showToSide', vscode.Uri.parse(checkout.uri));
        const panel = vscode.createdPanels[0];
        panel.receive.fire({ type: 'reveal', uri: 'command:workbench.action.terminal.new', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
        panel.receive.fire({ type: 'evil' });
        panel.receive.fire({ type: 'evil' });
        await settle();
        expect(logged).toHaveLength(1);
        expect(logged[0]).toContain(`Preview of ${checkout.uri}: dropped a message from the webview`);
        for (const disposable of context.subscriptions) disposable.dispose();
    });
});
