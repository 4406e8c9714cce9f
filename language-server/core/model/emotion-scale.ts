import type { EmotionScalePoint } from './render-model.js';

/**
 * The 1–5 emotion scale of docs/language.md (the same scale as Mermaid's
 * journey diagram): its bounds, its default words, the words a team sets in
 * journey.config.json (`emotionScale`), and the one way averages are taken.
 * Validation, hover, completion, the diff and the diagrams all read it here.
 */
export const EMOTION_MIN = 1;
export const EMOTION_MAX = 5;
export const EMOTION_SCORES = [1, 2, 3, 4, 5] as const;

/** The default word of each score (what the editor showed before words were configurable). */
export const EMOTION_SCORE_LABELS: Readonly<Record<number, string>> = {
    1: 'very negative',
    2: 'negative',
    3: 'neutral',
    4: 'positive',
    5: 'very positive'
};

/** Whether a score is on the scale: an integer from 1 to 5 (`emotion-out-of-range` otherwise). */
export function isOnScale(score: number): boolean {
    return Number.isInteger(score) && score >= EMOTION_MIN && score <= EMOTION_MAX;
}

/**
 * The average of the scores that are on the scale, or undefined when none is.
 * An out-of-range score (a typo such as 9) is a diagnostic, never part of an
 * average: the diff, the hover and the diagrams all average through here.
 */
export function emotionAverage(scores: Iterable<number>): number | undefined {
    let sum = 0;
    let count = 0;
    for (const score of scores) {
        if (!isOnScale(score)) continue;
        sum += score;
        count++;
    }
    return count > 0 ? sum / count : undefined;
}

/** The scale's points with the team's words (`overrides`: score → word) in place of the defaults. */
export function emotionScale(overrides: Readonly<Record<number, string>> = {}): EmotionScalePoint[] {
    return EMOTION_SCORES.map(score => ({ score, word: overrides[score] ?? EMOTION_SCORE_LABELS[score] }));
}

/** The word for a score (rounded, for averages) on a scale, or undefined off the scale. */
export function scoreWord(scale: readonly EmotionScalePoint[], score: number): string | undefined {
    const rounded = Math.round(score);
    return scale.find(point => point.score === rounded)?.word;
}
