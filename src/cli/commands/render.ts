import { statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { URI } from 'langium';
import { MARKDOWN_VIEWS, renderMarkdown, type MarkdownView } from '../../../language-server/core/export/markdown-export.js';
import { blueprint, defaultJourneyPersona, emotionCurveLayout, journeyDiagram } from '../../../language-server/core/mermaid/index.js';
import { buildRenderModel } from '../../../language-server/language/render/build-render-model.js';
import type { RenderModel } from '../../../language-server/core/model/render-model.js';
import { renderStandaloneHtml } from '../../../language-server/core/export/preview-page.js';
import { readPreviewAssets } from '../../../language-server/node/preview-assets.js';
import { isViewId, VIEW_IDS, viewInfo, type ViewId } from '../../../language-server/core/views.js';
import type { CliCommand } from '../command.js';
import { describeError, InputError, UsageError } from '../errors.js';
import { journeySheets } from '../../../language-server/core/spreadsheet/table-rows.js';
import { csvText } from '../../spreadsheet/write-csv.js';
import { xlsxBuffer } from '../../spreadsheet/write-xlsx.js';
import { renderPng, renderSvg, type Diagram } from '../render/browser-render.js';
import { findBrowser } from '../render/find-browser.js';
import { findJourneyFiles, findWorkspaceRoot, loadWorkspace } from '../workspace.js';

const FORMATS = ['mermaid', 'markdown', 'html', 'svg', 'png', 'json', 'csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];
/** The view registry's views (language-server/core/views.ts), and `all`. */
const VIEWS = [...VIEW_IDS, 'all'] as const;
type View = ViewId | 'all';
type DiagramView = Exclude<MarkdownView, 'details'>;

/** `journey render FILE`: the preview's views as Mermaid, Markdown, HTML, SVG, PNG or the render model. */
export const renderCommand: CliCommand = {
    name: 'render',
    summary: 'Render a map as Mermaid, Markdown, HTML, SVG, PNG, JSON, CSV or Excel',
    description: [
        'Renders one .journey file with the same render model and diagrams as the preview. The other',
        '.journey files of its workspace (its folder, or the folder of journey.config.json) are loaded',
        'too, so shared personas, teams and channels resolve. Text formats go to stdout unless -o is',
        'given; svg and png draw the diagrams in a local Chromium (--browser PATH, else chromium or',
        'google-chrome on PATH), never a downloaded one. csv and xlsx write the spreadsheet',
        '`journey import` reads back (xlsx: one sheet per journey).'
    ].join('\n'),
    positionals: 'FILE',
    options: {
        format: { type: 'string', short: 'f', valueName: FORMATS.join('|'), description: 'Output format', default: 'markdown' },
        journey: { type: 'string', short: 'j', valueName: 'id', description: 'The journey to render, when the file has several' },
        persona: { type: 'string', short: 'p', valueName: 'id', description: 'One persona only (journey diagram, emotion curve, details)' },
        view: { type: 'string', valueName: VIEWS.join('|'), description: 'The views (default: all for markdown and html, journey for mermaid, svg and png)' },
        output: { type: 'string', short: 'o', valueName: 'file', description: 'Write to this file instead of stdout' },
        browser: { type: 'string', valueName: 'path', description: 'Chromium or Chrome executable for svg and png' },
        bom: { type: 'boolean', description: 'csv: start with a UTF-8 byte order mark (for Excel)' }
    },
    async run({ values, positionals }) {
        const format = String(values.format) as Format;
        if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}' for --format (use ${FORMATS.join(', ')})`);
        const view = (values.view === undefined ? (format === 'markdown' || format === 'html' || format === 'json' ? 'all' : 'journey') : String(values.view)) as View;
        if (!(VIEWS as readonly string[]).includes(view)) throw new UsageError(`unknown view '${values.view}' for --view (use ${VIEWS.join(', ')})`);
        checkViewForFormat(view, format);
        if (positionals.length !== 1) throw new UsageError('journey render needs one .journey FILE');
        const output = values.output === undefined ? undefined : String(values.output);
        if ((format === 'png' || format === 'xlsx') && output === undefined && process.stdout.isTTY) {
            throw new UsageError(`${format === 'png' ? 'a PNG' : 'an Excel workbook'} is binary: give -o FILE, or redirect stdout to a file`);
        }

        const model = await loadModel(positionals[0]);
        const journeyId = values.journey === undefined ? undefined : String(values.journey);
        const persona = values.persona === undefined ? undefined : String(values.persona);
        checkIds(model, journeyId, persona);

        const result = await render(format, model, { journeyId, persona, view, browser: values.browser === undefined ? undefined : String(values.browser), bom: Boolean(values.bom) });
        if (output === undefined) {
            process.stdout.write(result);
        } else {
            try {
                writeFileSync(resolve(output), result);
            } catch (error) {
                throw new InputError(`cannot write ${output}: ${describeError(error)}`);
            }
        }
        return 0;
    }
};

interface RenderOptions {
    journeyId?: string;
    persona?: string;
    view: View;
    browser?: string;
    bom: boolean;
}

async function render(format: Format, model: RenderModel, options: RenderOptions): Promise<string | Buffer> {
    switch (format) {
        case 'json':
            return `${JSON.stringify(options.journeyId ? { ...model, journeys: model.journeys.filter(j => j.id === options.journeyId) } : model, null, 2)}\n`;
        case 'markdown':
            return renderMarkdown(model, { journeyId: options.journeyId, persona: options.persona, views: options.view === 'all' ? MARKDOWN_VIEWS : [options.view as MarkdownView] });
        case 'html':
            // The exported preview holds every view and journey, switchable in the page.
            return renderStandaloneHtml(model, { assets: readPreviewAssets(join(__dirname, 'media')) });
        case 'mermaid': {
            const [diagram, ...more] = diagrams(model, options);
            if (more.length > 0) throw new UsageError('Mermaid text holds one diagram: choose --view journey, emotions or blueprint');
            return diagram.text;
        }
        case 'svg':
            return renderSvg(findBrowser(options.browser), diagrams(model, options));
        case 'png':
            return renderPng(findBrowser(options.browser), diagrams(model, options));
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
    if (options.view === 'map') throw new UsageError('the map view is not drawn by Mermaid: open it with --format html');
    const journeyId = options.journeyId ?? onlyJourney(model);
    const views: DiagramView[] = options.view === 'all' ? ['journey', 'emotions', 'blueprint'] : [options.view];
    const journey = model.journeys.find(candidate => candidate.id === journeyId)!;
    return views.map(view => {
        switch (view) {
            case 'journey':
                // One persona (the first, unless --persona): with all, each touchpoint is drawn once per persona.
                return { text: journeyDiagram(model, journeyId, { persona: options.persona ?? defaultJourneyPersona(journey) }) };
            case 'emotions': {
                const curve = emotionCurveLayout(model, journeyId, { persona: options.persona, axisLabels: 'auto' });
                return { text: curve.text, key: curve.axisKey?.map(entry => `${entry.number}  ${entry.label}`) };
            }
            case 'blueprint':
                return { text: blueprint(model, journeyId) };
        }
    });
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
