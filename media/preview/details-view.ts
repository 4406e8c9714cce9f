/**
 * The Details view: every fact of the journey as a table a CX team reads
 * line by line. Stages head groups of columns (with their owners, metrics and
 * the gaps validation found), each touchpoint heads its own column once, and
 * the lanes are rows. The cells are the Map view's own cards (map-lanes.ts:
 * tinted pains and opportunities, evidence chips, the assumption look), a
 * persona is its palette colour and marker (named in the key above the table
 * and for screen readers), an emotion its score and scale word. Built with
 * `textContent` only. Stage and touchpoint headers carry element keys (click
 * to reveal, cursor sync); every fact reveals its own line; Tab reaches each.
 */
import { stageKey } from '../../language-server/core/model/element-keys.js';
import { isShownScore } from '../../language-server/core/model/model-lookup.js';
import type { RenderEmotion, RenderJourney, RenderModel, RenderStage, RenderTouchpoint } from '../../language-server/core/model/render-model.js';
import { stageGaps } from '../../language-server/core/model/stage-gaps.js';
import { h } from './dom.js';
import { appendEvidence, chip, factCard, gapChip, revealing, visuallyHidden } from './map/map-cards.js';
import { mapContext, personaColor, type MapContext, type RevealTargets } from './map/map-context.js';
import { lanesWithData, MAP_LANES, type MapLane } from './map/map-lanes.js';
import { scaleWord } from './map/map-emotion-curve.js';
import { markerSvg } from './map/map-markers.js';
import { metricLine } from './map/map-metrics.js';

export type { RevealTargets } from './map/map-context.js';

/** Map lanes the table shows otherwise: touchpoints are its column headers, the line of visibility a border. */
const NOT_ROWS = new Set(['touchpoints', 'visibility']);

export function renderDetails(model: RenderModel, journey: RenderJourney, persona: string | undefined, targets: RevealTargets): HTMLElement {
    const ctx = mapContext(model, journey, persona, targets);
    const lanes = lanesWithData(ctx).filter(lane => !NOT_ROWS.has(lane.id));
    const stageRow = h('tr', { className: 'details-stages' }, [
        h('th', { className: 'corner', attributes: { scope: 'col', rowspan: '2' } }, [visuallyHidden('Lane')]),
        ...ctx.journey.stages.map((stage, index) => stageHeader(ctx, stage, index))
    ]);
    const touchpointRow = h('tr', { className: 'details-touchpoints' }, ctx.columns.map(column => column.touchpoint
        ? touchpointHeader(ctx, column.touchpoint, column.index)
        : h('th', { className: 'details-touchpoint is-empty', attributes: { scope: 'col' } }, [h('span', { className: 'map-empty', text: 'No touchpoints yet' })])));
    const rows = lanes.map(lane => h('tr', { attributes: { 'data-lane': lane.id } }, [
        h('th', { className: 'details-lane', text: lane.label, attributes: { scope: 'row' } }),
        ...ctx.columns.map(column => h('td', { className: isStageStart(ctx, column.index) ? 'is-stage-start' : '' },
            column.touchpoint ? laneCell(ctx, lane, column.touchpoint) : []))
    ]));
    const table = h('table', { className: 'details', attributes: { 'aria-label': `${ctx.journey.label || ctx.journey.id}: details` } }, [
        h('thead', {}, [stageRow, touchpointRow]),
        h('tbody', {}, rows)
    ]);
    return h('div', { className: 'details-view' }, [personaKey(ctx), table]);
}

function isStageStart(ctx: MapContext, index: number): boolean {
    return index === 0 || ctx.columns[index - 1].stage !== ctx.columns[index].stage;
}

/** The key to the persona chips of the table: each persona's marker and name, once. */
function personaKey(ctx: MapContext): HTMLElement {
    const key = h('div', { className: 'details-key' });
    if (ctx.personas.length === 0) return key;
    key.append(
        h('span', { className: 'map-section-title', text: 'Personas' }),
        h('ul', { className: 'details-key-list' }, ctx.personas.map(persona => h('li', { className: 'details-key-item' }, [
            personaMarker(ctx, persona), h('span', { text: ctx.labels.persona(persona) })
        ])))
    );
    return key;
}

function personaMarker(ctx: MapContext, persona: string): SVGSVGElement {
    return markerSvg(ctx.styles.get(persona)?.marker ?? 'circle', personaColor(ctx, persona));
}

/** A persona in a cell: its colour and marker, its name on hover and for screen readers. */
function personaChip(ctx: MapContext, persona: string): HTMLElement {
    const name = ctx.labels.persona(persona);
    const element = h('span', { className: 'details-persona', title: name, attributes: { 'data-persona': persona } }, [personaMarker(ctx, persona), visuallyHidden(`${name}:`)]);
    element.style.setProperty('--persona-color', personaColor(ctx, persona));
    return element;
}

function stageHeader(ctx: MapContext, stage: RenderStage, index: number): HTMLElement {
    const gaps = stageGaps(stage);
    const span = Math.max(1, stage.touchpoints.length);
    const cell = h('th', {
        className: `details-stage map-stage-tone-${index % 2}${gaps.length > 0 ? ' has-gap' : ''}`,
        attributes: { scope: 'colgroup', colspan: String(span), 'data-element': stageKey(ctx.journey.id, stage.id), tabindex: '0' }
    }, [h('h2', { className: 'stage-name', text: stage.label || stage.id })]);
    const inner = h('div', { className: 'details-stage-facts' });
    if (gaps.length > 0) inner.append(h('span', { className: 'map-stage-gaps' }, gaps.map(gap => gapChip(gap.text, gap.message))));
    if (stage.owners.length > 0) inner.append(h('span', { className: 'map-chips' }, stage.owners.map(owner => chip(ctx.labels.team(owner), 'map-chip-owner'))));
    if (stage.metrics.length > 0) inner.append(h('ul', { className: 'map-stage-metrics' }, stage.metrics.map(metric => focusable(metricLine(ctx, metric)))));
    if (inner.childElementCount > 0) cell.append(inner);
    return cell;
}

function touchpointHeader(ctx: MapContext, touchpoint: RenderTouchpoint, index: number): HTMLElement {
    const [card] = MAP_LANES[0].cell!(ctx, touchpoint) as HTMLElement[];
    card.classList.add('details-touchpoint-card');
    return h('th', { className: `details-touchpoint${isStageStart(ctx, index) ? ' is-stage-start' : ''}`, attributes: { scope: 'col' } }, [card]);
}

/** A lane's facts of one touchpoint, each reachable with Tab (the table has no arrow-key navigation of its own). */
function laneCell(ctx: MapContext, lane: MapLane, touchpoint: RenderTouchpoint): Node[] {
    const nodes = lane.id === 'emotions' ? emotionCell(ctx, touchpoint)
        : lane.id === 'thoughts' ? thoughtCell(ctx, touchpoint)
            : lane.cell?.(ctx, touchpoint) ?? [];
    for (const node of nodes) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.matches('[data-source]')) focusable(node);
        for (const fact of node.querySelectorAll<HTMLElement>('[data-source]')) focusable(fact);
    }
    return nodes;
}

function focusable<T extends HTMLElement>(element: T): T {
    element.tabIndex = 0;
    return element;
}

/** Thoughts as the map's quote cards, the persona as a colour chip instead of its name. */
function thoughtCell(ctx: MapContext, touchpoint: RenderTouchpoint): Node[] {
    return touchpoint.thoughts
        .filter(thought => thought.persona === undefined || ctx.personas.includes(thought.persona))
        .map(thought => {
            const card = factCard(ctx, 'map-thought', `“${thought.text}”`, thought.source, thought.sources);
            if (thought.persona) {
                card.prepend(personaChip(ctx, thought.persona));
                card.style.setProperty('--persona-color', personaColor(ctx, thought.persona));
            }
            return card;
        });
}

/** Each shown persona's score as "4 positive" with the note under it. */
function emotionCell(ctx: MapContext, touchpoint: RenderTouchpoint): Node[] {
    const emotions = touchpoint.emotions.filter(emotion => ctx.personas.includes(emotion.persona));
    if (emotions.length === 0) return [];
    return [h('ul', { className: 'details-emotions' }, emotions.map(emotion => emotionLine(ctx, emotion)))];
}

function emotionLine(ctx: MapContext, emotion: RenderEmotion): HTMLElement {
    const shown = isShownScore(emotion);
    const line = revealing(ctx, h('li', { className: `details-emotion${shown ? ` is-score-${emotion.score}` : ' has-gap'}` }, [
        personaChip(ctx, emotion.persona),
        h('span', { className: 'details-score', text: String(emotion.score) }),
        h('span', { className: 'details-score-word', text: shown ? scaleWord(ctx, emotion.score) : 'not a score from 1 to 5' })
    ]), emotion.source);
    if (emotion.note) line.append(h('span', { className: 'details-emotion-note', text: emotion.note }));
    appendEvidence(ctx, line, emotion.sources);
    return line;
}
