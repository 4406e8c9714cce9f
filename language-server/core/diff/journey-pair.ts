import type { RenderJourney } from '../model/render-model.js';
import type { WorkspaceModel } from './workspace-model.js';

/**
 * A future-state journey and the current-state journey it `replaces`, as two
 * versions of one map: the current journey takes the future one's id, so the
 * diff matches their stages and touchpoints by id and reads as "target" changes
 * ("Emotion of Maya at Checkout: 1 → 4").
 */
export function pairSides(workspace: WorkspaceModel, future: RenderJourney): { before: WorkspaceModel; after: WorkspaceModel } | undefined {
    const current = future.replaces?.journey ?? (future.replaces ? workspace.journeys[future.replaces.id] : undefined);
    if (!current) return undefined;
    const declarations = { personas: workspace.personas, teams: workspace.teams, channels: workspace.channels, systems: workspace.systems, sources: workspace.sources };
    return {
        before: { ...declarations, journeys: { [future.id]: { ...current, id: future.id } }, diagnostics: [] },
        after: { ...declarations, journeys: { [future.id]: future }, diagnostics: [] }
    };
}

/** The journeys of the workspace that replace another one, in id order. */
export function replacingJourneys(workspace: WorkspaceModel): RenderJourney[] {
    return Object.values(workspace.journeys).filter(journey => journey.replaces !== undefined).sort((a, b) => a.id.localeCompare(b.id));
}
