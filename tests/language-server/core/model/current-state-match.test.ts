/** The one rule pairing a touchpoint with another journey's (a future state's current state, the previous version). */
import { describe, expect, it } from 'vitest';
import { matchingTouchpoint } from '../../../../language-server/core/model/current-state-match.js';
import type { RenderJourney, RenderTouchpoint } from '../../../../language-server/core/model/render-model.js';

const tp = (id: string, label: string) => ({ id, label }) as RenderTouchpoint;
const journeyOf = (...touchpoints: RenderTouchpoint[]) => ({ stages: [{ touchpoints: touchpoints.slice(0, 1) }, { touchpoints: touchpoints.slice(1) }] }) as unknown as RenderJourney;

describe('matchingTouchpoint', () => {
    const current = journeyOf(tp('cart', 'Checkout'), tp('pay', 'Payment'), tp('other', ' cart '));
    it('takes the same id first, over a same label elsewhere', () => {
        expect(matchingTouchpoint(current, tp('cart', 'Basket'))?.id).toBe('cart');
    });
    it('else the same label, trimmed and in any case', () => {
        expect(matchingTouchpoint(current, tp('new_pay', '  PAYMENT '))?.id).toBe('pay');
    });
    it('else none', () => {
        expect(matchingTouchpoint(current, tp('new', 'Delivery'))).toBeUndefined();
    });
});
