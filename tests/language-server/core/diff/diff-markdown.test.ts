import { beforeAll, describe, expect, it } from 'vitest';
import { renderDiffMarkdown } from '../../../../language-server/core/diff/diff-markdown.js';
import { diffWorkspaces } from '../../../../language-server/core/diff/diff-workspaces.js';
import { escapeMarkdownCell } from '../../../../language-server/core/diff/markdown-text.js';
import type { WorkspaceModel } from '../../../../language-server/core/diff/workspace-model.js';
import { fixtureModel } from './diff-fixtures.js';

let base: WorkspaceModel;
let changed: WorkspaceModel;
let markdown: string;
beforeAll(async () => {
    base = await fixtureModel('base');
    changed = await fixtureModel('changed');
    markdown = renderDiffMarkdown(diffWorkspaces(base, changed), base, changed);
});

/** The rows of the table under a `### title` heading, as arrays of cells. */
function tableUnder(title: string): string[][] {
    const section = markdown.split(`### ${title}\n`)[1]?.split('\n### ')[0] ?? '';
    return section
        .split('\n')
        .filter(line => line.startsWith('| ') && !line.startsWith('|---'))
        .slice(1)
        .map(line => line.slice(2, -2).split(/ (?<!\\)\| /));
}

describe('review comment', () => {
    it('opens with a one-line summary a product manager can read', () => {
        const summary = markdown.split('\n').find(line => line.startsWith('**'));
        expect(summary).toContain('4 stages changed (1 added, 1 removed)');
        expect(summary).toContain("Maya's average emotion at Checkout &amp; payment 1.0 → 3.5 ↑ better");
        expect(summary).toContain("Maya's average emotion at Awareness 3.5 → 3.0 ↓ worse");
        expect(summary).toContain('1 problem introduced, 1 problem fixed');
    });

    it('shows emotion deltas per touchpoint with arrows and labels', () => {
        expect(tableUnder('How customers feel')).toContainEqual([
            'Maya, first-time shopper',
            'First online purchase › Checkout &amp; payment › One-page checkout',
            '1.0',
            '3.0',
            '↑ better'
        ]);
    });

    it('lists the scores of journeys added or removed as a whole, so every curve point is also in a table', () => {
        const rows = markdown.split('Emotion per touchpoint:')[1].split('\n\n')[1].split('\n');
        expect(rows).toContain('| Maya, first-time shopper | Returning an item › Request a return › Returns form | — | 2.0 | new |');
        expect(rows).toContain('| Omar, returning customer | Newsletter sign-up › Sign-up › Sign-up form | 4.0 | — | gone |');
    });

    it('has a table per kind of change', () => {
        expect(tableUnder('Added')).toContainEqual(['Stage **Delivery**', 'First online purchase', 'new stage']);
        expect(tableUnder('Removed')).toContainEqual(['Journey **Newsletter sign-up**', '', 'journey deleted']);
        expect(tableUnder('Renamed')).toContainEqual(['Touchpoint', 'First online purchase › Checkout &amp; payment', '“Checkout”', '“One-page checkout”']);
        expect(tableUnder('Moved')).toContainEqual(['Touchpoint **Order follow-up**', 'First online purchase › Checkout &amp; payment', 'Retention', 'Checkout &amp; payment']);
        expect(tableUnder('Changed')).toContainEqual([
            'Touchpoint **One-page checkout**',
            'First online purchase › Checkout &amp; payment',
            'Metric “Cart abandonment”',
            '68% (target 45%)',
            '52% (target 45%)'
        ]);
        expect(tableUnder('Problems introduced')).toEqual([
            ['warning', 'checkout.journey:47', "Stage 'delivery' has no owner.", '`stage-without-owner`']
        ]);
    });

    it('escapes user text so it can break neither a table nor turn into markup', () => {
        expect(markdown).toContain('Lena \\| power user');
        expect(markdown).toContain('Sales &amp; &lt;Partnerships&gt;');
        expect(markdown).toContain('Taps the \\*price\\* link');
        expect(markdown).not.toContain('<Partnerships>');
        // Every row of every table has as many cells as its header: no label broke a table.
        for (const table of markdown.split('\n\n').filter(block => block.startsWith('| '))) {
            const cellCounts = table.trim().split('\n').map(line => line.split(/(?<!\\)\|/).length);
            expect(new Set(cellCounts).size, table).toBe(1);
        }
    });

    it('says so when nothing changed in meaning', async () => {
        const reordered = await fixtureModel('reordered');
        expect(renderDiffMarkdown(diffWorkspaces(base, reordered), base, reordered)).toBe('## Journey map changes\n\n**No change in meaning**\n');
    });
});

describe('escapeMarkdownCell', () => {
    it('keeps the cell on one line and neutralises table, emphasis, code and HTML characters', () => {
        expect(escapeMarkdownCell('a|b\n*c* `d` <script>&')).toBe('a\\|b \\*c\\* \\`d\\` &lt;script&gt;&amp;');
    });

    it('turns a lone carriage return into a space: it would end the table row and start a heading', () => {
        expect(escapeMarkdownCell('Checkout\r## Pwned\r\n| x |\u2028y')).toBe('Checkout ## Pwned \\| x \\| y');
    });

    it('stops @mentions, e-mail addresses and bare URLs from linking or notifying with a zero-width space', () => {
        expect(escapeMarkdownCell('ask @octocat or ops@example.com, see https://evil.example and WWW.evil.example'))
            .toBe('ask @\u200Boctocat or ops@\u200Bexample.com, see https:\u200B//evil.example and WWW\u200B.evil.example');
    });
});
