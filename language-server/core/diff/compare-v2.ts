/**
 * The comparisons of the version-2 facts of a touchpoint: its blueprint lanes,
 * the work on its named opportunities, and the research each fact cites.
 */
import type { RenderOpportunity, RenderTouchpoint } from '../model/render-model.js';
import type { ChangeSink } from './compare-fields.js';

const LANES = ['frontstage', 'backstage', 'support', 'evidence'] as const;

export function compareBlueprint(sink: ChangeSink, id: string, before: RenderTouchpoint, after: RenderTouchpoint): void {
    const texts = (items: Array<{ text: string }> | undefined) => (items ?? []).map(item => item.text);
    for (const lane of LANES) sink.texts('touchpoint', id, lane, texts(before[lane]), texts(after[lane]));
    sink.set('touchpoint', id, 'systems', before.systems ?? [], after.systems ?? []);
    const truth = (touchpoint: RenderTouchpoint) => (touchpoint.momentOfTruth ? 'yes' : 'no');
    sink.scalar('touchpoint', id, 'moment of truth', truth(before), truth(after));
    const failures = (touchpoint: RenderTouchpoint) => touchpoint.pains.filter(pain => pain.failurePoint).map(pain => pain.text);
    sink.texts('touchpoint', id, 'failure points', failures(before), failures(after));
}

/** "Opportunity guest_checkout: planned → in-progress": each field of a named opportunity on both sides. */
export function compareOpportunityWork(sink: ChangeSink, id: string, before: RenderTouchpoint, after: RenderTouchpoint): void {
    const named = (touchpoint: RenderTouchpoint) => new Map(touchpoint.opportunities.filter(o => o.id).map(o => [o.id!, o]));
    const old = named(before);
    for (const [opportunityId, now] of named(after)) {
        const was = old.get(opportunityId);
        if (!was) continue;
        for (const field of ['status', 'priority', 'owner', 'impact', 'effort'] as const) {
            sink.scalar('opportunity', id, `${opportunityId} ${field}`, was[field], now[field]);
        }
        sink.set('opportunity', id, `${opportunityId} links`, was.links, now.links);
    }
}

interface CitedFact {
    /** What the fact is, as the change names it: `pain "Surprise shipping fee"`, `emotion maya`. */
    name: string;
    sources: string[];
}

function citedFacts(touchpoint: RenderTouchpoint): CitedFact[] {
    const opportunity = (o: RenderOpportunity) => `opportunity "${o.text}"`;
    return [
        ...touchpoint.pains.map(pain => ({ name: `pain "${pain.text}"`, sources: pain.sources })),
        ...touchpoint.emotions.map(emotion => ({ name: `emotion ${emotion.persona}`, sources: emotion.sources })),
        ...touchpoint.thoughts.map(thought => ({ name: `thought "${thought.text}"`, sources: thought.sources })),
        ...touchpoint.opportunities.map(o => ({ name: opportunity(o), sources: o.sources })),
        ...touchpoint.metrics.map(metric => ({ name: `metric "${metric.label}"`, sources: metric.sources }))
    ];
}

/** "pain at Cart now backed by Q1 interviews": a fact on both sides whose cited research changed (ids; labels in the report). */
export function compareEvidence(sink: ChangeSink, id: string, before: RenderTouchpoint, after: RenderTouchpoint): void {
    const old = new Map(citedFacts(before).map(fact => [fact.name, fact.sources]));
    for (const fact of citedFacts(after)) {
        const was = old.get(fact.name);
        if (was) sink.set('evidence', id, fact.name, was, fact.sources ?? []);
    }
}
