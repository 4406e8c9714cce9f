import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from './test-services.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/language-md/${name}`, import.meta.url), 'utf8');

describe('parsing the examples of docs/language.md', () => {
    it('parses and links the library file and the map without errors', async () => {
        const { documents } = await buildWorkspace({
            'people.journey': fixture('people.journey'),
            'checkout.journey': fixture('checkout.journey')
        });
        for (const doc of documents) {
            expect(doc.parseResult.lexerErrors).toEqual([]);
            expect(doc.parseResult.parserErrors).toEqual([]);
            const errors = (doc.diagnostics ?? []).filter(d => d.severity === 1);
            expect(errors.map(e => e.message)).toEqual([]);
        }
        const journey = documents[1].parseResult.value.elements[0];
        expect(journey.$type).toBe('Journey');
        if (journey.$type !== 'Journey') return;
        expect(journey.stages.map(s => s.name)).toEqual(['awareness', 'purchase', 'retention']);
        const sponsored = journey.stages[0].touchpoints[0];
        expect(sponsored.emotions[0].persona.ref?.name).toBe('maya');
        expect(sponsored.channels[0].ref?.label).toBe('Instagram');
        expect(sponsored.metrics[0]).toMatchObject({ label: 'Click-through rate', value: 1.8, percent: true, target: 2.5, targetPercent: true });
        expect(journey.stages[2].touchpoints[0].owners[0].ref?.name).toBe('support');
    });
});
