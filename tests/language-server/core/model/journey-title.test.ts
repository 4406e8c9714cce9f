import { describe, expect, it } from 'vitest';
import { journeyTitle } from '../../../../language-server/core/model/model-lookup.js';

describe('journeyTitle', () => {
    it('adds the state to the label', () => {
        expect(journeyTitle({ id: 'checkout', label: 'First purchase', state: 'current' })).toBe('First purchase (current state)');
        expect(journeyTitle({ id: 'checkout', label: 'First purchase', state: 'future' })).toBe('First purchase (future state)');
        expect(journeyTitle({ id: 'checkout', label: '' })).toBe('checkout');
    });

    it('does not say the state twice when the label says it (examples/insurance-claim.journey)', () => {
        expect(journeyTitle({ id: 'water_damage_claim', label: 'Water damage claim (today)', state: 'current' })).toBe('Water damage claim (today)');
        expect(journeyTitle({ id: 'water_damage_claim_future', label: 'Water damage claim (target)', state: 'future' })).toBe('Water damage claim (target)');
        expect(journeyTitle({ id: 'x', label: 'Onboarding, as-is', state: 'current' })).toBe('Onboarding, as-is');
    });

    it('is not fooled by a state word inside another word', () => {
        expect(journeyTitle({ id: 'x', label: 'Nowhere to park', state: 'current' })).toBe('Nowhere to park (current state)');
    });
});
