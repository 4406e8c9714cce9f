import * as vscode from 'vscode';

/** Shown in the Output panel: the server's own log, any crash, and messages the preview dropped. */
export const OUTPUT_CHANNEL_NAME = 'Journey Language Server';

/** The extension's one output channel, created at activation and shared by the language client and the preview. */
export function createOutputChannel(context: vscode.ExtensionContext): vscode.OutputChannel {
    const channel = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME);
    context.subscriptions.push(channel);
    return channel;
}
