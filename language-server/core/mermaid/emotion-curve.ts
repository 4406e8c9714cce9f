import { matchingTouchpoint } from '../model/current-state-match.js';
import { displayName, isShownScore, ModelLabels, requireJourney, shownPersonas } from '../model/model-lookup.js';
import type { RenderJourney, RenderModel, RenderTouchpoint } from '../model/render-model.js';
import { emptyState } from './empty-state.js';
import { journeyPersonaStyles, personaStyleOf } from './persona-colours.js';
import { escapeMermaidText, quoted } from './escape.js';

export interface EmotionCurveOptions {
    /** One persona's line only (its id); every persona's otherwise. */
    persona?: string;
    /** The previous version of the model: its lines are drawn too, faded, under the current ones (the diff view). */
    before?: RenderModel;
    /**
     * `full`: each x label is "Stage · Touchpoint" (the preview sizes the chart itself).
     * `auto`: the same up to {@link MAX_NAMED_CATEGORIES} touchpoints; beyond, the
     * labels are numbers and `axisKey` says which touchpoint each is (the CLI and
     * Markdown print that key), since long labels side by side would overlap.
     */
    axisLabels?: 'full' | 'auto';
}

/** One point of the x axis: a touchpoint, with its stage. */
interface Slot {
    stageId: string;
    touchpointId: string;
    label: string;
    /** The journey's own touchpoint (a `before`-only slot has none). */
    touchpoint?: RenderTouchpoint;
}

/** A line: a score per slot, `undefined` where the persona has none. */
interface Series {
    persona: string;
    before: boolean;
    replaced: boolean;
    title: string;
    scores: Array<number | undefined>;
}

/** The before version's lines: the same hue as the persona's current line, at 35 % opacity. */
const FADED = '59';
/** Past this many touchpoints, `axisLabels: 'auto'` numbers the x labels. */
export const MAX_NAMED_CATEGORIES = 24;
/** Approximate width of a character of Mermaid's chart labels (14 px sans-serif), as Mermaid measures the parsed text. */
const CHARACTER_WIDTH = 7.5;
const MIN_WIDTH = 700;
/** Room for the y axis and its title. */
const Y_AXIS_WIDTH = 90;

/**
 * The Emotion curve view as a Mermaid `xychart-beta`: one line per persona
 * across the touchpoints in journey order, y from 1 to 5, each x label
 * "Stage · Touchpoint" (or its number, see `axisLabels`). Only syntax that
 * Mermaid 10.9 already reads (GitHub's renderers lag the bundled Mermaid).
 *
 * Missing data is never invented as a score:
 * - the x axis has the touchpoints that at least one shown persona scored
 *   (the others have nothing to plot; Blueprint and Details list them);
 * - a persona with no score at a touchpoint of the axis still needs a value
 *   there (xychart lines have one per category). Between two of its scores the
 *   value lies on the straight segment joining them, so the line drawn is just
 *   the persona's real scores joined; before its first or after its last score
 *   the line stays level. The layout's `gaps` lists those points (a per-point
 *   label would need Mermaid 11.16), so the Markdown key can say "no score";
 * - personas without any score have no line (the preview's legend marks them).
 *
 * Colours are the personas' (persona-palette.ts), set with front matter
 * (`themeVariables.xyChart.plotColorPalette`), never a `%%{init}%%`. With
 * `before`, the previous version's lines come first (drawn underneath) in the
 * same colour as the persona's current line but faded, titled "Maya (before)";
 * touchpoints only the previous version has keep their place on the axis after
 * their former predecessor.
 *
 * A future-state journey that names the current-state journey it `replaces`
 * gets that journey's lines too, faded like the previous version's and drawn
 * underneath, titled "Maya (current)", its own lines "Maya (target)": each
 * touchpoint of the axis takes the score of the current state's touchpoint
 * with the same id, else the same label (as the Map view matches them).
 *
 * When no shown persona has a score at all, the result is a one-node flowchart
 * that says so, because an xychart without a line cannot be drawn.
 */
export function emotionCurve(model: RenderModel, journeyId: string, options: EmotionCurveOptions = {}): string {
    return emotionCurveLayout(model, journeyId, options).text;
}

/** A line of the curve as drawn, with what a text key needs to describe it. */
export interface EmotionCurveLine {
    persona: string;
    before: boolean;
    /** The current-state journey's line, drawn behind a future state's ("Maya (current)"). */
    replaced: boolean;
    /** The line's title ("Maya", "Maya (before)", "Maya (current)" / "Maya (target)"). */
    title: string;
    /** Its colour (#rrggbb, `#rrggbbaa` when faded). */
    color: string;
    /** Touchpoint ids of the axis where this persona has no score (the line is bridged there). */
    gaps: string[];
    /** The score at each category of the axis, undefined where there is none. */
    scores: Array<number | undefined>;
}

/** What the emotion curve draws, in drawing order, so the preview can tie each SVG part to its element. */
export interface EmotionCurveLayout {
    text: string;
    /** `xychart`, or `empty` when nobody has a score and the text is a one-node flowchart saying so. */
    kind: 'xychart' | 'empty';
    /** The x axis: one touchpoint per category, in order (a `before`-only touchpoint included). */
    categories: Array<{ stageId: string; touchpointId: string; label: string }>;
    /** The lines in Mermaid's order (plot index and legend): the before version's first. */
    lines: EmotionCurveLine[];
    /** When the x labels are numbers: what each number stands for ("Stage · Touchpoint"), in axis order. */
    axisKey?: Array<{ number: string; label: string }>;
}

export function emotionCurveLayout(model: RenderModel, journeyId: string, options: EmotionCurveOptions = {}): EmotionCurveLayout {
    const journey = requireJourney(model, journeyId);
    const previous = options.before?.journeys.find(candidate => candidate.id === journeyId);
    const personas = mergeOrder(shownPersonas(journey, options.persona), previous ? shownPersonas(previous, options.persona) : []);
    const slots = axis(journey, previous, personas);

    const labels = new ModelLabels(model);
    const previousLabels = options.before ? new ModelLabels(options.before) : labels;
    // A future state drawn over the current-state journey it replaces: "current" vs "target".
    const replaced = journey.replaces?.journey;
    const currentState = replaced ? seriesOf(replaced, slots, personas, id => `${labels.persona(id)} (current)`, { replaced: true }, tp => matchingTouchpoint(replaced, tp)) : [];
    const current = seriesOf(journey, slots, personas, id => (currentState.length > 0 ? `${labels.persona(id)} (target)` : labels.persona(id)), {});
    const before = previous ? seriesOf(previous, slots, personas, id => `${previousLabels.persona(id)} (before)`, { before: true }) : [];

    const drawn = [...before, ...currentState.filter(series => series.scores.some(score => score !== undefined)), ...current]
        .filter(series => series.scores.some(score => score !== undefined));
    if (drawn.length === 0) {
        const whose = options.persona ? ` for ${labels.persona(options.persona)}` : '';
        return { text: emptyState(`${displayName(journey)}: no emotion scores${whose} yet`), kind: 'empty', categories: [], lines: [] };
    }
    const styles = journeyPersonaStyles(model, journey);
    const colorOf = (series: Series) => personaStyleOf(styles, series.persona).color + (series.before || series.replaced ? FADED : '');
    const numbered = options.axisLabels === 'auto' && slots.length > MAX_NAMED_CATEGORIES;
    const axisLabels = numbered ? slots.map((_, index) => String(index + 1)) : slots.map(slot => slot.label);
    const text = [
        '---',
        'config:',
        '    xyChart:',
        `        width: ${chartWidth(axisLabels, drawn.map(series => series.title))}`,
        '    themeVariables:',
        '        xyChart:',
        `            plotColorPalette: "${drawn.map(colorOf).join(', ')}"`,
        '---',
        'xychart-beta',
        `    title ${quoted(displayName(journey))}`,
        `    x-axis [${axisLabels.map(label => quoted(label)).join(', ')}]`,
        '    y-axis "Emotion (1-5)" 1 --> 5',
        ...drawn.map(series => `    line ${quoted(series.title)} [${points(series.scores)}]`)
    ].join('\n') + '\n';
    return {
        text,
        kind: 'xychart',
        categories: slots.map(slot => ({ stageId: slot.stageId, touchpointId: slot.touchpointId, label: slot.label.replace(/\u200b/g, '') })),
        lines: drawn.map(series => ({
            persona: series.persona,
            before: series.before,
            replaced: series.replaced,
            title: series.title,
            color: colorOf(series),
            gaps: slots.filter((_, index) => series.scores[index] === undefined).map(slot => slot.touchpointId),
            scores: series.scores
        })),
        ...(numbered ? { axisKey: slots.map((slot, index) => ({ number: axisLabels[index], label: slot.label.replace(/\u200b/g, '') })) } : {})
    };
}

/**
 * Wide enough that level x labels never overlap (Mermaid's xychart neither
 * wraps nor turns them unless told) and that the legend (Mermaid 11.17+ draws
 * one right of the plot, only when it fits) fits whole.
 */
function chartWidth(axisLabels: string[], titles: string[]): number {
    const measured = (label: string) => escapeMermaidText(label).replace(/#\d+;/g, 'xxxxxxx').length * CHARACTER_WIDTH;
    const perCategory = Math.max(36, Math.max(...axisLabels.map(measured)) + 24);
    const legend = Math.max(...titles.map(measured)) + 60;
    return Math.round(Math.max(MIN_WIDTH, Y_AXIS_WIDTH + axisLabels.length * perCategory + legend));
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
                .map(tp => ({ stageId: stage.id, touchpointId: tp.id, label: `${displayName(stage)} · ${displayName(tp)}`, touchpoint: j === journey ? tp : undefined }))
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

/**
 * A line per persona over the axis. `at` finds the journey's touchpoint that
 * stands at a slot: by id by default; for the current state a future state
 * replaces, the matching touchpoint (same id, else same label).
 */
function seriesOf(
    journey: RenderJourney, slots: Slot[], personas: string[], title: (persona: string) => string,
    kind: { before?: boolean; replaced?: boolean }, at?: (touchpoint: RenderTouchpoint) => RenderTouchpoint | undefined
): Series[] {
    const touchpoints = new Map(journey.stages.flatMap(stage => stage.touchpoints.map(tp => [tp.id, tp] as const)).reverse());
    const slotTouchpoint = (slot: Slot) => (at ? slot.touchpoint && at(slot.touchpoint) : touchpoints.get(slot.touchpointId));
    return personas.map(persona => ({
        persona,
        before: kind.before ?? false,
        replaced: kind.replaced ?? false,
        title: title(persona),
        scores: slots.map(slot => slotTouchpoint(slot)?.emotions.find(e => e.persona === persona && isShownScore(e))?.score)
    }));
}

/** The data points of a line: real scores as they are, gaps as described on `emotionCurve`. */
function points(scores: Array<number | undefined>): string {
    const known = scores.flatMap((score, index) => (score === undefined ? [] : [index]));
    return scores
        .map((score, index) => {
            if (score !== undefined) return String(score);
            const previous = [...known].reverse().find(k => k < index);
            const next = known.find(k => k > index);
            if (previous !== undefined && next !== undefined) {
                const from = scores[previous]!;
                const to = scores[next]!;
                return round(from + ((to - from) * (index - previous)) / (next - previous));
            }
            return round(scores[(previous ?? next)!]!);
        })
        .join(', ');
}

function round(value: number): string {
    return String(Math.round(value * 1000) / 1000);
}
