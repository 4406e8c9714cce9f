/**
 * Stable keys for the elements a user can navigate to (personas, journeys,
 * stages, touchpoints). The webview tags diagram parts with them, the panel
 * sends them for cursor sync; both sides derive them from the same model.
 */
import type { Position, Range, RenderModel, SourceLocation } from './render-model.js';

export type ElementKind = 'persona' | 'journey' | 'stage' | 'touchpoint';

export interface NavigableElement {
    key: string;
    kind: ElementKind;
    id: string;
    label: string;
    source: SourceLocation;
}

export const personaKey = (personaId: string): string => `persona:${personaId}`;
export const journeyKey = (journeyId: string): string => `journey:${journeyId}`;
/** Stage and touchpoint ids are unique within a journey only, so their keys include the journey. */
export const stageKey = (journeyId: string, stageId: string): string => `stage:${journeyId}/${stageId}`;
export const touchpointKey = (journeyId: string, touchpointId: string): string => `touchpoint:${journeyId}/${touchpointId}`;

/** Every navigable element of a model, outer elements before the ones they contain. */
export function navigableElements(model: RenderModel): NavigableElement[] {
    const elements: NavigableElement[] = model.personas.map(persona => ({
        key: personaKey(persona.id), kind: 'persona', id: persona.id, label: persona.label, source: persona.source
    }));
    for (const journey of model.journeys) {
        elements.push({ key: journeyKey(journey.id), kind: 'journey', id: journey.id, label: journey.label, source: journey.source });
        for (const stage of journey.stages) {
            elements.push({ key: stageKey(journey.id, stage.id), kind: 'stage', id: stage.id, label: stage.label, source: stage.source });
            for (const touchpoint of stage.touchpoints) {
                elements.push({
                    key: touchpointKey(journey.id, touchpoint.id), kind: 'touchpoint',
                    id: touchpoint.id, label: touchpoint.label, source: touchpoint.source
                });
            }
        }
    }
    return elements;
}

function comparePositions(a: Position, b: Position): number {
    return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

export function rangeContains(range: Range, position: Position): boolean {
    return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

function rangeLength(range: Range): number {
    // Lines weigh far more than characters: only used to pick the smaller of nested ranges.
    return (range.end.line - range.start.line) * 1_000_000 + (range.end.character - range.start.character);
}

/** The key of the innermost element of `uri` whose range contains `position`, if any. */
export function elementKeyAt(model: RenderModel, uri: string, position: Position): string | undefined {
    let best: NavigableElement | undefined;
    for (const element of navigableElements(model)) {
        if (element.source.uri !== uri || !rangeContains(element.source.range, position)) continue;
        if (!best || rangeLength(element.source.range) <= rangeLength(best.source.range)) best = element;
    }
    return best?.key;
}
