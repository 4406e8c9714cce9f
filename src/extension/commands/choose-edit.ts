/**
 * The client side of a code action's "more…" entry (CHOOSE_EDIT_COMMAND): the server
 * sends the choices it did not list, each with its edit; the user picks one in a quick
 * pick and its edit is applied, as choosing the quick fix itself would have.
 */
import * as vscode from 'vscode';
import { CHOOSE_EDIT_COMMAND, type EditChoice } from '../../../language-server/protocol/index.js';

export function registerChooseEdit(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand(CHOOSE_EDIT_COMMAND, chooseEdit));
}

async function chooseEdit(placeholder: string, choices: EditChoice[]): Promise<void> {
    const picked = await vscode.window.showQuickPick(choices.map(choice => ({ label: choice.label, detail: choice.detail, choice })),
        { placeHolder: placeholder, matchOnDetail: true });
    if (picked) await vscode.workspace.applyEdit(workspaceEdit(picked.choice.edit));
}

/** The LSP edit (`changes` only, 0-based positions as VS Code's) as a VS Code edit. */
export function workspaceEdit(edit: EditChoice['edit']): vscode.WorkspaceEdit {
    const result = new vscode.WorkspaceEdit();
    for (const [uri, edits] of Object.entries(edit.changes)) {
        for (const { range, newText } of edits) {
            result.replace(vscode.Uri.parse(uri), new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character), newText);
        }
    }
    return result;
}
