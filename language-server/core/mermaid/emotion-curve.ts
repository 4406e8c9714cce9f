import { displayName, isShownScore, ModelLabels, requireJourney, shownPersonas } from '../model/model-lookup.js';
import type { RenderJourney, RenderModel } from '../model/render-model.js';
import { emptyState } from './empty-state.js';
import { escapeMermaidText, quoted } from './escape.js';

export interface EmotionCurveOptions {
    /** One persona's line only (its id); every persona's otherwise. */
    persona?: string;
    /** The previous version of the model: its lines are drawn too, faded, under the current ones (the diff view). */
    before?: RenderModel;
}

/** One point of the x axis: a touchpoint, with its stage. */
interface Slot {
    stageId: string;
    touchpointId: string;
    label: string;
}

/** A line: a score per slot, `undefined` where the persona has none. */
interface Series {
    persona: string;
    before: boolean;
    title: string;
    scores: Array<number | undefined>;
}

/** Tableau 10: distinct hues, readable on light and dark backgrounds. */
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
/** The before version's lines: the same hue as the persona's current line, at 35 % opacity. */
const FADED = '59';
const NO_SCORE = 'no score';
/** Mermaid's xychart does not wrap or turn x labels: give each touchpoint room for "Stage · Touchpoint". */
const MIN_WIDTH = 700;
const WIDTH_PER_TOUCHPOINT = 150;
const LEGEND_WIDTH = 250;

/**
 * The Emotion curve view as a Mermaid `xychart-beta`: one line per persona
 * across the touchpoints in journey order, y from 1 to 5, each x label
 * "Stage · Touchpoint".
 *
 * Missing data is never invented as a score:
 * - the x axis has the touchpoints that at least one shown persona scored
 *   (the others have nothing to plot; Blueprint and Details list them);
 * - a persona with no score at a touchpoint of the axis still needs a value
 *   there (xychart lines have one per category). Between two of its scores the
 *   value lies on the straight segment joining them, so the line drawn is just
 *   the persona's real scores joined; before its first or after its last score
 *   the line stays level. Each such point is labelled "no score" on the chart
 *   (on the current lines; the faded before lines carry no labels);
 * - personas without any score have no line (the preview's legend marks them).
 *
 * With `before`, the previous version's lines come first (drawn underneath) in
 * the same colour as the persona's current line but faded, titled
 * "Maya (before)"; touchpoints only the previous version has keep their place
 * on the axis after their former predecessor. Colours are set with front
 * matter (`themeVariables.xyChart.plotColorPalette`), never a `%%{init}%%`.
 *
 * When no shown persona has a score at all, the result is a one-node flowchart
 * that says so, because an xychart without a line cannot be drawn.
 */
export function emotionCurve(model: RenderModel, journeyId: string, options: EmotionCurveOptions = {}): string {
    return emotionCurveLayout(model, journeyId, options).text;
}

/** What the emotion curve draws, in drawing order, so the preview can tie each SVG part to its element. */
export interface EmotionCurveLayout {
    text: string;
    /** `xychart`, or `empty` when nobody has a score and the text is a one-node flowchart saying so. */
    kind: 'xychart' | 'empty';
    /** The x axis: one touchpoint per category, in order (a `before`-only touchpoint included). */
    categories: Array<{ stageId: string; touchpointId: string }>;
    /** The lines in Mermaid's order (plot index and legend): the before version's first. */
    lines: Array<{ persona: string; before: boolean }>;
}

export function emotionCurveLayout(model: RenderModel, journeyId: string, options: EmotionCurveOptions = {}): EmotionCurveLayout {
    const journey = requireJourney(model, journeyId);
    const previous = options.before?.journeys.find(candidate => candidate.id === journeyId);
    const personas = mergeOrder(shownPersonas(journey, options.persona), previous ? shownPersonas(previous, options.persona) : []);
    const slots = axis(journey, previous, personas);

    const labels = new ModelLabels(model);
    const previousLabels = options.before ? new ModelLabels(options.before) : labels;
    const current = seriesOf(journey, slots, personas, id => labels.persona(id), false);
    const before = previous ? seriesOf(previous, slots, personas, id => `${previousLabels.persona(id)} (before)`, true) : [];

    const drawn = [...before, ...current].filter(series => series.scores.some(score => score !== undefined));
    if (drawn.length === 0) {
        const whose = options.persona ? ` for ${labels.persona(options.persona)}` : '';
        return { text: emptyState(`${displayName(journey)}: no emotion scores${whose} yet`), kind: 'empty', categories: [], lines: [] };
    }
    const palette = [
        ...before.filter(series => drawn.includes(series)).map(series => PALETTE[personaIndex(series, before)] + FADED),
        ...current.filter(series => drawn.includes(series)).map(series => PALETTE[personaIndex(series, current)])
    ];
    const text = [
        '---',
        'config:',
        '    xyChart:',
        `        width: ${Math.max(MIN_WIDTH, slots.length * WIDTH_PER_TOUCHPOINT + LEGEND_WIDTH)}`,
        '    themeVariables:',
        '        xyChart:',
        `            plotColorPalette: "${palette.join(', ')}"`,
        '---',
        'xychart-beta',
        `    title ${quoted(displayName(journey))}`,
        `    x-axis [${slots.map(slot => quoted(slot.label)).join(', ')}]`,
        '    y-axis "Emotion (1-5)" 1 --> 5',
        ...drawn.map(series => `    line ${quoted(series.title)} [${points(series.scores, !series.before)}]`)
    ].join('\n') + '\n';
    return {
        text,
        kind: 'xychart',
        categories: slots.map(slot => ({ stageId: slot.stageId, touchpointId: slot.touchpointId })),
        lines: drawn.map(series => ({ persona: series.persona, before: series.before }))
    };
}

function personaIndex(series: Series, all: Series[]): number {
    return all.indexOf(series) % PALETTE.length;
}

/** `a` followed by the ids only `b` has. */
function mergeOrder(a: string[], b: string[]): string[] {
    return [...new Set([...a, ...b])];
}

/** The touchpoints some persona scored, in the current order, with the previous version's removed ones at their former place. */
function axis(journey: RenderJourney, previous: RenderJourney | undefined, personas: string[]): Slot[] {
    const scored = (j: RenderJourney) =>
        j.stages.flatMap(stage =>
            stage.touchpoints
                .filter(tp => tp.emotions.some(emotion => personas.includes(emotion.persona) && isShownScore(emotion)))
                .map(tp => ({ stageId: stage.id, touchpointId: tp.id, label: `${displayName(stage)} · ${displayName(tp)}` }))
        );
    const slots = scored(journey);
    const currentIds = new Set(journey.stages.flatMap(stage => stage.touchpoints.map(tp => tp.id)));
    let insertAt = 0;
    for (const slot of previous ? scored(previous) : []) {
        const existing = slots.findIndex(candidate => candidate.touchpointId === slot.touchpointId);
        if (existing >= 0) {
            insertAt = existing + 1;
        } else if (!currentIds.has(slot.touchpointId)) {
            slots.splice(insertAt++, 0, slot);
        }
    }
    return uniqueLabels(slots);
}

/** xychart's band axis merges equal categories; equal labels get invisible zero-width spaces to stay apart. */
function uniqueLabels(slots: Slot[]): Slot[] {
    const seen = new Map<string, number>();
    return slots.map(slot => {
        const count = seen.get(slot.label) ?? 0;
        seen.set(slot.label, count + 1);
        return count === 0 ? slot : { ...slot, label: slot.label + '\u200b'.repeat(count) };
    });
}

function seriesOf(journey: RenderJourney, slots: Slot[], personas: string[], title: (persona: string) => string, before: boolean): Series[] {
    const touchpoints = new Map(journey.stages.flatMap(stage => stage.touchpoints.map(tp => [tp.id, tp] as const)).reverse());
    return personas.map(persona => ({
        persona,
        before,
        title: title(persona),
        scores: slots.map(slot => touchpoints.get(slot.touchpointId)?.emotions.find(e => e.persona === persona && isShownScore(e))?.score)
    }));
}

/**
 * The data points of a line: real scores as they are, gaps as described on
 * `emotionCurve`, labelled "no score" when `labelGaps` (the faded before lines
 * are not labelled: they would print over the current ones).
 */
function points(scores: Array<number | undefined>, labelGaps: boolean): string {
    const known = scores.flatMap((score, index) => (score === undefined ? [] : [index]));
    return scores
        .map((score, index) => {
            if (score !== undefined) return String(score);
            const previous = [...known].reverse().find(k => k < index);
            const next = known.find(k => k > index);
            let value: number;
            if (previous !== undefined && next !== undefined) {
                const from = scores[previous]!;
                const to = scores[next]!;
                value = from + ((to - from) * (index - previous)) / (next - previous);
            } else {
                value = scores[(previous ?? next)!]!;
            }
            return labelGaps ? `${round(value)} "${escapeMermaidText(NO_SCORE)}"` : round(value);
        })
        .join(', ');
}

function round(value: number): string {
    return String(Math.round(value * 1000) / 1000);
}
