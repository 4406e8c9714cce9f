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
 *
 * Pure functions: the webview (src/extension/preview/preview-security.ts adds
 * VS Code's webview options), the HTML export and the CLI build their pages here.
 */
import { journeyTitle } from '../model/model-lookup.js';
import type { RenderModel } from '../model/render-model.js';

/** A fresh nonce per page; Web Crypto exists in Node 20, browsers and web workers alike. */
export function createNonce(): string {
    const bytes = new Uint8Array(18);
    globalThis.crypto.getRandomValues(bytes);
    return btoa(String.fromCharCode(...bytes));
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

/** What an exported page offers the script of a browser driving it, as `window.journeyPreview` (the CLI's SVG of the Map view). */
export interface PreviewPageApi {
    /** The view shown as SVG text or a PNG data URL, as the toolbar's buttons export it. */
    exportImage(format: 'svg' | 'png'): Promise<string>;
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
    /**
     * Print pages of this size in CSS px (`1123x794`: A4 landscape at 96 dpi, `1920x1080`): the
     * preview draws the view as `section.print-page` elements of exactly that size and sets
     * `document.body.dataset.printReady = "true"` when they are done (the PDF and PNG exports).
     */
    printLayout?: { width: number; height: number };
}

function printLayoutAttribute(size: PreviewPageOptions['printLayout']): string {
    if (!size) return '';
    const valid = (value: number) => Number.isInteger(value) && value >= 100 && value <= 20000;
    if (!valid(size.width) || !valid(size.height)) throw new Error(`A print layout is whole CSS pixels from 100 to 20000, not ${size.width}x${size.height}.`);
    return ` data-print-layout="${size.width}x${size.height}"`;
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
        `<div id="journey-preview"${options.defaultView ? ` data-default-view="${escapeAttribute(options.defaultView)}"` : ''}${printLayoutAttribute(options.printLayout)}></div>`,
        ...model,
        ...scripts,
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

// The self-contained HTML export: the preview itself (same bundle, same Mermaid, every view
// switchable) with scripts and styles inlined and the model embedded as JSON. It opens offline.
export interface PreviewAssets {
    /** `dist/media/mermaid.min.js` */
    mermaidJs: string;
    /** `dist/media/preview.js` */
    previewJs: string;
    /** `dist/media/preview.css` */
    previewCss: string;
}

export interface StandaloneHtmlOptions {
    assets: PreviewAssets;
    /** The page title; defaults to the first journey's title (its label and state). */
    title?: string;
    /** Colours: the light print theme by default (white, dark text); `system` follows the reader's light/dark preference. */
    theme?: 'light' | 'dark' | 'system';
    /** The view the page opens with (default: the registry's default, the Map view). */
    defaultView?: string;
    /** Draw print pages of this size instead of the interactive preview (see `PreviewPageOptions.printLayout`). */
    printLayout?: { width: number; height: number };
}

export function renderStandaloneHtml(model: RenderModel, options: StandaloneHtmlOptions): string {
    const nonce = createNonce();
    const first = model.journeys[0];
    const title = options.title ?? (first ? journeyTitle(first) : 'Journey map');
    return previewPageHtml({
        csp: standaloneContentSecurityPolicy(nonce),
        nonce,
        title,
        inlineCss: options.assets.previewCss,
        scripts: [{ code: options.assets.mermaidJs }, { code: options.assets.previewJs }],
        embeddedModel: model,
        bodyClass: options.theme === 'system' ? 'journey-standalone' : `vscode-${options.theme ?? 'light'} journey-standalone`,
        defaultView: options.defaultView,
        printLayout: options.printLayout
    });
}
