/**
 * A journey map as a Markdown document GitHub renders: title, description and
 * goals, personas, a ```mermaid block per diagram view, the Details table and
 * the open problems. `journey render --format markdown` and the preview's
 * "Export Markdown" both write this.
 */
import { escapeMarkdownCell } from '../diff/markdown-text.js';
import { blueprint } from '../mermaid/blueprint.js';
import { journeyDiagram } from '../mermaid/journey-diagram.js';
import { emotionCurveMarkdown, mermaidBlock, splitByStages } from './mermaid-markdown.js';
import { detailsTable, type DetailsEntry } from '../model/details-table.js';
import { displayName, ModelLabels, requireJourney, shownPersonas } from '../model/model-lookup.js';
import type { RenderDiagnostic, RenderJourney, RenderModel } from '../model/render-model.js';

export type MarkdownView = 'journey' | 'emotions' | 'blueprint' | 'details';

export const MARKDOWN_VIEWS: readonly MarkdownView[] = ['journey', 'emotions', 'blueprint', 'details'];

export interface MarkdownOptions {
    /** One journey of the file (its id); every journey otherwise. */
    journeyId?: string;
    /** One persona (its id) in the journey diagram, emotion curve and details; all otherwise. */
    persona?: string;
    /** The views to include, in this order; all four by default. */
    views?: readonly MarkdownView[];
}

const VIEW_TITLES: Record<MarkdownView, string> = {
    journey: 'Journey',
    emotions: 'Emotion curve',
    blueprint: 'Blueprint',
    details: 'Details'
};

export function renderMarkdown(model: RenderModel, options: MarkdownOptions = {}): string {
    const journeys = options.journeyId ? [requireJourney(model, options.journeyId)] : model.journeys;
    const views = options.views ?? MARKDOWN_VIEWS;
    const labels = new ModelLabels(model);
    const lines: string[] = [];
    if (journeys.length === 1) {
        lines.push(`# ${inline(displayName(journeys[0]))}`, '', ...journeySection(model, journeys[0], labels, views, options.persona, 2));
    } else {
        lines.push(`# ${inline(fileName(model.uri))}`, '');
        if (journeys.length === 0) lines.push(...declarations(model));
        for (const journey of journeys) {
            lines.push(`## ${inline(displayName(journey))}`, '', ...journeySection(model, journey, labels, views, options.persona, 3));
        }
    }
    lines.push('## Open problems', '', ...problems(model.diagnostics));
    return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function journeySection(
    model: RenderModel,
    journey: RenderJourney,
    labels: ModelLabels,
    views: readonly MarkdownView[],
    persona: string | undefined,
    level: number
): string[] {
    const heading = (title: string) => `${'#'.repeat(level)} ${title}`;
    const lines: string[] = [];
    if (journey.description) lines.push(inline(journey.description), '');
    if (journey.state) lines.push(`**State:** ${journey.state}`, '');
    if (journey.goals.length > 0) lines.push('**Goals**', '', ...journey.goals.map(goal => `- ${inline(goal)}`), '');

    lines.push(heading('Personas'), '');
    const personas = persona ? [persona] : journey.personas;
    if (personas.length === 0) lines.push('No personas.');
    for (const id of personas) {
        const declared = model.personas.find(candidate => candidate.id === id);
        const description = declared?.description ? `: ${inline(declared.description)}` : '';
        const marker = journey.personasWithoutEmotions.includes(id) ? ' ⚠ *no emotion recorded in this journey*' : '';
        lines.push(`- **${inline(labels.persona(id))}** (\`${id}\`)${description}${marker}`);
    }
    lines.push('');

    for (const view of views) {
        lines.push(heading(VIEW_TITLES[view]), '');
        lines.push(...viewMarkdown(view, model, journey, persona, labels), '');
    }
    return lines;
}

/**
 * A view's Markdown. The journey diagram: one block per persona (in one block
 * each touchpoint would be drawn once per persona, side by side). The curve:
 * with its colour key. The blueprint: split by stages when beyond GitHub's
 * Mermaid size limit.
 */
function viewMarkdown(view: MarkdownView, model: RenderModel, journey: RenderJourney, persona: string | undefined, labels: ModelLabels): string[] {
    switch (view) {
        case 'details':
            return detailsMarkdown(model, journey.id, persona);
        case 'emotions':
            return emotionCurveMarkdown(model, journey.id, { persona });
        case 'journey': {
            const personas = persona ? [persona] : shownPersonas(journey);
            if (personas.length <= 1) return mermaidBlock(journeyDiagram(model, journey.id, { persona: personas[0] }));
            return personas.flatMap(id => [`**${inline(labels.persona(id))}**`, '', ...mermaidBlock(journeyDiagram(model, journey.id, { persona: id })), '']);
        }
        case 'blueprint': {
            const groups = splitByStages(model, journey.id, part => blueprint(part, journey.id));
            if (groups.length === 1) return mermaidBlock(groups[0].text);
            return [
                `The blueprint is drawn in ${groups.length} parts, by stage, to stay under Mermaid's size limit.`,
                '',
                ...groups.flatMap((group, index) => [`**Part ${index + 1}: ${inline(group.stages[0])} – ${inline(group.stages.at(-1)!)}**`, '', ...mermaidBlock(group.text), ''])
            ];
        }
    }
}

function detailsMarkdown(model: RenderModel, journeyId: string, persona: string | undefined): string[] {
    const table = detailsTable(model, journeyId, { persona });
    if (table.stages.length === 0) return ['No stages.'];
    const header = ['', ...table.stages.map(stage => cell(stage.label) + (stage.issues.length > 0 ? ' ⚠' : ''))];
    const rows = table.rows.map(row => [`**${row.label}**`, ...row.cells.map(cell => cell.map(entryText).join('<br>'))]);
    return [header, header.map(() => '---'), ...rows].map(cells => `| ${cells.join(' | ')} |`);
}

function entryText(entry: DetailsEntry): string {
    const text = cell(entry.text);
    const withTouchpoint = entry.touchpoint ? `*${cell(entry.touchpoint)}:* ${text}` : text;
    return entry.issue && !entry.text.startsWith('⚠') ? `⚠ ${withTouchpoint}` : withTouchpoint;
}

function problems(diagnostics: RenderDiagnostic[]): string[] {
    if (diagnostics.length === 0) return ['None.'];
    return [...diagnostics]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(d => `- **${d.severity}** \`${d.code}\` ${inline(fileName(d.uri))}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${inline(d.message)}`);
}

/** Personas, teams and channels of a file without journeys (a shared library file). */
function declarations(model: RenderModel): string[] {
    const list = (title: string, elements: Array<{ id: string; label: string; description?: string }>) =>
        elements.length === 0
            ? []
            : [`## ${title}`, '', ...elements.map(e => `- **${inline(displayName(e))}** (\`${e.id}\`)${e.description ? `: ${inline(e.description)}` : ''}`), ''];
    return [...list('Personas', model.personas), ...list('Teams', model.teams), ...list('Channels', model.channels)];
}

/**
 * User text in Markdown (a table cell or running text). `%%` is written `%&#37;`: it displays the
 * same, and no Markdown viewer's Mermaid support can take it for a directive.
 */
function cell(text: string): string {
    return escapeMarkdownCell(text).replace(/%{2,}/g, run => '%' + '&#37;'.repeat(run.length - 1));
}

/**
 * User text in running Markdown (headings, list items): the table-cell
 * escaping, plus a backslash before what would start a heading, list or quote.
 */
function inline(text: string): string {
    return cell(text)
        .replace(/^(\s*)([#+\-=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function fileName(uri: string): string {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
