/**
 * The CLI's Journey image carries the persona palette (#18): Mermaid colours
 * the actor dots from its own list; `journey render --format svg --view
 * journey` repaints them, so the drawn persona's legend dot and task dots have
 * its palette colour (the same as in the preview and Markdown).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { personaStyles } from '../../language-server/core/model/persona-palette.js';
import { eightPersonaSource } from '../support/persona-models.js';
import { journey, shareChromium } from './run-journey.js';

shareChromium();

describe('journey render --format svg --view journey', () => {
    // The image draws one persona (the first unless --persona): the first, the fifth and the eighth (black) of eight.
    it.each([[undefined, 'p1'], ['p5', 'p5'], ['p8', 'p8']])('--persona %s: the legend dot and every task dot have the persona\'s palette colour', { timeout: 120_000 }, async (option, persona) => {
        const folder = mkdtempSync(join(tmpdir(), 'journey-colours-'));
        const source = join(folder, 'eight.journey');
        writeFileSync(source, eightPersonaSource());
        const file = join(folder, 'journey.svg');
        const run = await journey(['render', source, '-f', 'svg', '--view', 'journey', '-o', file, '--browser', '/usr/bin/chromium', ...(option ? ['--persona', option] : [])]);
        expect(run).toMatchObject({ status: 0, stderr: '' });
        const svg = new JSDOM(readFileSync(file, 'utf8'), { contentType: 'image/svg+xml' }).window.document;
        const personas = [...eightPersonaSource().matchAll(/^persona (\w+) "([^"]+)"/gm)].map(([, id, label]) => ({ id, label }));
        const expected = personaStyles(personas.map(p => p.id)).get(persona)!.color;
        const legend = [...svg.querySelectorAll('text.legend')].map(text => text.textContent!.trim());
        expect(legend).toEqual([personas.find(p => p.id === persona)!.label]);
        const fillOf = (dot: Element) => /fill:\s*(#[0-9a-f]{6})/i.exec(dot.getAttribute('style') ?? '')?.[1].toUpperCase();
        const dots = [...svg.querySelectorAll('circle[class^="actor-"]')];
        expect(dots.length).toBe(1 + 6);
        for (const dot of dots) expect(fillOf(dot)).toBe(expected);
    });
});
