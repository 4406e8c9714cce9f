/**
 * The Details view: the shared details table (language-server/core/model/
 * details-table.ts) as a DOM table, stages as columns and lanes as rows, with
 * sticky headers. Built with `textContent` only. Stage headers and
 * touchpoints carry element keys (click to reveal, cursor sync); every other
 * fact reveals its own line.
 */
import { detailsTable, type DetailsEntry } from '../../language-server/core/model/details-table.js';
import type { RenderJourney, RenderModel, SourceLocation } from '../../language-server/core/model/render-model.js';
import { stageKey, touchpointKey } from '../../language-server/core/model/element-keys.js';
import { personaStyles, type PersonaStyle } from '../../language-server/core/model/persona-palette.js';
import { h } from './dom.js';
import { markerSvg } from './map/map-markers.js';
import { onPageColour } from './persona-colour.js';

/** Where a clicked table entry points to, for entries that are not navigable elements themselves. */
export type RevealTargets = WeakMap<Element, SourceLocation>;

export function renderDetails(model: RenderModel, journey: RenderJourney, persona: string | undefined, targets: RevealTargets): HTMLTableElement {
    const table = detailsTable(model, journey.id, { persona });
    const styles = personaStyles(journey.personas, model.personas.map(candidate => candidate.id));
    const touchpointKeys = new Map(journey.stages.flatMap(stage => stage.touchpoints.map(tp => [locationId(tp.source), touchpointKey(journey.id, tp.id)] as const)));

    const head = h('tr', {}, [
        h('th', { className: 'corner', attributes: { scope: 'col' } }, [h('span', { className: 'visually-hidden', text: 'Lane' })]),
        ...table.stages.map(stage => {
            const cell = h('th', {
                className: stage.issues.length > 0 ? 'has-gap' : '',
                title: stage.issues.join('\n'),
                attributes: { scope: 'col', 'data-element': stageKey(journey.id, stage.id), tabindex: '0' }
            }, [h('span', { className: 'stage-name', text: stage.label })]);
            for (const issue of stage.issues) cell.append(h('span', { className: 'gap-note', text: `⚠ ${issue}` }));
            return cell;
        })
    ]);
    const body = table.rows.map(row => h('tr', { attributes: { 'data-lane': row.lane } }, [
        h('th', { text: row.label, attributes: { scope: 'row' } }),
        ...row.cells.map(entries => h('td', {}, entries.length === 0
            ? [h('span', { className: 'empty', text: '–' })]
            : [h('ul', {}, entries.map(entry => renderEntry(entry, styles, touchpointKeys, targets)))]))
    ]));
    return h('table', { className: 'details', attributes: { 'aria-label': table.title } }, [h('thead', {}, [head]), h('tbody', {}, body)]);
}

function renderEntry(entry: DetailsEntry, styles: Map<string, PersonaStyle>, touchpointKeys: Map<string, string>, targets: RevealTargets): HTMLLIElement {
    const item = h('li', { className: entry.issue ? 'has-gap' : '', title: entry.issue ?? '' });
    const style = entry.persona ? styles.get(entry.persona) : undefined;
    // The persona's marker in its colour, as on the Map and the curves (the text names the persona too).
    if (entry.persona && style) item.append(h('span', { className: 'persona-chip', attributes: { 'data-persona': entry.persona } }, [markerSvg(style.marker, onPageColour(style.color), 10)]));
    if (entry.touchpoint) item.append(h('span', { className: 'touchpoint-name', text: `${entry.touchpoint}: ` }));
    item.append(h('span', { className: 'entry-text', text: entry.text }));
    if (entry.source) {
        const key = touchpointKeys.get(locationId(entry.source));
        if (key) item.setAttribute('data-element', key);
        else {
            item.setAttribute('data-source', '');
            targets.set(item, entry.source);
        }
        item.tabIndex = 0;
    }
    return item;
}

function locationId(source: SourceLocation): string {
    return `${source.uri}#${source.range.start.line}:${source.range.start.character}-${source.range.end.line}:${source.range.end.character}`;
}
