/**
 * Words for a change, as a product manager reads them: labels instead of ids,
 * "Pain" instead of "pains", the journey and stage a touchpoint belongs to.
 */
import type { RenderJourney } from '../model/render-model.js';
import type { Change, ChangeElement } from './diff-result.js';
import type { WorkspaceModel } from './workspace-model.js';

const elementNames: Record<ChangeElement, string> = {
    persona: 'Persona',
    team: 'Team',
    channel: 'Channel',
    journey: 'Journey',
    stage: 'Stage',
    touchpoint: 'Touchpoint',
    metric: 'Metric',
    system: 'System',
    research: 'Research',
    opportunity: 'Opportunity',
    evidence: 'Evidence',
    emotion: 'Emotion',
    'stage-emotion': 'Average emotion'
};

const fieldNames: Record<string, string> = {
    label: 'Name',
    description: 'Description',
    goals: 'Goal',
    needs: 'Need',
    frustrations: 'Frustration',
    quotes: 'Quote',
    state: 'State',
    personas: 'Personas',
    owners: 'Owners',
    channels: 'Channels',
    actions: 'Action',
    thoughts: 'Thought',
    pains: 'Pain',
    opportunities: 'Opportunity',
    'stage order': 'Order of stages',
    'touchpoint order': 'Order of touchpoints',
    stage: 'Stage',
    involved: 'Involved teams',
    replaces: 'Replaces',
    external: 'External',
    kind: 'Kind',
    date: 'Date',
    sampleSize: 'Sample size',
    link: 'Link',
    frontstage: 'Frontstage',
    backstage: 'Backstage',
    support: 'Support process',
    systems: 'Systems',
    evidence: 'Physical evidence',
    'moment of truth': 'Moment of truth',
    'failure points': 'Failure point'
};

export function elementName(element: ChangeElement): string {
    return elementNames[element];
}

export function fieldName(field: string): string {
    return fieldNames[field] ?? field;
}

/** Resolves labels from the new side, falling back on the old one for what was removed. */
export class LabelResolver {
    constructor(private readonly before: WorkspaceModel, private readonly after: WorkspaceModel) {}

    persona(id: string): string {
        return (this.after.personas[id] ?? this.before.personas[id])?.label ?? id;
    }

    /** A persona's label up to its first comma ("Maya, first-time buyer" → "Maya"): short enough for a sentence. */
    personaShortName(id: string): string {
        return this.persona(id).split(',')[0].trim() || id;
    }

    team(id: string): string {
        return (this.after.teams[id] ?? this.before.teams[id])?.label ?? id;
    }

    channel(id: string): string {
        return (this.after.channels[id] ?? this.before.channels[id])?.label ?? id;
    }

    system(id: string): string {
        return (this.after.systems?.[id] ?? this.before.systems?.[id])?.label ?? id;
    }

    research(id: string): string {
        return (this.after.sources?.[id] ?? this.before.sources?.[id])?.label ?? id;
    }

    journey(id: string): RenderJourney | undefined {
        return this.after.journeys[id] ?? this.before.journeys[id];
    }

    /** Label of each segment of an id path: journey, stage, touchpoint. */
    path(id: string): string[] {
        const [journeyId, stageId, touchpointId] = id.split('/');
        const journeys = [this.after.journeys[journeyId], this.before.journeys[journeyId]].filter(Boolean);
        if (journeys.length === 0) return [id];
        const labels = [journeys[0].label];
        if (stageId !== undefined) {
            const stage = journeys.map(journey => journey.stages.find(s => s.id === stageId)).find(Boolean);
            labels.push(stage?.label ?? stageId);
        }
        if (touchpointId !== undefined) {
            const touchpoint = journeys
                .flatMap(journey => journey.stages.flatMap(stage => stage.touchpoints))
                .find(t => t.id === touchpointId);
            labels.push(touchpoint?.label ?? touchpointId);
        }
        return labels;
    }

    /** The label of the element a change is about. */
    subject(change: Change): string {
        switch (change.element) {
            case 'persona':
                return this.persona(change.id);
            case 'team':
                return this.team(change.id);
            case 'channel':
                return this.channel(change.id);
            case 'system':
                return (this.after.systems?.[change.id] ?? this.before.systems?.[change.id])?.label ?? change.id;
            case 'research':
                return this.research(change.id);
            default:
                return this.path(change.id).at(-1) ?? change.id;
        }
    }

    /** Where the element sits, for a "In" column: the journey and stage around it. */
    context(change: Change): string {
        if (['persona', 'team', 'channel', 'system', 'research', 'journey'].includes(change.element)) return '';
        return this.path(change.id).slice(0, -1).join(' › ');
    }
}
