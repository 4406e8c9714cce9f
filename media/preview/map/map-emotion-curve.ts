/**
 * The emotion lane, the heart of the map: one smooth curve per persona across
 * the touchpoint columns, each point exactly at its column's centre, a marker
 * shape per persona, the score beside it and the note on hover or focus, a
 * missing score bridged by a dashed piece. Behind it, faded and dashed: the
 * previous version of the map (Compare with Previous Version), and for a
 * future state the current-state journey it replaces (touchpoints matched by
 * id, then by label). A visually hidden table says the same in text.
 */
import { matchingTouchpoint } from '../../../language-server/core/model/current-state-match.js';
import { averageScores, formatAverage } from '../../../language-server/core/model/emotion-average.js';
import { EMOTION_SCORE_LABELS, EMOTION_SCORES } from '../../../language-server/core/model/emotion-scale.js';
import { isShownScore } from '../../../language-server/core/model/model-lookup.js';
import type { RenderJourney, RenderTouchpoint } from '../../../language-server/core/model/render-model.js';
import { h } from '../dom.js';
import { revealing } from './map-cards.js';
import { personaColor, type MapColumn, type MapContext } from './map-context.js';
import { curvePointKey, curveScoreKey } from './map-cell-cache.js';
import { curvePieces, type CurvePoint } from './map-curve-geometry.js';
import { columnCentre, COLUMN_WIDTH, CURVE_HEIGHT, scoreY } from './map-layout.js';
import { markerPath, svgElement } from './map-markers.js';

export function hasEmotions(ctx: MapContext): boolean {
    return ctx.columns.some(column => column.touchpoint?.emotions.some(emotion => ctx.personas.includes(emotion.persona) && isShownScore(emotion)));
}

export function scaleWord(ctx: MapContext, score: number): string {
    return ctx.model.emotionScale.find(point => point.score === score)?.word || EMOTION_SCORE_LABELS[score];
}

/** The row header's scale: each score and its word at the height of its grid line. */
export function emotionLaneHeader(ctx: MapContext): Node[] {
    return [h('div', { className: 'map-scale', attributes: { 'aria-hidden': 'true', style: `height: ${CURVE_HEIGHT}px` } }, [...EMOTION_SCORES].map(score =>
        h('span', { className: 'map-scale-word', text: `${score} ${scaleWord(ctx, score)}`, attributes: { style: `top: ${scoreY(score)}px` } })))];
}

interface Comparison {
    kind: 'before' | 'replaced';
    label: string;
    journey: RenderJourney;
}

/** The curves drawn faded behind the current ones. */
function comparisons(ctx: MapContext): Comparison[] {
    const found: Comparison[] = [];
    const previous = ctx.before?.journeys.find(journey => journey.id === ctx.journey.id);
    if (previous) found.push({ kind: 'before', label: 'previous version', journey: previous });
    const replaced = ctx.journey.replaces?.journey;
    if (replaced) found.push({ kind: 'replaced', label: `current state (${replaced.label || replaced.id})`, journey: replaced });
    return found;
}

interface ScoredPoint extends CurvePoint {
    score: number;
    touchpoint: RenderTouchpoint;
}

/** Each touchpoint's averages, worked out once per drawing of the curve (every persona's line and the table read them). */
type Averages = (touchpoint: RenderTouchpoint) => Map<string, number>;

function averagesOnce(): Averages {
    const found = new Map<RenderTouchpoint, Map<string, number>>();
    return touchpoint => {
        let averages = found.get(touchpoint);
        if (!averages) found.set(touchpoint, averages = averageScores(touchpoint.emotions));
        return averages;
    };
}

function pointsOf(columns: MapColumn[], persona: string, touchpointOf: (touchpoint: RenderTouchpoint) => RenderTouchpoint | undefined, offset: number, averages: Averages): ScoredPoint[] {
    const points: ScoredPoint[] = [];
    for (const column of columns) {
        const shown = column.touchpoint && touchpointOf(column.touchpoint);
        const score = shown && averages(shown).get(persona);
        if (shown && score !== undefined) points.push({ x: columnCentre(column.index - offset), y: scoreY(score), column: column.index, score, touchpoint: shown });
    }
    return points;
}

export function emotionCurve(ctx: MapContext, columns: MapColumn[]): HTMLElement {
    const offset = columns[0]?.index ?? 0;
    const width = columns.length * COLUMN_WIDTH;
    const averages = averagesOnce();
    const svg = svgElement('svg', { class: 'map-curve', width, height: CURVE_HEIGHT, viewBox: `0 0 ${width} ${CURVE_HEIGHT}`, role: 'img', 'aria-label': 'Emotion curve; the scores are in the table that follows' });
    for (const score of EMOTION_SCORES) {
        svg.append(svgElement('line', { class: `map-curve-grid${score === 3 ? ' is-neutral' : ''}`, x1: 0, x2: width, y1: scoreY(score), y2: scoreY(score) }));
    }
    for (const comparison of comparisons(ctx)) {
        for (const persona of ctx.personas) {
            const points = pointsOf(columns, persona, touchpoint => matchingTouchpoint(comparison.journey, touchpoint), offset, averages);
            const group = svgElement('g', { class: `map-curve-line is-${comparison.kind}`, 'data-persona': persona, style: `--persona-color: ${personaColor(ctx, persona)}` });
            for (const piece of curvePieces(points)) group.append(svgElement('path', { d: piece.d, class: 'map-curve-path' }));
            for (const point of points) group.append(svgElement('path', { class: 'map-curve-ghost-marker', d: markerPath(ctx.styles.get(persona)?.marker ?? 'circle', 3.5), transform: `translate(${point.x},${point.y})` }));
            svg.append(group);
        }
    }
    const labels: Array<{ x: number; y: number; text: string; column: number; persona: string }> = [];
    for (const persona of ctx.personas) {
        const style = ctx.styles.get(persona);
        const points = pointsOf(columns, persona, touchpoint => touchpoint, offset, averages);
        const group = svgElement('g', { class: 'map-curve-line is-current', 'data-persona': persona, style: `--persona-color: ${personaColor(ctx, persona)}` });
        for (const piece of curvePieces(points)) {
            group.append(svgElement('path', { d: piece.d, class: `map-curve-path${piece.bridge ? ' is-bridge' : ''}`, ...(style?.dash && !piece.bridge ? { 'stroke-dasharray': style.dash } : {}) }));
        }
        for (const point of points) {
            const emotion = point.touchpoint.emotions.find(candidate => candidate.persona === persona && isShownScore(candidate))!;
            const notes = point.touchpoint.emotions.filter(candidate => candidate.persona === persona && candidate.note).map(candidate => candidate.note!);
            const description = `${ctx.labels.persona(persona)} at ${point.touchpoint.label || point.touchpoint.id}: ${formatAverage(point.score)} (${scaleWord(ctx, Math.round(point.score))})${notes.length > 0 ? `: ${notes.join(' / ')}` : ''}`;
            const transform = `translate(${point.x},${point.y})`;
            labels.push({ x: point.x, y: point.y, text: formatAverage(point.score), column: point.column, persona });
            const reused = ctx.onScreen?.reusePart(curvePointKey(persona, point.touchpoint.id, transform, description));
            if (reused) {
                ctx.targets.set(reused.onScreen, emotion.source);
                group.append(reused.standIn);
                continue;
            }
            const marker = revealing(ctx, svgElement('g', {
                class: 'map-emotion-point', transform,
                'data-persona': persona, 'data-touchpoint': point.touchpoint.id, 'data-score': point.score, 'data-description': description
            }) as unknown as HTMLElement, emotion.source) as unknown as SVGGElement;
            const title = svgElement('title');
            title.textContent = description;
            marker.append(title, svgElement('circle', { class: 'map-emotion-hit', r: 12 }), svgElement('path', { class: 'map-emotion-marker', d: markerPath(style?.marker ?? 'circle', 5.5) }));
            group.append(marker);
        }
        svg.append(group);
    }
    svg.append(scoreLabels(ctx, labels));
    const tooltip = h('div', { className: 'map-tooltip', attributes: { role: 'tooltip', id: `map-tooltip-${offset}` } });
    tooltip.hidden = true;
    const lane = h('div', { className: 'map-curve-box', attributes: { style: `width: ${width}px; height: ${CURVE_HEIGHT}px` } }, [svg, tooltip, scoreTable(ctx, columns, averages)]);
    wireTooltip(lane);
    return lane;
}

/** The score beside each marker; labels of one column that would touch are moved apart vertically. */
function scoreLabels(ctx: MapContext, labels: Array<{ x: number; y: number; text: string; column: number; persona: string }>): SVGGElement {
    const group = svgElement('g', { class: 'map-curve-scores', 'aria-hidden': 'true' });
    const byColumn = new Map<number, typeof labels>();
    for (const label of labels) byColumn.set(label.column, [...(byColumn.get(label.column) ?? []), label]);
    for (const column of byColumn.values()) {
        column.sort((a, b) => a.y - b.y);
        let lastY = -Infinity;
        for (const label of column) {
            const y = Math.max(label.y + 4, lastY + 14);
            lastY = y;
            const reused = ctx.onScreen?.reusePart(curveScoreKey(label.persona, label.x + 10, y, label.text));
            if (reused) {
                group.append(reused.standIn);
                continue;
            }
            const text = svgElement('text', { x: label.x + 10, y, class: 'map-curve-score', 'data-persona': label.persona });
            text.textContent = label.text;
            group.append(text);
        }
    }
    return group;
}

/**
 * The note of the point under the pointer or keyboard focus, in a box beside it. The box is looked up
 * at event time: an update keeps this lane and may swap its parts (map-reconcile.ts).
 */
function wireTooltip(lane: HTMLElement): void {
    const tooltipOf = () => lane.querySelector<HTMLElement>(':scope > .map-tooltip');
    const show = (event: Event) => {
        const point = (event.target as Element).closest?.('.map-emotion-point');
        const tooltip = tooltipOf();
        if (!point || !tooltip) return;
        tooltip.textContent = point.getAttribute('data-description') ?? '';
        const [x, y] = (/translate\(([-\d.]+),([-\d.]+)\)/.exec(point.getAttribute('transform') ?? '') ?? []).slice(1).map(Number);
        tooltip.style.left = `${Math.max(0, x - 110)}px`;
        tooltip.style.top = `${y > CURVE_HEIGHT / 2 ? y - 64 : y + 16}px`;
        tooltip.hidden = false;
    };
    const hide = () => { const tooltip = tooltipOf(); if (tooltip) tooltip.hidden = true; };
    lane.addEventListener('pointerover', show);
    lane.addEventListener('focusin', show);
    lane.addEventListener('pointerleave', hide);
    lane.addEventListener('focusout', hide);
}

/** The curve as text: each persona's score at each touchpoint. */
function scoreTable(ctx: MapContext, columns: MapColumn[], averages: Averages): HTMLElement {
    const touchpoints = columns.filter(column => column.touchpoint).map(column => column.touchpoint!);
    return h('table', { className: 'visually-hidden map-score-table' }, [
        h('caption', { text: 'Emotion scores per touchpoint (1 very negative to 5 very positive)' }),
        h('thead', {}, [h('tr', {}, [h('th', { text: 'Persona', attributes: { scope: 'col' } }), ...touchpoints.map(touchpoint => h('th', { text: touchpoint.label || touchpoint.id, attributes: { scope: 'col' } }))])]),
        h('tbody', {}, ctx.personas.map(persona => h('tr', {}, [
            h('th', { text: ctx.labels.persona(persona), attributes: { scope: 'row' } }),
            ...touchpoints.map(touchpoint => {
                const score = averages(touchpoint).get(persona);
                return h('td', { text: score === undefined ? 'no score' : formatAverage(score) });
            })
        ])))
    ]);
}
