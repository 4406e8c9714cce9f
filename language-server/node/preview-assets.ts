/**
 * Reads the preview's bundles from a built `dist/media` folder (next to
 * `dist/cli.js`), for the HTML export of `journey render`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PreviewAssets } from '../core/export/preview-page.js';

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
