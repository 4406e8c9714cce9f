/**
 * Every security setting of the preview, in one place: the webview's options,
 * the Content-Security-Policies (webview and exported HTML file) and the page
 * that loads the preview's scripts.
 *
 * - Scripts: only `mermaid.min.js` and the preview bundle, each allowed by a
 *   fresh nonce; no other script, no inline event handler, no `eval` (neither
 *   bundle needs one). The model reaches the exported page as inert JSON.
 * - Styles: `'unsafe-inline'` is required because Mermaid writes a `<style>`
 *   element into every SVG it draws and sets `style` attributes on shapes,
 *   which a nonce cannot cover. CSS cannot run script, and user text reaches
 *   neither (Mermaid escapes it, the app only uses `textContent`).
 * - Images: only the extension's files and `data:` (the PNG export draws the
 *   SVG through a data: URL).
 * - Files: `localResourceRoots` is `dist/media` (bundles, the built style sheet)
 *   and `media` (icons).
 *
 * Pure functions (only types from `vscode`), so tests and the CLI can use them.
 */
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

export function createNonce(): string {
    return randomBytes(18).toString('base64');
}

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

export function previewContentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        `default-src 'none'`,
        `img-src ${cspSource} data:`,
        `style-src ${cspSource} 'unsafe-inline'`,
        `script-src 'nonce-${nonce}'`,
        `font-src ${cspSource}`
    ].join('; ');
}

/** The exported HTML file: everything is inline, so nothing may load from anywhere. */
export function standaloneContentSecurityPolicy(nonce: string): string {
    return [
        `default-src 'none'`,
        `img-src data: blob:`,
        `style-src 'unsafe-inline'`,
        `script-src 'nonce-${nonce}'`,
        `base-uri 'none'`,
        `form-action 'none'`
    ].join('; ');
}

/** JSON that is safe inside `<script type="application/json">`: no `<` can close the element. */
export function jsonForScriptElement(value: unknown): string {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}

/** Script source that is safe inside an inline `<script>` element. */
export function inlineScriptSource(code: string): string {
    return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function escapeAttribute(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type PageScript = { src: string } | { code: string };

export interface PreviewPageOptions {
    csp: string;
    nonce: string;
    title: string;
    /** Linked style sheets (webview) or inline CSS (exported file). */
    stylesheets?: string[];
    inlineCss?: string;
    scripts: PageScript[];
    /** The model, embedded for the standalone preview. */
    embeddedModel?: unknown;
    /** Theme class of the exported file's body (`vscode-light`…); the webview's body class comes from VS Code. */
    bodyClass?: string;
    /** The view a preview without saved state opens with. */
    defaultView?: string;
}

/** The preview's page: the same markup in the webview and in the exported HTML file. */
export function previewPageHtml(options: PreviewPageOptions): string {
    const nonce = escapeAttribute(options.nonce);
    const styles = [
        ...(options.stylesheets ?? []).map(href => `<link rel="stylesheet" href="${escapeAttribute(href)}">`),
        ...(options.inlineCss ? [`<style>${options.inlineCss.replace(/<\/(style)/gi, '<\\/$1')}</style>`] : [])
    ];
    const model = options.embeddedModel === undefined ? []
        : [`<script type="application/json" id="journey-model">${jsonForScriptElement(options.embeddedModel)}</script>`];
    const scripts = options.scripts.map(script => 'src' in script
        ? `<script nonce="${nonce}" src="${escapeAttribute(script.src)}"></script>`
        : `<script nonce="${nonce}">${inlineScriptSource(script.code)}</script>`);
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="UTF-8">',
        `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(options.csp)}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        `<title>${escapeAttribute(options.title)}</title>`,
        ...styles,
        '</head>',
        `<body${options.bodyClass ? ` class="${escapeAttribute(options.bodyClass)}"` : ''}>`,
        `<div id="journey-preview"${options.defaultView ? ` data-default-view="${escapeAttribute(options.defaultView)}"` : ''}></div>`,
        ...model,
        ...scripts,
        '</body>',
        '</html>',
        ''
    ].join('\n');
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
