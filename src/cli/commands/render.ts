import { realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { URI } from 'langium';
import { MARKDOWN_VIEWS, renderMarkdown, type MarkdownView } from '../../../language-server/core/export/markdown-export.js';
import { blueprint, defaultJourneyPersona, emotionCurveLayout, journeyDiagramLayout, type JourneyDiagramLayout } from '../../../language-server/core/mermaid/index.js';
import { buildRenderModel } from '../../../language-server/language/render/build-render-model.js';
import type { RenderModel } from '../../../language-server/core/model/render-model.js';
import { renderStandaloneHtml } from '../../../language-server/core/export/preview-page.js';
import { readPreviewAssets } from '../../../language-server/node/preview-assets.js';
import { DEFAULT_VIEW, isViewId, VIEW_IDS, viewInfo, type ViewId } from '../../../language-server/core/views.js';
import type { CliCommand } from '../command.js';
import type { CliIO } from '../cli-io.js';
import { describeError, InputError, UsageError } from '../errors.js';
import { journeySheets } from '../../../language-server/core/spreadsheet/table-rows.js';
import { csvText } from '../../spreadsheet/write-csv.js';
import { xlsxBuffer } from '../../spreadsheet/write-xlsx.js';
import { renderPng, renderSvg, type Diagram } from '../render/browser-render.js';
import { findBrowser } from '../render/find-browser.js';
import { loadPlaywright } from '../render/load-playwright.js';
import { exportMapSvg, printMapPdf, printMapPngs, PrintError, type MapPageRequest, type PrintRequest } from '../../print/print-map.js';
import { DEFAULT_PDF_SIZE, DEFAULT_PNG_SIZE, parsePrintSize, PRINT_SIZES, type NamedPrintSize } from '../../../language-server/core/export/print-sizes.js';
import { findJourneyFiles, findWorkspaceRoot, loadWorkspace } from '../workspace.js';

const FORMATS = ['mermaid', 'markdown', 'html', 'svg', 'png', 'pdf', 'json', 'csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];
/** The view registry's views (language-server/core/views.ts), and `all`. */
const VIEWS = [...VIEW_IDS, 'all'] as const;
type View = ViewId | 'all';
type DiagramView = Exclude<MarkdownView, 'details'>;

/** `journey render FILE`: the preview's views as Mermaid, Markdown, HTML, SVG, PNG or the render model. */
export const renderCommand: CliCommand = {
    name: 'render',
    summary: 'Render a map as Mermaid, Markdown, HTML, SVG, PNG, PDF, JSON, CSV or Excel',
    description: [
        'Renders one .journey file with the same render model and diagrams as the preview. The other',
        '.journey files of its workspace (its folder, or the folder of journey.config.json) are loaded',
        'too, so shared personas, teams and channels resolve. Text formats go to stdout unless -o is',
        'given; svg, png and pdf draw in a local Chromium (--browser PATH, else chromium or',
        'google-chrome on PATH), never a downloaded one. They draw the Map view unless --view says',
        'otherwise: svg as one file holding the map as XHTML (opens in browsers), png and pdf as pages',
        'of --size (png: one image per page, out-1.png, out-2.png… when the map needs several). svg',
        'and png of another --view draw its diagrams. csv and xlsx write the spreadsheet',
        '`journey import` reads back (xlsx: one sheet per journey).'
    ].join('\n'),
    positionals: 'FILE',
    options: {
        format: { type: 'string', short: 'f', valueName: FORMATS.join('|'), description: 'Output format', default: 'markdown' },
        journey: { type: 'string', short: 'j', valueName: 'id', description: 'The journey to render, when the file has several' },
        persona: { type: 'string', short: 'p', valueName: 'id', description: 'One persona only (journey diagram, emotion curve, details)' },
        view: { type: 'string', valueName: VIEWS.join('|'), description: `The views (default: ${DEFAULT_VIEW} for html, svg, png and pdf, all for markdown and json, journey for mermaid)` },
        size: { type: 'string', valueName: `${Object.keys(PRINT_SIZES).join('|')}|WIDTHxHEIGHT`, description: `Page size of the Map view in png and pdf, landscape (default: ${DEFAULT_PNG_SIZE} 1920x1080 for png, ${DEFAULT_PDF_SIZE} for pdf)` },
        scale: { type: 'string', valueName: 'n', description: 'png: image pixels per CSS pixel (default 2)' },
        output: { type: 'string', short: 'o', valueName: 'file', description: 'Write to this file instead of stdout' },
        browser: { type: 'string', valueName: 'path', description: 'Chromium or Chrome executable for svg and png' },
        bom: { type: 'boolean', description: 'csv: start with a UTF-8 byte order mark (for Excel)' }
    },
    async run({ values, positionals, io }) {
        const format = String(values.format) as Format;
        if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}' for --format (use ${FORMATS.join(', ')})`);
        const view = (values.view === undefined ? defaultView(format) : String(values.view)) as View;
        if (!(VIEWS as readonly string[]).includes(view)) throw new UsageError(`unknown view '${values.view}' for --view (use ${VIEWS.join(', ')})`);
        checkViewForFormat(view, format);
        const print = printOptions(format, view, values.size, values.scale);
        if (positionals.length !== 1) throw new UsageError('journey render needs one .journey FILE');
        const output = values.output === undefined ? undefined : String(values.output);
        if ((format === 'png' || format === 'pdf' || format === 'xlsx') && output === undefined && io.stdout.isTTY) {
            throw new UsageError(`${{ png: 'a PNG', pdf: 'a PDF', xlsx: 'an Excel workbook' }[format]} is binary: give -o FILE, or redirect stdout to a file`);
        }
        if (output !== undefined && isSameFile(output, positionals[0])) {
            throw new UsageError(`-o ${output} is the map itself: writing there would replace the map with its ${format}`);
        }

        const model = await loadModel(positionals[0]);
        const journeyId = values.journey === undefined ? undefined : String(values.journey);
        const persona = values.persona === undefined ? undefined : String(values.persona);
        checkIds(model, journeyId, persona);

        const options = { journeyId, persona, view, browser: values.browser === undefined ? undefined : String(values.browser), bom: Boolean(values.bom), print };
        if (format === 'png' && view === 'map') return writeImages(await printMap('PNG', model, options, request => printMapPngs(request, print!.scale)), output, io);
        const result = format === 'pdf' ? await printMap('PDF', model, options, printMapPdf)
            : format === 'svg' && view === 'map' ? await drawMap('SVG', model, options, exportMapSvg)
                : await render(format, model, options);
        if (output === undefined) {
            io.stdout.write(result);
        } else {
            writeOutput(output, result);
        }
        return 0;
    }
};

/** Markdown and JSON hold every view; Mermaid text the first Mermaid draws; pictures and pages the registry's default, the Map view. */
function defaultView(format: Format): View {
    if (format === 'markdown' || format === 'json') return 'all';
    return format === 'mermaid' ? 'journey' : DEFAULT_VIEW;
}

interface PrintOptions {
    size: NamedPrintSize;
    scale: number;
}

/** --size and --scale: the print pages of the Map view (png, pdf). */
function printOptions(format: Format, view: View, size: unknown, scale: unknown): PrintOptions | undefined {
    const printed = (format === 'png' && view === 'map') || format === 'pdf';
    if (format === 'pdf' && view !== 'map') throw new UsageError(`a PDF prints the map view, not ${view}: leave out --view, or use --format svg or png for ${view}`);
    if (!printed) {
        if (size !== undefined || scale !== undefined) throw new UsageError('--size and --scale apply to the map view in --format png or pdf');
        return undefined;
    }
    if (format === 'pdf' && scale !== undefined) throw new UsageError('--scale applies to png: a PDF is vector, it has no pixels');
    const parsed = parsePrintSize(size === undefined ? (format === 'pdf' ? DEFAULT_PDF_SIZE : DEFAULT_PNG_SIZE) : String(size));
    if ('error' in parsed) throw new UsageError(`${parsed.error} for --size`);
    const factor = scale === undefined ? 2 : Number(scale);
    if (!(factor >= 0.5 && factor <= 4)) throw new UsageError(`--scale is a number from 0.5 to 4, not '${scale}'`);
    return { size: parsed, scale: factor };
}

/** The Map view printed by Chromium (src/print/print-map.ts). */
function printMap<T>(output: 'PDF' | 'PNG', model: RenderModel, options: RenderOptions, print: (request: PrintRequest) => Promise<T>): Promise<T> {
    return drawMap(output, model, options, request => print({ ...request, size: options.print!.size }));
}

/** The Map view drawn by Chromium in the exported page (src/print/print-map.ts), for `output`. */
async function drawMap<T>(output: 'PDF' | 'PNG' | 'SVG', model: RenderModel, options: RenderOptions, draw: (request: MapPageRequest) => Promise<T>): Promise<T> {
    const journeyId = options.journeyId ?? onlyJourney(model);
    if (options.persona !== undefined) throw new UsageError('--persona does not apply to the map export: it shows every persona of the journey');
    const request: MapPageRequest = {
        playwright: await loadPlaywright(output),
        browserPath: findBrowser(options.browser),
        assets: readPreviewAssets(join(__dirname, 'media')),
        model,
        journeyId
    };
    try {
        return await draw(request);
    } catch (error) {
        if (error instanceof PrintError) throw new InputError(error.message);
        throw error;
    }
}

/**
 * The PNG pages: one image is `-o FILE` (or stdout); several are FILE-1.png, FILE-2.png… next
 * to FILE, named on stderr, as one file cannot hold them (and stdout cannot either).
 */
function writeImages(images: Buffer[], output: string | undefined, io: CliIO): number {
    if (images.length === 1) {
        if (output === undefined) io.stdout.write(images[0]);
        else writeOutput(output, images[0]);
        return 0;
    }
    if (output === undefined) throw new UsageError(`the map prints on ${images.length} pages at this --size: give -o FILE.png for FILE-1.png … FILE-${images.length}.png, or a larger --size`);
    const extension = extname(output) || '.png';
    const stem = join(dirname(output), basename(output, extname(output)));
    const files = images.map((image, index) => {
        const file = `${stem}-${index + 1}${extension}`;
        writeOutput(file, image);
        return file;
    });
    io.stderr.write(`the map prints on ${images.length} pages: wrote ${files.join(', ')}\n`);
    return 0;
}

function writeOutput(output: string, content: string | Buffer): void {
    try {
        writeFileSync(resolve(output), content);
    } catch (error) {
        throw new InputError(`cannot write ${output}: ${describeError(error)}`);
    }
}

interface RenderOptions {
    journeyId?: string;
    persona?: string;
    view: View;
    browser?: string;
    bom: boolean;
    print?: PrintOptions;
}

async function render(format: Format, model: RenderModel, options: RenderOptions): Promise<string | Buffer> {
    switch (format) {
        case 'json':
            return `${JSON.stringify(options.journeyId ? { ...model, journeys: model.journeys.filter(j => j.id === options.journeyId) } : model, null, 2)}\n`;
        case 'markdown':
            return renderMarkdown(model, { journeyId: options.journeyId, persona: options.persona, views: options.view === 'all' ? MARKDOWN_VIEWS : [options.view as MarkdownView] });
        case 'html':
            // The exported preview holds every view and journey, switchable in the page; it opens with --view (default: the map).
            return renderStandaloneHtml(model, { assets: readPreviewAssets(join(__dirname, 'media')), defaultView: options.view === 'all' ? DEFAULT_VIEW : options.view });
        case 'mermaid': {
            const [diagram, ...more] = diagrams(model, options);
            if (more.length > 0) throw new UsageError('Mermaid text holds one diagram: choose --view journey, emotions or blueprint');
            return diagram.text;
        }
        case 'svg':
            return renderSvg(findBrowser(options.browser), diagrams(model, options));
        case 'png':
            return renderPng(findBrowser(options.browser), diagrams(model, options));
        case 'pdf':
            throw new Error('a PDF is printed by printMap');
        case 'csv':
            return csvText(journeySheets(model, options.journeyId), { bom: options.bom });
        case 'xlsx':
            return xlsxBuffer(journeySheets(model, options.journeyId));
    }
}

/**
 * Mermaid text and Markdown hold what Mermaid draws (and Markdown the Details table): a view the
 * preview draws itself, such as the map, needs a format that carries the preview (html, svg, png).
 */
function checkViewForFormat(view: View, format: Format): void {
    if (!isViewId(view) || view === 'details') return;
    if ((format === 'mermaid' || format === 'markdown') && viewInfo(view).renderer !== 'mermaid') {
        throw new UsageError(`the ${view} view is drawn by the preview, not by Mermaid: use --format html, svg or png for it`);
    }
}

/** The chosen diagram views of one journey. */
function diagrams(model: RenderModel, options: RenderOptions): Diagram[] {
    if (options.view === 'details') throw new UsageError('the details view is a table, not a diagram: use --format markdown or html');
    if (options.view === 'map') throw new UsageError('the map view is not drawn by Mermaid: use --format html, svg, png or pdf for it');
    const journeyId = options.journeyId ?? onlyJourney(model);
    const views: DiagramView[] = options.view === 'all' ? ['journey', 'emotions', 'blueprint'] : [options.view];
    const journey = model.journeys.find(candidate => candidate.id === journeyId)!;
    return views.map(view => {
        switch (view) {
            case 'journey':
                // One persona (the first, unless --persona): with all, each touchpoint is drawn once per persona.
                return diagramOf(journeyDiagramLayout(model, journeyId, { persona: options.persona ?? defaultJourneyPersona(journey) }));
            case 'emotions': {
                const curve = emotionCurveLayout(model, journeyId, { persona: options.persona, axisLabels: 'auto' });
                return { text: curve.text, key: curve.axisKey?.map(entry => `${entry.number}  ${entry.label}`) };
            }
            case 'blueprint':
                return { text: blueprint(model, journeyId) };
        }
    });
}

/** A journey diagram with its actors' palette colours, which the drawing gets after Mermaid (journey-actor-colours.ts). */
function diagramOf(layout: JourneyDiagramLayout): Diagram {
    return { text: layout.text, actorColours: layout.actorColours };
}

function onlyJourney(model: RenderModel): string {
    if (model.journeys.length === 1) return model.journeys[0].id;
    if (model.journeys.length === 0) throw new InputError('the file has no journey to draw');
    throw new UsageError(`the file has several journeys: choose one with --journey (${model.journeys.map(j => j.id).join(', ')})`);
}

function checkIds(model: RenderModel, journeyId: string | undefined, persona: string | undefined): void {
    if (journeyId !== undefined && !model.journeys.some(j => j.id === journeyId)) {
        throw new UsageError(`no journey '${journeyId}' in the file (journeys: ${model.journeys.map(j => j.id).join(', ') || 'none'})`);
    }
    if (persona !== undefined && !model.personas.some(p => p.id === persona)) {
        throw new UsageError(`no persona '${persona}' in the file's journeys (personas: ${model.personas.map(p => p.id).join(', ') || 'none'})`);
    }
}

/** The file's render model, built with the rest of its workspace loaded so that shared declarations resolve. */
async function loadModel(file: string): Promise<RenderModel> {
    if (statSync(resolve(file), { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`journey render takes one .journey file, not a folder: ${file}`);
    const [path] = findJourneyFiles([file]);
    const workspace = await loadWorkspace([findWorkspaceRoot(path, dirname(path))]);
    const document = workspace.documents.find(candidate => candidate.uri.toString() === URI.file(path).toString());
    if (!document) throw new InputError(`cannot load ${file}`);
    return buildRenderModel(document, workspace.services.Journey);
}

/** Whether two paths name one file (through links too); a path that does not exist yet is no map. */
function isSameFile(a: string, b: string): boolean {
    const real = (path: string) => {
        try {
            return realpathSync(resolve(path));
        } catch {
            return resolve(path);
        }
    };
    return real(a) === real(b);
}
