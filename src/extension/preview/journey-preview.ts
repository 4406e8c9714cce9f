/**
 * One preview panel. It shows the render model of one `.journey` document:
 * the active editor's, unless locked. Models are requested from the language
 * server (debounced), stale answers are dropped, clicks in the webview reveal
 * source ranges, and the editor's cursor is mirrored as a highlight.
 */
import * as vscode from 'vscode';
import {
    checkWebviewMessage, RenderModelRequest, toWebviewWire, type FromWebviewMessage, type ImageFormat, type PreviewView, type ToWebviewMessage
} from '../../../language-server/protocol/index.js';
import type { RenderModel } from '../../../language-server/core/model/render-model.js';
import { elementKeyAt } from '../../../language-server/core/model/element-keys.js';
import { ModelUpdates } from './model-updates.js';
import type { PreviewLanguageClient } from './preview-client.js';
import { previewHtml, previewWebviewOptions } from './preview-security.js';
import { DEFAULT_VIEW, isViewId } from '../../../language-server/core/views.js';
import { isRevealTarget } from './reveal-target.js';

export const PREVIEW_VIEW_TYPE = 'journey.preview';
const IMAGE_EXPORT_TIMEOUT_MS = 30_000;

export interface ExportedImage {
    data: string;
    view: PreviewView;
}

export interface JourneyPreviewEvents {
    /** A toolbar export button: run the export command for this preview. */
    onExport(preview: JourneyPreview, format: 'svg' | 'png' | 'html' | 'markdown'): void;
    onDispose(preview: JourneyPreview): void;
    onFocus(preview: JourneyPreview): void;
    /** A message from the webview that is not part of the protocol, or a reveal of a document it may not open: dropped. */
    onDroppedMessage(preview: JourneyPreview, reason: string): void;
}

export class JourneyPreview implements vscode.Disposable {
    private readonly disposables: vscode.Disposable[] = [];
    private readonly updates = new ModelUpdates();
    private debounce: ReturnType<typeof setTimeout> | undefined;
    private ready = false;
    private model: RenderModel | undefined;
    private modelVersion = 0;
    /** A previous version of the document, drawn faded on the emotion curve, until cleared or another document is shown. */
    private before: RenderModel | undefined;
    private beforeSent = false;
    private highlighted: string | null = null;
    private nextImageRequest = 0;
    private readonly imageRequests = new Map<number, { resolve(image: ExportedImage): void; reject(error: Error): void }>();
    private readonly shownWaiters: Array<() => void> = [];
    private disposed = false;

    constructor(
        readonly panel: vscode.WebviewPanel,
        private document: vscode.Uri,
        private locked: boolean,
        private readonly client: PreviewLanguageClient,
        extensionUri: vscode.Uri,
        private readonly events: JourneyPreviewEvents
    ) {
        panel.webview.options = previewWebviewOptions(extensionUri);
        panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icons', 'journey-file.svg');
        this.disposables.push(
            panel.webview.onDidReceiveMessage((message: unknown) => this.onUntrustedMessage(message)),
            panel.onDidDispose(() => this.dispose()),
            panel.onDidChangeViewState(event => { if (event.webviewPanel.active) this.events.onFocus(this); }),
            vscode.window.onDidChangeTextEditorSelection(event => this.onSelection(event))
        );
        this.updateTitle();
        panel.webview.html = previewHtml(panel.webview, extensionUri, defaultView());
    }

    get documentUri(): vscode.Uri {
        return this.document;
    }

    get isLocked(): boolean {
        return this.locked;
    }

    get currentModel(): RenderModel | undefined {
        return this.model;
    }

    /** Follow another document (the active editor changed, or the user opened the preview for it). */
    showDocument(document: vscode.Uri): void {
        if (document.toString() === this.document.toString()) return;
        this.document = document;
        this.updates.reset();
        this.highlighted = null;
        this.before = undefined;
        this.updateTitle();
        this.refresh(true);
    }

    setLocked(locked: boolean): void {
        this.locked = locked;
        this.updateTitle();
        this.post({ type: 'locked', locked });
    }

    /** Draws `before` (a previous version of this document) faded on the emotion curve and switches to it; null clears it. */
    showPreviousVersion(before: RenderModel | null): void {
        this.before = before ?? undefined;
        this.beforeSent = false;
        if (!before) this.post({ type: 'before', model: null });
        else if (this.ready && this.model?.uri === this.document.toString()) this.sendBefore();
    }

    /** After the document's model: the webview forgets a previous version when it is sent another document's model. */
    private sendBefore(): void {
        if (!this.before || this.beforeSent) return;
        this.beforeSent = true;
        this.post({ type: 'before', model: this.before });
    }

    /** Ask for a new model; `immediate` skips the debounce (opening, switching documents). */
    refresh(immediate = false): void {
        if (this.disposed) return;
        clearTimeout(this.debounce);
        if (immediate) {
            void this.requestModel();
            return;
        }
        const delay = vscode.workspace.getConfiguration('journey.preview').get<number>('debounceMs', 150);
        this.debounce = setTimeout(() => void this.requestModel(), Math.max(0, delay));
    }

    /** Resolves once the webview has been sent a model (for exports started before the preview was open). */
    whenShown(): Promise<void> {
        if (this.ready && this.model) return Promise.resolve();
        return new Promise(resolve => this.shownWaiters.push(resolve));
    }

    /** The current view as SVG text or PNG data URL, drawn by the webview. */
    async exportImage(format: ImageFormat): Promise<ExportedImage> {
        await this.whenShown();
        const requestId = ++this.nextImageRequest;
        return new Promise<ExportedImage>((resolve, reject) => {
            const timer = setTimeout(() => {
                this.imageRequests.delete(requestId);
                reject(new Error('The preview did not answer the export request.'));
            }, IMAGE_EXPORT_TIMEOUT_MS);
            this.imageRequests.set(requestId, {
                resolve: image => { clearTimeout(timer); resolve(image); },
                reject: error => { clearTimeout(timer); reject(error); }
            });
            this.post({ type: 'exportImage', requestId, format });
        });
    }

    private async requestModel(): Promise<void> {
        const sequence = this.updates.nextRequest();
        const uri = this.document.toString();
        let result;
        try {
            result = await this.client.sendRequest(RenderModelRequest, { uri });
        } catch (error) {
            console.error(`Journey preview: no render model for ${uri}:`, error);
            return;
        }
        if (!result || this.disposed || uri !== this.document.toString()) return;
        if (!this.updates.accept(sequence, uri, result.version)) return;
        this.model = result.model;
        this.modelVersion = result.version;
        this.sendModel();
    }

    private sendModel(): void {
        if (!this.ready || !this.model) return;
        this.post({ type: 'model', model: this.model, version: this.modelVersion });
        this.sendBefore();
        if (this.highlighted) this.post({ type: 'highlight', elementId: this.highlighted });
        for (const resolve of this.shownWaiters.splice(0)) resolve();
    }

    /** The webview shows user text: every message it sends is checked before anything acts on it. */
    private onUntrustedMessage(value: unknown): void {
        const checked = checkWebviewMessage(value);
        if (checked.ok) this.onMessage(checked.message);
        else this.events.onDroppedMessage(this, checked.reason);
    }

    private onMessage(message: FromWebviewMessage): void {
        switch (message.type) {
            case 'ready':
                this.ready = true;
                this.post({ type: 'locked', locked: this.locked });
                this.beforeSent = false; // a new (or reloaded) webview
                this.sendModel();
                this.refresh(true);
                return;
            case 'reveal':
                void this.reveal(message.uri, message.range);
                return;
            case 'export':
                this.events.onExport(this, message.format);
                return;
            case 'beforeCleared':
                this.before = undefined;
                return;
            case 'imageExported': {
                const request = this.imageRequests.get(message.requestId);
                this.imageRequests.delete(message.requestId);
                if (!request) return;
                if (message.data !== undefined) request.resolve({ data: message.data, view: message.view });
                else request.reject(new Error(message.error ?? 'The preview could not export the image.'));
                return;
            }
        }
    }

    private async reveal(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
        let target: vscode.Uri;
        try {
            target = vscode.Uri.parse(uri, true);
        } catch {
            this.events.onDroppedMessage(this, 'reveal: uri is not a URI');
            return;
        }
        if (!isRevealTarget(target, this.document, vscode.workspace.getWorkspaceFolder(this.document)?.uri)) {
            this.events.onDroppedMessage(this, 'reveal: uri is neither the previewed document nor a .journey file of its workspace folder');
            return;
        }
        const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
        // Reuse the editor that already shows the file; otherwise open it beside the preview.
        const visible = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === target.toString());
        try {
            const editor = await vscode.window.showTextDocument(target, {
                viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside,
                selection,
                preserveFocus: false
            });
            editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        } catch (error) {
            void vscode.window.showErrorMessage(`Cannot open ${target.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }

    private onSelection(event: vscode.TextEditorSelectionChangeEvent): void {
        if (!this.model || event.textEditor.document.uri.toString() !== this.document.toString()) return;
        const key = elementKeyAt(this.model, this.document.toString(), event.selections[0].active) ?? null;
        if (key === this.highlighted) return;
        this.highlighted = key;
        this.post({ type: 'highlight', elementId: key });
    }

    private updateTitle(): void {
        const name = this.document.path.slice(this.document.path.lastIndexOf('/') + 1);
        this.panel.title = this.locked ? `[Locked] Preview ${name}` : `Preview ${name}`;
    }

    private post(message: ToWebviewMessage): void {
        if (!this.disposed) void this.panel.webview.postMessage(toWebviewWire(message));
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        clearTimeout(this.debounce);
        for (const request of this.imageRequests.values()) request.reject(new Error('The preview was closed.'));
        this.imageRequests.clear();
        this.events.onDispose(this);
        this.panel.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }
}

function defaultView(): PreviewView {
    const configured = vscode.workspace.getConfiguration('journey.preview').get<string>('defaultView', DEFAULT_VIEW);
    return isViewId(configured) ? configured : DEFAULT_VIEW;
}
