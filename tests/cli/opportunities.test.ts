import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { journey, REPO } from './run-journey.js';

const EXAMPLES = join(REPO, 'examples');

describe('journey opportunities', () => {
    it('prints the backlog of every map sorted by priority, high first, unprioritised last', async () => {
        const run = await journey(['opportunities', EXAMPLES, '--sort', 'priority', '--format', 'json']);
        expect(run.status).toBe(0);
        const items = JSON.parse(run.stdout) as Array<{ id: string; priority?: string; status?: string; owner?: string; file: string }>;
        expect(items.slice(0, 3).map(item => [item.id, item.priority, item.status, item.owner])).toEqual([
            ['guest_checkout', 'high', 'in-progress', 'E-commerce team'],
            ['adjuster_file', 'high', 'planned', 'Claims handling'],
            ['step_messages', 'high', 'idea', 'Claims handling']
        ]);
        expect(items.at(-1)?.priority).toBeUndefined();
        expect(items[0].file).toMatch(/examples\/checkout\.journey$/);
    });

    it('writes CSV that a spreadsheet reads back, quotes included', async () => {
        const run = await journey(['opportunities', EXAMPLES, '--format', 'csv']);
        const rows = parse(run.stdout) as string[][];
        expect(rows[0].slice(0, 4)).toEqual(['priority', 'status', 'id', 'opportunity']);
        expect(rows.find(row => row[2] === 'fit_checker')?.[3]).toBe('A "fits your laptop" checker by screen size');
    });

    it('writes a Markdown table whose cells cannot break the table', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'journey-opportunities-'));
        writeFileSync(join(folder, 'map.journey'), 'journey j {\n  stage s {\n    touchpoint t {\n      opportunity o "a | b" {\n        priority low\n      }\n    }\n  }\n}\n');
        const run = await journey(['opportunities', folder, '-f', 'markdown']);
        const row = run.stdout.split('\n')[2];
        expect(row.startsWith('| low |  | o | a \\| b |  |  |  | j | s | t |')).toBe(true);
        // 13 columns: the escaped pipe inside the text is no cell border.
        expect(row.split(/(?<!\\)\|/).length).toBe(15);
    });

    it('rejects an unknown format or order with a usage error', async () => {
        const run = await journey(['opportunities', EXAMPLES, '--sort', 'size']);
        expect([run.status, run.stderr.trim()]).toEqual([2, "journey: unknown order 'size' for --sort (use file, priority) (see 'journey opportunities --help')"]);
    });
});

describe('journey evidence', () => {
    it('prints the share of backed facts per journey', async () => {
        const run = await journey(['evidence', EXAMPLES, '--format', 'json']);
        const rows = JSON.parse(run.stdout) as Array<{ id: string; facts: number; backed: number; assumed: number }>;
        const checkout = rows.find(row => row.id === 'first_purchase')!;
        expect(checkout.backed).toBeGreaterThan(0);
        expect(checkout.backed + checkout.assumed).toBe(checkout.facts);
        expect((await journey(['evidence', EXAMPLES])).stdout).toMatch(/^first_purchase\s+\d+% backed {2}\(\d+ of \d+ facts; \d+ assumed\)$/m);
    });
});

describe('journey diff with the language of version 2', () => {
    it('diffs two single files with the declarations of the workspace beside each (no false unknown persona)', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'journey-diff-files-'));
        const map = (score: number) => `journey j {\n  personas maya\n  stage s {\n    owner ecommerce\n    touchpoint t {\n      emotion maya ${score}\n    }\n  }\n}\n`;
        writeFileSync(join(folder, 'people.journey'), 'persona maya "Maya, first-time buyer"\nteam ecommerce\n');
        writeFileSync(join(folder, 'old.journey'), map(1));
        writeFileSync(join(folder, 'new.journey'), map(4));
        const run = await journey(['diff', join(folder, 'old.journey'), join(folder, 'new.journey'), '--format', 'json']);
        const result = JSON.parse(run.stdout) as { diagnostics: { introduced: unknown[] }; changes: Array<{ element: string; before: unknown; after: unknown }> };
        expect(result.diagnostics.introduced).toEqual([]);
        expect(result.changes.filter(change => change.element === 'emotion').map(change => [change.before, change.after])).toEqual([[1, 4]]);
        expect((await journey(['diff', join(folder, 'old.journey'), join(folder, 'new.journey')])).stdout).toContain("Maya's average emotion at s 1.0 → 4.0 ↑ better");
    });

    it('--pair compares a future-state journey with the one it replaces', async () => {
        const run = await journey(['diff', '--pair', EXAMPLES]);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('## Target: Water damage claim (target) against Water damage claim (today)');
        expect(run.stdout).toContain("Hannah's average emotion at First notice of loss 3.0 → 4.0 ↑ better");
    });
});
