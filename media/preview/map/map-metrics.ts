/**
 * A metric as the map prints it: "Cart abandonment 68% target 45% ✗ missed",
 * the met/missed mark in words and colour, never colour alone. The language
 * does not say whether lower is better, so the label decides: a rate of
 * abandonment, churn, waiting time… meets its target from below, anything
 * else from above.
 */
import type { RenderMetric } from '../../../language-server/core/model/render-model.js';
import { h } from '../dom.js';
import { appendEvidence, revealing } from './map-cards.js';
import type { MapContext } from './map-context.js';

/** Words in a metric's label that mean lower values are better. */
const LOWER_IS_BETTER = /abandon|churn|bounce|drop|wait|time|cost|error|complaint|fail|cancel|return|effort|late|delay|\b(days|hours|minutes)\b/i;

export function formatValue(value: number, percent: boolean): string {
    return percent ? `${value}%` : value.toLocaleString('en-US');
}

export function metricMet(metric: RenderMetric): boolean | undefined {
    if (metric.target === undefined) return undefined;
    return LOWER_IS_BETTER.test(metric.label) ? metric.value <= metric.target : metric.value >= metric.target;
}

export function metricLine(ctx: MapContext, metric: RenderMetric): HTMLElement {
    const met = metricMet(metric);
    const line = revealing(ctx, h('li', { className: `map-metric${met === undefined ? '' : met ? ' is-met' : ' is-missed'}` }, [
        h('span', { className: 'map-metric-label', text: metric.label }),
        h('span', { className: 'map-metric-value', text: formatValue(metric.value, metric.percent) })
    ]), metric.source);
    if (metric.target !== undefined) {
        line.append(
            h('span', { className: 'map-metric-target', text: `target ${formatValue(metric.target, metric.targetPercent ?? metric.percent)}` }),
            h('span', { className: 'map-metric-mark', text: met ? '✓ met' : '✗ missed' })
        );
    }
    appendEvidence(ctx, line, metric.sources);
    return line;
}
