import type { ImportedDeclaration, ImportedJourney, ImportedMap, ImportedStage, ImportedTouchpoint } from './imported-map.js';
import { makeId } from './make-id.js';

type DeclarationKind = 'persona' | 'team' | 'channel';

/** Labels are matched trimmed and case-insensitively, so "Website" and "website " are one channel. */
function labelKey(label: string): string {
    return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Builds an ImportedMap from labels, in the order they are met: each persona,
 * team and channel is declared once, each journey, stage and touchpoint is made
 * once per label in its container, and every id is made from its label,
 * unique where the language wants it unique (declarations and journeys across
 * the file, stages and touchpoints within their journey).
 */
export class MapBuilder {
    private readonly map: ImportedMap = { personas: [], teams: [], channels: [], journeys: [] };
    private readonly declared = new Map<string, ImportedDeclaration>();
    /** Ids of each kind, and of stages and touchpoints per journey. */
    private readonly ids = new Map<string, Set<string>>();

    result(): ImportedMap {
        return this.map;
    }

    persona(label: string): string {
        return this.declare('persona', label, this.map.personas);
    }

    team(label: string): string {
        return this.declare('team', label, this.map.teams);
    }

    channel(label: string): string {
        return this.declare('channel', label, this.map.channels);
    }

    journey(label: string): ImportedJourney {
        const existing = this.map.journeys.find(journey => labelKey(journey.label) === labelKey(label));
        if (existing) return existing;
        const journey: ImportedJourney = { ...this.element('journey', 'journey', label), personas: [], stages: [] };
        this.map.journeys.push(journey);
        return journey;
    }

    stage(journey: ImportedJourney, label: string): ImportedStage {
        const existing = journey.stages.find(stage => labelKey(stage.label) === labelKey(label));
        if (existing) return existing;
        const stage: ImportedStage = { ...this.element(`stage:${journey.id}`, 'stage', label), owners: [], metrics: [], touchpoints: [] };
        journey.stages.push(stage);
        return stage;
    }

    touchpoint(journey: ImportedJourney, stage: ImportedStage, label: string): ImportedTouchpoint {
        const existing = stage.touchpoints.find(touchpoint => labelKey(touchpoint.label) === labelKey(label));
        if (existing) return existing;
        const touchpoint: ImportedTouchpoint = {
            ...this.element(`touchpoint:${journey.id}`, 'touchpoint', label),
            channels: [], owners: [], actions: [], thoughts: [], emotions: [], pains: [], opportunities: [], metrics: []
        };
        stage.touchpoints.push(touchpoint);
        return touchpoint;
    }

    /** Adds the persona to the journey's `personas` line (once) and returns its id. */
    journeyPersona(journey: ImportedJourney, label: string): string {
        const id = this.persona(label);
        addOnce(journey.personas, id);
        return id;
    }

    private declare(kind: DeclarationKind, label: string, list: ImportedDeclaration[]): string {
        const key = `${kind}:${labelKey(label)}`;
        const existing = this.declared.get(key);
        if (existing) return existing.id;
        const declaration = this.element(kind, kind, label);
        this.declared.set(key, declaration);
        list.push(declaration);
        return declaration.id;
    }

    private element(scope: string, kind: string, label: string): ImportedDeclaration {
        const taken = this.ids.get(scope) ?? new Set<string>();
        this.ids.set(scope, taken);
        const trimmed = label.trim();
        const id = makeId(trimmed, kind, taken);
        taken.add(id);
        return { id, label: trimmed };
    }
}

export function addOnce<T>(list: T[], value: T): void {
    if (!list.includes(value)) list.push(value);
}
