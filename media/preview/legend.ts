/**
 * The gap legend above the Journey and Emotion curve views. Mermaid's own
 * legends (journey actors, xychart lines) list the personas that have
 * emotions; a persona of the journey without any emotion cannot appear in
 * them, so it is listed here, marked. Clicking one reveals it in the editor.
 */
import type { RenderJourney, RenderModel } from '../../language-server/core/model/render-model.js';
import { personaKey } from '../../language-server/core/model/element-keys.js';
import { h } from './dom.js';

export function renderGapLegend(model: RenderModel, journey: RenderJourney, persona: string | undefined): HTMLElement | undefined {
    const missing = journey.personasWithoutEmotions.filter(id => persona === undefined || id === persona);
    if (missing.length === 0) return undefined;
    const items = missing.map(id => {
        const declared = model.personas.find(candidate => candidate.id === id);
        const label = declared?.label ?? id;
        return h('li', {
            className: 'legend-item has-gap',
            title: `${label} has no emotion in this journey, so the diagram cannot show them.`,
            attributes: declared ? { 'data-element': personaKey(id), tabindex: '0', role: 'button' } : {}
        }, [h('span', { className: 'gap-badge', text: '⚠ no emotions' }), h('span', { className: 'legend-label', text: label })]);
    });
    return h('ul', { className: 'legend-list', attributes: { 'aria-label': 'Personas without emotions' } }, items);
}
