import type { RenderJourney } from './render-model.js';

/** How many of a journey's facts cite research (backed) and how many are assumptions. */
export interface EvidenceShare {
    /** Emotions, thoughts, pains, opportunities and metrics (stage metrics included). */
    facts: number;
    backed: number;
}

/** Counts the facts that can cite research: emotions, thoughts, pains, opportunities, metrics. */
export function evidenceShare(journey: RenderJourney): EvidenceShare {
    let facts = 0;
    let backed = 0;
    const count = (items: ReadonlyArray<{ sources: string[] }>) => {
        for (const item of items) {
            facts++;
            if (item.sources.length > 0) backed++;
        }
    };
    for (const stage of journey.stages) {
        count(stage.metrics);
        for (const touchpoint of stage.touchpoints) {
            count(touchpoint.emotions);
            count(touchpoint.thoughts);
            count(touchpoint.pains);
            count(touchpoint.opportunities);
            count(touchpoint.metrics);
        }
    }
    return { facts, backed };
}

/** `62%` (rounded), or `–` for a journey without facts. */
export function formatShare(share: EvidenceShare): string {
    return share.facts === 0 ? '–' : `${Math.round((share.backed / share.facts) * 100)}%`;
}
