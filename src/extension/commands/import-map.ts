import * as vscode from 'vscode';
import { IMPORT_COMMAND } from './import-command.js';

export { IMPORT_COMMAND };

/**
 * `Journey: Import from CSV, Excel or Mermaid…`: picks a file (or takes the one
 * of the editor title menu or the explorer), converts it with the readers of
 * `journey import`, writes `<name>.journey` beside it (asking before replacing
 * one), and opens the map with its preview. What could not be read is listed
 * in the output channel and a warning says how much.
 */
export function registerImportMap(context: vscode.ExtensionContext): void {
    const output = vscode.window.createOutputChannel('Journey Import');
    context.subscriptions.push(output, vscode.commands.registerCommand(IMPORT_COMMAND, (target?: vscode.Uri) => importMap(target, output)));
}

async function importMap(target: vscode.Uri | undefined, output: vscode.OutputChannel): Promise<void> {
    const source = target instanceof vscode.Uri ? target : await pickSource();
    if (!source) return;
    if (source.scheme !== 'file') {
        void vscode.window.showErrorMessage('Journey: only files on disk can be imported.');
        return;
    }
    // The readers (csv-parse, exceljs and the mapping) load only now: dist/import.js.
    const { importFile, UnreadableFileError } = await import('../import/convert-file.js');
    let imported;
    try {
        imported = await importFile(source.fsPath);
    } catch (error) {
        const message = error instanceof UnreadableFileError || error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(`Journey: cannot import ${baseName(source)}: ${message}`);
        return;
    }
    const destination = vscode.Uri.joinPath(source, '..', `${baseName(source).replace(/\.[^.]*$/, '')}.journey`);
    if (await exists(destination)) {
        const replace = 'Replace';
        const answer = await vscode.window.showWarningMessage(`${baseName(destination)} already exists. Replace it with the imported map?`, { modal: true }, replace);
        if (answer !== replace) return;
    }
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(imported.text));
    await vscode.window.showTextDocument(destination);
    await vscode.commands.executeCommand('journey.preview.showToSide');
    if (imported.problems.length > 0) {
        output.clear();
        for (const problem of imported.problems) output.appendLine(`${baseName(source)}: ${problem.where}: ${problem.message}`);
        const show = 'Show';
        const count = imported.problems.length;
        const answer = await vscode.window.showWarningMessage(`Journey: ${count} part${count === 1 ? '' : 's'} of ${baseName(source)} could not be imported.`, show);
        if (answer === show) output.show();
    }
}

async function pickSource(): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
        title: 'Import a journey map',
        openLabel: 'Import',
        canSelectMany: false,
        filters: { 'Spreadsheets and Mermaid': ['csv', 'tsv', 'xlsx', 'mmd', 'mermaid', 'md', 'markdown'] }
    });
    return picked?.[0];
}

function baseName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}
