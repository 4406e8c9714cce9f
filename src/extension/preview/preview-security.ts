/**
 * VS Code's side of the preview's security: the webview's options and the
 * folders it may load from (`dist/media`: bundles and the built style sheet;
 * `media`: icons). The Content-Security-Policies and the page itself live in
 * language-server/core/export/preview-page.ts, shared with the HTML export.
 */
import type * as vscode from 'vscode';
import { createNonce, previewContentSecurityPolicy, previewPageHtml } from '../../../language-server/core/export/preview-page.js';

function child(uri: vscode.Uri, ...segments: string[]): vscode.Uri {
    return uri.with({ path: [uri.path.replace(/\/$/, ''), ...segments].join('/') });
}

/** The folders the webview may load from: the bundles and the styles. */
export function previewResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
    return [child(extensionUri, 'dist', 'media'), child(extensionUri, 'media')];
}

export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: previewResourceRoots(extensionUri)
    };
}

/** The webview's page: the extension's own bundles, a fresh nonce each time it is built. */
export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, defaultView?: string): string {
    const nonce = createNonce();
    const asset = (...segments: string[]) => webview.asWebviewUri(child(extensionUri, 'dist', 'media', ...segments)).toString();
    return previewPageHtml({
        csp: previewContentSecurityPolicy(webview.cspSource, nonce),
        nonce,
        title: 'Journey preview',
        stylesheets: [asset('preview.css')],
        scripts: [{ src: asset('mermaid.min.js') }, { src: asset('preview.js') }],
        defaultView
    });
}
