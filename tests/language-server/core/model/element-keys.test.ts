import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RenderModel } from '../../../../language-server/core/model/render-model.js';
import { elementKeyAt, navigableElements, personaKey, stageKey, touchpointKey } from '../../../../language-server/core/model/element-keys.js';

const checkout = JSON.parse(readFileSync('tests/fixtures/render-models/checkout.json', 'utf8')) as RenderModel;
const uri = checkout.uri;

describe('elementKeyAt (cursor sync)', () => {
    it('finds the innermost element under the cursor', () => {
        const sponsored = checkout.journeys[0].stages[0].touchpoints[0];
        // Inside the touchpoint's body (its `action` line): the touchpoint, not its stage or journey.
        expect(elementKeyAt(checkout, uri, { line: sponsored.source.range.start.line + 1, character: 8 }))
            .toBe(touchpointKey('first_purchase', 'sponsored_post'));
        // On the stage's `owner` line: the stage.
        const awareness = checkout.journeys[0].stages[0];
        expect(elementKeyAt(checkout, uri, { line: awareness.source.range.start.line + 1, character: 6 }))
            .toBe(stageKey('first_purchase', 'awareness'));
    });

    it('ignores elements of other documents and positions outside every element', () => {
        // Maya is declared in people.journey: the same position in checkout.journey is not her.
        const maya = checkout.personas.find(persona => persona.id === 'maya')!;
        expect(maya.source.uri).not.toBe(uri);
        expect(elementKeyAt(checkout, maya.source.uri, maya.source.nameRange.start)).toBe(personaKey('maya'));
        expect(elementKeyAt(checkout, uri, { line: 1000, character: 0 })).toBeUndefined();
    });

    it('lists every persona, journey, stage and touchpoint once, with distinct keys', () => {
        const keys = navigableElements(checkout).map(element => element.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect(keys).toEqual(expect.arrayContaining([
            personaKey('maya'), 'journey:first_purchase', stageKey('first_purchase', 'retention'), touchpointKey('first_purchase', 'follow_up')
        ]));
    });
});
