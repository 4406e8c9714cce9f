// Entry of the extension in VS Code's web worker extension host (dist/web/extension.js):
// vscode.dev, github.dev and any browser-hosted VS Code. The language server runs in a Web Worker.
import type * as vscode from 'vscode';
import { activateJourneyMaps, deactivateJourneyMaps } from './activation.js';

export function activate(context: vscode.ExtensionContext): void {
    activateJourneyMaps(context, () => import('./client/browser-language-client.js'));
}

export const deactivate = deactivateJourneyMaps;
