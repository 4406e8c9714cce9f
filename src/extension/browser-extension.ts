// Entry of the extension in VS Code's web worker extension host (dist/web/extension.js):
// vscode.dev, github.dev and any browser-hosted VS Code. The language server runs in a Web Worker.
import * as vscode from 'vscode';
import { activateJourneyMaps, deactivateJourneyMaps } from './activation.js';
import { IMPORT_COMMAND } from './commands/import-command.js';

/** Import reads spreadsheets with Node libraries: in the browser it says where it works instead. */
export const BROWSER_IMPORT_MESSAGE = 'Journey: importing from CSV, Excel or Mermaid needs VS Code on the desktop, '
    + 'or the command line: `npx journey import FILE`.';

export function activate(context: vscode.ExtensionContext): void {
    activateJourneyMaps(context, () => import('./client/browser-language-client.js'));
    context.subscriptions.push(vscode.commands.registerCommand(IMPORT_COMMAND, () => vscode.window.showInformationMessage(BROWSER_IMPORT_MESSAGE)));
}

export const deactivate = deactivateJourneyMaps;
