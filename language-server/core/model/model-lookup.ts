import { personaOrder } from './persona-palette.js';
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
    private readonly systems: Map<string, string>;
    private readonly sources: Map<string, string>;

    constructor(model: RenderModel) {
        const byId = (elements: RenderElement[]) => new Map(elements.map(element => [element.id, displayName(element)] as const).reverse());
        this.personas = byId(model.personas);
        this.teams = byId(model.teams);
        this.channels = byId(model.channels);
        this.systems = byId(model.systems ?? []);
        this.sources = byId(model.sources ?? []);
    }

    persona(id: string): string {
        return this.personas.get(id) ?? id;
    }

    /** "Maya" for "Maya, first-time buyer": where a persona is named beside each fact. */
    personaShortName(id: string): string {
        return this.persona(id).split(',')[0].trim() || id;
    }

    system(id: string): string {
        return this.systems.get(id) ?? id;
    }

    /** A research source's label. */
    research(id: string): string {
        return this.sources.get(id) ?? id;
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
    const scored = journey.stages.flatMap(stage => stage.touchpoints.flatMap(touchpoint => touchpoint.emotions.map(emotion => emotion.persona)));
    return personaOrder([...new Set(journey.personas)], scored);
}

/** Words a label uses to say which state a journey shows, so the title need not say it twice. */
const STATE_WORDS: Record<string, readonly string[]> = {
    current: ['current', 'today', 'now', 'as-is', 'as is', 'present'],
    future: ['future', 'target', 'to-be', 'to be', 'tomorrow', 'vision', 'ideal']
};

/**
 * A journey's title: its name with its state, "Checkout (current state)", unless the
 * label already says it ("Water damage claim (today)", not "… (today) (current state)").
 * Every title of a journey (preview toolbar, exported page) reads it here.
 */
export function journeyTitle(journey: Pick<RenderJourney, 'id' | 'label' | 'state'>): string {
    const name = displayName(journey);
    if (!journey.state) return name;
    const lower = name.toLowerCase();
    const saysIt = (STATE_WORDS[journey.state] ?? [journey.state]).some(word => new RegExp(`(^|[^a-z])${word}([^a-z]|$)`).test(lower));
    return saysIt ? name : `${name} (${journey.state} state)`;
}
