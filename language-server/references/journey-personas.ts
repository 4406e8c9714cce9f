import { AstUtils, type IndexManager } from 'langium';
import { isModel, isPersona, type Journey, type Persona } from '../generated/ast.js';

/**
 * The journey's personas (docs/language.md, "The journey's personas"): those
 * named by its `personas` line, or, without that line, every persona declared
 * in the same file. Unresolved names on the `personas` line are left out.
 *
 * The `indexManager` is accepted for callers that hold one; the same file's
 * personas are read from the journey's own syntax tree, which is always
 * current, so it is not needed here.
 */
export function getJourneyPersonas(journey: Journey, _indexManager?: IndexManager): Persona[] {
    if (journey.personas.length > 0) {
        return journey.personas.map(ref => ref.ref).filter((p): p is Persona => p !== undefined);
    }
    const root = AstUtils.findRootNode(journey);
    return isModel(root) ? root.elements.filter(isPersona) : [];
}
