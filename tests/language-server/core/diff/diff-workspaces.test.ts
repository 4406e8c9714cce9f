import { beforeAll, describe, expect, it } from 'vitest';
import { diffWorkspaces } from '../../../../language-server/core/diff/diff-workspaces.js';
import type { Change } from '../../../../language-server/core/diff/diff-result.js';
import type { WorkspaceModel } from '../../../../language-server/core/diff/workspace-model.js';
import { fixtureModel, readFixtureFolder, workspaceModelOf } from './diff-fixtures.js';

let base: WorkspaceModel;
beforeAll(async () => {
    base = await fixtureModel('base');
});

describe('changes that keep the meaning', () => {
    it('reordering lines inside bodies and moving declarations between files is no change', async () => {
        const diff = diffWorkspaces(base, await fixtureModel('reordered'));
        expect(diff).toEqual({ changes: [], diagnostics: { introduced: [], fixed: [] } });
    });

    it('reformatting (indentation, line breaks, comments) is no change, though diagnostics moved to other lines', async () => {
        const reformatted = await fixtureModel('reformatted');
        expect(reformatted.diagnostics.map(d => d.range.start.line)).not.toEqual(base.diagnostics.map(d => d.range.start.line));
        expect(diffWorkspaces(base, reformatted)).toEqual({ changes: [], diagnostics: { introduced: [], fixed: [] } });
    });

    it('a version compared with itself has no change', () => {
        expect(diffWorkspaces(base, base).changes).toEqual([]);
    });
});

describe('every kind of change, by id', () => {
    let changes: Change[];
    let diff: ReturnType<typeof diffWorkspaces>;
    beforeAll(async () => {
        diff = diffWorkspaces(base, await fixtureModel('changed'));
        changes = diff.changes;
    });

    it.each<[string, Change]>([
        ['persona added', { kind: 'added', element: 'persona', id: 'lena', after: 'Lena | power user' }],
        ['persona removed', { kind: 'removed', element: 'persona', id: 'omar', before: 'Omar, returning customer' }],
        ['persona renamed', { kind: 'changed', element: 'persona', id: 'maya', field: 'label', before: 'Maya, first-time buyer', after: 'Maya, first-time shopper' }],
        ['persona description', { kind: 'changed', element: 'persona', id: 'maya', field: 'description', before: 'Freelance designer, 29, shops on her phone', after: 'Freelance designer, 30, shops on her phone' }],
        ['persona goal added', { kind: 'added', element: 'persona', id: 'maya', field: 'goals', after: 'Pay no more than the advertised price' }],
        ['team added', { kind: 'added', element: 'team', id: 'logistics', after: 'Logistics' }],
        ['team removed', { kind: 'removed', element: 'team', id: 'support', before: 'Customer Support' }],
        ['team renamed', { kind: 'changed', element: 'team', id: 'sales', field: 'label', before: 'Sales', after: 'Sales & <Partnerships>' }],
        ['channel added', { kind: 'added', element: 'channel', id: 'phone', after: 'Phone' }],
        ['channel removed', { kind: 'removed', element: 'channel', id: 'sms', before: 'Text message' }],
        ['channel renamed', { kind: 'changed', element: 'channel', id: 'web', field: 'label', before: 'Website', after: 'Web shop' }],
        ['journey added', { kind: 'added', element: 'journey', id: 'returns', after: 'Returning an item' }],
        ['journey removed', { kind: 'removed', element: 'journey', id: 'newsletter', before: 'Newsletter sign-up' }],
        ['journey description', { kind: 'changed', element: 'journey', id: 'first_purchase', field: 'description', before: 'From first sight of the brand to the second order', after: 'From first sight of the brand to the second order, on mobile' }],
        ['journey goal', { kind: 'added', element: 'journey', id: 'first_purchase', field: 'goals', after: 'Halve cart abandonment by Q3' }],
        ['journey state', { kind: 'changed', element: 'journey', id: 'first_purchase', field: 'state', before: 'current', after: 'future' }],
        ['journey personas', { kind: 'changed', element: 'journey', id: 'first_purchase', field: 'personas', before: ['maya'], after: ['lena', 'maya'] }],
        ['stages reordered', { kind: 'moved', element: 'journey', id: 'first_purchase', field: 'stage order', before: ['awareness', 'consideration', 'purchase', 'retention'], after: ['consideration', 'awareness', 'purchase', 'delivery'] }],
        ['stage added', { kind: 'added', element: 'stage', id: 'first_purchase/delivery', after: 'Delivery' }],
        ['stage removed', { kind: 'removed', element: 'stage', id: 'first_purchase/retention', before: 'Retention' }],
        ['stage renamed', { kind: 'changed', element: 'stage', id: 'first_purchase/purchase', field: 'label', before: 'Purchase', after: 'Checkout & payment' }],
        ['stage owners', { kind: 'changed', element: 'stage', id: 'first_purchase/consideration', field: 'owners', before: ['marketing'], after: ['marketing', 'sales'] }],
        ['touchpoint added', { kind: 'added', element: 'touchpoint', id: 'first_purchase/delivery/parcel_tracking', after: 'Parcel tracking' }],
        ['touchpoint removed', { kind: 'removed', element: 'touchpoint', id: 'first_purchase/awareness/blog_review', before: 'Blog review' }],
        ['touchpoint moved to another stage', { kind: 'moved', element: 'touchpoint', id: 'first_purchase/purchase/follow_up', field: 'stage', before: 'retention', after: 'purchase' }],
        ['touchpoint renamed', { kind: 'changed', element: 'touchpoint', id: 'first_purchase/purchase/checkout_page', field: 'label', before: 'Checkout', after: 'One-page checkout' }],
        ['touchpoint channels', { kind: 'changed', element: 'touchpoint', id: 'first_purchase/awareness/sponsored_post', field: 'channels', before: ['instagram'], after: ['instagram', 'web'] }],
        ['touchpoint owners', { kind: 'changed', element: 'touchpoint', id: 'first_purchase/purchase/follow_up', field: 'owners', before: ['support'], after: ['logistics'] }],
        ['action added', { kind: 'added', element: 'touchpoint', id: 'first_purchase/awareness/sponsored_post', field: 'actions', after: 'Taps the *price* link' }],
        ['thought edited', { kind: 'changed', element: 'touchpoint', id: 'first_purchase/awareness/sponsored_post', field: 'thoughts', before: 'maya: Looks nice, but how much is it?', after: 'maya: Finally, a price!' }],
        ['pain removed', { kind: 'removed', element: 'touchpoint', id: 'first_purchase/awareness/sponsored_post', field: 'pains', before: 'The price is not in the ad' }],
        ['pain edited', { kind: 'changed', element: 'touchpoint', id: 'first_purchase/purchase/checkout_page', field: 'pains', before: 'Surprise shipping fee', after: 'Card form rejects spaces' }],
        ['metric and target', { kind: 'changed', element: 'metric', id: 'first_purchase/awareness/sponsored_post', field: 'Click-through rate', before: '1.8% (target 2.5%)', after: '2.1% (target 3%)' }],
        ['metric value', { kind: 'changed', element: 'metric', id: 'first_purchase/purchase/checkout_page', field: 'Cart abandonment', before: '68% (target 45%)', after: '52% (target 45%)' }],
        ['emotion delta', { kind: 'changed', element: 'emotion', id: 'first_purchase/purchase/checkout_page', field: 'maya', before: 1, after: 3 }],
        ['emotion note', { kind: 'changed', element: 'emotion', id: 'first_purchase/purchase/checkout_page', field: 'maya.note', before: 'Shipping cost appears only at the last step', after: 'Shipping cost shown up front' }],
        ['emotion of a new persona', { kind: 'added', element: 'emotion', id: 'first_purchase/purchase/checkout_page', field: 'lena', after: 2 }],
        ['emotion gone with its touchpoint', { kind: 'removed', element: 'emotion', id: 'first_purchase/awareness/blog_review', field: 'maya', before: 4 }],
        ['stage average up', { kind: 'changed', element: 'stage-emotion', id: 'first_purchase/purchase', field: 'maya', before: 1, after: 3.5 }],
        ['stage average down', { kind: 'changed', element: 'stage-emotion', id: 'first_purchase/awareness', field: 'maya', before: 3.5, after: 3 }]
    ])('%s', (_name, expected) => {
        expect(changes).toContainEqual(expected);
    });

    it('reports nothing that did not change: the unchanged product page body, the unchanged follow-up emotion', () => {
        expect(changes.filter(change => change.id.endsWith('/product_page') && change.element === 'touchpoint')).toEqual([]);
        expect(changes.filter(change => change.id.endsWith('/follow_up') && change.element === 'emotion')).toEqual([]);
    });

    it('diagnostics introduced and fixed, with file and 1-based line', () => {
        expect(diff.diagnostics.introduced).toEqual([
            { file: 'checkout.journey', line: 47, severity: 'warning', code: 'stage-without-owner', message: expect.stringContaining("'delivery'") }
        ]);
        expect(diff.diagnostics.fixed).toEqual([
            { file: 'newsletter.journey', line: 11, severity: 'warning', code: 'stage-without-touchpoints', message: expect.stringContaining("'empty_stage'") }
        ]);
    });
});

describe('small edits', () => {
    const files = readFixtureFolder('base');
    const edit = async (file: string, from: string, to: string) => {
        expect(files[file]).toContain(from);
        return diffWorkspaces(base, await workspaceModelOf({ ...files, [file]: files[file].replace(from, to) }));
    };

    it('a touchpoint moved within its stage changes the order of touchpoints only', async () => {
        const swapped = files['checkout.journey'].replace(
            /(    touchpoint sponsored_post[\s\S]*?\n    }\n)(    touchpoint blog_review[\s\S]*?\n    }\n)/,
            '$2$1'
        );
        const diff = diffWorkspaces(base, await workspaceModelOf({ ...files, 'checkout.journey': swapped }));
        expect(diff.changes).toEqual([
            { kind: 'moved', element: 'stage', id: 'first_purchase/awareness', field: 'touchpoint order', before: ['sponsored_post', 'blog_review'], after: ['blog_review', 'sponsored_post'] }
        ]);
    });

    it('an out-of-range score is an emotion change and introduces its diagnostic', async () => {
        const diff = await edit('checkout.journey', 'emotion maya 4\n    }\n  }\n}', 'emotion maya 9\n    }\n  }\n}');
        expect(diff.diagnostics.introduced.map(d => d.code)).toEqual(['emotion-out-of-range']);
        expect(diff.changes).toContainEqual({ kind: 'changed', element: 'emotion', id: 'first_purchase/retention/follow_up', field: 'maya', before: 4, after: 9 });
    });

    it('a new target on a metric is a metric change', async () => {
        const diff = await edit('checkout.journey', 'metric "Cart abandonment" 68% target 45%', 'metric "Cart abandonment" 68%');
        expect(diff.changes).toEqual([
            { kind: 'changed', element: 'metric', id: 'first_purchase/purchase/checkout_page', field: 'Cart abandonment', before: '68% (target 45%)', after: '68%' }
        ]);
    });
});
