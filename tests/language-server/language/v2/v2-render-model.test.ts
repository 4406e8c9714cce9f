import { describe, expect, it } from 'vitest';
import { MAP, modelOf } from './v2-workspace.js';

describe('render model version 2', () => {
    it('fills evidence, blueprint lanes, systems, opportunity work, moments of truth and failure points', async () => {
        const model = await modelOf({ 'map.journey': MAP });
        const touchpoint = model.journeys[0].stages[0].touchpoints[0];
        expect(model.version).toBe(2);
        expect(touchpoint.momentOfTruth).toBe(true);
        expect(touchpoint.emotions.map(e => e.sources)).toEqual([['q1']]);
        expect(touchpoint.thoughts.map(t => t.sources)).toEqual([['q1', 'funnel']]);
        expect(touchpoint.pains.map(p => [p.text, p.failurePoint, p.sources])).toEqual([['Surprise fee', true, ['q1']], ['Slow page', false, []]]);
        expect(touchpoint.metrics[0].sources).toEqual(['funnel']);
        expect(touchpoint.frontstage.map(t => t.text)).toEqual(['Chat agent answers']);
        expect(touchpoint.backstage.map(t => t.text)).toEqual(['Rates computed']);
        expect(touchpoint.support.map(t => t.text)).toEqual(['Weekly rate review']);
        expect(touchpoint.evidence.map(t => t.text)).toEqual(['Cart summary']);
        expect(touchpoint.systems).toEqual(['shop', 'crm']);
        const { source, ...opportunity } = touchpoint.opportunities[0];
        expect(source.range.start.line).toBe(16);
        expect(opportunity).toEqual({
            text: 'Guest checkout', id: 'guest', priority: 'high', status: 'in-progress', owner: 'ecommerce',
            impact: 'Fewer drop-outs', effort: 'medium', links: ['https://tracker.example.com/1'], sources: ['funnel']
        });
        expect(model.journeys[0].involved).toEqual(['ecommerce', 'support']);
    });

    it('lists the systems and research the document uses, declared in another file, and teams marked external', async () => {
        const model = await modelOf({ 'map.journey': MAP });
        expect(model.systems.map(({ id, label, kind, description }) => ({ id, label, kind, description }))).toEqual([
            { id: 'shop', label: 'Shop platform', kind: 'ecommerce', description: undefined },
            { id: 'crm', label: 'crm', kind: undefined, description: undefined }
        ]);
        expect(model.sources.map(({ id, label, kind, date, sampleSize, link }) => ({ id, label, kind, date, sampleSize, link }))).toEqual([
            { id: 'q1', label: 'Q1 interviews', kind: 'interviews', date: '2025-03', sampleSize: 12, link: 'https://research.example.com/q1' },
            { id: 'funnel', label: 'Funnel analytics', kind: 'other', date: undefined, sampleSize: undefined, link: undefined }
        ]);
        const courier = await modelOf({ 'map.journey': MAP.replace('involved ecommerce, support', 'involved ecommerce, courier') });
        expect(courier.teams.map(team => [team.id, team.external])).toEqual([['ecommerce', false], ['courier', true]]);
    });

    it('resolves the journey a future state replaces across files, with its stages for the overlay', async () => {
        const future = 'journey checkout_future "Checkout, target" {\n  state future\n  replaces checkout\n  personas maya\n  stage purchase {\n    owner ecommerce\n    touchpoint cart {\n      emotion maya 4\n    }\n  }\n}\n';
        const model = await modelOf({ 'map.journey': MAP, 'future.journey': future });
        const replaces = model.journeys[0].replaces!;
        expect([replaces.id, replaces.label]).toEqual(['checkout', 'Checkout']);
        expect(replaces.journey?.stages[0].touchpoints[0].emotions.map(e => e.score)).toEqual([2]);
        expect(replaces.journey?.replaces).toBeUndefined();
    });

    it('gives the scale the words of journey.config.json, the defaults elsewhere', async () => {
        const model = await modelOf({ 'map.journey': MAP }, JSON.stringify({ emotionScale: { 1: 'Frustrated', 5: 'Delighted' } }));
        expect(model.emotionScale).toEqual([
            { score: 1, word: 'Frustrated' }, { score: 2, word: 'negative' }, { score: 3, word: 'neutral' },
            { score: 4, word: 'positive' }, { score: 5, word: 'Delighted' }
        ]);
    });
});
