/**
 * The Map view's lanes: ONE table, in drawing order. Each lane has an id, the
 * label of its sticky row header, a "has data" predicate (a lane without data
 * is not drawn) and a renderer, either per touchpoint cell or, for the emotion
 * curve, across every column at once. A new field of the language is one more
 * entry here.
 */
import { touchpointKey } from '../../../language-server/core/model/element-keys.js';
import type { RenderOpportunity, RenderText, RenderTouchpoint } from '../../../language-server/core/model/render-model.js';
import { h } from '../dom.js';
import { chip, factCard } from './map-cards.js';
import { personaColor, type MapColumn, type MapContext } from './map-context.js';
import { emotionCurve, emotionLaneHeader, hasEmotions } from './map-emotion-curve.js';
import { metricLine } from './map-metrics.js';

export interface MapLane {
    id: string;
    label: string;
    hasData(ctx: MapContext): boolean;
    /** The content of one touchpoint's cell. */
    cell?(ctx: MapContext, touchpoint: RenderTouchpoint): Node[];
    /** A lane drawn across all columns at once. */
    span?(ctx: MapContext, columns: MapColumn[]): HTMLElement;
    /** More content for the row header (the curve's scale). */
    header?(ctx: MapContext): Node[];
}

const anyTouchpoint = (ctx: MapContext, test: (touchpoint: RenderTouchpoint) => boolean) =>
    ctx.journey.stages.some(stage => stage.touchpoints.some(test));

/** A lane of plain texts (actions, blueprint lanes, physical evidence). */
function textLane(id: string, label: string, texts: (touchpoint: RenderTouchpoint) => RenderText[], className: string): MapLane {
    return {
        id, label,
        hasData: ctx => anyTouchpoint(ctx, touchpoint => texts(touchpoint).length > 0),
        cell: (ctx, touchpoint) => texts(touchpoint).map(text => factCard(ctx, className, text.text, text.source))
    };
}

function thoughtsOf(ctx: MapContext, touchpoint: RenderTouchpoint) {
    return touchpoint.thoughts.filter(thought => thought.persona === undefined || ctx.personas.includes(thought.persona));
}

function touchpointCard(ctx: MapContext, touchpoint: RenderTouchpoint): Node[] {
    const card = h('div', {
        className: `map-touchpoint${touchpoint.momentOfTruth ? ' is-moment-of-truth' : ''}`,
        attributes: { 'data-element': touchpointKey(ctx.journey.id, touchpoint.id), tabindex: '0', 'data-touchpoint': touchpoint.id }
    }, [h('h3', { className: 'map-touchpoint-label', text: touchpoint.label || touchpoint.id })]);
    if (touchpoint.channels.length > 0) card.append(h('div', { className: 'map-chips' }, touchpoint.channels.map(channel => chip(ctx.labels.channel(channel), 'map-chip-channel'))));
    if (touchpoint.momentOfTruth) card.append(h('span', { className: 'map-moment', text: '★ Moment of truth' }));
    return [card];
}

function opportunityChips(opportunity: RenderOpportunity): Node[] {
    const chips: Node[] = [];
    if (opportunity.priority) chips.push(chip(`${opportunity.priority} priority`, `map-chip-priority map-priority-${opportunity.priority}`));
    if (opportunity.status) chips.push(chip(opportunity.status, `map-chip-status map-status-${opportunity.status}`));
    return chips.length > 0 ? [h('span', { className: 'map-chips' }, chips)] : [];
}

export const MAP_LANES: readonly MapLane[] = [
    {
        id: 'touchpoints', label: 'Touchpoints',
        hasData: ctx => ctx.columns.some(column => column.touchpoint),
        cell: touchpointCard
    },
    textLane('actions', 'Actions', touchpoint => touchpoint.actions, 'map-action'),
    {
        id: 'thoughts', label: 'Thoughts',
        hasData: ctx => anyTouchpoint(ctx, touchpoint => thoughtsOf(ctx, touchpoint).length > 0),
        cell: (ctx, touchpoint) => thoughtsOf(ctx, touchpoint).map(thought => {
            const who = thought.persona && ctx.personas.length > 1 ? [h('span', { className: 'map-thought-who', text: ctx.labels.personaShortName(thought.persona) })] : [];
            const card = factCard(ctx, 'map-thought', `“${thought.text}”`, thought.source, thought.sources);
            card.prepend(...who);
            if (thought.persona) card.style.setProperty('--persona-color', personaColor(ctx, thought.persona));
            return card;
        })
    },
    { id: 'emotions', label: 'Emotions', hasData: hasEmotions, span: emotionCurve, header: emotionLaneHeader },
    {
        id: 'pains', label: 'Pains',
        hasData: ctx => anyTouchpoint(ctx, touchpoint => touchpoint.pains.length > 0),
        cell: (ctx, touchpoint) => touchpoint.pains.map(pain => factCard(ctx, `map-pain${pain.failurePoint ? ' is-failure-point' : ''}`, pain.text, pain.source, pain.sources,
            pain.failurePoint ? [h('span', { className: 'map-failure', text: '✗ Failure point' })] : []))
    },
    {
        id: 'opportunities', label: 'Opportunities',
        hasData: ctx => anyTouchpoint(ctx, touchpoint => touchpoint.opportunities.length > 0),
        cell: (ctx, touchpoint) => touchpoint.opportunities.map(opportunity => {
            const owner = opportunity.owner ? [h('span', { className: 'map-opportunity-owner', text: `Owner: ${ctx.labels.team(opportunity.owner)}` })] : [];
            return factCard(ctx, 'map-opportunity', opportunity.text, opportunity.source, opportunity.sources, [...opportunityChips(opportunity), ...owner]);
        })
    },
    {
        id: 'owners', label: 'Owners',
        hasData: ctx => anyTouchpoint(ctx, touchpoint => touchpoint.owners.length > 0),
        cell: (ctx, touchpoint) => touchpoint.owners.length > 0 ? [h('div', { className: 'map-chips' }, touchpoint.owners.map(owner => chip(ctx.labels.team(owner), 'map-chip-owner')))] : []
    },
    {
        id: 'metrics', label: 'Metrics',
        hasData: ctx => anyTouchpoint(ctx, touchpoint => touchpoint.metrics.length > 0),
        cell: (ctx, touchpoint) => touchpoint.metrics.length > 0 ? [h('ul', { className: 'map-metrics' }, touchpoint.metrics.map(metric => metricLine(ctx, metric)))] : []
    },
    textLane('frontstage', 'Frontstage', touchpoint => touchpoint.frontstage, 'map-blueprint'),
    {
        id: 'visibility', label: 'Line of visibility',
        hasData: ctx => anyTouchpoint(ctx, touchpoint => touchpoint.frontstage.length + touchpoint.backstage.length > 0),
        cell: () => []
    },
    textLane('backstage', 'Backstage', touchpoint => touchpoint.backstage, 'map-blueprint'),
    textLane('support', 'Support processes', touchpoint => touchpoint.support, 'map-blueprint'),
    {
        id: 'systems', label: 'Systems',
        hasData: ctx => anyTouchpoint(ctx, touchpoint => touchpoint.systems.length > 0),
        cell: (ctx, touchpoint) => touchpoint.systems.length > 0 ? [h('div', { className: 'map-chips' }, touchpoint.systems.map(id =>
            chip(ctx.model.systems.find(system => system.id === id)?.label || id, 'map-chip-system')))] : []
    },
    textLane('evidence', 'Physical evidence', touchpoint => touchpoint.evidence, 'map-physical')
];

/** The lanes this map has data for, in drawing order. */
export function lanesWithData(ctx: MapContext): MapLane[] {
    return MAP_LANES.filter(lane => lane.hasData(ctx));
}
