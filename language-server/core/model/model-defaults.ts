/**
 * A render model with every version-2 field present: models written before
 * version 2 (saved JSON, hand-written fixtures, an older server) lack the
 * evidence, blueprint and system fields, which mean "none" when absent.
 */
import type { RenderJourney, RenderModel, RenderStage, RenderTouchpoint } from './render-model.js';

function touchpointDefaults(touchpoint: RenderTouchpoint): RenderTouchpoint {
    return {
        ...touchpoint,
        momentOfTruth: touchpoint.momentOfTruth ?? false,
        frontstage: touchpoint.frontstage ?? [],
        backstage: touchpoint.backstage ?? [],
        support: touchpoint.support ?? [],
        systems: touchpoint.systems ?? [],
        evidence: touchpoint.evidence ?? [],
        thoughts: touchpoint.thoughts.map(thought => ({ ...thought, sources: thought.sources ?? [] })),
        emotions: touchpoint.emotions.map(emotion => ({ ...emotion, sources: emotion.sources ?? [] })),
        pains: touchpoint.pains.map(pain => ({ ...pain, sources: pain.sources ?? [], failurePoint: pain.failurePoint ?? false })),
        opportunities: touchpoint.opportunities.map(opportunity => ({ ...opportunity, links: opportunity.links ?? [], sources: opportunity.sources ?? [] })),
        metrics: touchpoint.metrics.map(metric => ({ ...metric, sources: metric.sources ?? [] }))
    };
}

function stageDefaults(stage: RenderStage): RenderStage {
    return { ...stage, metrics: stage.metrics.map(metric => ({ ...metric, sources: metric.sources ?? [] })), touchpoints: stage.touchpoints.map(touchpointDefaults) };
}

function journeyDefaults(journey: RenderJourney): RenderJourney {
    const replaces = journey.replaces && { ...journey.replaces, journey: journey.replaces.journey && journeyDefaults(journey.replaces.journey) };
    return { ...journey, involved: journey.involved ?? [], ...(replaces ? { replaces } : {}), stages: journey.stages.map(stageDefaults) };
}

/** Models this module returned: complete already, so the preview's several readers of one update copy it once. */
const complete = new WeakSet<RenderModel>();

export function withModelDefaults(model: RenderModel): RenderModel {
    if (complete.has(model)) return model;
    const result = {
        ...model,
        systems: model.systems ?? [],
        sources: model.sources ?? [],
        emotionScale: model.emotionScale ?? [],
        journeys: model.journeys.map(journeyDefaults)
    };
    complete.add(result);
    return result;
}
