/**
 * Every prefix-cut and line-dropped version of the example maps (what a user
 * has on screen while typing) still gives a render model, and every view of it
 * is Mermaid that parses: the preview never goes blank because of a half line.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../language-server/core/export/markdown-export.js';
import { blueprint, emotionCurve, journeyDiagram } from '../../../../language-server/core/mermaid/index.js';
import { detailsTable } from '../../../../language-server/core/model/details-table.js';
import { mermaidBlocks } from '../../../support/markdown-mermaid.js';
import { parseMermaid } from '../../../support/mermaid-node.js';
import { fixtureText, modelFromFiles } from './model-from-text.js';

const people = fixtureText('language-md/people.journey');
const map = fixtureText('render/two-personas.journey');

/** The text cut after every 151th character, and with every fifth line left out in turn. */
function brokenVersions(text: string): Array<[string, string]> {
    const cuts = Array.from({ length: Math.floor(text.length / 151) }, (_, i): [string, string] => [`cut at ${(i + 1) * 151}`, text.slice(0, (i + 1) * 151)]);
    const lines = text.split('\n');
    const dropped = lines
        .map((_, i): [string, string] => [`without line ${i + 1}`, [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n')])
        .filter((_, i) => i % 5 === 2);
    return [...cuts, ...dropped];
}

describe('render model and views of broken documents', () => {
    it.each(brokenVersions(map))('%s', async (_, text) => {
        const model = await modelFromFiles({ 'people.journey': people, 'map.journey': text });
        for (const journey of model.journeys) {
            const views = [journeyDiagram(model, journey.id), emotionCurve(model, journey.id), emotionCurve(model, journey.id, { before: model }), blueprint(model, journey.id)];
            for (const view of views) {
                await expect(parseMermaid(view), view).resolves.toBeTruthy();
            }
            expect(detailsTable(model, journey.id).rows).toHaveLength(8);
        }
        const markdown = renderMarkdown(model);
        expect(markdown).toContain('## Open problems');
        for (const block of mermaidBlocks(markdown)) await parseMermaid(block);
    });
});
