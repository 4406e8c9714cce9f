/**
 * The emotion curve as an SVG image for Markdown without Mermaid (Compare with
 * Previous Version in VS Code's Markdown preview): well-formed XML, one
 * polyline per persona and version through exactly its scored touchpoints,
 * integer ticks 1–5, a colour key naming each line, user text escaped.
 */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { emotionCurveSvg, svgDataUrl } from '../../../../language-server/core/export/emotion-curve-svg.js';
import { emotionCurveMarkdown } from '../../../../language-server/core/export/mermaid-markdown.js';
import { workspaceAsRenderModel, type WorkspaceModel } from '../../../../language-server/core/diff/workspace-model.js';
import { emotionCurveLayout } from '../../../../language-server/core/mermaid/emotion-curve.js';
import { personaStyles } from '../../../../language-server/core/model/persona-palette.js';
import type { RenderModel } from '../../../../language-server/core/model/render-model.js';
import { fixtureModel } from '../diff/diff-fixtures.js';
import { buildEightPersonaModel } from '../../../support/persona-models.js';

let before: RenderModel;
let after: RenderModel;
beforeAll(async () => {
    const asModel = (workspace: WorkspaceModel) => workspaceAsRenderModel(workspace);
    before = asModel(await fixtureModel('base'));
    after = asModel(await fixtureModel('changed'));
});

/** jsdom's XML parser throws on the first well-formedness error. */
function parseXml(svg: string): Document {
    return new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
}

describe('emotionCurveSvg', () => {
    it('is well-formed SVG with one polyline per persona and version, through its scored touchpoints only', () => {
        const layout = emotionCurveLayout(after, 'first_purchase', { before });
        const svg = parseXml(emotionCurveSvg(layout, 'Emotion curve: First online purchase')).documentElement;
        expect(svg.tagName).toBe('svg');
        const curves = [...svg.querySelectorAll('g.curve')];
        expect(curves.map(curve => [curve.getAttribute('data-persona'), curve.getAttribute('data-before')]))
            .toEqual(layout.lines.map(line => [line.persona, String(line.before)]));
        curves.forEach((curve, index) => {
            const line = layout.lines[index];
            expect(curve.querySelectorAll('polyline')).toHaveLength(1);
            const points = curve.querySelector('polyline')!.getAttribute('points')!.split(' ');
            expect(points).toHaveLength(line.scores.filter(score => score !== undefined).length);
            expect(curve.querySelectorAll('circle')).toHaveLength(points.length);
        });
        // Each persona's current line in its palette colour, the previous version faded and dashed.
        const styles = personaStyles(after.journeys.find(journey => journey.id === 'first_purchase')!.personas, after.personas.map(persona => persona.id));
        for (const curve of curves) {
            const polyline = curve.querySelector('polyline')!;
            expect(polyline.getAttribute('stroke')).toBe(styles.get(curve.getAttribute('data-persona')!)!.color);
            expect(polyline.getAttribute('stroke-opacity')).toBe(curve.getAttribute('data-before') === 'true' ? '0.35' : '1');
            expect(polyline.hasAttribute('stroke-dasharray')).toBe(curve.getAttribute('data-before') === 'true');
        }
        expect([...svg.querySelectorAll('text.tick-label')].map(label => label.textContent)).toEqual(['1 very negative', '2 negative', '3 neutral', '4 positive', '5 very positive']);
        // The colour key names every line; the numbered x labels are listed with their touchpoints.
        expect([...svg.querySelectorAll('g.key-entry text')].map(text => text.textContent)).toEqual(layout.lines.map(line => line.before ? `${line.title} (faded, dashed: the previous version)` : line.title));
        expect(svg.querySelectorAll('text.x-label')).toHaveLength(layout.categories.length);
        expect([...svg.querySelectorAll('text.touchpoint-key')].map(text => text.textContent)).toEqual(layout.categories.map((category, index) => `${index + 1}  ${category.label}`));
    });

    it('escapes hostile labels as text', () => {
        const hostile = structuredClone(after);
        hostile.journeys[0].label = '</title><script>alert(1)</script> & "x"';
        hostile.personas[0].label = '<img src=x onerror=alert(1)>';
        const svg = emotionCurveSvg(emotionCurveLayout(hostile, hostile.journeys[0].id), hostile.journeys[0].label);
        const document = parseXml(svg);
        expect(document.querySelector('script, img')).toBeNull();
        expect(document.querySelector('title')!.textContent).toBe(hostile.journeys[0].label);
    });

    it('goes into Markdown as a data: image in place of the Mermaid block, the colour key table kept', () => {
        const lines = emotionCurveMarkdown(after, 'first_purchase', { before, image: true });
        expect(lines.join('\n')).not.toContain('```mermaid');
        expect(lines[0]).toMatch(/^!\[Emotion curve: First online purchase\]\(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+\)$/);
        const svg = Buffer.from(lines[0].slice(lines[0].indexOf(',') + 1, -1), 'base64').toString('utf8');
        expect(parseXml(svg).querySelectorAll('polyline').length).toBeGreaterThan(1);
        expect(lines).toContain('| Line | Colour | Style | No score at (line bridged) |');
        expect(svgDataUrl('<svg>é</svg>')).toBe(`data:image/svg+xml;base64,${Buffer.from('<svg>é</svg>').toString('base64')}`);
    });

    it('draws each of eight personas\' line, markers and key entry in the persona\'s palette colour', async () => {
        const model = await buildEightPersonaModel();
        const journey = model.journeys[0];
        const styles = personaStyles(journey.personas, model.personas.map(persona => persona.id));
        const doc = parseXml(emotionCurveSvg(emotionCurveLayout(model, journey.id), 'Eight personas'));
        const curves = [...doc.querySelectorAll('g.curve')];
        expect(curves.map(curve => curve.getAttribute('data-persona'))).toEqual(journey.personas);
        const keys = [...doc.querySelectorAll('g.key-entry line')];
        curves.forEach((curve, index) => {
            const colour = styles.get(curve.getAttribute('data-persona')!)!.color;
            expect(curve.querySelector('polyline')!.getAttribute('stroke')).toBe(colour);
            for (const marker of curve.querySelectorAll('circle')) expect(marker.getAttribute('fill')).toBe(colour);
            expect(keys[index].getAttribute('stroke')).toBe(colour);
        });
    });
});
