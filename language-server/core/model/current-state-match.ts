/**
 * Which touchpoint of another journey stands for a touchpoint: the one home
 * of that rule, read by the Map view's emotion lane and the Mermaid emotion
 * curve, so a future state's curve and its current-state overlay pair the
 * same touchpoints everywhere (and the previous version's, in the diff).
 */
import type { RenderJourney, RenderTouchpoint } from './render-model.js';

/** The touchpoint of `other` with the same id, else the same label (trimmed, any case); undefined when none. */
export function matchingTouchpoint(other: RenderJourney, touchpoint: RenderTouchpoint): RenderTouchpoint | undefined {
    const all = other.stages.flatMap(stage => stage.touchpoints);
    const label = touchpoint.label.trim().toLowerCase();
    return all.find(candidate => candidate.id === touchpoint.id)
        ?? all.find(candidate => candidate.label.trim().toLowerCase() === label);
}
