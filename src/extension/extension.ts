// Entry of the extension in VS Code's Node extension host (dist/extension.js).
import type * as vscode from 'vscode';
import { activateJourneyMaps, deactivateJourneyMaps } from './activation.js';
import { registerImportMap } from './commands/import-map.js';

export function activate(context: vscode.ExtensionContext): void {
    // `./client/language-client.js` stays a bundle of its own (scripts/build.mjs), loaded after activate returns.
    activateJourneyMaps(context, () => import('./client/language-client.js'));
    // Import reads files with Node (csv-parse, exceljs: dist/import.js), so it is the Node host's.
    registerImportMap(context);
}

export const deactivate = deactivateJourneyMaps;
