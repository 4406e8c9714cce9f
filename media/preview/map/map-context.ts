/**
 * What every part of the Map view reads while drawing one journey: the
 * columns (one per touchpoint, one placeholder for a stage without any), the
 * personas shown and their palette styles, labels, and whether the map uses
 * research sources at all (only then are unsourced facts drawn as assumptions).
 */
import { ModelLabels, shownPersonas } from '../../../language-server/core/model/model-lookup.js';
import { personaStyles, type PersonaStyle } from '../../../language-server/core/model/persona-palette.js';
import { withModelDefaults } from '../../../language-server/core/model/model-defaults.js';
import type { Evidence, RenderJourney, RenderModel, RenderStage, RenderTouchpoint, SourceLocation } from '../../../language-server/core/model/render-model.js';
import { onPageColour } from '../persona-colour.js';
import type { MapCellCache } from './map-cell-cache.js';

/** Where a clicked fact points to, for facts that are not navigable elements themselves. */
export type RevealTargets = WeakMap<Element, SourceLocation>;

export interface MapColumn {
    stage: RenderStage;
    /** Undefined: the one empty column of a stage without touchpoints. */
    touchpoint?: RenderTouchpoint;
    /** 0-based position among all columns. */
    index: number;
}

export interface MapContext {
    model: RenderModel;
    journey: RenderJourney;
    labels: ModelLabels;
    /** The personas drawn (the persona filter applied), in palette order. */
    personas: string[];
    /** Palette styles by the journey's whole persona order, so filtering never recolours a persona. */
    styles: Map<string, PersonaStyle>;
    /** The map cites research somewhere: facts without sources are assumptions. */
    usesSources: boolean;
    sourceLabels: Map<string, string>;
    columns: MapColumn[];
    targets: RevealTargets;
    /** A previous version of the document (Compare with Previous Version). */
    before?: RenderModel;
    /** The live canvas's parts on screen, reused where unchanged; print pages and exports build everything. */
    onScreen?: MapCellCache;
}

export function mapContext(given: RenderModel, givenJourney: RenderJourney, persona: string | undefined, targets: RevealTargets, before?: RenderModel): MapContext {
    const model = withModelDefaults(given);
    const journey = model.journeys[given.journeys.indexOf(givenJourney)] ?? model.journeys.find(candidate => candidate.id === givenJourney.id)!;
    const allPersonas = model.personas.map(p => p.id);
    const styles = personaStyles(journey.personas, [...allPersonas, ...shownPersonas(journey)]);
    const personas = shownPersonas(journey, persona);
    const columns: MapColumn[] = [];
    for (const stage of journey.stages) {
        if (stage.touchpoints.length === 0) columns.push({ stage, index: columns.length });
        for (const touchpoint of stage.touchpoints) columns.push({ stage, touchpoint, index: columns.length });
    }
    return {
        model, journey, personas, styles, columns, targets, before: before && withModelDefaults(before),
        labels: new ModelLabels(model),
        usesSources: model.sources.length > 0 || citesAnything(journey),
        sourceLabels: new Map(model.sources.map(source => [source.id, source.label || source.id]))
    };
}

function citesAnything(journey: RenderJourney): boolean {
    const cited = (facts: Array<{ sources: Evidence }>) => facts.some(fact => fact.sources.length > 0);
    return journey.stages.some(stage => cited(stage.metrics) || stage.touchpoints.some(tp =>
        cited(tp.thoughts) || cited(tp.emotions) || cited(tp.pains) || cited(tp.opportunities) || cited(tp.metrics)));
}

/** The colour a persona is drawn in (its palette colour, as drawn on the page: see persona-colour.ts). */
export function personaColor(ctx: MapContext, persona: string): string {
    return onPageColour(ctx.styles.get(persona)?.color ?? '#777777');
}
