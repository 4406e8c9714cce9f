/**
 * The map's header (its "zoom-out"): title, state, description, goals, and one
 * card per persona (label, description, goals, needs, frustrations, quote), a
 * persona's colour as the card's left border and marker. A persona without
 * emotions in this journey says so in its card.
 */
import { journeyKey, personaKey } from '../../../language-server/core/model/element-keys.js';
import type { RenderPersona } from '../../../language-server/core/model/render-model.js';
import { h } from '../dom.js';
import { chip, gapChip } from './map-cards.js';
import { personaColor, type MapContext } from './map-context.js';
import { markerSvg } from './map-markers.js';

export interface MapHeaderOptions {
    /**
     * The live canvas: each persona card shows its name, description and quote, and
     * its goals, needs and frustrations behind a toggle, so that the header leaves room
     * for the map in a side panel. Prints and image exports show everything.
     */
    compactPersonas?: boolean;
}

export function renderMapHeader(ctx: MapContext, options: MapHeaderOptions = {}): HTMLElement {
    const { journey } = ctx;
    const title = h('h2', { className: 'map-title', text: journey.label || journey.id, attributes: { 'data-element': journeyKey(journey.id), tabindex: '-1' } });
    const meta = h('div', { className: 'map-title-row' }, [title]);
    if (journey.state) meta.append(chip(journey.state === 'future' ? 'Future state' : 'Current state', `map-chip-state map-state-${journey.state}`));
    if (journey.replaces) meta.append(h('span', { className: 'map-replaces', text: `replaces ${journey.replaces.label || journey.replaces.id}` }));
    const header = h('div', { className: 'map-header' }, [meta]);
    if (journey.description) header.append(h('p', { className: 'map-description', text: journey.description }));
    if (journey.goals.length > 0) {
        header.append(h('div', { className: 'map-goals' }, [
            h('h2', { className: 'map-section-title', text: 'Goals' }),
            h('ul', {}, journey.goals.map(goal => h('li', { text: goal })))
        ]));
    }
    const personas = ctx.personas.map(id => ctx.model.personas.find(persona => persona.id === id) ?? placeholderPersona(ctx, id));
    if (personas.length > 0) header.append(h('div', { className: 'map-personas' }, personas.map(persona => personaCard(ctx, persona, options.compactPersonas ?? false))));
    return header;
}

function placeholderPersona(ctx: MapContext, id: string): RenderPersona {
    return { id, label: ctx.labels.persona(id), source: ctx.journey.source, issues: [], goals: [], needs: [], frustrations: [], quotes: [] };
}

function personaCard(ctx: MapContext, persona: RenderPersona, compact: boolean): HTMLElement {
    const style = ctx.styles.get(persona.id);
    const color = personaColor(ctx, persona.id);
    const name = h('h2', { className: 'map-persona-name' }, [
        markerSvg(style?.marker ?? 'circle', color),
        h('span', { text: persona.label || persona.id })
    ]);
    const card = h('section', {
        className: 'map-persona',
        attributes: { 'data-element': personaKey(persona.id), tabindex: '-1', style: `--persona-color: ${color}` }
    }, [name]);
    if (persona.description) card.append(h('p', { className: 'map-persona-description', text: persona.description }));
    const lists = [['Goals', persona.goals], ['Needs', persona.needs], ['Frustrations', persona.frustrations]] as const;
    const shown = lists.filter(([, items]) => items.length > 0);
    if (shown.length > 0) {
        const listBox = h('div', { className: 'map-persona-lists' }, shown.map(([label, items]) => h('div', {}, [
            h('h3', { className: 'map-persona-list-title', text: label }),
            h('ul', { className: 'map-persona-list' }, items.map(item => h('li', { text: item })))
        ])));
        if (compact) card.append(listToggle(shown, listBox));
        card.append(listBox);
    }
    for (const quote of persona.quotes.slice(0, 1)) card.append(h('blockquote', { className: 'map-persona-quote', text: `“${quote}”` }));
    if (ctx.journey.personasWithoutEmotions.includes(persona.id)) {
        card.append(gapChip('no emotions', `${persona.label || persona.id} has no emotion in this journey, so the curve cannot show them.`));
    }
    return card;
}

/** "Goals 1 · Needs 2 · Frustrations 1 ▸": shows or hides the card's lists (a button of its own: it reveals nothing in the editor). */
function listToggle(lists: ReadonlyArray<readonly [string, readonly string[]]>, listBox: HTMLElement): HTMLButtonElement {
    const summary = lists.map(([label, items]) => `${label} ${items.length}`).join(' · ');
    const toggle = h('button', { className: 'map-persona-more', attributes: { type: 'button', 'aria-expanded': 'false' } });
    const show = (expanded: boolean) => {
        listBox.hidden = !expanded;
        toggle.setAttribute('aria-expanded', String(expanded));
        toggle.textContent = `${summary} ${expanded ? '▾' : '▸'}`;
    };
    toggle.addEventListener('click', event => {
        event.stopPropagation();
        show(listBox.hidden);
    });
    show(false);
    return toggle;
}
