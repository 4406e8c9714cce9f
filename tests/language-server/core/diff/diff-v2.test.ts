import { describe, expect, it } from 'vitest';
import { diffWorkspaces } from '../../../../language-server/core/diff/diff-workspaces.js';
import { diffReport } from '../../../../language-server/core/diff/diff-report.js';
import { LIBRARY, MAP } from '../../language/v2/v2-workspace.js';
import { workspaceModelOf } from './diff-fixtures.js';

async function diffOf(before: string, after: string, libraryAfter = LIBRARY) {
    const [old, now] = await Promise.all([
        workspaceModelOf({ 'people.journey': LIBRARY, 'map.journey': before }),
        workspaceModelOf({ 'people.journey': libraryAfter, 'map.journey': after })
    ]);
    return { result: diffWorkspaces(old, now), old, now };
}

describe('semantic diff of version-2 facts', () => {
    it('reports the work on an opportunity: "guest status: in-progress → done"', async () => {
        const { result } = await diffOf(MAP, MAP.replace('status in-progress', 'status done').replace('priority high', 'priority medium'));
        expect(result.changes).toEqual([
            { kind: 'changed', element: 'opportunity', id: 'checkout/purchase/cart', field: 'guest status', before: 'in-progress', after: 'done' },
            { kind: 'changed', element: 'opportunity', id: 'checkout/purchase/cart', field: 'guest priority', before: 'high', after: 'medium' }
        ]);
    });

    it('reports a pain now backed by research, with the research named in the Markdown', async () => {
        const { result, old, now } = await diffOf(MAP, MAP.replace('pain "Slow page"', 'pain "Slow page" from q1'));
        const markdown = diffReport(old, now, { format: 'markdown', title: 'Changes', curves: false }).text;
        expect(result.changes).toEqual([
            { kind: 'changed', element: 'evidence', id: 'checkout/purchase/cart', field: 'pain "Slow page"', before: [], after: ['q1'] }
        ]);
        expect(markdown).toContain('| Evidence **Cart** | Checkout › Purchase | pain "Slow page" | assumption | Q1 interviews |');
    });

    it('reports blueprint lanes, systems, moments of truth, failure points, involved teams and external teams', async () => {
        const after = MAP.replace('      moment-of-truth\n', '').replace('backstage "Rates computed"', 'backstage "Rates from the ERP"')
            .replace('systems shop, crm', 'systems shop').replace(' failure-point', '').replace('involved ecommerce, support', 'involved ecommerce');
        const { result } = await diffOf(MAP, after, LIBRARY.replace('team courier "ParcelGo" external', 'team courier "ParcelGo"'));
        expect(result.changes.map(change => [change.element, change.field, change.before, change.after])).toEqual([
            ['team', 'external', 'external', 'internal'],
            ['journey', 'involved', ['ecommerce', 'support'], ['ecommerce']],
            ['touchpoint', 'backstage', 'Rates computed', 'Rates from the ERP'],
            ['touchpoint', 'systems', ['crm', 'shop'], ['shop']],
            ['touchpoint', 'moment of truth', 'yes', 'no'],
            ['touchpoint', 'failure points', 'Surprise fee', undefined]
        ]);
    });

    it('averages a stage without an out-of-range score, as hover and the diagrams do', async () => {
        const two = MAP.replace('      emotion maya 2 "Surprised" from q1\n', '      emotion maya 2 "Surprised" from q1\n      emotion maya 4\n');
        const { result } = await diffOf(two, two.replace('emotion maya 4', 'emotion maya 9'));
        const average = result.changes.find(change => change.element === 'stage-emotion');
        expect(average).toEqual({ kind: 'changed', element: 'stage-emotion', id: 'checkout/purchase', field: 'maya', before: 3, after: 2 });
    });
});
