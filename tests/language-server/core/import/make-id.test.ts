import { describe, expect, it } from 'vitest';
import { makeId } from '../../../../language-server/core/import/make-id.js';
import { JOURNEY_ID } from '../../../../language-server/core/model/journey-ids.js';
import { JourneyTerminals } from '../../../../language-server/language/generated/ast.js';

describe('ids made from labels', () => {
    it('follow the grammar\'s ID terminal', () => {
        expect(JOURNEY_ID.source).toBe(`^${JourneyTerminals.ID.source}$`);
    });

    it('are the label in lower case with _ for anything else', () => {
        expect(makeId('Checkout page', 'touchpoint', new Set())).toBe('checkout_page');
        expect(makeId('  Café & Crème! ', 'stage', new Set())).toBe('cafe_creme');
        expect(makeId('Step 1: sign-up', 'stage', new Set())).toBe('step_1_sign_up');
    });

    it('are unique, never a keyword, never start with a digit, and exist for any label', () => {
        expect(makeId('Checkout page', 'touchpoint', new Set(['checkout_page', 'checkout_page_2']))).toBe('checkout_page_3');
        expect(makeId('Action', 'touchpoint', new Set())).toBe('action_touchpoint');
        expect(makeId('Goal', 'stage', new Set())).toBe('goal_stage');
        expect(makeId('1st visit', 'touchpoint', new Set())).toBe('touchpoint_1st_visit');
        expect(makeId('購入', 'stage', new Set())).toBe('stage_1');
        expect(makeId('支払い', 'stage', new Set(['stage_1']))).toBe('stage_2');
    });
});
