/**
 * `journey.export.svg|png|html|markdown|pdf`: the current preview view as an image
 * (drawn by the webview), the whole file as a self-contained HTML page or
 * as Markdown with Mermaid code blocks, or the Map view as a PDF (printed by a
 * local Chromium, export/pdf-export.ts). Each asks where to save.
 */
import * as vscode from 'vscode';
import { renderMarkdown } from '../../../language-server/core/export/markdown-export.js';
import { RenderModelRequest, type ExportFormat, type ImageFormat } from '../../../language-server/protocol/index.js';
import type { RenderModel } from '../../../language-server/core/model/render-model.js';
import { renderStandaloneHtml } from '../../../language-server/core/export/preview-page.js';
import { exportFileName, type ExportExtension } from '../../../language-server/core/export/export-file-name.js';
import { readPreviewAssets } from '../export/preview-assets.js';
import { BROWSER_PDF_MESSAGE, EXPORT_PDF_COMMAND, type PdfPrinter } from '../export/pdf-export-command.js';
import type { JourneyPreview } from './journey-preview.js';
import type { PreviewLanguageClient } from './preview-client.js';

export interface ExportContext {
    previewFor(document: vscode.Uri): JourneyPreview | undefined;
    activePreview(): JourneyPreview | undefined;
    openPreview(document: vscode.Uri): JourneyPreview;
    commandTarget(resource: unknown): vscode.Uri | undefined;
    /** The Node host's PDF printer; without one (the browser host) Export as PDF says where it works. */
    printPdf?: PdfPrinter;
}

const FILTERS: Record<ExportFormat | 'pdf', Record<string, string[]>> = {
    svg: { 'SVG image': ['svg'] },
    png: { 'PNG image': ['png'] },
    html: { 'HTML page': ['html'] },
    markdown: { Markdown: ['md'] },
    pdf: { 'PDF document': ['pdf'] }
};

export function registerExportCommands(context: vscode.ExtensionContext, client: PreviewLanguageClient, exports: ExportContext): void {
    /** The command's document: its argument, else the active preview's, else the active editor's. */
    const target = (resource: unknown): vscode.Uri | undefined =>
        resource instanceof vscode.Uri ? resource : exports.activePreview()?.documentUri ?? exports.commandTarget(resource);

    const exportImage = (format: ImageFormat) => async (resource?: unknown) => {
        const document = target(resource);
        if (!document) return noDocument();
        const preview = exports.previewFor(document) ?? exports.openPreview(document);
        const image = await preview.exportImage(format);
        const file = await askForFile(document, format, image.view);
        if (!file) return;
        const bytes = format === 'svg'
            ? new TextEncoder().encode(image.data)
            : Buffer.from(image.data.slice(image.data.indexOf(',') + 1), 'base64');
        await vscode.workspace.fs.writeFile(file, bytes);
        offerToOpen(file);
    };

    const modelOf = async (document: vscode.Uri): Promise<RenderModel | undefined> => {
        const model = exports.previewFor(document)?.currentModel ?? await fetchModel(client, document);
        if (!model) void vscode.window.showErrorMessage(`No journey map could be built for ${document.fsPath}.`);
        return model;
    };

    const exportDocument = (format: 'html' | 'markdown') => async (resource?: unknown) => {
        const document = target(resource);
        if (!document) return noDocument();
        const model = await modelOf(document);
        if (!model) return;
        const text = format === 'html'
            ? renderStandaloneHtml(model, { assets: await readPreviewAssets(vscode.Uri.joinPath(context.extensionUri, 'dist', 'media')) })
            : renderMarkdown(model);
        const file = await askForFile(document, format === 'html' ? 'html' : 'md');
        if (!file) return;
        await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
        offerToOpen(file);
    };

    const exportPdfCommand = async (resource?: unknown) => {
        const printPdf = exports.printPdf;
        if (!printPdf) return void vscode.window.showInformationMessage(BROWSER_PDF_MESSAGE);
        const document = target(resource);
        if (!document) return noDocument();
        const model = await modelOf(document);
        if (!model) return;
        const journeyId = await chooseJourney(model);
        if (journeyId === null) return;
        const file = await askForFile(document, 'pdf', journeyId && model.journeys.length > 1 ? journeyId : undefined);
        if (!file) return;
        if (await printPdf({ document, model, journeyId, file, distMedia: vscode.Uri.joinPath(context.extensionUri, 'dist', 'media') })) offerToOpen(file);
    };

    const guarded = (command: (resource?: unknown) => Promise<void>) => async (resource?: unknown) => {
        try {
            await command(resource);
        } catch (error) {
            void vscode.window.showErrorMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
        }
    };

    context.subscriptions.push(
        vscode.commands.registerCommand('journey.export.svg', guarded(exportImage('svg'))),
        vscode.commands.registerCommand('journey.export.png', guarded(exportImage('png'))),
        vscode.commands.registerCommand('journey.export.html', guarded(exportDocument('html'))),
        vscode.commands.registerCommand('journey.export.markdown', guarded(exportDocument('markdown'))),
        vscode.commands.registerCommand(EXPORT_PDF_COMMAND, guarded(exportPdfCommand))
    );
}

async function fetchModel(client: PreviewLanguageClient, document: vscode.Uri): Promise<RenderModel | undefined> {
    // The server builds models of documents it knows; opening the file makes sure it does.
    await vscode.workspace.openTextDocument(document);
    const result = await client.sendRequest(RenderModelRequest, { uri: document.toString() });
    return result?.model;
}

/** A PDF prints one journey: the only one, or the one the user picks (null: cancelled). */
async function chooseJourney(model: RenderModel): Promise<string | undefined | null> {
    if (model.journeys.length < 2) return model.journeys[0]?.id;
    const picked = await vscode.window.showQuickPick(model.journeys.map(journey => ({ label: journey.label || journey.id, description: journey.id, id: journey.id })), { placeHolder: 'The journey to print' });
    return picked ? picked.id : null;
}

/** A save dialog next to the map, proposing the name of the one rule (export-file-name.ts). */
async function askForFile(document: vscode.Uri, extension: ExportExtension, view?: string): Promise<vscode.Uri | undefined> {
    const name = exportFileName(document.toString(), extension, view);
    const defaultUri = document.with({ path: `${document.path.slice(0, document.path.lastIndexOf('/') + 1)}${name}` });
    const format = (Object.keys(FILTERS) as ExportFormat[]).find(key => Object.values(FILTERS[key])[0][0] === extension) ?? 'svg';
    return vscode.window.showSaveDialog({ defaultUri: document.scheme === 'file' ? defaultUri : undefined, filters: FILTERS[format] });
}

function offerToOpen(file: vscode.Uri): void {
    void vscode.window.showInformationMessage(`Exported ${file.fsPath}`, 'Open').then(choice => {
        if (choice) void vscode.env.openExternal(file);
    });
}

function noDocument(): void {
    void vscode.window.showInformationMessage('Open a .journey file or its preview to export it.');
}
