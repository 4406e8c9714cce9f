/**
 * Emotion deltas: each persona's score at each touchpoint (`maya @ checkout_page:
 * 1 → 3`) and each persona's average over each stage. Touchpoints are matched
 * by id across the journey, so a moved touchpoint keeps its history.
 */
import { emotionAverage } from '../model/emotion-scale.js';
import type { RenderJourney, RenderTouchpoint } from '../model/render-model.js';
import { ChangeSink } from './compare-fields.js';
import type { Change } from './diff-result.js';
import { placedTouchpoints } from './compare-elements.js';
import type { WorkspaceModel } from './workspace-model.js';

export function compareEmotions(sink: ChangeSink, before: WorkspaceModel, after: WorkspaceModel): void {
    for (const now of Object.values(after.journeys)) {
        const old = Object.hasOwn(before.journeys, now.id) ? before.journeys[now.id] : undefined;
        // A journey added or removed as a whole is one change; its curve shows its emotions.
        if (!old) continue;
        compareTouchpointEmotions(sink, old, now);
        compareStageAverages(sink, old, now);
    }
}

/**
 * The scores of journeys added or removed as a whole, as emotion changes from or to
 * nothing: not part of the diff (the journey is one change), but the review
 * comment lists them so every score it draws on a curve is also in a table.
 */
export function wholeJourneyEmotions(before: WorkspaceModel, after: WorkspaceModel): Change[] {
    const sink = new ChangeSink([]);
    for (const now of Object.values(after.journeys)) {
        if (!Object.hasOwn(before.journeys, now.id)) compareTouchpointEmotions(sink, { ...now, stages: [] }, now);
    }
    for (const old of Object.values(before.journeys)) {
        if (!Object.hasOwn(after.journeys, old.id)) compareTouchpointEmotions(sink, old, { ...old, stages: [] });
    }
    return sink.changes.filter(change => !change.field!.endsWith('.note'));
}

function compareTouchpointEmotions(sink: ChangeSink, before: RenderJourney, after: RenderJourney): void {
    const oldTouchpoints = new Map(placedTouchpoints(before).map(placed => [placed.id, placed]));
    const newTouchpoints = new Map(placedTouchpoints(after).map(placed => [placed.id, placed]));
    const ids = [...new Set([...newTouchpoints.keys(), ...oldTouchpoints.keys()])];
    for (const touchpointId of ids) {
        const old = oldTouchpoints.get(touchpointId);
        const now = newTouchpoints.get(touchpointId);
        const placed = (now ?? old)!;
        const id = `${(now ? after : before).id}/${placed.stage}/${touchpointId}`;
        const oldScores = scoresByPersona(old?.touchpoint);
        const newScores = scoresByPersona(now?.touchpoint);
        for (const persona of unionKeys(newScores, oldScores)) {
            const was = oldScores.get(persona);
            const is = newScores.get(persona);
            if (was === undefined) sink.push({ kind: 'added', element: 'emotion', id, field: persona, after: is!.score });
            else if (is === undefined) sink.push({ kind: 'removed', element: 'emotion', id, field: persona, before: was.score });
            else {
                if (was.score !== is.score) sink.push({ kind: 'changed', element: 'emotion', id, field: persona, before: was.score, after: is.score });
                if (was.note !== is.note) sink.push({ kind: 'changed', element: 'emotion', id, field: `${persona}.note`, before: was.note, after: is.note });
            }
        }
    }
}

function compareStageAverages(sink: ChangeSink, before: RenderJourney, after: RenderJourney): void {
    const stageIds = [...new Set([...after.stages.map(stage => stage.id), ...before.stages.map(stage => stage.id)])];
    for (const stageId of stageIds) {
        const oldAverages = averagesByPersona(before.stages.find(stage => stage.id === stageId)?.touchpoints ?? []);
        const newAverages = averagesByPersona(after.stages.find(stage => stage.id === stageId)?.touchpoints ?? []);
        for (const persona of unionKeys(newAverages, oldAverages)) {
            const was = oldAverages.get(persona);
            const is = newAverages.get(persona);
            if (was !== is) {
                sink.push({ kind: was === undefined ? 'added' : is === undefined ? 'removed' : 'changed', element: 'stage-emotion', id: `${after.id}/${stageId}`, field: persona, before: was, after: is });
            }
        }
    }
}

interface Felt {
    score: number;
    note?: string;
}

/** A persona's emotion at a touchpoint; two lines for one persona count as their mean. */
function scoresByPersona(touchpoint: RenderTouchpoint | undefined): Map<string, Felt> {
    const grouped = new Map<string, Felt[]>();
    for (const emotion of touchpoint?.emotions ?? []) {
        const list = grouped.get(emotion.persona) ?? [];
        list.push({ score: emotion.score, note: emotion.note });
        grouped.set(emotion.persona, list);
    }
    return new Map([...grouped].map(([persona, felt]) => [
        persona,
        { score: round(mean(felt.map(f => f.score))), note: felt.map(f => f.note).filter(Boolean).join(' / ') || undefined }
    ]));
}

/** Each persona's mean score over the touchpoints given (those where it has an emotion). */
export function averagesByPersona(touchpoints: RenderTouchpoint[]): Map<string, number> {
    const scores = new Map<string, number[]>();
    for (const touchpoint of touchpoints) {
        for (const emotion of touchpoint.emotions) {
            scores.set(emotion.persona, [...(scores.get(emotion.persona) ?? []), emotion.score]);
        }
    }
    // Out-of-range scores are diagnostics, not feelings: averaged as hover and the diagrams average them.
    return new Map([...scores].flatMap(([persona, list]): Array<[string, number]> => {
        const average = emotionAverage(list);
        return average === undefined ? [] : [[persona, round(average)]];
    }));
}

function mean(values: number[]): number {
    return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Two decimals: enough for a 1–5 scale, and stable against floating-point noise. */
function round(value: number): number {
    return Math.round(value * 100) / 100;
}

function unionKeys<K>(first: Map<K, unknown>, second: Map<K, unknown>): K[] {
    return [...new Set([...first.keys(), ...second.keys()])];
}
