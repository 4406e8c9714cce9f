import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../../../language-server/language/render/build-render-model.js';
import { buildWorkspace } from '../test-services.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/language-md/${name}`, import.meta.url), 'utf8');

async function modelOf(files: Record<string, string>, index = files ? Object.keys(files).length - 1 : 0) {
    const { services, documents } = await buildWorkspace(files);
    return buildRenderModel(documents[index], services.Journey);
}

describe('buildRenderModel on the examples of docs/language.md', () => {
    it('builds the journey with stages, touchpoints and their facts, labels and ids', async () => {
        const model = await modelOf({ 'people.journey': fixture('people.journey'), 'checkout.journey': fixture('checkout.journey') });
        expect(model.version).toBe(2);
        expect(model.uri).toBe('file:///workspace/checkout.journey');
        const [journey] = model.journeys;
        expect(journey).toMatchObject({
            id: 'first_purchase',
            label: 'First online purchase',
            description: 'From first sight of the brand to the second order',
            goals: ['Find out why first-time buyers abandon the cart'],
            state: 'current',
            personas: ['maya'],
            personasWithoutEmotions: []
        });
        expect(journey.stages.map(stage => [stage.id, stage.label, stage.owners])).toEqual([
            ['awareness', 'Awareness', ['marketing']],
            ['purchase', 'Purchase', ['sales']],
            ['retention', 'Retention', []]
        ]);
        const sponsored = journey.stages[0].touchpoints[0];
        expect(sponsored).toMatchObject({
            id: 'sponsored_post',
            label: 'Sponsored post',
            channels: ['instagram'],
            actions: [{ text: 'Scrolls past a sponsored post' }],
            thoughts: [{ persona: 'maya', text: 'Looks nice, but how much is it?' }],
            emotions: [{ persona: 'maya', score: 3, note: 'Curious' }],
            pains: [{ text: 'The price is not in the ad' }],
            opportunities: [{ text: 'Show the price in the ad creative' }],
            metrics: [{ label: 'Click-through rate', value: 1.8, percent: true, target: 2.5, targetPercent: true }]
        });
        expect(journey.stages[2].touchpoints[0]).toMatchObject({ id: 'follow_up', owners: ['support'], emotions: [{ persona: 'maya', score: 4 }] });
        expect(journey.stages[2].touchpoints[0].emotions[0].note).toBeUndefined();
    });

    it('includes the personas, teams and channels the journey uses, declared in another file, with their source', async () => {
        const model = await modelOf({ 'people.journey': fixture('people.journey'), 'checkout.journey': fixture('checkout.journey') });
        expect(model.personas.map(p => [p.id, p.label])).toEqual([['maya', 'Maya, first-time buyer']]);
        expect(model.personas[0]).toMatchObject({
            description: 'Freelance designer, 29, shops on her phone',
            goals: ['Get a sturdy laptop stand delivered this week'],
            needs: ['See the full price before paying'],
            quotes: ["I just want to know what I'll pay."],
            source: {
                uri: 'file:///workspace/people.journey',
                nameRange: { start: { line: 0, character: 8 }, end: { line: 0, character: 12 } }
            }
        });
        // Only the teams and channels the journey uses, in order of first use.
        expect(model.teams.map(t => t.id)).toEqual(['marketing', 'sales', 'support']);
        expect(model.channels.map(c => [c.id, c.label])).toEqual([['instagram', 'Instagram'], ['web', 'Website'], ['email', 'Email']]);
    });

    it('lists everything a library file declares', async () => {
        const model = await modelOf({ 'checkout.journey': fixture('checkout.journey'), 'people.journey': fixture('people.journey') });
        expect(model.journeys).toEqual([]);
        expect(model.personas.map(p => p.id)).toEqual(['maya']);
        expect(model.teams.map(t => t.id)).toEqual(['marketing', 'sales', 'support']);
        expect(model.channels.map(c => c.id)).toEqual(['instagram', 'web', 'email']);
    });

    it('gives the whole element as range and its id as nameRange', async () => {
        const model = await modelOf({ 'people.journey': fixture('people.journey'), 'checkout.journey': fixture('checkout.journey') });
        const text = fixture('checkout.journey').split('\n');
        const stage = model.journeys[0].stages[0];
        expect(text[stage.source.nameRange.start.line].slice(stage.source.nameRange.start.character, stage.source.nameRange.end.character)).toBe('awareness');
        expect(text[stage.source.range.start.line].trim()).toBe('stage awareness "Awareness" {');
        expect(text[stage.source.range.end.line].trim()).toBe('}');
        const emotion = stage.touchpoints[0].emotions[0];
        expect(text[emotion.source.range.start.line].trim()).toBe('emotion maya 3 "Curious"');
        expect(text[emotion.source.nameRange.start.line].slice(emotion.source.nameRange.start.character, emotion.source.nameRange.end.character)).toBe('maya');
    });
});

describe('issues and diagnostics', () => {
    const library = 'persona maya\npersona sam "Sam"\nteam sales\nchannel web\n';
    const map = [
        'journey j {',
        '  personas maya, sam',
        '  stage empty "Empty" {',
        '  }',
        '  stage unowned {',
        '    touchpoint t1 via web {',
        '      emotion maya 7',
        '      emotion ghost 2',
        '    }',
        '  }',
        '}'
    ].join('\n');

    it('attaches each diagnostic to the element whose name it is on', async () => {
        const model = await modelOf({ 'library.journey': library, 'map.journey': map });
        const [empty, unowned] = model.journeys[0].stages;
        expect(empty.issues.map(i => i.code).sort()).toEqual(['stage-without-owner', 'stage-without-touchpoints']);
        expect(empty.issues.every(i => i.severity === 'warning')).toBe(true);
        expect(unowned.issues.map(i => i.code)).toEqual(['stage-without-owner']);
        expect(unowned.touchpoints[0].issues).toEqual([]);
    });

    it('reports personas without emotions and keeps the model 1:1 with the diagnostics', async () => {
        const { services, documents } = await buildWorkspace({ 'library.journey': library, 'map.journey': map });
        const model = buildRenderModel(documents[1], services.Journey);
        expect(model.journeys[0].personasWithoutEmotions).toEqual(['sam']);
        expect(model.journeys[0].stages[1].touchpoints[0].emotions.map(e => [e.persona, e.score])).toEqual([['maya', 7], ['ghost', 2]]);
        const diagnostics = documents[1].diagnostics ?? [];
        expect(model.diagnostics).toHaveLength(diagnostics.length);
        const codes = model.diagnostics.map(d => d.code);
        expect(codes).toEqual(expect.arrayContaining(['emotion-out-of-range', 'unresolved-reference', 'persona-without-emotions', 'stage-without-owner']));
        const outOfRange = model.diagnostics.find(d => d.code === 'emotion-out-of-range')!;
        expect(outOfRange).toMatchObject({ uri: 'file:///workspace/map.journey', severity: 'error', range: { start: { line: 6 } } });
        expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    });

    it('takes every persona of the file when the journey has no personas line', async () => {
        const model = await modelOf({
            'map.journey': 'persona a\npersona b "Bee"\njourney j {\n  stage s {\n    touchpoint t {\n      emotion b 4\n    }\n  }\n}\n'
        });
        expect(model.journeys[0].personas).toEqual(['a', 'b']);
        expect(model.journeys[0].personasWithoutEmotions).toEqual(['a']);
    });
});

describe('broken documents', () => {
    const broken = [
        'persona maya',
        'journey j "J" {',
        '  stage s1 {',
        '    touchpoint t1 via {',
        '      emotion maya',
        '      metric "Conversion" target',
        '      pain "unterminated',
        '    }',
        '  }',
        '  stage {',
        '    touchpoint t2 { emotion maya 4 }',
        '  }',
        '  stage s3 "Third" { owner',
        '}'
    ].join('\n');

    it('builds from the recovered AST without throwing and reports the syntax errors', async () => {
        const model = await modelOf({ 'broken.journey': broken });
        expect(model.diagnostics.some(d => d.code === 'syntax-error' && d.severity === 'error')).toBe(true);
        expect(model.journeys[0].id).toBe('j');
        expect(model.journeys[0].stages[0].id).toBe('s1');
        expect(model.personas.map(p => p.id)).toEqual(['maya']);
        expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    });

    it.each([
        '',
        'journey',
        'journey {',
        'journey j { stage',
        'journey j { stage s { touchpoint',
        'journey j { stage s { touchpoint t { emotion',
        'journey j { stage s { touchpoint t { emotion x 3 "',
        'journey j { stage s { metric "m" 3% target',
        '}}}} stage stage touchpoint { via , , }',
        'persona "no id" { goal }',
        'journey j { personas , ; stage s { owner , } }'
    ])('survives %j', async text => {
        const model = await modelOf({ 'bad.journey': text });
        expect(model.uri).toBe('file:///workspace/bad.journey');
        expect(Array.isArray(model.journeys)).toBe(true);
    });
});

describe('scores the checker rejects', () => {
    it('leaves out 3.0 and 05 (errors drawn as 3 and 5 before), keeps 3 and the out-of-range 7 the details table names', async () => {
        const model = await modelOf({
            'map.journey': 'persona a\njourney j {\n  stage s {\n    touchpoint t {\n      emotion a 3.0\n      emotion a 05\n      emotion a 3\n      emotion a 7\n    }\n  }\n}\n'
        });
        expect(model.journeys[0].stages[0].touchpoints[0].emotions.map(e => e.score)).toEqual([3, 7]);
        expect(model.diagnostics.filter(d => d.code === 'emotion-out-of-range')).toHaveLength(3);
    });
});
