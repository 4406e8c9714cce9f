/**
 * The preview app: keeps the newest model, draws the selected view, and
 * turns clicks into `reveal` messages. Never blank once something has been
 * drawn: a model with syntax errors, or a view Mermaid cannot draw, leaves
 * the last good drawing in place under an error banner.
 */
import { defaultJourneyPersona, emotionCurveLayout, escapeMermaidText, journeyDiagramLayout } from '../../language-server/core/mermaid/index.js';
import { colourJourneyActors } from '../../language-server/core/mermaid/journey-actor-colours.js';
import { displayName } from '../../language-server/core/model/model-lookup.js';
import { withModelDefaults } from '../../language-server/core/model/model-defaults.js';
import type { RenderDiagnostic, RenderJourney, RenderModel } from '../../language-server/core/model/render-model.js';
import { navigableElements, stageKey, type NavigableElement } from '../../language-server/core/model/element-keys.js';
import type { ExportFormat, ImageFormat, PreviewState, PreviewView, ToWebviewMessage } from '../../language-server/protocol/index.js';
import { PREVIEW_VIEWS } from '../../language-server/protocol/index.js';
import { DEFAULT_VIEW, viewInfo } from '../../language-server/core/views.js';
import { exportFileName } from '../../language-server/core/export/export-file-name.js';
import { ErrorBanner } from './banner.js';
import { renderDetails } from './details-view.js';
import type { RevealTargets } from './map/map-context.js';
import { mapFitZoom } from './map/map-zoom.js';
import { renderMapView } from './map/map-view.js';
import { reconcileMap } from './map/map-reconcile.js';
import { MapCellCache, resolveStandIns } from './map/map-cell-cache.js';
import { renderPrintLayout, requestedPrintLayout } from './map/map-print.js';
import { MapPrintCopy } from './map/map-print-copy.js';
import { keepIntegerTicks } from '../../language-server/core/mermaid/integer-ticks.js';
import { fitBlueprintCells } from '../../language-server/core/mermaid/blueprint-cells.js';
import { diagramText } from './diagram-source.js';
import { h } from './dom.js';
import { download, serializeSvg, svgToPngDataUrl } from './export-image.js';
import { exportMapSvg, MAP_SVG_BACKGROUND } from './map/map-svg-export.js';
import type { PreviewHost } from './host.js';
import { renderGapLegend } from './legend.js';
import { DiagramError, renderMermaid, resetMermaidTheme } from './mermaid-render.js';
import { onPageColour, themeCurveBlack } from './persona-colour.js';
import { ProblemsStrip } from './problems.js';
import { linkDiagram } from './svg-links.js';
import { currentThemeKind, watchTheme, type DiagramLayout } from './theme.js';
import { Toolbar } from './toolbar.js';
import { applyZoom, clampZoom, enablePan, growViewBoxToContent, MIN_ZOOM, naturalSize } from './zoom-pan.js';

const DEFAULT_STATE: PreviewState = { view: DEFAULT_VIEW, zoom: 1, autoFit: true, scrollLeft: 0, scrollTop: 0 };
/** Fitting to the panel never shrinks text below three quarters of its size: beyond that, scroll. */
const MIN_FIT_ZOOM = 0.75;

export class PreviewApp {
    private state: PreviewState;
    /** The smallest zoom fitting may choose: readable text by default, anything once the user asks for Fit. */
    private fitFloor = MIN_FIT_ZOOM;
    /** The newest model received (its diagnostics are always shown). */
    private latest: { model: RenderModel; version: number } | undefined;
    /** The model the views are drawn from: the newest one that parsed. */
    private shown: RenderModel | undefined;
    /** A previous version of the shown document, drawn faded on the emotion curve (Compare with Previous Version). */
    private before: RenderModel | undefined;
    private elements = new Map<string, NavigableElement>();
    private revealTargets: RevealTargets = new WeakMap();
    private svg: SVGSVGElement | undefined;
    /** The Map view's canvas, when it is the view shown (zoomed with CSS zoom: it is HTML, not one SVG). */
    private map: HTMLElement | undefined;
    /** The Map view's cells as drawn last, so an update builds only the changed ones. */
    private readonly mapCells = new MapCellCache();
    private highlighted: string | null = null;
    private renderToken = 0;
    private rendering: Promise<void> = Promise.resolve();
    private scrollRestored = false;
    /** Document, journey and view of the last drawing: scroll is kept while only the model changes. */
    private lastDrawing = '';
    /** What the drawing in place was made from (see `drawingSource`): the same again needs no new drawing. */
    private drawnFrom = '';

    private readonly toolbar: Toolbar;
    private readonly banner = new ErrorBanner();
    private readonly legend = h('div', { className: 'legend' });
    private readonly viewport = h('div', { className: 'viewport', attributes: { tabindex: '0' } });
    private readonly problems: ProblemsStrip;
    /** `data-print-layout="WIDTHxHEIGHT"` on the root: draw the view as pages of that size (PDF and PNG exports). */
    private readonly printLayout: { width: number; height: number } | undefined;
    /** The exported file's A4 pages of the Map view, which a browser prints instead of the canvas. */
    private readonly printCopy: MapPrintCopy | undefined;

    constructor(private readonly root: HTMLElement, private readonly host: PreviewHost) {
        this.printLayout = requestedPrintLayout(root);
        this.printCopy = host.standalone && !this.printLayout ? new MapPrintCopy() : undefined;
        const saved = host.getState();
        const defaultView = root.dataset.defaultView as PreviewView | undefined;
        this.state = { ...DEFAULT_STATE, ...(defaultView ? { view: defaultView } : {}), ...saved };
        if (!PREVIEW_VIEWS.includes(this.state.view)) this.state.view = DEFAULT_STATE.view;
        this.toolbar = new Toolbar({
            selectView: view => this.update({ view }),
            // Persona ids belong to a journey; a choice of "All personas" does not, and stays.
            selectJourney: journey => this.update({ journey, persona: undefined, scrollLeft: 0, scrollTop: 0 }),
            selectPersona: persona => this.update({ persona, allPersonas: persona === undefined }),
            zoomBy: factor => this.setZoom(this.state.zoom * factor, false),
            zoomReset: () => this.setZoom(1, false),
            // The Fit button is asked for an overview: the whole width, however small the text gets.
            zoomFit: () => { this.fitFloor = MIN_ZOOM; this.fitZoom(); },
            export: format => this.exportFromToolbar(format),
            clearBefore: () => {
                this.host.post({ type: 'beforeCleared' });
                this.showBefore(null);
            }
        });
        this.problems = new ProblemsStrip(diagnostic => this.revealDiagnostic(diagnostic));
    }

    start(): void {
        this.root.classList.add('journey-preview');
        // The preview is the page's one landmark: everything in it is the document's main content.
        this.root.setAttribute('role', 'main');
        this.root.setAttribute('aria-label', 'Journey map preview');
        this.root.replaceChildren(this.toolbar.element, this.banner.element, this.legend, this.viewport, this.problems.element);
        if (this.printCopy) this.root.append(this.printCopy.element);
        this.problems.element.hidden = true;
        this.viewport.append(h('p', { className: 'placeholder', text: 'Waiting for the journey map…' }));
        enablePan(this.viewport, () => viewInfo(this.state.view).renderer === 'mermaid');
        this.root.addEventListener('click', event => this.onClick(event));
        this.root.addEventListener('keydown', event => {
            if (event.key === 'Enter' && (event.target as Element).closest?.('[data-element], [data-source]')) this.onClick(event);
        });
        this.viewport.addEventListener('wheel', event => {
            if (!event.ctrlKey || this.state.view === 'details' || this.printLayout) return;
            event.preventDefault();
            this.setZoom(this.state.zoom * (event.deltaY < 0 ? 1.1 : 1 / 1.1), false);
        }, { passive: false });
        let scrollFrame = 0;
        this.viewport.addEventListener('scroll', () => {
            cancelAnimationFrame(scrollFrame);
            scrollFrame = requestAnimationFrame(() => this.save({ scrollLeft: this.viewport.scrollLeft, scrollTop: this.viewport.scrollTop }));
        });
        watchTheme(() => {
            resetMermaidTheme();
            this.drawnFrom = '';
            this.render();
        });
        this.host.onMessage(message => this.onMessage(message));
        this.host.post({ type: 'ready' });
    }

    private onMessage(message: ToWebviewMessage): void {
        switch (message.type) {
            case 'model': return this.onModel(message.model, message.version);
            case 'highlight': return this.highlight(message.elementId);
            case 'before': return this.showBefore(message.model);
            case 'locked': return this.save({ locked: message.locked });
            case 'exportImage':
                void this.exportImage(message.format).then(
                    data => this.host.post({ type: 'imageExported', requestId: message.requestId, format: message.format, view: this.state.view, data }),
                    (error: unknown) => this.host.post({
                        type: 'imageExported', requestId: message.requestId, format: message.format, view: this.state.view,
                        error: error instanceof Error ? error.message : String(error)
                    }));
                return;
        }
    }

    /** Draws (or, with null, stops drawing) a previous version on the emotion curve of the Map or Emotion curve view, which it shows. */
    private showBefore(model: RenderModel | null): void {
        this.before = model ? withModelDefaults(model) : undefined;
        if (model && this.state.view !== 'map') this.update({ view: 'emotions' });
        else this.render();
    }

    private onModel(given: RenderModel, version: number): void {
        // Every view draws a complete model: a version-1 model (an older export, a saved fixture) gets the v2 fields empty.
        const model = withModelDefaults(given);
        const sameDocument = this.latest?.model.uri === model.uri;
        if (sameDocument && version < this.latest!.version) return; // an answer overtaken by a newer one
        // Another document: the previous version was another file's.
        if (this.latest && !sameDocument) this.before = undefined;
        this.latest = { model, version };
        if (this.state.uri !== model.uri) this.save({ uri: model.uri });
        this.problems.update(model.diagnostics, model.uri);
        const keepLastGood = this.shown !== undefined && this.shown.uri === model.uri && firstSyntaxError(model) !== undefined;
        if (keepLastGood) {
            this.showBannerForLatest();
            return;
        }
        this.shown = model;
        this.elements = new Map(navigableElements(model).map(element => [element.key, element]));
        this.render();
    }

    private update(change: Partial<PreviewState>): void {
        this.save(change);
        this.render();
    }

    private save(change: Partial<PreviewState>): void {
        this.state = { ...this.state, ...change };
        this.host.setState(this.state);
    }

    /** The persona filter's choice, when that persona is in the journey (else every persona). */
    /**
     * The persona drawn: the one chosen; else, in the Journey view, the journey's first scored persona (Mermaid's
     * journey chart of all personas draws every touchpoint once per persona, side by side) unless "All" was chosen.
     */
    private shownPersona(journey: RenderJourney): string | undefined {
        if (journey.personas.includes(this.state.persona ?? '')) return this.state.persona;
        return this.state.view === 'journey' && !this.state.allPersonas ? defaultJourneyPersona(journey) : undefined;
    }

    private currentJourney(): RenderJourney | undefined {
        const journeys = this.shown?.journeys ?? [];
        return journeys.find(journey => journey.id === this.state.journey) ?? journeys[0];
    }

    /** Draws the selected view of the shown model; later calls supersede earlier ones still drawing. */
    private render(): void {
        const token = ++this.renderToken;
        this.rendering = this.draw(token).catch((error: unknown) => {
            if (token === this.renderToken) this.banner.showRenderError(viewInfo(this.state.view).label, error instanceof Error ? error.message : String(error));
        });
    }

    private async draw(token: number): Promise<void> {
        const model = this.shown;
        if (!model) return;
        const journey = this.currentJourney();
        const personas = journey ? model.personas.filter(persona => journey.personas.includes(persona.id)) : [];
        const persona = journey && this.shownPersona(journey);
        const view = this.state.view;
        const before = this.before;
        this.toolbar.update({
            view, journeys: model.journeys, journey, personas, persona, zoom: this.state.zoom, standalone: this.host.standalone, showingBefore: before !== undefined
        });
        this.root.dataset.view = view;
        if (view === 'map' && journey) this.printCopy?.update(model, journey, persona, before);
        else this.printCopy?.clear();
        if (!journey) {
            this.svg = undefined;
            this.legend.replaceChildren();
            this.viewport.replaceChildren(h('p', { className: 'placeholder', text: 'This file declares no journey. Add a `journey` block to see its map.' }));
            this.showBannerForLatest();
            return;
        }
        const shownMap = this.map;
        this.map = undefined;
        const theme = currentThemeKind();
        const gapLegend = view === 'journey' || view === 'emotions' ? renderGapLegend(model, journey, persona) : undefined;
        this.legend.replaceChildren(...(gapLegend ? [gapLegend] : []));
        if (this.printLayout && view === 'map') {
            this.revealTargets = new WeakMap();
            this.svg = undefined;
            const pages = renderPrintLayout(this.viewport, model, journey, { persona, before, targets: this.revealTargets, size: this.printLayout });
            this.drawnFrom = '';
            this.root.dataset.rendered = String(token);
            void pages.then(() => { document.body.dataset.printReady = 'true'; });
            return;
        }
        if (view === 'map') {
            this.revealTargets = new WeakMap();
            this.svg = undefined;
            const onScreen = shownMap?.parentElement === this.viewport ? shownMap : undefined;
            if (!onScreen) this.mapCells.clear();
            const fresh = renderMapView(model, journey, { persona, before, targets: this.revealTargets, compactPersonas: true, cells: this.mapCells });
            // The zoom on screen stays while the canvas is reconciled: dropping it for a moment restyled and laid out every cell.
            if (onScreen) fresh.style.zoom = onScreen.style.zoom;
            // The cells that did not change stay on screen: the page lays out only the changed ones.
            this.map = onScreen ? reconcileMap(onScreen, fresh, this.revealTargets) : fresh;
            if (this.map === fresh) {
                resolveStandIns(fresh);
                this.viewport.replaceChildren(fresh);
            }
            this.mapCells.remember(this.map, this.revealTargets);
            this.drawnFrom = '';
            this.sizeDrawing();
        } else if (view === 'details') {
            this.revealTargets = new WeakMap();
            const table = renderDetails(model, journey, persona, this.revealTargets);
            this.svg = undefined;
            this.drawnFrom = '';
            this.viewport.replaceChildren(table);
        } else {
            const text = diagramText(view, model, journey.id, persona, before);
            const layout = diagramLayout(view, model, journey, persona, before);
            const source = drawingSource(view, text, theme, layout, journey);
            // An edit that changes nothing drawn (a description, a metric, a thought) keeps the drawing.
            if (source !== this.drawnFrom || !this.svg) {
                let svg: SVGSVGElement | undefined;
                try {
                    // A newer model that arrives while Mermaid draws supersedes this one before it is started.
                    svg = await renderMermaid(text, theme, layout, () => token === this.renderToken);
                } catch (error) {
                    if (token !== this.renderToken) return;
                    if (error instanceof DiagramError) {
                        this.banner.showRenderError(viewInfo(view).label, error.message);
                        return; // the previous drawing stays
                    }
                    throw error;
                }
                if (!svg || token !== this.renderToken) return;
                if (view === 'emotions') {
                    keepIntegerTicks(svg);
                    themeCurveBlack(svg);
                }
                if (view === 'blueprint') fitBlueprintCells(svg);
                if (view === 'journey') colourJourneyActors(svg, journeyDiagramLayout(model, journey.id, { persona }).actorColours.map(onPageColour));
                linkDiagram(svg, view, model, journey, persona, before);
                this.showDrawing(svg, view);
                this.drawnFrom = source;
            }
        }
        this.showBannerForLatest();
        this.applyHighlight(false);
        const drawing = `${model.uri}#${journey.id}#${view}`;
        if (!this.scrollRestored) {
            this.scrollRestored = true;
            this.viewport.scrollLeft = this.state.scrollLeft;
            this.viewport.scrollTop = this.state.scrollTop;
        } else if (drawing !== this.lastDrawing) {
            // A new view starts at its top-left corner, where its lane names, legend and first stage are. Only a
            // first stage whose start is out of sight from there is scrolled to, its start brought to the middle:
            // scrolling a wide stage fully into view pushed the Journey view's legend out at 700 px, and pushing
            // it to the left edge hid the Blueprint's lane names and put the Map's first stage under its sticky lane column.
            this.viewport.scrollTo(0, 0);
            const firstStage = journey.stages[0] && stageKey(journey.id, journey.stages[0].id);
            const stage = firstStage ? this.viewport.querySelector(`[data-element="${CSS.escape(firstStage)}"]`) : null;
            if (stage) bringStartIntoSight(this.viewport, stage);
        }
        this.lastDrawing = drawing;
        this.root.dataset.rendered = String(token);
    }

    /**
     * Puts a new drawing in place of the old one. It is sized before it is
     * inserted, so that the page lays it out once, at its final size; only
     * when that layout shows the content overflowing Mermaid's viewBox, or the
     * panel's width changing with a scrollbar, is it sized again.
     */
    private showDrawing(svg: SVGSVGElement, view: PreviewView): void {
        this.svg = svg;
        const panelWidth = this.viewport.clientWidth;
        this.sizeDrawing();
        this.viewport.replaceChildren(h('div', { className: 'diagram', attributes: { 'data-view': view } }, [svg]));
        const grown = growViewBoxToContent(svg);
        if (grown || this.viewport.clientWidth !== panelWidth) this.sizeDrawing();
    }

    private sizeDrawing(): void {
        // The map fits the panel's height, never below readable text (map-zoom.ts), and scrolls sideways.
        if (this.state.autoFit) this.fitZoom();
        else if (this.svg) applyZoom(this.svg, this.state.zoom);
    }

    private showBannerForLatest(): void {
        const syntaxError = this.latest && firstSyntaxError(this.latest.model);
        if (syntaxError) this.banner.showSyntaxError(syntaxError, () => this.revealDiagnostic(syntaxError));
        else this.banner.hide();
    }

    private setZoom(zoom: number, autoFit: boolean): void {
        const next = clampZoom(zoom);
        this.save({ zoom: next, autoFit });
        if (this.svg) applyZoom(this.svg, next);
        if (this.map) this.map.style.zoom = String(next);
        if (this.shown) this.toolbar.update({ ...this.toolbarState(), zoom: next });
    }

    private fitZoom(): void {
        if (this.map) {
            this.setZoom(mapFitZoom(this.map, this.viewport), true);
            return;
        }
        if (!this.svg) return;
        const { width } = naturalSize(this.svg);
        // Rounded down: zoom steps are whole percents, and rounding up would leave a sliver to scroll.
        const fitting = Math.floor(((this.viewport.clientWidth - 24) / width) * 100) / 100;
        this.setZoom(Math.max(this.fitFloor, Math.min(1, fitting)), true);
    }

    private toolbarState() {
        const model = this.shown!;
        const journey = this.currentJourney();
        const personas = journey ? model.personas.filter(persona => journey.personas.includes(persona.id)) : [];
        return { view: this.state.view, journeys: model.journeys, journey, personas, persona: journey && this.shownPersona(journey), zoom: this.state.zoom, standalone: this.host.standalone, showingBefore: this.before !== undefined };
    }

    private onClick(event: Event): void {
        const target = (event.target as Element | null)?.closest?.('[data-element], [data-source]');
        if (!target || !this.root.contains(target)) return;
        const fact = this.revealTargets.get(target);
        if (fact) {
            this.host.post({ type: 'reveal', uri: fact.uri, range: fact.range });
            return;
        }
        const element = this.elements.get(target.getAttribute('data-element') ?? '');
        if (!element) return;
        this.host.post({ type: 'reveal', uri: element.source.uri, range: element.source.nameRange });
        this.highlight(element.key);
    }

    private revealDiagnostic(diagnostic: RenderDiagnostic): void {
        this.host.post({ type: 'reveal', uri: diagnostic.uri, range: diagnostic.range });
    }

    private highlight(key: string | null): void {
        this.highlighted = key;
        this.applyHighlight(true);
    }

    private applyHighlight(scroll: boolean): void {
        for (const old of this.root.querySelectorAll('.is-highlighted')) old.classList.remove('is-highlighted');
        if (!this.highlighted) return;
        const matches = [...this.root.querySelectorAll(`[data-element="${CSS.escape(this.highlighted)}"]`)];
        for (const match of matches) match.classList.add('is-highlighted');
        const inViewport = matches.find(match => this.viewport.contains(match));
        if (scroll && inViewport) inViewport.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }

    private exportFromToolbar(format: ExportFormat): void {
        if (!this.host.standalone) {
            this.host.post({ type: 'export', format });
            return;
        }
        if (format !== 'svg' && format !== 'png') return;
        void this.exportImage(format).then(data => {
            // The extension's rule: the map's file name, the view, the format (checkout-blueprint.svg).
            const name = exportFileName(this.latest?.model.uri ?? '', format, this.state.view);
            download(name, format === 'svg' ? URL.createObjectURL(new Blob([data], { type: 'image/svg+xml' })) : data);
        }, (error: unknown) => this.banner.showRenderError(viewInfo(this.state.view).label, error instanceof Error ? error.message : String(error)));
    }

    /** The current view as SVG text or a PNG data URL, once the drawing in progress is done. */
    async exportImage(format: ImageFormat): Promise<string> {
        await this.rendering;
        const view = this.state.view;
        if (!viewInfo(view).image) throw new Error(`The ${viewInfo(view).label} view is a table, not one image: export it as HTML or Markdown, or switch to another view for an SVG or PNG.`);
        const model = this.shown;
        const journey = this.currentJourney();
        if (view === 'map' && model && journey) {
            // The map is HTML: its SVG holds it as XHTML in the light print theme (map-svg-export.ts).
            const svgText = exportMapSvg(model, journey, this.shownPersona(journey), this.before);
            return format === 'svg' ? svgText : svgToPngDataUrl(svgText, MAP_SVG_BACKGROUND);
        }
        if (!this.svg) throw new Error('There is no drawing to export yet.');
        const background = getComputedStyle(document.body).getPropertyValue('--vscode-editor-background').trim()
            || getComputedStyle(document.body).backgroundColor || '#ffffff';
        const svgText = serializeSvg(this.svg, background);
        return format === 'svg' ? svgText : svgToPngDataUrl(svgText, background);
    }
}

/** Approximate width of a character of Mermaid's 14px chart labels. */
const LABEL_CHARACTER_WIDTH = 7.5;

const MAX_SLANTED_LABELS = 24;

/**
 * The emotion curve's size from its labels: Mermaid's xychart silently drops
 * axis labels and the legend when they do not fit, so the chart grows with the
 * number and length of its categories, whose labels are slanted when many.
 */
function diagramLayout(view: PreviewView, model: RenderModel, journey: RenderJourney, persona: string | undefined, before: RenderModel | undefined): DiagramLayout {
    if (view !== 'emotions') return {};
    // The categories as the curve draws them (a touchpoint only the previous version has included).
    const touchpoints = new Map([...(before?.journeys.find(j => j.id === journey.id)?.stages ?? []), ...journey.stages]
        .flatMap(stage => stage.touchpoints.map(touchpoint => [touchpoint.id, `${displayName(stage)} · ${displayName(touchpoint)}`] as const)));
    const curve = emotionCurveLayout(model, journey.id, { persona, before });
    const labels = curve.categories.map(category => touchpoints.get(category.touchpointId) ?? '');
    // Mermaid measures the labels as its parser holds them: entity codes as 7-character placeholders.
    const measured = (label: string) => escapeMermaidText(label).replace(/#\d+;/g, 'xxxxxxx').length * LABEL_CHARACTER_WIDTH;
    const longestLabel = Math.max(0, ...labels.map(measured));
    // The legend holds each line's title ("Maya (target)"), whole.
    const legend = Math.max(0, ...curve.lines.map(line => measured(line.title))) + 40;
    // Slanted labels save width, but Mermaid's cost of fitting them grows with the square of
    // their number (measured: 20 labels 0.3 s, 100 labels 4.6 s, against 0.13 s level):
    // past a screenful they stay level and the chart scrolls.
    const slanted = labels.length <= MAX_SLANTED_LABELS && (labels.length > 3 || longestLabel > 160);
    // Mermaid keeps half the height for the plot; the other half holds the title and the slanted labels.
    const labelHeight = slanted ? longestLabel * Math.SQRT1_2 + 30 : 30;
    return {
        xyChartWidth: Math.round(Math.max(700, 140 + legend + labels.length * (slanted ? 70 : longestLabel + 30))),
        xyChartHeight: Math.round(Math.max(460, 2 * (labelHeight + 100))),
        xyChartLabelRotation: slanted ? -45 : 0
    };
}

/**
 * Everything a diagram view's drawing depends on: its Mermaid text and
 * settings, and what `linkDiagram` ties its parts to (element ids in journey
 * order, stage issues as tooltips), which the text alone does not hold.
 */
function drawingSource(view: PreviewView, text: string, theme: string, layout: DiagramLayout, journey: RenderJourney): string {
    const links = journey.stages.map(stage => [stage.id, stage.issues.map(issue => issue.message), stage.touchpoints.map(touchpoint => touchpoint.id)]);
    return JSON.stringify([view, theme, layout, journey.id, links, text]);
}

function firstSyntaxError(model: RenderModel): RenderDiagnostic | undefined {
    return model.diagnostics
        .filter(diagnostic => diagnostic.code === 'syntax-error' && diagnostic.uri === model.uri)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)[0];
}

/** Scrolls `viewport` only if the start corner of `element` is out of its sight, putting that corner in the middle. */
function bringStartIntoSight(viewport: HTMLElement, element: Element): void {
    const area = viewport.getBoundingClientRect();
    const start = element.getBoundingClientRect();
    const left = start.left >= area.right ? start.left - (area.left + area.width / 2) : 0;
    const top = start.top >= area.bottom ? start.top - (area.top + area.height / 2) : 0;
    if (left !== 0 || top !== 0) viewport.scrollBy(left, top);
}
