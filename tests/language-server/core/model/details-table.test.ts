import { describe, expect, it } from 'vitest';
import { detailsTable, type DetailsTable } from '../../../../language-server/core/model/details-table.js';
import { checkoutModel, twoPersonasModel } from '../../language/render/model-from-text.js';

/** A lane's cells as the texts a reader sees, with the touchpoint in front and ⚠ on flagged entries. */
function lane(table: DetailsTable, id: string): string[][] {
    const row = table.rows.find(candidate => candidate.lane === id)!;
    return row.cells.map(cell => cell.map(entry => `${entry.issue && !entry.text.startsWith('⚠') ? '⚠ ' : ''}${entry.touchpoint ? `${entry.touchpoint} > ` : ''}${entry.text}`));
}

describe('detailsTable', () => {
    it('lays out the contract example as stages × lanes', async () => {
        const table = detailsTable(await checkoutModel(), 'first_purchase');
        expect(table.title).toBe('First online purchase');
        expect(table.stages.map(stage => stage.label)).toEqual(['Awareness', 'Purchase', 'Retention']);
        expect(table.rows.map(row => row.label)).toEqual(['Touchpoints', 'Actions', 'Thoughts', 'Emotions', 'Pains', 'Opportunities', 'Owners', 'Metrics']);
        expect(lane(table, 'touchpoints')).toEqual([['Sponsored post (via Instagram)'], ['Checkout (via Website)'], ['Order follow-up (via Email)']]);
        expect(lane(table, 'actions')).toEqual([['Sponsored post > Scrolls past a sponsored post'], ['Checkout > Enters card details'], []]);
        expect(lane(table, 'thoughts')).toEqual([['Sponsored post > Maya, first-time buyer: Looks nice, but how much is it?'], [], []]);
        expect(lane(table, 'emotions')).toEqual([
            ['Sponsored post > Maya, first-time buyer 3/5: Curious'],
            ['Checkout > Maya, first-time buyer 1/5: Shipping cost appears only at the last step'],
            ['Order follow-up > Maya, first-time buyer 4/5']
        ]);
        expect(lane(table, 'owners')).toEqual([['Marketing'], ['Sales'], ['Order follow-up > Customer Support']]);
        expect(lane(table, 'metrics')).toEqual([
            ['Sponsored post > Click-through rate: 1.8% (target 2.5%)'],
            ['Checkout > Cart abandonment: 68% (target 45%)'],
            []
        ]);
        const sponsored = table.rows[0].cells[0][0];
        expect(sponsored.source?.nameRange).toBeDefined();
    });

    it('flags missing owners and touchpoints and out-of-range scores', async () => {
        const table = detailsTable(await twoPersonasModel(), 'onboarding');
        expect(table.stages.map(stage => [stage.label, stage.issues])).toEqual([
            ['Discover', []],
            ['Sign up', ["Stage 'signup' has no owner."]],
            ['Later', ["Stage 'later' has no touchpoints.", "Stage 'later' has no owner."]],
            ['First order', []]
        ]);
        expect(lane(table, 'touchpoints')[2]).toEqual(['⚠ no touchpoints']);
        expect(lane(table, 'owners')).toEqual([['Marketing'], ['Sign-up form > Sales', '⚠ no owner'], ['⚠ no owner'], ['Sales', 'Support']]);
        expect(lane(table, 'emotions')[1]).toEqual(['Sign-up form > Maya 1/5: Asked for a phone number', '⚠ Sign-up form > Sam, returning customer 9/5']);
        expect(lane(table, 'metrics')[0]).toEqual(['Visitors: 1200 (target 1500)']);
    });

    it('keeps one persona\'s thoughts and emotions with the persona option', async () => {
        const table = detailsTable(await twoPersonasModel(), 'onboarding', { persona: 'sam' });
        expect(lane(table, 'emotions')).toEqual([
            ['Newsletter > Sam, returning customer 2/5: Already subscribed elsewhere'],
            ['⚠ Sign-up form > Sam, returning customer 9/5'],
            [],
            ['Checkout > Sam, returning customer 5/5']
        ]);
        expect(lane(table, 'thoughts')).toEqual([[], [], [], []]);
    });
});
