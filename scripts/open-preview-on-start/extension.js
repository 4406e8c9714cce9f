// Opens the Journey preview beside the first .journey editor of the window, once, by
// running the extension's own command: what a user does with Ctrl+K V. A preview that
// VS Code restored (after a reload) is left as it is.
const vscode = require('vscode');

function previewIsOpen() {
    return vscode.window.tabGroups.all.some(group => group.tabs.some(tab =>
        tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('journey.preview')));
}

async function openBeside(editor) {
    if (editor?.document.languageId !== 'journey') return false;
    if (!previewIsOpen()) await vscode.commands.executeCommand('journey.preview.showToSide');
    return true;
}

exports.activate = async context => {
    if (await openBeside(vscode.window.activeTextEditor)) return;
    const listener = vscode.window.onDidChangeActiveTextEditor(async editor => {
        if (await openBeside(editor)) listener.dispose();
    });
    context.subscriptions.push(listener);
};
