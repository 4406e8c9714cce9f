import { describe, expect, it } from 'vitest';
import { ModelUpdates } from '../../../../src/extension/preview/model-updates.js';

describe('ModelUpdates (stale answers never overwrite newer ones)', () => {
    it('drops an answer to an older request that arrives after a newer one', () => {
        const updates = new ModelUpdates();
        const first = updates.nextRequest();
        const second = updates.nextRequest();
        expect(updates.accept(second, 'file:///a.journey', 5)).toBe(true);
        expect(updates.accept(first, 'file:///a.journey', 4)).toBe(false);
    });

    it('drops a model built from an older version of the same document', () => {
        const updates = new ModelUpdates();
        expect(updates.accept(updates.nextRequest(), 'file:///a.journey', 7)).toBe(true);
        expect(updates.accept(updates.nextRequest(), 'file:///a.journey', 6)).toBe(false);
        expect(updates.accept(updates.nextRequest(), 'file:///a.journey', 7)).toBe(true);
    });

    it('compares versions only within one document, and starts over after reset', () => {
        const updates = new ModelUpdates();
        expect(updates.accept(updates.nextRequest(), 'file:///a.journey', 40)).toBe(true);
        expect(updates.accept(updates.nextRequest(), 'file:///b.journey', 1)).toBe(true);
        updates.reset();
        expect(updates.accept(updates.nextRequest(), 'file:///b.journey', 1)).toBe(true);
    });
});
