/**
 * The self-contained HTML export: the preview itself (same bundle, same
 * Mermaid, every view switchable) with its scripts and styles inlined and the
 * render model embedded as JSON, under a strict CSP. It opens offline in any
 * browser. Used by the VS Code export command and `journey render --format html`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderModel } from '../../language-server/render/render-model.js';
import { createNonce, previewPageHtml, standaloneContentSecurityPolicy } from '../preview/preview-security.js';

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
    /** The page title; defaults to the first journey's label. */
    title?: string;
    /** Fixed colours; by default the page follows the reader's light/dark preference. */
    theme?: 'light' | 'dark';
}

/** Reads the bundles from a built `dist/media` folder (next to `dist/extension.js` and `dist/cli.js`). */
export function readPreviewAssets(distMediaDir: string): PreviewAssets {
    const read = (name: string) => {
        try {
            return readFileSync(join(distMediaDir, name), 'utf8');
        } catch {
            throw new Error(`The preview bundle ${join(distMediaDir, name)} is missing: run \`node scripts/build.mjs\` first.`);
        }
    };
    return { mermaidJs: read('mermaid.min.js'), previewJs: read('preview.js'), previewCss: read('preview.css') };
}

export function renderStandaloneHtml(model: RenderModel, options: StandaloneHtmlOptions): string {
    const nonce = createNonce();
    const title = options.title ?? model.journeys[0]?.label ?? 'Journey map';
    return previewPageHtml({
        csp: standaloneContentSecurityPolicy(nonce),
        nonce,
        title,
        inlineCss: options.assets.previewCss,
        scripts: [{ code: options.assets.mermaidJs }, { code: options.assets.previewJs }],
        embeddedModel: model,
        bodyClass: options.theme ? `vscode-${options.theme} journey-standalone` : 'journey-standalone'
    });
}
