/**
 * Registers the preview: its commands, the export commands and the webview
 * serializer that brings previews back after a window reload. Keeps the
 * open previews and routes editor events and server notifications to them.
 */
import * as vscode from 'vscode';
import { DocumentValidatedNotification, type PreviewState, type RenderModel } from '../../../language-server/protocol/index.js';
import { SHOW_PREVIOUS_VERSION_COMMAND } from '../commands/compare-with-previous.js';
import { registerExportCommands } from './export-commands.js';
import type { PdfPrinter } from '../export/pdf-export-command.js';
import { JourneyPreview, PREVIEW_VIEW_TYPE } from './journey-preview.js';
import type { PreviewLanguageClient } from './preview-client.js';
import { previewWebviewOptions } from './preview-security.js';

export const JOURNEY_LANGUAGE_ID = 'journey';

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer<PreviewState> {
    private readonly previews = new Set<JourneyPreview>();
    private lastFocused: JourneyPreview | undefined;
    /** Previous versions handed over while no preview showed their document: drawn when one opens. */
    private readonly pendingBefore = new Map<string, RenderModel>();
    private readonly disposables: vscode.Disposable[] = [];

    /** Dropped webview messages are logged once: a page that keeps sending them cannot flood the output. */
    private droppedLogged = false;

    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly client: PreviewLanguageClient,
        private readonly output: Pick<vscode.OutputChannel, 'appendLine'>
    ) {
        this.disposables.push(
            // The server tells when a document was (re)validated: its model may have changed.
            client.onNotification(DocumentValidatedNotification, params => {
                for (const preview of this.previews) {
                    if (preview.documentUri.toString() === params.uri) preview.refresh();
                }
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => this.followEditor(editor))
        );
    }

    /** The preview a command without arguments is about: the focused one, else one showing the active editor's file. */
    activePreview(): JourneyPreview | undefined {
        const focused = [...this.previews].find(preview => preview.panel.active);
        if (focused) return focused;
        const editorUri = activeJourneyEditor()?.document.uri.toString();
        return [...this.previews].find(preview => preview.documentUri.toString() === editorUri) ?? this.lastFocused;
    }

    previewFor(document: vscode.Uri): JourneyPreview | undefined {
        return [...this.previews].find(preview => preview.documentUri.toString() === document.toString());
    }

    /** Opens (or reuses) a preview of `document`. */
    show(document: vscode.Uri, column: vscode.ViewColumn, preserveFocus: boolean): JourneyPreview {
        const existing = this.previewFor(document) ?? [...this.previews].find(preview => !preview.isLocked);
        if (existing) {
            existing.showDocument(document);
            existing.panel.reveal(existing.panel.viewColumn ?? column, preserveFocus);
            return existing;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus }, {
            ...previewWebviewOptions(this.context.extensionUri),
            enableFindWidget: true
        });
        const preview = this.adopt(panel, document, false);
        const before = this.pendingBefore.get(document.toString());
        if (before) preview.showPreviousVersion(before);
        return preview;
    }

    /**
     * Hands a previous version of `document` to the preview that shows it (or would follow it),
     * without bringing that preview to the front: Compare with Previous Version opens its
     * comparison in the meantime, which must stay on screen. Without a preview, the version
     * waits for one to open. Returns the column of the preview when it is visible.
     */
    showPreviousVersion(document: vscode.Uri, before: RenderModel | null): vscode.ViewColumn | undefined {
        if (before) this.pendingBefore.set(document.toString(), before);
        else this.pendingBefore.delete(document.toString());
        const preview = this.previewFor(document) ?? [...this.previews].find(candidate => !candidate.isLocked);
        if (!preview) return undefined;
        preview.showDocument(document);
        preview.showPreviousVersion(before);
        return preview.panel.visible ? preview.panel.viewColumn : undefined;
    }

    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
        const document = state?.uri ? vscode.Uri.parse(state.uri) : activeJourneyEditor()?.document.uri;
        if (!document) {
            panel.dispose();
            return;
        }
        this.adopt(panel, document, state?.locked ?? false);
    }

    toggleLock(): void {
        const preview = this.activePreview();
        if (!preview) {
            void vscode.window.showInformationMessage('No Journey preview is open.');
            return;
        }
        preview.setLocked(!preview.isLocked);
        if (!preview.isLocked) this.followEditor(vscode.window.activeTextEditor);
    }

    private adopt(panel: vscode.WebviewPanel, document: vscode.Uri, locked: boolean): JourneyPreview {
        const preview = new JourneyPreview(panel, document, locked, this.client, this.context.extensionUri, {
            onExport: (source, format) => void vscode.commands.executeCommand(`journey.export.${format}`, source.documentUri),
            onDispose: disposed => {
                this.previews.delete(disposed);
                if (this.lastFocused === disposed) this.lastFocused = undefined;
            },
            onFocus: focused => { this.lastFocused = focused; },
            onDroppedMessage: (source, reason) => {
                if (this.droppedLogged) return;
                this.droppedLogged = true;
                this.output.appendLine(`Preview of ${source.documentUri.toString()}: dropped a message from the webview (${reason}). Further dropped messages are not logged.`);
            }
        });
        this.previews.add(preview);
        this.lastFocused = preview;
        return preview;
    }

    private followEditor(editor: vscode.TextEditor | undefined): void {
        if (!editor || editor.document.languageId !== JOURNEY_LANGUAGE_ID) return;
        if (!vscode.workspace.getConfiguration('journey.preview').get<boolean>('followActiveEditor', true)) return;
        for (const preview of this.previews) {
            if (!preview.isLocked) preview.showDocument(editor.document.uri);
        }
    }

    dispose(): void {
        for (const preview of [...this.previews]) preview.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }
}

export function activeJourneyEditor(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === JOURNEY_LANGUAGE_ID ? editor : undefined;
}

/** The document a command is about: its argument (explorer, editor title), else the active `.journey` editor. */
function commandTarget(resource: unknown): vscode.Uri | undefined {
    if (resource instanceof vscode.Uri) return resource;
    return activeJourneyEditor()?.document.uri;
}

export function registerPreview(context: vscode.ExtensionContext, client: PreviewLanguageClient, output: Pick<vscode.OutputChannel, 'appendLine'>, printPdf?: PdfPrinter): void {
    const manager = new PreviewManager(context, client, output);
    const open = (column: () => vscode.ViewColumn, preserveFocus: boolean) => (resource?: unknown) => {
        const document = commandTarget(resource);
        if (!document) {
            void vscode.window.showInformationMessage('Open a .journey file to preview it.');
            return;
        }
        manager.show(document, column(), preserveFocus);
    };
    context.subscriptions.push(
        manager,
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
        vscode.commands.registerCommand('journey.preview.showToSide', open(() => vscode.ViewColumn.Beside, true)),
        vscode.commands.registerCommand('journey.preview.show', open(() => vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active, false)),
        vscode.commands.registerCommand('journey.preview.toggleLock', () => manager.toggleLock()),
        // Internal (no menu entry): Compare with Previous Version hands over the previous model.
        vscode.commands.registerCommand(SHOW_PREVIOUS_VERSION_COMMAND, (document: vscode.Uri, before: RenderModel | null) =>
            manager.showPreviousVersion(document, before ?? null))
    );
    registerExportCommands(context, client, {
        previewFor: document => manager.previewFor(document),
        activePreview: () => manager.activePreview(),
        openPreview: document => manager.show(document, vscode.ViewColumn.Beside, true),
        commandTarget,
        printPdf
    });
}
