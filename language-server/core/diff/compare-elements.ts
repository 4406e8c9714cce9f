/**
 * Compares personas, teams, channels, journeys, stages and touchpoints of two
 * workspace models by id. Touchpoints are matched across the whole journey
 * (their ids are unique there), so one that changes stage is "moved", not
 * removed and added.
 */
import type {
    RenderChannel,
    RenderJourney,
    RenderMetric,
    RenderPersona,
    RenderResearchSource,
    RenderStage,
    RenderSystem,
    RenderTeam,
    RenderTouchpoint
} from '../model/render-model.js';
import type { ChangeElement } from './diff-result.js';
import { ChangeSink, matchById, sameRelativeOrder } from './compare-fields.js';
import { compareBlueprint, compareEvidence, compareOpportunityWork } from './compare-v2.js';
import type { WorkspaceModel } from './workspace-model.js';

export function comparePersonas(sink: ChangeSink, before: WorkspaceModel, after: WorkspaceModel): void {
    compareDeclarations(sink, 'persona', Object.values(before.personas), Object.values(after.personas), (old, now) => {
        sink.scalar('persona', now.id, 'description', old.description, now.description);
        for (const field of ['goals', 'needs', 'frustrations', 'quotes'] as const) {
            sink.texts('persona', now.id, field, old[field], now[field]);
        }
    });
}

export function compareTeamsAndChannels(sink: ChangeSink, before: WorkspaceModel, after: WorkspaceModel): void {
    const describe = (element: 'team' | 'channel') => (old: RenderTeam | RenderChannel, now: RenderTeam | RenderChannel) =>
        sink.scalar(element, now.id, 'description', old.description, now.description);
    compareDeclarations(sink, 'team', Object.values(before.teams), Object.values(after.teams), (old, now) => {
        describe('team')(old, now);
        const side = (team: RenderTeam) => (team.external ? 'external' : 'internal');
        sink.scalar('team', now.id, 'external', side(old), side(now));
    });
    compareDeclarations(sink, 'channel', Object.values(before.channels), Object.values(after.channels), describe('channel'));
    compareDeclarations(sink, 'system', Object.values(before.systems ?? {}), Object.values(after.systems ?? {}), (old, now) => {
        sink.scalar('system', now.id, 'description', old.description, now.description);
        sink.scalar('system', now.id, 'kind', old.kind, now.kind);
    });
    compareDeclarations(sink, 'research', Object.values(before.sources ?? {}), Object.values(after.sources ?? {}), (old, now) => {
        for (const field of ['kind', 'date', 'link'] as const) sink.scalar('research', now.id, field, old[field], now[field]);
        sink.scalar('research', now.id, 'sampleSize', old.sampleSize?.toString(), now.sampleSize?.toString());
    });
}

export function compareJourneys(sink: ChangeSink, before: WorkspaceModel, after: WorkspaceModel): void {
    compareDeclarations(sink, 'journey', Object.values(before.journeys), Object.values(after.journeys), (old, now) => {
        sink.scalar('journey', now.id, 'description', old.description, now.description);
        sink.texts('journey', now.id, 'goals', old.goals, now.goals);
        sink.scalar('journey', now.id, 'state', old.state, now.state);
        sink.set('journey', now.id, 'personas', old.personas, now.personas);
        sink.set('journey', now.id, 'involved', old.involved ?? [], now.involved ?? []);
        sink.scalar('journey', now.id, 'replaces', old.replaces?.id, now.replaces?.id);
        compareStages(sink, old, now);
        compareTouchpoints(sink, old, now);
    });
}

/** Added, removed, relabelled; `compareBodies` runs for elements on both sides. */
function compareDeclarations<T extends RenderPersona | RenderTeam | RenderChannel | RenderSystem | RenderResearchSource | RenderJourney>(
    sink: ChangeSink,
    element: ChangeElement,
    before: T[],
    after: T[],
    compareBodies: (before: T, after: T) => void
): void {
    const { both, removed, added } = matchById(before, after);
    for (const old of removed) sink.push({ kind: 'removed', element, id: old.id, before: old.label });
    for (const now of added) sink.push({ kind: 'added', element, id: now.id, after: now.label });
    for (const [old, now] of both) {
        sink.scalar(element, now.id, 'label', old.label, now.label);
        compareBodies(old, now);
    }
}

function compareStages(sink: ChangeSink, before: RenderJourney, after: RenderJourney): void {
    const { both, removed, added } = matchById(before.stages, after.stages);
    for (const old of removed) sink.push({ kind: 'removed', element: 'stage', id: `${before.id}/${old.id}`, before: old.label });
    for (const now of added) sink.push({ kind: 'added', element: 'stage', id: `${after.id}/${now.id}`, after: now.label });
    for (const [old, now] of both) {
        const id = `${after.id}/${now.id}`;
        sink.scalar('stage', id, 'label', old.label, now.label);
        sink.set('stage', id, 'owners', old.owners, now.owners);
        compareMetrics(sink, id, old.metrics, now.metrics);
        const touchpointOrder = (stage: RenderStage) => stage.touchpoints.map(touchpoint => touchpoint.id);
        if (!sameRelativeOrder(touchpointOrder(old), touchpointOrder(now))) {
            sink.push({ kind: 'moved', element: 'stage', id, field: 'touchpoint order', before: touchpointOrder(old), after: touchpointOrder(now) });
        }
    }
    const stageOrder = (journey: RenderJourney) => journey.stages.map(stage => stage.id);
    if (!sameRelativeOrder(stageOrder(before), stageOrder(after))) {
        sink.push({ kind: 'moved', element: 'journey', id: after.id, field: 'stage order', before: stageOrder(before), after: stageOrder(after) });
    }
}

interface PlacedTouchpoint {
    id: string;
    stage: string;
    touchpoint: RenderTouchpoint;
}

/** Every touchpoint of a journey with the stage it is in. */
export function placedTouchpoints(journey: RenderJourney): PlacedTouchpoint[] {
    return journey.stages.flatMap(stage =>
        stage.touchpoints.map(touchpoint => ({ id: touchpoint.id, stage: stage.id, touchpoint }))
    );
}

function compareTouchpoints(sink: ChangeSink, before: RenderJourney, after: RenderJourney): void {
    const { both, removed, added } = matchById(placedTouchpoints(before), placedTouchpoints(after));
    for (const old of removed) {
        sink.push({ kind: 'removed', element: 'touchpoint', id: `${before.id}/${old.stage}/${old.id}`, before: old.touchpoint.label });
    }
    for (const now of added) {
        sink.push({ kind: 'added', element: 'touchpoint', id: `${after.id}/${now.stage}/${now.id}`, after: now.touchpoint.label });
    }
    for (const [old, now] of both) {
        const id = `${after.id}/${now.stage}/${now.id}`;
        if (old.stage !== now.stage) {
            sink.push({ kind: 'moved', element: 'touchpoint', id, field: 'stage', before: old.stage, after: now.stage });
        }
        compareTouchpointBodies(sink, id, old.touchpoint, now.touchpoint);
    }
}

function compareTouchpointBodies(sink: ChangeSink, id: string, before: RenderTouchpoint, after: RenderTouchpoint): void {
    sink.scalar('touchpoint', id, 'label', before.label, after.label);
    sink.set('touchpoint', id, 'channels', before.channels, after.channels);
    sink.set('touchpoint', id, 'owners', before.owners, after.owners);
    const texts = (items: Array<{ text: string }>) => items.map(item => item.text);
    sink.texts('touchpoint', id, 'actions', texts(before.actions), texts(after.actions));
    const thoughts = (touchpoint: RenderTouchpoint) =>
        touchpoint.thoughts.map(thought => (thought.persona ? `${thought.persona}: ${thought.text}` : thought.text));
    sink.texts('touchpoint', id, 'thoughts', thoughts(before), thoughts(after));
    sink.texts('touchpoint', id, 'pains', texts(before.pains), texts(after.pains));
    sink.texts('touchpoint', id, 'opportunities', texts(before.opportunities), texts(after.opportunities));
    compareMetrics(sink, id, before.metrics, after.metrics);
    compareBlueprint(sink, id, before, after);
    compareOpportunityWork(sink, id, before, after);
    compareEvidence(sink, id, before, after);
}

/** Metrics are matched by their name; value and target are read together ("68% (target 45%)"). */
function compareMetrics(sink: ChangeSink, id: string, before: RenderMetric[], after: RenderMetric[]): void {
    const byLabel = (metrics: RenderMetric[]) => new Map(metrics.map(metric => [metric.label, metricValue(metric)]));
    const old = byLabel(before);
    const now = byLabel(after);
    for (const [label, value] of old) {
        if (!now.has(label)) sink.push({ kind: 'removed', element: 'metric', id, field: label, before: value });
    }
    for (const [label, value] of now) {
        if (!old.has(label)) sink.push({ kind: 'added', element: 'metric', id, field: label, after: value });
        else if (old.get(label) !== value) sink.push({ kind: 'changed', element: 'metric', id, field: label, before: old.get(label), after: value });
    }
}

/** A metric's figures without its name (the change's field): "68% (target 45%)", as the Details view writes them. */
function metricValue(metric: RenderMetric): string {
    const value = `${metric.value}${metric.percent ? '%' : ''}`;
    return metric.target === undefined ? value : `${value} (target ${metric.target}${metric.targetPercent ? '%' : ''})`;
}
