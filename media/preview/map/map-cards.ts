/**
 * The small pieces the Map view's cells are made of: chips, fact cards that
 * reveal their own line, evidence chips and the "assumption" look. User text
 * only ever goes through `textContent` (dom.ts).
 */
import type { Evidence, SourceLocation } from '../../../language-server/core/model/render-model.js';
import { h } from '../dom.js';
import type { MapContext } from './map-context.js';

/** A small rounded label; long text is ellipsised here only, with the full text on hover. */
export function chip(text: string, className = ''): HTMLElement {
    return h('span', { className: `map-chip ${className}`.trim(), text, title: text });
}

/** Makes a fact reveal its source line on click or Enter (reached with the arrow keys, not Tab). */
export function revealing<T extends HTMLElement>(ctx: MapContext, element: T, source: SourceLocation): T {
    element.setAttribute('data-source', '');
    element.tabIndex = -1;
    ctx.targets.set(element, source);
    return element;
}

/**
 * A card for one fact. When the map uses research, a backed fact carries a
 * chip per source and an unbacked one the assumption look.
 */
export function factCard(ctx: MapContext, className: string, text: string, source: SourceLocation, sources?: Evidence, extra: Node[] = []): HTMLElement {
    const card = revealing(ctx, h('div', { className: `map-card ${className}` }, [h('span', { className: 'map-card-text', text }), ...extra]), source);
    appendEvidence(ctx, card, sources);
    return card;
}

export function appendEvidence(ctx: MapContext, element: HTMLElement, sources: Evidence | undefined): void {
    if (!ctx.usesSources || sources === undefined) return;
    if (sources.length === 0) {
        element.classList.add('is-assumption');
        element.append(h('span', { className: 'map-assumption-note', text: 'assumption', title: 'No research source backs this fact' }));
        return;
    }
    element.append(h('span', { className: 'map-evidence' }, sources.map(id => chip(ctx.sourceLabels.get(id) ?? id, 'map-chip-source'))));
}

/** A warning chip for a gap validation found, with the diagnostic's text on hover and for screen readers. */
export function gapChip(text: string, message: string): HTMLElement {
    return h('span', { className: 'map-gap', title: message }, [
        h('span', { text: `⚠ ${text}`, attributes: { 'aria-hidden': 'true' } }),
        visuallyHidden(`Warning: ${message}`)
    ]);
}

/** Text for screen readers only. */
export function visuallyHidden(text: string): HTMLElement {
    return h('span', { className: 'visually-hidden', text });
}
