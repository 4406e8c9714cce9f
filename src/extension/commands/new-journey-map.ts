import * as vscode from 'vscode';
import { declarationKeys, newJourneyMapText, newMapIdProblem, suggestedMapId, type DeclaredSymbol } from './new-map-template.js';

/** What this command needs from the language client. */
export interface SymbolsLanguageClient {
    sendRequest<P, R>(type: { method: string }, params: P): Promise<R>;
}

/**
 * `Journey: New Journey Map`: asks for an id (proposing one no journey has), writes
 * `<id>.journey` from the starter template into the chosen folder (or an untitled
 * editor when no folder is open), and opens it. People already declared in the
 * workspace are reused. What the workspace declares comes from the language server,
 * which knows the unsaved edits too.
 */
export function registerNewJourneyMap(context: vscode.ExtensionContext, client: SymbolsLanguageClient): void {
    context.subscriptions.push(vscode.commands.registerCommand('journey.newMap', (target?: vscode.Uri) => newJourneyMap(client, target)));
}

async function newJourneyMap(client: SymbolsLanguageClient, target?: vscode.Uri): Promise<void> {
    const folder = await targetFolder(target);
    const existing = await workspaceDeclarations(client);
    const id = await vscode.window.showInputBox({
        title: 'New Journey Map',
        prompt: 'Id of the journey (letters, digits and _), also the file name',
        value: suggestedMapId(existing),
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

/** The workspace's declarations (`kind:id`) as the server's workspace symbols list them; none if it cannot answer. */
async function workspaceDeclarations(client: SymbolsLanguageClient): Promise<Set<string>> {
    const symbols = await client.sendRequest<{ query: string }, DeclaredSymbol[] | null>({ method: 'workspace/symbol' }, { query: '' })
        .catch(() => null);
    return declarationKeys(symbols ?? []);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}
