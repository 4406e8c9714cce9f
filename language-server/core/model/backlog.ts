import type { OpportunityPriority, OpportunityStatus, RenderModel } from './render-model.js';

/** One opportunity of the backlog `journey opportunities` prints, with where it lives. */
export interface BacklogItem {
    journey: string;
    stage: string;
    touchpoint: string;
    /** The opportunity's id, or '' when it has none. */
    id: string;
    text: string;
    priority?: OpportunityPriority;
    status?: OpportunityStatus;
    /** The owner team's label (its id when it has none). */
    owner?: string;
    impact?: string;
    effort?: string;
    links: string[];
    /** Labels of the research it cites; empty: an assumption. */
    sources: string[];
    /** Where it is written: document URI and 1-based line. */
    uri: string;
    line: number;
}

/** The order of `--sort priority`: high first, opportunities without a priority last. */
export const PRIORITY_ORDER: readonly OpportunityPriority[] = ['high', 'medium', 'low'];

/** Every opportunity of the models' journeys, in the order they are written. */
export function backlogOf(models: readonly RenderModel[]): BacklogItem[] {
    return models.flatMap(model => {
        const teams = new Map(model.teams.map(team => [team.id, team.label]));
        const sources = new Map(model.sources.map(source => [source.id, source.label]));
        return model.journeys.flatMap(journey => journey.stages.flatMap(stage => stage.touchpoints.flatMap(touchpoint =>
            touchpoint.opportunities.map(opportunity => ({
                journey: journey.label,
                stage: stage.label,
                touchpoint: touchpoint.label,
                id: opportunity.id ?? '',
                text: opportunity.text,
                ...(opportunity.priority ? { priority: opportunity.priority } : {}),
                ...(opportunity.status ? { status: opportunity.status } : {}),
                ...(opportunity.owner ? { owner: teams.get(opportunity.owner) ?? opportunity.owner } : {}),
                ...(opportunity.impact !== undefined ? { impact: opportunity.impact } : {}),
                ...(opportunity.effort !== undefined ? { effort: opportunity.effort } : {}),
                links: opportunity.links,
                sources: opportunity.sources.map(id => sources.get(id) ?? id),
                uri: opportunity.source.uri,
                line: opportunity.source.range.start.line + 1
            })))));
    });
}

/** Sorted by priority (stable: equal priorities keep their written order). */
export function sortByPriority(items: readonly BacklogItem[]): BacklogItem[] {
    const rank = (item: BacklogItem) => (item.priority ? PRIORITY_ORDER.indexOf(item.priority) : PRIORITY_ORDER.length);
    return [...items].sort((a, b) => rank(a) - rank(b));
}
