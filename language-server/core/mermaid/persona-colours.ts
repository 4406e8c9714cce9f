/**
 * The persona palette (core/model/persona-palette.ts) as the Mermaid views use
 * it: one style per persona of a journey, by the journey's persona order, so
 * the journey diagram, the emotion curve, the blueprint and the Markdown keys
 * give a persona the same colour as the map.
 */
import { personaStyle, personaStyles, PERSONA_COLOR_NAMES, PERSONA_COLORS, type PersonaStyle } from '../model/persona-palette.js';
import type { RenderJourney, RenderModel } from '../model/render-model.js';

export function journeyPersonaStyles(model: RenderModel, journey: RenderJourney): Map<string, PersonaStyle> {
    return personaStyles(journey.personas, model.personas.map(persona => persona.id));
}

/** The persona's style; a persona the model does not declare (an unresolved reference) gets the next free one. */
export function personaStyleOf(styles: Map<string, PersonaStyle>, persona: string): PersonaStyle {
    let style = styles.get(persona);
    if (!style) {
        style = personaStyle(styles.size);
        styles.set(persona, style);
    }
    return style;
}

/** "blue", "orange"… for a text key. */
export function colourName(color: string): string {
    const index = PERSONA_COLORS.findIndex(candidate => candidate.toLowerCase() === color.slice(0, 7).toLowerCase());
    return index >= 0 ? PERSONA_COLOR_NAMES[index] : color;
}
