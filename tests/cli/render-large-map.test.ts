/**
 * `journey render` of a map of 120 touchpoints as SVG: its blueprint is
 * beyond Mermaid's default size limits, which the CLI's renderer raises
 * (the same values as the preview's, language-server/core/mermaid/mermaid-config.ts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeMapText } from '../support/large-map.js';
import { journey } from './run-journey.js';


describe('journey render of a large map', () => {
    it('svg: the blueprint of 120 touchpoints draws instead of Mermaid\'s "maximum exceeded" notice', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'journey-large-'));
        const file = join(folder, 'large.journey');
        writeFileSync(file, largeMapText(12, 10));
        // Into a file: the SVG is several megabytes.
        const run = await journey(['render', file, '-f', 'svg', '--view', 'blueprint', '--browser', '/usr/bin/chromium', '-o', join(folder, 'large.svg')]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const svg = readFileSync(join(folder, 'large.svg'), 'utf8');
        expect(svg).not.toMatch(/Maximum (text size|edges)|exceeded/i);
        // The drawn text, without markup and white space: cells wrap long labels over lines.
        const drawn = svg.replace(/<[^>]*>/g, '').replace(/\s+/g, '');
        for (const label of ['Touchpoint 0.0 of the large map', 'Touchpoint 11.9 of the large map', 'Stage 11']) expect(drawn).toContain(label.replace(/\s+/g, ''));
    }, 180_000);
});
