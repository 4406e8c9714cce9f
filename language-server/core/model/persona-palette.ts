/**
 * One colour and one marker shape per persona, the same in every view,
 * export, legend and diff curve. Assigned by the persona's position in the
 * journey's `personas` line (then the model's persona order), so a persona
 * keeps its colour in every drawing of that journey.
 *
 * Okabe–Ito: distinguishable for the common colour-vision deficiencies; the
 * marker shape tells personas apart without colour. Yellow and black come
 * last: yellow is light on white, black reads as text.
 */
export interface PersonaStyle {
    /** Stroke/fill colour of the persona's line, dots and borders (hex). */
    color: string;
    /** A marker shape, so the curve reads without colour. */
    marker: PersonaMarker;
    /** Dash pattern (SVG `stroke-dasharray`) for lines beyond the eighth persona; empty for a solid line. */
    dash: string;
}

export type PersonaMarker = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross' | 'star' | 'pentagon';

export const PERSONA_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** The colours' names, for text keys (a Markdown colour key, an aria description). */
export const PERSONA_COLOR_NAMES = ['blue', 'orange', 'green', 'pink', 'sky blue', 'vermillion', 'yellow', 'black'] as const;

export const PERSONA_MARKERS: readonly PersonaMarker[] = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'cross', 'star', 'pentagon'];

const DASHES = ['', '6 3', '2 3', '8 3 2 3'];

/** The style of the persona at `index` (0-based) of a journey's persona order. */
export function personaStyle(index: number): PersonaStyle {
    const i = Math.max(0, Math.floor(index));
    return {
        color: PERSONA_COLORS[i % PERSONA_COLORS.length],
        marker: PERSONA_MARKERS[i % PERSONA_MARKERS.length],
        dash: DASHES[Math.floor(i / PERSONA_COLORS.length) % DASHES.length]
    };
}

/** The persona order a journey's drawings use: its `personas` line first, then any other persona of the model. */
export function personaOrder(journeyPersonas: readonly string[], allPersonas: readonly string[]): string[] {
    const order = [...journeyPersonas];
    for (const id of allPersonas) if (!order.includes(id)) order.push(id);
    return order;
}

/** persona id → style, for one journey. */
export function personaStyles(journeyPersonas: readonly string[], allPersonas: readonly string[] = []): Map<string, PersonaStyle> {
    return new Map(personaOrder(journeyPersonas, allPersonas).map((id, index) => [id, personaStyle(index)]));
}
