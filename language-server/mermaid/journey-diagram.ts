import { displayName, isShownScore, ModelLabels, requireJourney, shownPersonas } from '../render/model-lookup.js';
import type { RenderModel } from '../render/render-model.js';
import { journeyActor, journeyText } from './escape.js';

export interface JourneyDiagramOptions {
    /** Show one persona only (its id); all the journey's personas otherwise. */
    persona?: string;
}

/**
 * The Journey view as a Mermaid `journey` diagram: a section per stage, a task
 * per touchpoint and persona.
 *
 * Mermaid gives a task one score, so a touchpoint is written once per persona
 * that scored it, in persona order (`Checkout: 1: Maya`, `Checkout: 4: Sam`):
 * each face is a real score and its actor says whose. With the `persona`
 * option only that persona's tasks remain.
 *
 * A touchpoint no shown persona scored has no task (Mermaid needs a score and
 * we never invent one); out-of-range scores are left out the same way. A stage
 * none of whose touchpoints has a shown score has no section, since Mermaid
 * only draws sections around tasks. The Blueprint and Details views show
 * every touchpoint.
 */
export function journeyDiagram(model: RenderModel, journeyId: string, options: JourneyDiagramOptions = {}): string {
    const journey = requireJourney(model, journeyId);
    const labels = new ModelLabels(model);
    const personas = shownPersonas(journey, options.persona);
    const lines = ['journey', `    title ${journeyText(displayName(journey))}`];
    for (const stage of journey.stages) {
        const tasks: string[] = [];
        for (const touchpoint of stage.touchpoints) {
            for (const persona of personas) {
                const emotion = touchpoint.emotions.find(candidate => candidate.persona === persona && isShownScore(candidate));
                if (emotion) {
                    tasks.push(`        ${journeyText(displayName(touchpoint))}: ${emotion.score}: ${journeyActor(labels.persona(persona))}`);
                }
            }
        }
        if (tasks.length > 0) {
            lines.push(`    section ${journeyText(displayName(stage))}`, ...tasks);
        }
    }
    return lines.join('\n') + '\n';
}
