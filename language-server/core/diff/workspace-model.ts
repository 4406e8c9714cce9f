/**
 * A workspace seen as one map: the render models of all its documents merged,
 * every persona, team, channel and journey keyed by its id. The semantic diff
 * compares two of these, so it never depends on which file declares what or
 * in which order.
 */
import type {
    RenderChannel,
    RenderDiagnostic,
    RenderJourney,
    RenderModel,
    RenderPersona,
    RenderResearchSource,
    RenderSystem,
    RenderTeam
} from '../model/render-model.js';

/** A diagnostic with the file it is in, named the same way on both sides of a diff. */
export interface WorkspaceDiagnostic extends RenderDiagnostic {
    /** Workspace-relative path (or any name that is stable across the two versions). */
    file: string;
}

export interface WorkspaceModel {
    personas: Record<string, RenderPersona>;
    teams: Record<string, RenderTeam>;
    channels: Record<string, RenderChannel>;
    systems: Record<string, RenderSystem>;
    sources: Record<string, RenderResearchSource>;
    journeys: Record<string, RenderJourney>;
    diagnostics: WorkspaceDiagnostic[];
}

/**
 * Merges per-document render models. A persona used by journeys of several
 * documents appears in each of their models: the first copy is kept (they are
 * the same declaration). `fileOf` names a document for diagnostics; by default
 * its URI.
 */
export function mergeRenderModels(models: RenderModel[], fileOf: (uri: string) => string = uri => uri): WorkspaceModel {
    const workspace: WorkspaceModel = { personas: {}, teams: {}, channels: {}, systems: {}, sources: {}, journeys: {}, diagnostics: [] };
    const seenDiagnostics = new Set<string>();
    for (const model of models) {
        addById(workspace.personas, model.personas);
        addById(workspace.teams, model.teams);
        addById(workspace.channels, model.channels);
        addById(workspace.systems, model.systems ?? []);
        addById(workspace.sources, model.sources ?? []);
        addById(workspace.journeys, model.journeys);
        for (const diagnostic of model.diagnostics) {
            const key = JSON.stringify([diagnostic.uri, diagnostic.range, diagnostic.code, diagnostic.message]);
            if (seenDiagnostics.has(key)) continue;
            seenDiagnostics.add(key);
            workspace.diagnostics.push({ ...diagnostic, file: fileOf(diagnostic.uri) });
        }
    }
    return workspace;
}

function addById<T extends { id: string }>(target: Record<string, T>, elements: T[]): void {
    for (const element of elements) {
        if (!Object.hasOwn(target, element.id)) target[element.id] = element;
    }
}

/**
 * The workspace as a single render model, for the Mermaid generators
 * (`emotionCurve(model, journeyId, { before })`), which take a RenderModel.
 */
export function workspaceAsRenderModel(workspace: WorkspaceModel, uri = 'workspace:'): RenderModel {
    return {
        version: 2,
        uri,
        journeys: Object.values(workspace.journeys),
        personas: Object.values(workspace.personas),
        teams: Object.values(workspace.teams),
        channels: Object.values(workspace.channels),
        systems: Object.values(workspace.systems ?? {}),
        sources: Object.values(workspace.sources ?? {}),
        emotionScale: [],
        diagnostics: workspace.diagnostics
    };
}
