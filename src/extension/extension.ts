// Entry of the extension in VS Code's Node extension host (dist/extension.js).
import type * as vscode from 'vscode';
import { activateJourneyMaps, deactivateJourneyMaps } from './activation.js';

export function activate(context: vscode.ExtensionContext): void {
    // `./client/language-client.js` stays a bundle of its own (scripts/build.mjs), loaded after activate returns.
    activateJourneyMaps(context, () => import('./client/language-client.js'));
}

export const deactivate = deactivateJourneyMaps;
