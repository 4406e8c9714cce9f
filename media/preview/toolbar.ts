/**
 * The toolbar: view switcher, journey picker (only when the file has several),
 * persona filter, zoom, and export buttons.
 */
import { journeyTitle } from '../../language-server/core/model/model-lookup.js';
import type { RenderJourney, RenderPersona } from '../../language-server/core/model/render-model.js';
import type { ExportFormat, PreviewView } from '../../language-server/protocol/index.js';
import { PREVIEW_VIEWS } from '../../language-server/protocol/index.js';
import { viewInfo } from '../../language-server/core/views.js';
import { button, h } from './dom.js';

export interface ToolbarActions {
    selectView(view: PreviewView): void;
    selectJourney(journeyId: string): void;
    selectPersona(personaId: string | undefined): void;
    zoomBy(factor: number): void;
    zoomReset(): void;
    zoomFit(): void;
    export(format: ExportFormat): void;
    clearBefore(): void;
}

export interface ToolbarState {
    view: PreviewView;
    journeys: RenderJourney[];
    journey: RenderJourney | undefined;
    personas: RenderPersona[];
    persona: string | undefined;
    zoom: number;
    /** Exports of the whole file (HTML, Markdown) need the extension. */
    standalone: boolean;
    /** A previous version is drawn faded on the emotion curve. */
    showingBefore?: boolean;
}

const ALL_PERSONAS = '';

export class Toolbar {
    readonly element = h('div', { className: 'toolbar', attributes: { role: 'toolbar', 'aria-label': 'Preview' } });
    private readonly viewButtons = new Map<PreviewView, HTMLButtonElement>();
    /** The page's level-one heading; visually hidden where the Map view's header or the journey picker shows the title. */
    private readonly journeyTitle = h('h1', { className: 'journey-title' });
    private readonly journeySelect = h('select', { className: 'journey-select', attributes: { 'aria-label': 'Journey' } });
    private readonly personaSelect = h('select', { className: 'persona-select', attributes: { 'aria-label': 'Persona' } });
    private readonly zoomLabel: HTMLButtonElement;
    private readonly zoomGroup: HTMLElement;
    private readonly wholeFileExports: HTMLButtonElement[];
    private readonly beforeNote: HTMLElement;

    constructor(actions: ToolbarActions) {
        const views = h('div', { className: 'toolbar-group views', attributes: { role: 'group', 'aria-label': 'View' } });
        for (const view of PREVIEW_VIEWS) {
            const viewButton = button(viewInfo(view).label, { className: 'view-button', title: viewInfo(view).description, attributes: { 'data-view': view }, onClick: () => actions.selectView(view) });
            this.viewButtons.set(view, viewButton);
            views.append(viewButton);
        }
        this.journeySelect.addEventListener('change', () => actions.selectJourney(this.journeySelect.value));
        this.personaSelect.addEventListener('change', () =>
            actions.selectPersona(this.personaSelect.value === ALL_PERSONAS ? undefined : this.personaSelect.value));
        this.zoomLabel = button('100%', { className: 'zoom-reset', title: 'Reset zoom', onClick: () => actions.zoomReset() });
        this.zoomGroup = h('div', { className: 'toolbar-group zoom', attributes: { role: 'group', 'aria-label': 'Zoom' } }, [
            button('−', { className: 'zoom-out', title: 'Zoom out', onClick: () => actions.zoomBy(1 / 1.25) }),
            this.zoomLabel,
            button('+', { className: 'zoom-in', title: 'Zoom in', onClick: () => actions.zoomBy(1.25) }),
            button('Fit', { className: 'zoom-fit', title: 'Fit to width', onClick: () => actions.zoomFit() })
        ]);
        const exportButton = (format: ExportFormat, label: string, title: string) =>
            button(label, { className: `export-button export-${format}`, title, attributes: { 'data-export': format }, onClick: () => actions.export(format) });
        this.wholeFileExports = [
            exportButton('html', 'HTML', 'Export all views as a self-contained HTML file'),
            exportButton('markdown', 'Markdown', 'Export as Markdown with Mermaid code blocks')
        ];
        const exports = h('div', { className: 'toolbar-group exports', attributes: { role: 'group', 'aria-label': 'Export' } }, [
            h('span', { className: 'toolbar-label', text: 'Export' }),
            exportButton('svg', 'SVG', 'Export the current view as SVG'),
            exportButton('png', 'PNG', 'Export the current view as PNG'),
            ...this.wholeFileExports
        ]);
        this.beforeNote = h('div', { className: 'toolbar-group before-note', attributes: { role: 'status' } }, [
            h('span', { className: 'toolbar-label', text: 'Showing previous version (faded)' }),
            button('Clear', { className: 'clear-before', title: 'Stop drawing the previous version', onClick: () => actions.clearBefore() })
        ]);
        this.beforeNote.hidden = true;
        this.element.append(
            h('div', { className: 'toolbar-group title' }, [this.journeyTitle, this.journeySelect]),
            views,
            h('label', { className: 'toolbar-group persona' }, [h('span', { className: 'toolbar-label', text: 'Persona' }), this.personaSelect]),
            this.zoomGroup,
            exports,
            this.beforeNote
        );
    }

    update(state: ToolbarState): void {
        for (const [view, viewButton] of this.viewButtons) viewButton.setAttribute('aria-pressed', String(view === state.view));

        const severalJourneys = state.journeys.length > 1;
        this.journeySelect.hidden = !severalJourneys;
        this.journeyTitle.classList.toggle('visually-hidden', severalJourneys || state.view === 'map');
        this.journeyTitle.textContent = state.journey ? journeyTitle(state.journey) : 'No journey in this file';
        replaceOptions(this.journeySelect, state.journeys.map(journey => [journey.id, journeyTitle(journey)]), state.journey?.id ?? '');

        replaceOptions(this.personaSelect,
            [[ALL_PERSONAS, 'All personas'], ...state.personas.map(persona => [persona.id, persona.label] as [string, string])],
            state.persona ?? ALL_PERSONAS);
        // The blueprint shows what the organisation does, the same for every persona.
        this.personaSelect.disabled = viewInfo(state.view).personaIndependent || state.personas.length === 0;

        this.zoomGroup.hidden = state.view === 'details';
        // Only the emotion curves (the map's and the Emotion curve view) draw the previous version.
        this.beforeNote.hidden = !state.showingBefore || (state.view !== 'emotions' && state.view !== 'map');
        this.zoomLabel.textContent = `${Math.round(state.zoom * 100)}%`;
        for (const wholeFile of this.wholeFileExports) wholeFile.hidden = state.standalone;
        for (const image of this.element.querySelectorAll<HTMLButtonElement>('.export-svg, .export-png')) image.disabled = !viewInfo(state.view).image;
    }
}

function replaceOptions(select: HTMLSelectElement, options: Array<[string, string]>, selected: string): void {
    const same = select.options.length === options.length
        && options.every(([value, label], i) => select.options[i].value === value && select.options[i].textContent === label);
    if (!same) select.replaceChildren(...options.map(([value, label]) => h('option', { text: label, attributes: { value } })));
    select.value = selected;
}
