/**
 * The stage band: one cell per stage spanning its touchpoint columns, with the
 * stage's label, owners, metrics, its average emotion per persona, and the gaps
 * validation found (a warning chip with the diagnostic's text).
 */
import { formatAverage, touchpointsAverage } from '../../../language-server/core/model/emotion-average.js';
import { EMOTION_SCORE_LABELS } from '../../../language-server/core/model/emotion-scale.js';
import { stageKey } from '../../../language-server/core/model/element-keys.js';
import type { RenderStage } from '../../../language-server/core/model/render-model.js';
import { stageGaps } from '../../../language-server/core/model/stage-gaps.js';
import { h } from '../dom.js';
import { chip, gapChip } from './map-cards.js';
import { personaColor, type MapContext } from './map-context.js';
import { markerSvg } from './map-markers.js';
import { metricLine } from './map-metrics.js';

/** The stage's cell; `span` is its number of columns on this page, `continued` marks a stage split over pages. */
export function stageCell(ctx: MapContext, stage: RenderStage, span: number, index: number, continued = false): HTMLElement {
    const label = `${stage.label || stage.id}${continued ? ' (continued)' : ''}`;
    const inner = h('div', { className: 'map-stage-inner' }, [h('h2', { className: 'map-stage-label', text: label })]);
    const gaps = stageGaps(stage);
    if (gaps.length > 0) inner.append(h('div', { className: 'map-stage-gaps' }, gaps.map(gap => gapChip(gap.text, gap.message))));
    if (stage.owners.length > 0) inner.append(h('div', { className: 'map-chips' }, stage.owners.map(owner => chip(ctx.labels.team(owner), 'map-chip-owner'))));
    if (stage.metrics.length > 0) inner.append(h('ul', { className: 'map-stage-metrics' }, stage.metrics.map(metric => metricLine(ctx, metric))));
    const averages = touchpointsAverage(stage.touchpoints);
    const shown = ctx.personas.filter(persona => averages.has(persona));
    if (shown.length > 0) {
        inner.append(h('ul', { className: 'map-stage-averages', attributes: { 'aria-label': 'Average emotion' } }, shown.map(persona => {
            const average = averages.get(persona)!;
            const style = ctx.styles.get(persona);
            return h('li', { className: 'map-average', title: `${ctx.labels.persona(persona)}: average emotion ${formatAverage(average)} of 5 (${EMOTION_SCORE_LABELS[Math.round(average)]})` }, [
                markerSvg(style?.marker ?? 'circle', personaColor(ctx, persona)),
                h('span', { className: 'map-average-name', text: ctx.labels.personaShortName(persona) }),
                h('span', { className: 'map-average-value', text: formatAverage(average) })
            ]);
        })));
    }
    return h('div', {
        className: `map-stage${gaps.length > 0 ? ' has-gap' : ''} map-stage-tone-${index % 2}`,
        attributes: { 'data-element': stageKey(ctx.journey.id, stage.id), tabindex: '-1', style: `grid-column: span ${span}` }
    }, [inner]);
}
