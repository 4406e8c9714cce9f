import * as vscode from 'vscode';
import { declaredIds, newJourneyMapText, newMapIdProblem } from './new-map-template.js';

/**
 * `Journey: New Journey Map`: asks for an id, writes `<id>.journey` from the
 * starter template into the chosen folder (or an untitled editor when no folder
 * is open), and opens it. People already declared in the workspace are reused.
 */
export function registerNewJourneyMap(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand('journey.newMap', newJourneyMap));
}

async function newJourneyMap(target?: vscode.Uri): Promise<void> {
    const folder = await targetFolder(target);
    const existing = folder ? await workspaceDeclarations() : new Set<string>();
    const id = await vscode.window.showInputBox({
        title: 'New Journey Map',
        prompt: 'Id of the journey (letters, digits and _), also the file name',
        value: 'first_purchase',
        validateInput: async value => newMapIdProblem(value, existing)
            ?? (folder && await exists(vscode.Uri.joinPath(folder, `${value}.journey`)) ? `${value}.journey already exists in this folder.` : undefined)
    });
    if (id === undefined) return;
    const text = newJourneyMapText(id, existing);
    if (!folder) {
        const document = await vscode.workspace.openTextDocument({ language: 'journey', content: text });
        await vscode.window.showTextDocument(document);
        return;
    }
    const file = vscode.Uri.joinPath(folder, `${id}.journey`);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(file);
}

/** The folder clicked in the explorer, else the only workspace folder, else the one the user picks. */
async function targetFolder(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (target instanceof vscode.Uri) {
        const stat = await vscode.workspace.fs.stat(target).then(s => s, () => undefined);
        if (stat?.type === vscode.FileType.Directory) return target;
        return vscode.Uri.joinPath(target, '..');
    }
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length <= 1) return folders[0]?.uri;
    return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder for the new journey map' }))?.uri;
}

async function workspaceDeclarations(): Promise<Set<string>> {
    const keys = new Set<string>();
    const files = await vscode.workspace.findFiles('**/*.journey', '**/node_modules/**', 500);
    for (const file of files) {
        const bytes = await vscode.workspace.fs.readFile(file).then(b => b, () => new Uint8Array());
        for (const key of declaredIds(new TextDecoder().decode(bytes))) keys.add(key);
    }
    return keys;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}
