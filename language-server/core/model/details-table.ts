import { displayName, isShownScore, ModelLabels, requireJourney } from './model-lookup.js';
import type { RenderJourney, RenderMetric, RenderModel, RenderStage, SourceLocation } from './render-model.js';
import { stageGaps } from './stage-gaps.js';

/** The lanes of the Details view, top to bottom. */
export const DETAILS_LANES = [
    { id: 'touchpoints', label: 'Touchpoints' },
    { id: 'actions', label: 'Actions' },
    { id: 'thoughts', label: 'Thoughts' },
    { id: 'emotions', label: 'Emotions' },
    { id: 'pains', label: 'Pains' },
    { id: 'opportunities', label: 'Opportunities' },
    { id: 'owners', label: 'Owners' },
    { id: 'metrics', label: 'Metrics' },
    // The service blueprint, shown only for journeys that describe it (BLUEPRINT_LANES).
    { id: 'frontstage', label: 'Frontstage' },
    { id: 'backstage', label: 'Backstage' },
    { id: 'support', label: 'Support processes' },
    { id: 'systems', label: 'Systems' },
    { id: 'evidence', label: 'Physical evidence' }
] as const;

/** Lanes left out of a journey that has nothing in them (maps written before the blueprint lines). */
const BLUEPRINT_LANES: ReadonlySet<string> = new Set(['frontstage', 'backstage', 'support', 'systems', 'evidence']);

export type DetailsLaneId = (typeof DETAILS_LANES)[number]['id'];

/** One fact in a cell. Plain text: the webview sets it as textContent, Markdown escapes it. */
export interface DetailsEntry {
    text: string;
    /** The touchpoint the fact belongs to (its label), for facts written inside a touchpoint. */
    touchpoint?: string;
    /** The persona a thought or emotion belongs to (its id), so a view can mark it in the persona's colour. */
    persona?: string;
    /** Set when the entry marks a problem: the diagnostic's message (e.g. "Stage 'x' has no owner."). */
    issue?: string;
    /** Labels of the research the fact cites; empty: an assumption. Absent on entries that cannot cite research. */
    sources?: string[];
    /** Where the fact is written, for click-to-reveal; absent on entries that mark something missing. */
    source?: SourceLocation;
}

export interface DetailsStage {
    id: string;
    label: string;
    source: SourceLocation;
    /** Messages of the stage's own issues (no owner, no touchpoints…). */
    issues: string[];
}

export interface DetailsRow {
    lane: DetailsLaneId;
    label: string;
    /** One cell per stage, in stage order; a cell lists its entries in file order. */
    cells: DetailsEntry[][];
}

export interface DetailsTable {
    journeyId: string;
    title: string;
    stages: DetailsStage[];
    rows: DetailsRow[];
}

export interface DetailsOptions {
    /** Thoughts and emotions of this persona only (unattributed thoughts stay). */
    persona?: string;
}

/**
 * The Details view: stages as columns, lanes as rows, for the text that
 * diagrams cannot hold. A stage with no owner or no touchpoints gets an entry
 * flagged with the issue in the lane that is missing.
 */
export function detailsTable(model: RenderModel, journeyId: string, options: DetailsOptions = {}): DetailsTable {
    const journey = requireJourney(model, journeyId);
    const labels = new ModelLabels(model);
    const cellsOf = (lane: DetailsLaneId) => journey.stages.map(stage => laneEntries(lane, stage, labels, options));
    return {
        journeyId: journey.id,
        title: displayName(journey),
        stages: journey.stages.map(stage => ({ id: stage.id, label: displayName(stage), source: stage.source, issues: stage.issues.map(issue => issue.message) })),
        rows: DETAILS_LANES.map(lane => ({ lane: lane.id, label: lane.label, cells: cellsOf(lane.id) }))
            .filter(row => !BLUEPRINT_LANES.has(row.lane) || row.cells.some(cell => cell.length > 0))
    };
}

/** "68% (target 45%)" */
export function formatMetric(metric: RenderMetric): string {
    const value = `${metric.value}${metric.percent ? '%' : ''}`;
    const target = metric.target !== undefined ? ` (target ${metric.target}${metric.targetPercent ? '%' : ''})` : '';
    return `${metric.label}: ${value}${target}`;
}

function laneEntries(lane: DetailsLaneId, stage: RenderStage, labels: ModelLabels, options: DetailsOptions): DetailsEntry[] {
    const gap = (code: string): DetailsEntry[] =>
        stageGaps(stage)
            .filter(candidate => candidate.code === code)
            .map(candidate => ({ text: `⚠ ${candidate.text}`, issue: candidate.message }));
    const perTouchpoint = (entries: (tp: RenderStage['touchpoints'][number]) => Array<Omit<DetailsEntry, 'touchpoint'>>): DetailsEntry[] =>
        stage.touchpoints.flatMap(tp => entries(tp).map(entry => ({ ...entry, touchpoint: displayName(tp) })));
    const byPersona = (persona: string | undefined) => !options.persona || persona === undefined || persona === options.persona;
    const cited = (fact: { sources?: string[] }) => ({ sources: (fact.sources ?? []).map(id => labels.research(id)) });
    const texts = (items: Array<{ text: string; source: SourceLocation }> | undefined) => (items ?? []).map(item => ({ text: item.text, source: item.source }));

    switch (lane) {
        case 'touchpoints':
            return [
                ...stage.touchpoints.map(tp => ({
                    text: tp.channels.length > 0 ? `${displayName(tp)} (via ${tp.channels.map(id => labels.channel(id)).join(', ')})` : displayName(tp),
                    source: tp.source,
                    ...issueOf(tp.issues)
                })),
                ...gap('stage-without-touchpoints')
            ];
        case 'actions':
            return perTouchpoint(tp => tp.actions.map(action => ({ text: action.text, source: action.source })));
        case 'thoughts':
            return perTouchpoint(tp =>
                tp.thoughts
                    .filter(thought => byPersona(thought.persona))
                    .map(thought => ({ text: thought.persona ? `${labels.persona(thought.persona)}: ${thought.text}` : thought.text, source: thought.source, ...(thought.persona ? { persona: thought.persona } : {}), ...cited(thought) }))
            );
        case 'emotions':
            return perTouchpoint(tp =>
                tp.emotions
                    .filter(emotion => byPersona(emotion.persona))
                    .map(emotion => ({
                        text: `${labels.persona(emotion.persona)} ${emotion.score}/5${emotion.note ? `: ${emotion.note}` : ''}`,
                        source: emotion.source,
                        persona: emotion.persona,
                        ...cited(emotion),
                        ...(isShownScore(emotion)
                            ? {}
                            : { issue: `Score ${emotion.score} is not an integer from 1 to 5.` })
                    }))
            );
        case 'pains':
            return perTouchpoint(tp => tp.pains.map(pain => ({ text: pain.failurePoint ? `${pain.text} (failure point)` : pain.text, source: pain.source, ...cited(pain) })));
        case 'opportunities':
            return perTouchpoint(tp => tp.opportunities.map(opportunity => {
                // The work on it, when the map says: "Guest checkout [high · in-progress · E-commerce team]".
                const work = [opportunity.priority, opportunity.status, opportunity.owner && labels.team(opportunity.owner)].filter(Boolean);
                return { text: work.length > 0 ? `${opportunity.text} [${work.join(' · ')}]` : opportunity.text, source: opportunity.source, ...cited(opportunity) };
            }));
        case 'owners':
            return [
                ...stage.owners.map(owner => ({ text: labels.team(owner), source: stage.source })),
                ...perTouchpoint(tp => tp.owners.map(owner => ({ text: labels.team(owner), source: tp.source }))),
                ...gap('stage-without-owner')
            ];
        case 'metrics':
            return [
                ...stage.metrics.map(metric => ({ text: formatMetric(metric), source: metric.source, ...cited(metric) })),
                ...perTouchpoint(tp => tp.metrics.map(metric => ({ text: formatMetric(metric), source: metric.source, ...cited(metric) })))
            ];
        case 'frontstage':
        case 'backstage':
        case 'support':
        case 'evidence':
            return perTouchpoint(tp => texts(tp[lane]));
        case 'systems':
            return perTouchpoint(tp => (tp.systems ?? []).map(id => ({ text: labels.system(id), source: tp.source })));
    }
}

function issueOf(issues: RenderJourney['issues']): Pick<DetailsEntry, 'issue'> {
    return issues.length > 0 ? { issue: issues.map(issue => issue.message).join(' ') } : {};
}
