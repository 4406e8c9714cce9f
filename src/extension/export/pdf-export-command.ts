/**
 * "Journey: Export as PDF" in both hosts: its id, messages and request. The
 * printing itself (pdf-export.ts: Node, a local Chromium) is given by the Node
 * host only; in vscode.dev and github.dev the command says where it works.
 */
import type * as vscode from 'vscode';
import type { RenderModel } from '../../../language-server/core/model/render-model.js';

export const EXPORT_PDF_COMMAND = 'journey.export.pdf';
export const EXPORT_HTML_CHOICE = 'Export as HTML';

/** In the browser there is no local browser to print with. */
export const BROWSER_PDF_MESSAGE = 'Journey: Export as PDF prints with a local browser and needs VS Code on the desktop. '
    + 'Here, use Export as HTML and print it to PDF from the browser, or the command line: `npx journey render FILE --format pdf`.';

export interface PdfExport {
    document: vscode.Uri;
    model: RenderModel;
    /** The extension's `dist/media` (the preview's bundles, printed as the page). */
    distMedia: vscode.Uri;
    /** Where to write the PDF (a save dialog asked the user). */
    file: vscode.Uri;
    /** The journey to print (default: the first). */
    journeyId?: string;
}

/** Prints the PDF to `request.file`; false when it could not (the user was told why). */
export type PdfPrinter = (request: PdfExport) => Promise<boolean>;
