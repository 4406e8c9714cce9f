import type { RenderElement, RenderEmotion, RenderJourney, RenderModel } from './render-model.js';

/** The journey with this id; a clear error names the ones the file has otherwise. */
export function requireJourney(model: RenderModel, journeyId: string): RenderJourney {
    const journey = model.journeys.find(candidate => candidate.id === journeyId);
    if (!journey) {
        const known = model.journeys.map(candidate => `'${candidate.id}'`).join(', ') || 'none';
        throw new Error(`No journey '${journeyId}' in ${model.uri} (journeys: ${known}).`);
    }
    return journey;
}

/** What to show for an element: its label, else its id, else a placeholder for an element the parser recovered without either. */
export function displayName(element: Pick<RenderElement, 'id' | 'label'>): string {
    return element.label.trim() || element.id || '(unnamed)';
}

/** Labels of the personas, teams and channels of a model, by id; unknown ids (unresolved references) show as written. */
export class ModelLabels {
    private readonly personas: Map<string, string>;
    private readonly teams: Map<string, string>;
    private readonly channels: Map<string, string>;

    constructor(model: RenderModel) {
        const byId = (elements: RenderElement[]) => new Map(elements.map(element => [element.id, displayName(element)] as const).reverse());
        this.personas = byId(model.personas);
        this.teams = byId(model.teams);
        this.channels = byId(model.channels);
    }

    persona(id: string): string {
        return this.personas.get(id) ?? id;
    }

    /** "Maya" for "Maya, first-time buyer": where a persona is named beside each fact. */
    personaShortName(id: string): string {
        return this.persona(id).split(',')[0].trim() || id;
    }

    team(id: string): string {
        return this.teams.get(id) ?? id;
    }

    channel(id: string): string {
        return this.channels.get(id) ?? id;
    }
}

/** A score the diagrams can show: an integer from 1 to 5 (others are `emotion-out-of-range` errors and are left out). */
export function isShownScore(emotion: Pick<RenderEmotion, 'score'>): boolean {
    return Number.isInteger(emotion.score) && emotion.score >= 1 && emotion.score <= 5;
}

/**
 * The personas a journey view shows, in order: the one asked for, or the
 * journey's personas followed by any other persona an emotion names.
 */
export function shownPersonas(journey: RenderJourney, persona?: string): string[] {
    if (persona) return [persona];
    const ids = new Set(journey.personas);
    for (const stage of journey.stages) {
        for (const touchpoint of stage.touchpoints) {
            for (const emotion of touchpoint.emotions) ids.add(emotion.persona);
        }
    }
    return [...ids];
}
