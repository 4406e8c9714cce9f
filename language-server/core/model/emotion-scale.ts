/**
 * The 1–5 emotion scale of docs/language.md (the same scale as Mermaid's
 * journey diagram), with the words the editor shows next to each score.
 */
export const EMOTION_SCORE_LABELS: Readonly<Record<number, string>> = {
    1: 'very negative',
    2: 'negative',
    3: 'neutral',
    4: 'positive',
    5: 'very positive'
};

export const EMOTION_SCORES = [1, 2, 3, 4, 5] as const;
