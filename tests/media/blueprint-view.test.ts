/**
 * The Blueprint view as a reader sees it in the preview (Chromium, the built
 * bundle): a grid of lanes × touchpoint columns under the stages, straight
 * rows and columns, a full-width line of visibility, left-aligned text that
 * fits its cell, each touchpoint's actions and each persona's emotion in its
 * column. Screenshots at 700 and 1,600 px go to tests/media/__output__.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { buildExampleModels } from './example-models.js';
import { openPreview, OUTPUT_DIR, usePreviewBrowser, type PreviewPage } from './preview-harness.js';

const models = new Map<string, RenderModel>();
const browser = usePreviewBrowser(() => buildExampleModels(models));

interface Cell {
    id: string;
    element?: string;
    text: string;
    left: number;
    top: number;
    right: number;
    bottom: number;
    /** The label's box. */
    textLeft: number;
    textTop: number;
    textRight: number;
    textBottom: number;
}

async function blueprintOf(model: RenderModel, journeyId: string, width: number): Promise<{ preview: PreviewPage; cells: Cell[] }> {
    const preview = await openPreview(browser(), { width, height: 900, state: { view: 'blueprint', zoom: 1, autoFit: false, scrollLeft: 0, scrollTop: 0 } });
    await preview.sendAndRender({ type: 'model', model, version: 1 });
    if (model.journeys.length > 1) await preview.afterRender(() => preview.page.selectOption('select.journey-select', journeyId));
    const cells = await preview.page.evaluate(() => [...document.querySelectorAll('.viewport svg g.node')].map(node => {
        const svg = node.closest('svg')!;
        const box = node.querySelector(':scope > rect')!.getBoundingClientRect();
        const label = node.querySelector('foreignObject div') ?? node.querySelector('foreignObject')!;
        // The text's own extent (a label's block may be wider than its longest line).
        const range = document.createRange();
        range.selectNodeContents(label);
        const text = range.getBoundingClientRect();
        return {
            id: node.id.slice(svg.id.length + 1),
            element: node.getAttribute('data-element') ?? undefined,
            text: (label as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
            left: box.left, top: box.top, right: box.right, bottom: box.bottom,
            textLeft: text.left, textTop: text.top, textRight: text.right, textBottom: text.bottom
        };
    }));
    return { preview, cells };
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;
const byId = (cells: Cell[], id: string) => cells.find(cell => cell.id === id)!;

describe('the Blueprint view in the preview', () => {
    it.each([700, 1600])('checkout at %i px: lanes as rows, touchpoints as columns under their stage, text left-aligned inside its cell', async width => {
        const { preview, cells } = await blueprintOf(models.get('checkout.journey')!, 'first_purchase', width);
        await preview.page.screenshot({ path: join(OUTPUT_DIR, `blueprint-checkout-${width}.png`), fullPage: true });
        const journey = models.get('checkout.journey')!.journeys[0];

        // Stage titles in one row; each touchpoint's column lies under its stage's header.
        const headers = journey.stages.map(stage => byId(cells, `stage_${stage.id}`));
        expect(headers.map(header => header.text.split(' Owner: ')[0])).toEqual(journey.stages.map(stage => stage.label));
        expect(headers.every(header => near(header.top, headers[0].top) && near(header.bottom, headers[0].bottom))).toBe(true);
        for (const [index, stage] of journey.stages.entries()) {
            const columns = stage.touchpoints.map(tp => byId(cells, `tp_${tp.id}`));
            expect(near(columns[0].left, headers[index].left) && near(columns.at(-1)!.right, headers[index].right), stage.id).toBe(true);
        }

        // Every row straight (one top and bottom), every column straight (one left and right).
        const rows = new Map<number, Cell[]>();
        for (const cell of cells) rows.set(Math.round(cell.top), [...(rows.get(Math.round(cell.top)) ?? []), cell]);
        for (const row of rows.values()) expect(row.every(cell => near(cell.bottom, row[0].bottom)), row.map(cell => cell.id).join()).toBe(true);
        for (const touchpoint of journey.stages.flatMap(stage => stage.touchpoints)) {
            const column = cells.filter(cell => cell.element === `touchpoint:first_purchase/${touchpoint.id}`);
            expect(column.length, touchpoint.id).toBeGreaterThanOrEqual(3);
            expect(column.every(cell => near(cell.left, column[0].left) && near(cell.right, column[0].right)), touchpoint.id).toBe(true);
        }

        // Lanes in blueprint order, the line of visibility between the customer's and the backstage lanes, full width.
        const lanes = cells.filter(cell => cell.id.startsWith('lane_')).sort((a, b) => a.top - b.top).map(cell => cell.text);
        expect(lanes).toEqual(['Stage', 'Touchpoint', 'Physical evidence', 'Customer actions', 'Emotion', 'Backstage', 'Support processes', 'Systems', 'Pain points', 'Opportunities']);
        const line = cells.find(cell => cell.id.startsWith('line_of_visibility'))!;
        expect(line.top).toBeGreaterThan(byId(cells, 'lane_emotions').bottom);
        expect(line.bottom).toBeLessThan(byId(cells, 'lane_backstage').top);
        expect(near(line.left, byId(cells, 'lane_stage').left) && near(line.right, Math.max(...cells.map(cell => cell.right)))).toBe(true);

        // Text at the cell's top left, never outside it; short rows are not as tall as the wordiest.
        for (const cell of cells) {
            expect(cell.textLeft - cell.left, cell.id).toBeGreaterThanOrEqual(4);
            expect(cell.textLeft - cell.left, cell.id).toBeLessThanOrEqual(14);
            expect(cell.textTop, cell.id).toBeGreaterThanOrEqual(cell.top);
            expect(cell.textRight, cell.id).toBeLessThanOrEqual(cell.right);
            expect(cell.textBottom, cell.id).toBeLessThanOrEqual(cell.bottom);
        }
        expect(line.bottom - line.top).toBeLessThan(byId(cells, 'pains_checkout_page').bottom - byId(cells, 'pains_checkout_page').top);

        // Each touchpoint's actions, each persona's emotion, failure points and moments of truth where the reader looks.
        expect(byId(cells, 'actions_checkout_page').text).toBe('Enters address and card details');
        expect(byId(cells, 'emotions_checkout_page').text).toBe('● Maya, first-time buyer 1 ■ Tom, loyal customer 2');
        expect(byId(cells, 'tp_checkout_page').text).toContain('★ moment of truth');
        expect(byId(cells, 'pains_checkout_page').text).toContain('⚠ Failure point: Account creation is mandatory');
        await preview.page.close();
    });

    it('switched to from the scrolled Map view in a 700 px panel, shows its lane names and the start of the line of visibility', async () => {
        const preview = await openPreview(browser(), { width: 700, height: 900 });
        await preview.sendAndRender({ type: 'model', model: models.get('checkout.journey')!, version: 1 });
        await preview.page.evaluate(() => { document.querySelector('.viewport')!.scrollLeft = 900; });
        await preview.afterRender(() => preview.page.click('button[data-view="blueprint"]'));
        const seen = await preview.page.evaluate(() => {
            const viewport = document.querySelector('.viewport')!.getBoundingClientRect();
            const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
            const lane = box('.viewport svg g.node[id$="lane_stage"] > rect, .viewport svg g.node[id*="-lane_stage"] > rect');
            const line = box('.viewport svg g.node[id*="line_of_visibility"] > rect');
            return { viewportLeft: viewport.left, viewportRight: viewport.right, laneLeft: lane.left, laneRight: lane.right, lineLeft: line.left };
        });
        expect(seen.laneLeft).toBeGreaterThanOrEqual(seen.viewportLeft - 1);
        expect(seen.laneRight).toBeLessThanOrEqual(seen.viewportRight);
        expect(seen.lineLeft).toBeGreaterThanOrEqual(seen.viewportLeft - 1);
        await preview.page.close();
    });

    it('insurance claim: frontstage above the line of visibility, backstage, support and systems below', async () => {
        const { preview, cells } = await blueprintOf(models.get('insurance-claim.journey')!, 'water_damage_claim', 1600);
        await preview.page.screenshot({ path: join(OUTPUT_DIR, 'blueprint-insurance-claim-1600.png'), fullPage: true });
        const line = cells.find(cell => cell.id.startsWith('line_of_visibility'))!;
        expect(byId(cells, 'lane_frontstage').bottom).toBeLessThan(line.top);
        for (const lane of ['backstage', 'support', 'systems']) expect(byId(cells, `lane_${lane}`).top, lane).toBeGreaterThan(line.bottom);
        await preview.page.close();
    });
});
