/**
 * "Journey: Compare with Previous Version": the semantic diff of a map against
 * its version at git HEAD (read through VS Code's built-in git extension),
 * shown as the same Markdown review comment `journey diff` writes, in VS
 * Code's Markdown preview. The previous version's model goes to the map's
 * preview, whose emotion curve draws it as a faded line.
 */
import * as vscode from 'vscode';
import { DiffRequest, type DiffParams, type DiffResponse, type RenderModel } from '../../../language-server/protocol/index.js';

/** What this command needs from the language client. */
export interface DiffLanguageClient {
    sendRequest(type: typeof DiffRequest, params: DiffParams): Promise<DiffResponse | null>;
}

/** The part of the git extension's API (`vscode.git`, API version 1) used here. */
export interface GitApi {
    /** 'uninitialized' until the extension has looked for the workspace's repositories. */
    readonly state?: 'uninitialized' | 'initialized';
    readonly onDidChangeState?: vscode.Event<'uninitialized' | 'initialized'>;
    getRepository(uri: vscode.Uri): GitRepository | null;
    /** Opens the repository holding `root` (a folder) if git has not found it yet; null when there is none. */
    openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

interface GitRepository {
    show(ref: string, path: string): Promise<string>;
}

/** What the `vscode.git` extension exports; `getAPI` throws while `git.enabled` is off. */
export interface GitExtension {
    readonly enabled?: boolean;
    getAPI(version: 1): GitApi;
}

/**
 * vscode.dev and github.dev (and GitHub Repositories on the desktop) serve the files of a
 * virtual workspace without git: there is no history to read the previous version from.
 */
export const BROWSER_WORKSPACE_MESSAGE = 'Compare with Previous Version reads the previous version with Git, which a browser '
    + 'or virtual workspace (vscode.dev, github.dev) does not have. On a pull request, the Journey Maps GitHub Action posts '
    + 'the same comparison as a comment; locally, open a clone of the repository or run `journey diff --git`.';

/** Scheme of the read-only Markdown documents holding the comparisons: nothing to save, nothing on disk. */
const DIFF_SCHEME = 'journey-diff';

/**
 * The command a preview registers to draw a previous version's emotion lines
 * faded (`emotionCurve(model, id, { before })`); called only when it exists.
 */
export const SHOW_PREVIOUS_VERSION_COMMAND = 'journey.preview.showPreviousVersion';

export function registerCompareWithPrevious(context: vscode.ExtensionContext, client: DiffLanguageClient): void {
    const comparisons = new Map<string, string>();
    const changed = new vscode.EventEmitter<vscode.Uri>();
    context.subscriptions.push(
        changed,
        vscode.workspace.registerTextDocumentContentProvider(DIFF_SCHEME, {
            onDidChange: changed.event,
            provideTextDocumentContent: uri => comparisons.get(uri.toString()) ?? ''
        }),
        vscode.commands.registerCommand('journey.compareWithPrevious', async (resource?: unknown) => {
            const target = resource instanceof vscode.Uri ? resource : journeyEditorUri();
            if (!target) {
                void vscode.window.showInformationMessage('Open a .journey file to compare it with its previous version.');
                return;
            }
            try {
                const previousText = await headVersion(target);
                if (previousText === undefined) return;
                // Unsaved edits count: the server compares with the text in the editor.
                await vscode.workspace.openTextDocument(target);
                const result = await client.sendRequest(DiffRequest, { uri: target.toString(), previousText, previousName: 'HEAD' });
                if (!result) {
                    void vscode.window.showWarningMessage('The Journey language server does not know this file yet: try again in a moment.');
                    return;
                }
                const name = target.path.slice(target.path.lastIndexOf('/') + 1);
                const comparison = vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/Changes in ${name}.md`, query: target.toString() });
                comparisons.set(comparison.toString(), result.markdown);
                changed.fire(comparison);
                const previewColumn = await showBeforeInPreview(target, result.before);
                await vscode.commands.executeCommand(comparisonCommand(previewColumn, vscode.window.activeTextEditor?.viewColumn), comparison);
            } catch (error) {
                void vscode.window.showErrorMessage(`Journey: cannot compare with the previous version: ${error instanceof Error ? error.message : String(error)}`);
            }
        })
    );
}

function journeyEditorUri(): vscode.Uri | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === 'journey' ? editor.document.uri : undefined;
}

/** The file's text at HEAD; '' for a file HEAD does not have yet (all of it is new); undefined when git cannot say (a message was shown). */
export async function headVersion(uri: vscode.Uri): Promise<string | undefined> {
    const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
    if (!extension || uri.scheme !== 'file') {
        void vscode.window.showWarningMessage(uri.scheme !== 'file' ? BROWSER_WORKSPACE_MESSAGE
            : 'Comparing with the previous version needs the built-in Git extension, which is disabled.');
        return undefined;
    }
    const exports = extension.isActive ? extension.exports : await extension.activate();
    if (exports.enabled === false) {
        void vscode.window.showWarningMessage('Comparing with the previous version needs Git: turn on the setting "git.enabled".');
        return undefined;
    }
    const repository = await repositoryOf(exports.getAPI(1), uri);
    if (!repository) {
        void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(uri)} is not in a git repository: there is no previous version to compare with.`);
        return undefined;
    }
    try {
        return await repository.show('HEAD', uri.fsPath);
    } catch {
        // Not committed yet (or no commit at all): every element is new.
        return '';
    }
}

/**
 * The repository holding `uri`. Git looks for repositories after it starts and
 * notices a new one (`git init`) only a while later, so: wait for its first look,
 * then ask it to open the file's repository if it has not found it.
 */
export async function repositoryOf(git: GitApi, uri: vscode.Uri): Promise<GitRepository | null> {
    if (git.state === 'uninitialized' && git.onDidChangeState) {
        const onDidChangeState = git.onDidChangeState;
        await new Promise<void>(resolve => {
            const listener = onDidChangeState(state => {
                if (state !== 'initialized') return;
                listener.dispose();
                resolve();
            });
        });
    }
    return git.getRepository(uri) ?? (await git.openRepository?.(vscode.Uri.joinPath(uri, '..'))) ?? null;
}

/** Hands the previous model to the map's preview, when the preview offers to draw it; the column of a visible preview. */
async function showBeforeInPreview(document: vscode.Uri, before: RenderModel): Promise<vscode.ViewColumn | undefined> {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes(SHOW_PREVIOUS_VERSION_COMMAND)) return undefined;
    return vscode.commands.executeCommand<vscode.ViewColumn | undefined>(SHOW_PREVIOUS_VERSION_COMMAND, document, before);
}

/**
 * Where the comparison opens so that it is on screen and hides nothing it is about: beside the
 * editor, unless the map's preview is visible in another group, which "beside" would be and whose
 * faded previous version belongs next to the comparison: then in the editor's own group.
 */
export function comparisonCommand(previewColumn: number | undefined, editorColumn: number | undefined): string {
    return previewColumn !== undefined && previewColumn !== editorColumn ? 'markdown.showPreview' : 'markdown.showPreviewToSide';
}
