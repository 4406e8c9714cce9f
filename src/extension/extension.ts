// Entry of the extension in VS Code's Node extension host (dist/extension.js).
import type * as vscode from 'vscode';
import { activateJourneyMaps, deactivateJourneyMaps } from './activation.js';
import { registerImportMap } from './commands/import-map.js';
import { exportPdf } from './export/pdf-export.js';

export function activate(context: vscode.ExtensionContext): void {
    // `./client/language-client.js` stays a bundle of its own (scripts/build.mjs), loaded after activate returns.
    // Export as PDF prints in a local Chromium (src/print/), which only the Node host can start.
    activateJourneyMaps(context, () => import('./client/language-client.js'), { printPdf: exportPdf });
    // Import reads files with Node (csv-parse, exceljs: dist/import.js), so it is the Node host's.
    registerImportMap(context);
}

export const deactivate = deactivateJourneyMaps;
