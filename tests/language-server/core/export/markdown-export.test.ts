import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../language-server/core/export/markdown-export.js';
import { mermaidBlocks } from '../../../support/markdown-mermaid.js';
import { parseMermaid } from '../../../support/mermaid-node.js';
import { checkoutModel, fixtureText, modelFromFiles, twoPersonasModel } from '../../language/render/model-from-text.js';


/** The rows of the Markdown table under a heading, split into cells (escaped pipes stay inside their cell). */
function tableRows(markdown: string): string[][] {
    return markdown
        .split('\n')
        .filter(line => line.startsWith('|'))
        .map(line => line.slice(2, -2).split(/(?<!\\) \| /));
}

describe('renderMarkdown', () => {
    it('writes title, description, goals, personas, a Mermaid block per view, the details table and the open problems', async () => {
        const markdown = renderMarkdown(await twoPersonasModel());
        expect(markdown.startsWith('# Onboarding\n\nFrom sign-up to first order\n')).toBe(true);
        expect(markdown).toContain('**Goals**\n\n- Halve drop-off before the first order');
        expect(markdown).toContain('## Personas\n\n- **Maya** (`maya`)\n- **Sam, returning customer** (`sam`)');
        const headings = markdown.split('\n').filter(line => line.startsWith('#'));
        expect(headings).toEqual(['# Onboarding', '## Personas', '## Journey', '## Emotion curve', '## Blueprint', '## Details', '## Open problems']);
        const blocks = mermaidBlocks(markdown);
        // A journey diagram per persona (no touchpoint drawn twice), the curve, the blueprint.
        expect((await Promise.all(blocks.map(parseMermaid))).map(result => result.diagramType)).toEqual(['journey', 'journey', 'xychart', 'block']);
        expect(markdown).toContain('**Maya**\n\n```mermaid');
        // The curve's colour key, in words: Mermaid before 11.17 draws no legend.
        expect(markdown).toContain('| Line | Colour | Style | No score at (line bridged) |');
        expect(markdown).toContain('| Maya | blue | solid | — |');
        expect(markdown).toContain('| Sam, returning customer | orange | solid | Discover · Landing page, Sign up · Sign-up form |');
        const rows = tableRows(markdown.slice(markdown.indexOf('## Details')));
        expect(rows[0]).toEqual(['', 'Discover', 'Sign up ⚠', 'Later ⚠', 'First order']);
        expect(rows.every(row => row.length === 5)).toBe(true);
        expect(rows.find(row => row[0] === '**Owners**')).toEqual(['**Owners**', 'Marketing', '*Sign-up form:* Sales<br>⚠ no owner', '⚠ no owner', 'Sales<br>Support']);
        expect(markdown).toContain("- **warning** `stage-without-owner` two-personas.journey:31:9: Stage 'signup' has no owner.");
        expect(markdown).toContain('- **error** `emotion-out-of-range` two-personas.journey:35:');
    });

    it('marks personas without emotions', async () => {
        const text = fixtureText('render/two-personas.journey').replace('emotion sam 2 "Already subscribed elsewhere"', '').replace('emotion sam 9', '').replace('emotion sam 5', '');
        const markdown = renderMarkdown(await modelFromFiles({ 'm.journey': text }));
        expect(markdown).toContain('- **Sam, returning customer** (`sam`) ⚠ *no emotion recorded in this journey*');
        expect(markdown).toContain('- **Maya** (`maya`)\n');
    });

    it('renders the chosen journey, persona and views only', async () => {
        const markdown = renderMarkdown(await twoPersonasModel(), { journeyId: 'onboarding', persona: 'sam', views: ['emotions', 'details'] });
        const headings = markdown.split('\n').filter(line => line.startsWith('#'));
        expect(headings).toEqual(['# Onboarding', '## Personas', '## Emotion curve', '## Details', '## Open problems']);
        const [curve] = mermaidBlocks(markdown);
        expect(curve).toContain('line "Sam, returning customer" [2, 5]');
        expect(curve).not.toContain('line "Maya"');
    });

    it('writes one section per journey, and the declarations of a library file', async () => {
        const two = 'persona p\njourney a "A" {\n  stage s {\n    owner t\n  }\n}\njourney b "B" {\n}\nteam t\n';
        const markdown = renderMarkdown(await modelFromFiles({ 'two.journey': two }), { views: ['journey'] });
        expect(markdown.split('\n').filter(line => /^#{1,2} /.test(line))).toEqual(['# two.journey', '## A', '## B', '## Open problems']);
        const library = renderMarkdown(await modelFromFiles({ 'people.journey': fixtureText('language-md/people.journey') }));
        expect(library).toContain('## Personas\n\n- **Maya, first-time buyer** (`maya`): Freelance designer, 29, shops on her phone');
        expect(library).toContain('## Teams\n\n- **Marketing** (`marketing`)');
        expect(library).toContain('## Open problems\n\nNone.');
    });

    it('keeps user text from starting a heading or a list', async () => {
        const model = await modelFromFiles({
            'm.journey': 'journey j "# Big" {\n  description "1. not a list"\n  goal "- not an item"\n  goal "2) nor this"\n  stage s {\n  }\n}\n'
        });
        const markdown = renderMarkdown(model, { views: [] });
        expect(markdown.startsWith('# \\# Big\n\n1\\. not a list\n')).toBe(true);
        expect(markdown).toContain('- \\- not an item\n- 2\\) nor this');
    });

    it('has no open problems for the contract example', async () => {
        const markdown = renderMarkdown(await checkoutModel());
        expect(markdown.endsWith('## Open problems\n\nNone.\n')).toBe(true);
        expect(mermaidBlocks(markdown)).toHaveLength(3);
    });
});
