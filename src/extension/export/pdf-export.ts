/**
 * "Journey: Export as PDF": the Map view printed by a local Chromium through
 * the CLI's exporter (src/print/). The extension bundles no browser library:
 * when playwright-core or a browser cannot be found, a message says what to
 * install and offers the HTML export, which any browser prints to PDF.
 */
import * as vscode from 'vscode';
import { PRINT_SIZES } from '../../../language-server/core/export/print-sizes.js';
import { findPrinter, type Printer } from '../../print/find-printer.js';
import { printMapPdf } from '../../print/print-map.js';
import { readPreviewAssets } from './preview-assets.js';
import { EXPORT_HTML_CHOICE, type PdfExport } from './pdf-export-command.js';

/** Prints and writes the PDF; false (after telling the user what to install) when this machine cannot print. */
export async function exportPdf(request: PdfExport & { printer?: Printer }): Promise<boolean> {
    const printer = request.printer ?? await findPrinter();
    if ('missing' in printer) {
        const choice = await vscode.window.showWarningMessage(`${printer.missing} Or export the map as HTML and print it to PDF from a browser.`, EXPORT_HTML_CHOICE);
        if (choice === EXPORT_HTML_CHOICE) await vscode.commands.executeCommand('journey.export.html', request.document);
        return false;
    }
    const pdf = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Printing the journey map as PDF…' },
        async () => printMapPdf({
            ...printer,
            assets: await readPreviewAssets(request.distMedia),
            model: request.model,
            journeyId: request.journeyId,
            size: PRINT_SIZES.a4
        })
    );
    await vscode.workspace.fs.writeFile(request.file, pdf);
    return true;
}
