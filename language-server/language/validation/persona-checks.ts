import { AstUtils, type ValidationAcceptor } from 'langium';
import { isJourney, type Emotion, type Journey, type Thought } from '../generated/ast.js';
import { getJourneyPersonas, isJourneyPersona } from '../references/journey-personas.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { report } from './report.js';

/**
 * `persona-without-emotions`: a persona of the journey never says how it feels
 * in any touchpoint, so the journey's emotion curve has no line for it. Reported
 * on the persona's name in the `personas` line, or on the journey's name when
 * the journey takes the personas of its file.
 */
export function checkPersonasHaveEmotions(journey: Journey, accept: ValidationAcceptor): void {
    if (!journey.name) {
        return; // a syntax error is already reported
    }
    const personasWithEmotions = new Set(
        journey.stages.flatMap(stage => stage.touchpoints.flatMap(touchpoint => touchpoint.emotions.map(emotion => emotion.persona?.ref)))
    );
    for (const persona of getJourneyPersonas(journey)) {
        if (personasWithEmotions.has(persona)) {
            continue;
        }
        const index = journey.personas.findIndex(ref => ref.ref === persona);
        const location = index >= 0 ? { node: journey, property: 'personas' as const, index } : { node: journey, property: 'name' as const };
        report(accept, DiagnosticCode.PersonaWithoutEmotions, `Persona '${persona.name}' has no emotion in journey '${journey.name}'.`, location, {
            persona: persona.name,
            journey: journey.name
        });
    }
}

/**
 * `persona-not-in-journey`: an `emotion` or `thought` names a persona that the
 * journey is not about. Unresolved names are `unresolved-reference`'s business.
 */
export function checkPersonaInJourney(statement: Emotion | Thought, accept: ValidationAcceptor): void {
    const persona = statement.persona?.ref;
    const journey = AstUtils.getContainerOfType(statement, isJourney);
    if (!persona || !journey?.name || isJourneyPersona(journey, persona)) {
        return;
    }
    const hint = journey.personas.length > 0 ? ` Add it to the journey's 'personas' line.` : ` Add a 'personas' line naming it to the journey.`;
    report(
        accept,
        DiagnosticCode.PersonaNotInJourney,
        `Persona '${persona.name}' is not one of the personas of journey '${journey.name}'.${hint}`,
        { node: statement, property: 'persona' },
        { persona: persona.name, journey: journey.name }
    );
}
