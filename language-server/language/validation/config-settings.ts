import type { Node as JsonNode } from 'jsonc-parser';
import { EMOTION_SCORES } from '../../core/model/emotion-scale.js';

/**
 * The settings of journey.config.json besides severities:
 *
 *     "emotionScale": { "1": "Frustrated", "3": "Neutral", "5": "Delighted" },
 *     "evidenceMaxAgeMonths": 18
 *
 * `emotionScale` gives words to points of the 1–5 scale (hover, legends,
 * Details, exports); points not named keep their default word.
 * `evidenceMaxAgeMonths` is the age after which research is `stale-evidence`.
 */
export interface JourneySettings {
    emotionScale: Readonly<Record<number, string>>;
    evidenceMaxAgeMonths: number;
}

export const DEFAULT_EVIDENCE_MAX_AGE_MONTHS = 24;

export function defaultSettings(): JourneySettings {
    return { emotionScale: {}, evidenceMaxAgeMonths: DEFAULT_EVIDENCE_MAX_AGE_MONTHS };
}

type Problem = (offset: number, length: number, message: string) => void;

/** Reads the settings of the config's root object; each invalid entry is a located problem and keeps its default. */
export function parseSettings(root: JsonNode, problem: Problem): JourneySettings {
    const settings = defaultSettings();
    const scale = propertyValue(root, 'emotionScale');
    if (scale) settings.emotionScale = parseScale(scale, problem);
    const age = propertyValue(root, 'evidenceMaxAgeMonths');
    if (age) {
        if (typeof age.value === 'number' && Number.isInteger(age.value) && age.value > 0) settings.evidenceMaxAgeMonths = age.value;
        else problem(age.offset, age.length, '"evidenceMaxAgeMonths" must be a whole number of months greater than 0');
    }
    return settings;
}

function parseScale(scale: JsonNode, problem: Problem): Record<number, string> {
    const words: Record<number, string> = {};
    if (scale.type !== 'object') {
        problem(scale.offset, scale.length, '"emotionScale" must be an object like { "1": "Frustrated", "5": "Delighted" }');
        return words;
    }
    for (const property of scale.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) continue;
        const score = Number(key.value);
        if (!(EMOTION_SCORES as readonly number[]).includes(score) || String(score) !== key.value) {
            problem(key.offset, key.length, `unknown emotion score '${String(key.value)}' (use "1" to "5")`);
        } else if (typeof value.value !== 'string' || value.value.trim() === '') {
            problem(value.offset, value.length, `the word for score ${score} must be a non-empty string`);
        } else {
            words[score] = value.value.trim();
        }
    }
    return words;
}

export function propertyValue(object: JsonNode, name: string): JsonNode | undefined {
    const property = object.children?.find(child => child.children?.[0]?.value === name);
    return property?.children?.[1];
}
