/**
 * Reads the preview's bundles from the extension's `dist/media` through
 * `vscode.workspace.fs`, so the HTML export works in every extension host.
 */
import * as vscode from 'vscode';
import type { PreviewAssets } from '../../../language-server/core/export/preview-page.js';

export async function readPreviewAssets(distMedia: vscode.Uri): Promise<PreviewAssets> {
    const read = async (name: string) => {
        const uri = vscode.Uri.joinPath(distMedia, name);
        try {
            return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        } catch {
            throw new Error(`The preview bundle ${uri.toString()} is missing: rebuild the extension.`);
        }
    };
    const [mermaidJs, previewJs, previewCss] = await Promise.all([read('mermaid.min.js'), read('preview.js'), read('preview.css')]);
    return { mermaidJs, previewJs, previewCss };
}
