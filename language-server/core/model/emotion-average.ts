/**
 * Average emotion scores, by the rule validation and the editor's hover use:
 * only integer scores from 1 to 5 count (others are `emotion-out-of-range`
 * errors and would skew the mean). One home for the rule: the Map view's stage
 * band, its curve (several emotions of a persona at one touchpoint) and
 * anything else that shows an average read it here.
 */
import { isShownScore } from './model-lookup.js';
import type { RenderEmotion, RenderTouchpoint } from './render-model.js';

/** Each persona's mean of its shown scores, in order of first appearance; personas without one are absent. */
export function averageScores(emotions: readonly Pick<RenderEmotion, 'persona' | 'score'>[]): Map<string, number> {
    const sums = new Map<string, { total: number; count: number }>();
    for (const emotion of emotions) {
        if (!isShownScore(emotion)) continue;
        const sum = sums.get(emotion.persona) ?? { total: 0, count: 0 };
        sum.total += emotion.score;
        sum.count += 1;
        sums.set(emotion.persona, sum);
    }
    return new Map([...sums].map(([persona, { total, count }]) => [persona, total / count]));
}

/** Each persona's average over a group of touchpoints (a stage). */
export function touchpointsAverage(touchpoints: readonly RenderTouchpoint[]): Map<string, number> {
    return averageScores(touchpoints.flatMap(touchpoint => touchpoint.emotions));
}

/** An average as the maps print it: one decimal, without a trailing ".0". */
export function formatAverage(value: number): string {
    const rounded = Math.round(value * 10) / 10;
    return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
