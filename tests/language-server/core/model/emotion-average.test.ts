import { describe, expect, it } from 'vitest';
import { averageScores, formatAverage } from '../../../../language-server/core/model/emotion-average.js';

describe('average emotion (the validator\'s rule: integer scores 1–5 only)', () => {
    it('averages each persona\'s shown scores and leaves out scores outside the scale', () => {
        const averages = averageScores([
            { persona: 'maya', score: 2 }, { persona: 'tom', score: 4 }, { persona: 'maya', score: 5 },
            { persona: 'maya', score: 7 }, { persona: 'maya', score: 2.5 }, { persona: 'sam', score: 0 }
        ]);
        expect([...averages]).toEqual([['maya', 3.5], ['tom', 4]]);
    });

    it('prints one decimal, without a trailing .0', () => {
        expect([formatAverage(3), formatAverage(3.25), formatAverage(2 / 3 + 2)]).toEqual(['3', '3.3', '2.7']);
    });
});
