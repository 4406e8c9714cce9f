import { AstUtils } from 'langium';
import { isModel, isPersona, type Journey, type Persona } from '../generated/ast.js';

/**
 * The journey's personas (docs/language.md, "The journey's personas"): those
 * named by its `personas` line, or, without that line, every persona declared
 * in the same file. Unresolved names on the `personas` line are left out.
 * Validation, completion, quick fixes and the render model all ask here.
 */
export function getJourneyPersonas(journey: Journey): Persona[] {
    if (journey.personas.length > 0) {
        return journey.personas.map(ref => ref.ref).filter((p): p is Persona => p !== undefined);
    }
    const root = AstUtils.findRootNode(journey);
    return isModel(root) ? root.elements.filter(isPersona) : [];
}

/**
 * Whether `persona` is one of the journey's personas: `getJourneyPersonas(journey).includes(persona)`
 * without building the list (validation asks it for every emotion and thought of a file).
 */
export function isJourneyPersona(journey: Journey, persona: Persona): boolean {
    if (journey.personas.length > 0) {
        return journey.personas.some(ref => ref.ref === persona);
    }
    return isModel(persona.$container) && persona.$container === AstUtils.findRootNode(journey);
}
