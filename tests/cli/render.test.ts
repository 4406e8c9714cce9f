import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMermaid } from '../support/mermaid-node.js';
import { launchChromium } from '../support/chromium.js';
import { journey, journeyProcess, REPO, shareChromium } from './run-journey.js';

shareChromium();

const CONTRACT = join(REPO, 'tests/fixtures/language-md');
const DIFF = join(REPO, 'tests/fixtures/diff');
const CHECKOUT = join(CONTRACT, 'checkout.journey');
const CHROMIUM = '/usr/bin/chromium';
const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'journey-render-')), name);

function mermaidBlocks(markdown: string): string[] {
    return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map(match => match[1]);
}

describe('journey render: text formats', () => {
    // The file's first run loads the CLI bundle and Mermaid's parser: slow on a loaded machine, never wrong.
    it('mermaid: one diagram Mermaid parses, with the shared library resolved (persona label, not id)', { timeout: 120_000 }, async () => {
        const run = await journey(['render', CHECKOUT, '--format', 'mermaid']);
        expect(run).toMatchObject({ status: 0, stderr: '' });
        expect(run.stdout).toMatch(/^---\nconfig:\n[\s\S]*?\n---\njourney\n/);
        expect(run.stdout).toContain('Maya#44; first-time buyer');
        await expect(parseMermaid(run.stdout)).resolves.toMatchObject({ diagramType: 'journey' });
        for (const view of ['emotions', 'blueprint']) {
            const other = await journey(['render', CHECKOUT, '-f', 'mermaid', '--view', view]);
            expect(other.status).toBe(0);
            await parseMermaid(other.stdout);
        }
    });

    it('markdown (the default): title, personas, a Mermaid block per diagram view that parses, details, problems', async () => {
        const run = await journey(['render', CHECKOUT]);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^# First online purchase\n/);
        expect(run.stdout).toContain('**Maya, first-time buyer** (`maya`)');
        const blocks = mermaidBlocks(run.stdout);
        expect(blocks).toHaveLength(3);
        const types = [];
        for (const block of blocks) types.push((await parseMermaid(block)).diagramType);
        expect(types).toEqual(['journey', 'xychart', 'block']);
        expect(run.stdout).toContain('## Details');
        expect(run.stdout).toContain('## Open problems');
    });

    it('markdown with --view and --persona keeps only that view', async () => {
        const run = await journey(['render', CHECKOUT, '--view', 'emotions', '--persona', 'maya']);
        expect(run.status).toBe(0);
        expect(mermaidBlocks(run.stdout)).toHaveLength(1);
        expect(run.stdout).not.toContain('## Details');
    });

    it('json: the render model', async () => {
        const run = await journey(['render', CHECKOUT, '--format', 'json']);
        const model = JSON.parse(run.stdout);
        expect(model).toMatchObject({ version: 2, journeys: [{ id: 'first_purchase', stages: [{ id: 'awareness' }, { id: 'purchase' }, { id: 'retention' }] }] });
        expect(model.personas.map((p: { label: string }) => p.label)).toEqual(['Maya, first-time buyer']);
    });

    it('html: the self-contained preview page with the model embedded, written with -o', async () => {
        const file = out('map.html');
        const run = await journey(['render', CHECKOUT, '--format', 'html', '-o', file]);
        expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
        const html = readFileSync(file, 'utf8');
        expect(html).toContain('http-equiv="Content-Security-Policy"');
        expect(html).toContain('<script type="application/json" id="journey-model">');
        expect(html).not.toMatch(/<script[^>]+src="http/);
    });

    it.each([
        [['render', join(DIFF, 'changed')], 'journey: journey render takes one .journey file, not a folder'],
        [['render', join(DIFF, 'changed/checkout.journey'), '--journey', 'nope'], "journey: no journey 'nope' in the file (journeys: first_purchase)"],
        [['render', join(DIFF, 'changed/checkout.journey'), '--persona', 'nobody'], "journey: no persona 'nobody'"],
        [['render', CHECKOUT, '-f', 'mermaid', '--view', 'all'], 'journey: Mermaid text holds one diagram'],
        [['render', CHECKOUT, '-f', 'svg', '--view', 'details'], 'journey: the details view is a table'],
        [['render', CHECKOUT, '-f', 'pdf', '--view', 'journey'], 'journey: a PDF prints the map view, not journey'],
        [['render', CHECKOUT, '-f', 'png', '--size', 'a5'], "journey: unknown size 'a5' (use a4, letter, slide or WIDTHxHEIGHT"],
        [['render', CHECKOUT, '-f', 'png', '--size', '50x50'], 'journey: a page side is 100 to 20000 pixels, not 50x50'],
        [['render', CHECKOUT, '-f', 'png', '--scale', 'big'], "journey: --scale is a number from 0.5 to 4, not 'big'"],
        [['render', CHECKOUT, '-f', 'svg', '--size', 'a4'], 'journey: --size and --scale apply to the map view in --format png or pdf'],
        [['render', join(CONTRACT, 'people.journey'), '-f', 'mermaid'], 'journey: the file has no journey to draw']
    ])('exits 2 with one line: %j', async (args, message) => {
        const run = await journey(args);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain(message);
    });
});

// One Chromium for the file's in-process renders (shareChromium); a loaded machine is slow: generous limits.
describe('journey render: svg and png in Chromium', { timeout: 90_000 }, () => {
    it('svg --view journey: the journey diagram with the stage labels', async () => {
        const run = await journey(['render', CHECKOUT, '--format', 'svg', '--view', 'journey', '--browser', CHROMIUM]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        for (const stage of ['Awareness', 'Purchase', 'Retention']) expect(run.stdout).toContain(stage);
        expect(run.stdout).not.toContain('<script');
    });

    it('svg --view all: the three diagrams stacked in one SVG, found on PATH without --browser', async () => {
        const file = out('all.svg');
        const run = await journey(['render', CHECKOUT, '-f', 'svg', '--view', 'all', '-o', file]);
        expect(run).toMatchObject({ status: 0, stderr: '' });
        const svg = readFileSync(file, 'utf8');
        expect(svg.match(/aria-roledescription="([\w-]+)"/g)).toEqual(['aria-roledescription="journey"', 'aria-roledescription="xychart"', 'aria-roledescription="block"']);
        expect(svg).toContain('Order follow-up');
    });

    it('html --view journey: the exported file opens in Chromium offline and draws the journey', async () => {
        const file = out('map.html');
        expect((await journey(['render', CHECKOUT, '-f', 'html', '--view', 'journey', '-o', file])).status).toBe(0);
        const browser = await launchChromium();
        try {
            const page = await browser.newPage();
            const errors: string[] = [];
            page.on('pageerror', error => errors.push(error.message));
            await page.route(url => !url.toString().startsWith('file:'), route => route.abort());
            await page.goto(pathToFileURL(file).toString());
            await page.locator('#journey-preview .diagram svg').first().waitFor({ timeout: 30_000 });
            expect(await page.locator('button[data-view="journey"]').getAttribute('aria-pressed')).toBe('true');
            expect(await page.locator('#journey-preview').textContent()).toContain('Sponsored post');
            expect(errors).toEqual([]);
        } finally {
            await browser.close();
        }
    });

    // A true process: it launches its own Chromium, draws, closes the browser and exits.
    it('png: a PNG file of real size, from the journey process', () => {
        const file = out('map.png');
        const run = journeyProcess(['render', CHECKOUT, '-f', 'png', '--view', 'blueprint', '-o', file, '--browser', CHROMIUM]);
        expect(run).toMatchObject({ status: 0, stderr: '' });
        const png = readFileSync(file);
        expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(png.length).toBeGreaterThan(20_000);
        // Width and height from the IHDR chunk: a drawing, not an empty page.
        expect(png.readUInt32BE(16)).toBeGreaterThan(400);
        expect(png.readUInt32BE(20)).toBeGreaterThan(300);
    });

    it('a --browser that is no browser: one line and exit 2, and the next render still draws', async () => {
        for (const format of ['svg', 'pdf']) {
            const run = await journey(['render', CHECKOUT, '-f', format, '--browser', '/bin/true', '-o', out(`x.${format}`)]);
            expect(run, format).toMatchObject({ status: 2, stdout: '' });
            expect(run.stderr, format).toMatch(/^journey: cannot start the browser \/bin\/true: .+\n$/);
        }
        // A failed start leaves the shared session working.
        const svg = await journey(['render', CHECKOUT, '-f', 'svg', '--view', 'journey', '--browser', CHROMIUM]);
        expect(svg).toMatchObject({ status: 0, stderr: '' });
    });

    it('without a browser: one line and exit 2, nothing downloaded', async () => {
        const missing = await journey(['render', CHECKOUT, '-f', 'svg', '--browser', '/no/such/chromium']);
        expect(missing).toMatchObject({ status: 2, stdout: '' });
        expect(missing.stderr).toBe('journey: no browser at /no/such/chromium (--browser needs the path of a Chromium or Chrome executable)\n');
        const noPath = spawnSync(process.execPath, [join(REPO, 'bin/journey.js'), 'render', CHECKOUT, '-f', 'png', '-o', out('x.png')], {
            encoding: 'utf8',
            env: { ...process.env, PATH: '/nonexistent' }
        });
        expect(noPath.status).toBe(2);
        expect(noPath.stderr).toMatch(/^journey: SVG, PNG and PDF need Chromium or Chrome, and none was found on PATH .*--browser PATH\n$/);
    });
});
