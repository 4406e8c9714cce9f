/**
 * The review comment for a pull request: a one-line summary, emotion deltas
 * with arrows, a table per kind of change, the problems introduced and fixed,
 * and before/after emotion curves. Written for a product manager: labels, not
 * ids; sentences, not field names. Arrows are characters, never colours.
 */
import type { Change, ChangeValue, DiffDiagnostic, DiffResult } from './diff-result.js';
import { elementName, fieldName, LabelResolver } from './describe-change.js';
import { escapeMarkdownCell } from './markdown-text.js';
import type { WorkspaceModel } from './workspace-model.js';
import { wholeJourneyEmotions } from './emotions.js';

export interface DiffMarkdownOptions {
    /** Heading of the comment. */
    title?: string;
    /** Markdown of a journey's emotion curve (Mermaid block and its colour key), new side with the old one faded; omitted when not given. */
    emotionCurve?: (journeyId: string) => string[] | undefined;
}

export function renderDiffMarkdown(
    diff: DiffResult,
    before: WorkspaceModel,
    after: WorkspaceModel,
    options: DiffMarkdownOptions = {}
): string {
    const labels = new LabelResolver(before, after);
    const out: string[] = [`## ${escapeMarkdownCell(options.title ?? 'Journey map changes')}`, '', `**${summaryLine(diff, labels)}**`, ''];
    const structural = diff.changes.filter(change => change.element !== 'emotion' && change.element !== 'stage-emotion');
    out.push(...emotionSection([...diff.changes, ...wholeJourneyEmotions(before, after)], labels));
    out.push(...changeTables(structural, labels));
    out.push(...diagnosticTable('Problems introduced', diff.diagnostics.introduced));
    out.push(...diagnosticTable('Problems fixed', diff.diagnostics.fixed));
    out.push(...curveSection(diff.changes, labels, options));
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

// ---- summary ----------------------------------------------------------------

const countedElements = ['journey', 'stage', 'touchpoint', 'persona', 'team', 'channel', 'system', 'research'] as const;
const plurals: Record<string, string> = {
    journey: 'journeys', stage: 'stages', touchpoint: 'touchpoints', persona: 'personas', team: 'teams', channel: 'channels', system: 'systems', research: 'research sources'
};

/** "3 stages changed (1 added), Maya's average emotion at Purchase 1.0 → 3.0 ↑ better, 1 problem introduced". */
export function summaryLine(diff: DiffResult, labels: LabelResolver): string {
    const parts: string[] = [];
    for (const element of countedElements) {
        const touched = diff.changes.filter(change => ownerElement(change) === element);
        const count = (changes: Change[]) => new Set(changes.map(ownerId)).size;
        const total = count(touched);
        if (total === 0) continue;
        const added = count(touched.filter(change => change.kind === 'added' && change.element === element && change.field === undefined));
        const removed = count(touched.filter(change => change.kind === 'removed' && change.element === element && change.field === undefined));
        const detail = [added > 0 ? `${added} added` : '', removed > 0 ? `${removed} removed` : ''].filter(Boolean).join(', ');
        parts.push(`${total} ${total === 1 ? element : plurals[element]} changed${detail ? ` (${detail})` : ''}`);
    }
    const averages = diff.changes.filter(change => change.element === 'stage-emotion' && change.kind === 'changed');
    for (const change of averages.slice(0, 3)) {
        const stage = labels.path(change.id).at(-1);
        parts.push(`${escapeMarkdownCell(labels.personaShortName(change.field!))}'s average emotion at ${escapeMarkdownCell(stage ?? change.id)} ${score(change.before)} → ${score(change.after)} ${arrow(change)}`);
    }
    if (averages.length > 3) parts.push(`${averages.length - 3} more average emotions changed`);
    const { introduced, fixed } = diff.diagnostics;
    if (introduced.length > 0) parts.push(`${introduced.length} ${introduced.length === 1 ? 'problem' : 'problems'} introduced`);
    if (fixed.length > 0) parts.push(`${fixed.length} ${fixed.length === 1 ? 'problem' : 'problems'} fixed`);
    return parts.length > 0 ? parts.join(', ') : 'No change in meaning';
}

/** Metrics and emotions count towards the stage or touchpoint they belong to. */
function ownerElement(change: Change): string {
    // Metrics, emotions, opportunities' work and evidence count towards the stage or touchpoint they belong to.
    if (['metric', 'emotion', 'opportunity', 'evidence'].includes(change.element)) return change.id.split('/').length === 3 ? 'touchpoint' : 'stage';
    if (change.element === 'stage-emotion') return 'none';
    return change.element;
}

function ownerId(change: Change): string {
    // A touchpoint's path names its stage, which changes when it moves: count it by journey + touchpoint.
    const parts = change.id.split('/');
    return parts.length === 3 ? `${parts[0]}/${parts[2]}` : change.id;
}

// ---- emotions ---------------------------------------------------------------

function emotionSection(changes: Change[], labels: LabelResolver): string[] {
    const averages = changes.filter(change => change.element === 'stage-emotion');
    const touchpoints = changes.filter(change => change.element === 'emotion' && !change.field!.endsWith('.note'));
    const notes = changes.filter(change => change.element === 'emotion' && change.field!.endsWith('.note'));
    if (averages.length + touchpoints.length + notes.length === 0) return [];
    const out = ['### How customers feel', ''];
    const scoreTable = (intro: string, column: string, rows: Change[]) => {
        if (rows.length === 0) return;
        out.push(intro, '', `| Persona | ${column} | Before | After | |`, '|---|---|---|---|---|');
        for (const change of rows) {
            out.push(row([escapeMarkdownCell(labels.persona(change.field!)), escapeMarkdownCell(labels.path(change.id).join(' › ')), score(change.before), score(change.after), arrow(change)]));
        }
        out.push('');
    };
    scoreTable('Average emotion per stage (1 = very negative, 5 = very positive):', 'Stage', averages);
    scoreTable('Emotion per touchpoint:', 'Touchpoint', touchpoints);
    if (notes.length > 0) {
        out.push('What they feel, in their words:', '');
        out.push('| Persona | Touchpoint | Feeling before | Feeling after |', '|---|---|---|---|');
        for (const change of notes) {
            out.push(row([escapeMarkdownCell(labels.persona(change.field!.replace(/\.note$/, ''))), escapeMarkdownCell(labels.path(change.id).join(' › ')), text(change.before), text(change.after)]));
        }
        out.push('');
    }
    return out;
}

function score(value: ChangeValue): string {
    return typeof value === 'number' ? value.toFixed(1) : '—';
}

/** ↑ better, ↓ worse, on the 1–5 scale; "new" / "gone" when one side has none. */
function arrow(change: Change): string {
    if (typeof change.before !== 'number') return 'new';
    if (typeof change.after !== 'number') return 'gone';
    if (change.after > change.before) return '↑ better';
    if (change.after < change.before) return '↓ worse';
    return '→';
}

// ---- structural changes -----------------------------------------------------

function changeTables(changes: Change[], labels: LabelResolver): string[] {
    const out: string[] = [];
    const added = changes.filter(change => change.kind === 'added');
    const removed = changes.filter(change => change.kind === 'removed');
    const renamed = changes.filter(change => change.kind === 'changed' && change.field === 'label');
    const moved = changes.filter(change => change.kind === 'moved');
    const changed = changes.filter(change => change.kind === 'changed' && change.field !== 'label');
    const subject = (change: Change) =>
        `${elementName(change.element === 'metric' ? elementOfPath(change.id) : change.element)} **${escapeMarkdownCell(labels.subject(change))}**`;
    const section = (title: string, header: string[], rows: string[][]) => {
        if (rows.length === 0) return;
        out.push(`### ${title}`, '', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map(row), '');
    };
    const what = (change: Change, value: ChangeValue) =>
        change.field === undefined ? 'whole element' : `${fieldLabel(change)}: ${formatValue(change, value, labels)}`;
    section('Added', ['Element', 'In', 'What'], added.map(change => [subject(change), escapeMarkdownCell(labels.context(change)), change.field === undefined ? `new ${elementName(change.element).toLowerCase()}` : what(change, change.after)]));
    section('Removed', ['Element', 'In', 'What'], removed.map(change => [subject(change), escapeMarkdownCell(labels.context(change)), change.field === undefined ? `${elementName(change.element).toLowerCase()} deleted` : what(change, change.before)]));
    section('Renamed', ['Element', 'In', 'Before', 'After'], renamed.map(change => [elementName(change.element), escapeMarkdownCell(labels.context(change)), text(change.before), text(change.after)]));
    section('Moved', ['Element', 'In', 'Before', 'After'], moved.map(change => [subject(change) + (change.field === 'stage' ? '' : ` (${fieldName(change.field!).toLowerCase()})`), escapeMarkdownCell(labels.context(change)), formatValue(change, change.before, labels), formatValue(change, change.after, labels)]));
    section('Changed', ['Element', 'In', 'Field', 'Before', 'After'], changed.map(change => [subject(change), escapeMarkdownCell(labels.context(change)), fieldLabel(change), formatValue(change, change.before, labels), formatValue(change, change.after, labels)]));
    return out;
}

function elementOfPath(id: string): 'stage' | 'touchpoint' {
    return id.split('/').length === 3 ? 'touchpoint' : 'stage';
}

function fieldLabel(change: Change): string {
    return change.element === 'metric' ? `Metric “${escapeMarkdownCell(change.field!)}”` : fieldName(change.field!);
}

/** Values in words: labels for ids, quoted texts, "—" for nothing. */
function formatValue(change: Change, value: ChangeValue, labels: LabelResolver): string {
    if (value === undefined) return '—';
    if (Array.isArray(value)) {
        // No research cited: the fact is an assumption.
        if (value.length === 0) return change.element === 'evidence' ? 'assumption' : '—';
        const name = (id: string) => {
            if (change.element === 'evidence') return labels.research(id);
            switch (change.field) {
                case 'owners':
                case 'involved': return labels.team(id);
                case 'systems': return (labels.system(id));
                case 'channels': return labels.channel(id);
                case 'personas': return labels.persona(id);
                case 'stage order': return labels.path(`${change.id}/${id}`).at(-1) ?? id;
                case 'touchpoint order': return labels.path(`${change.id}/${id}`).at(-1) ?? id;
                default: return id;
            }
        };
        return value.map(id => escapeMarkdownCell(name(id))).join(change.field?.endsWith('order') ? ' → ' : ', ');
    }
    if (change.kind === 'moved' && change.field === 'stage') {
        return escapeMarkdownCell(labels.path(`${change.id.split('/')[0]}/${value}`).at(-1) ?? String(value));
    }
    // Figures and keywords as they are; people's words in quotes.
    if (typeof value === 'number' || change.element === 'metric' || change.element === 'opportunity' || KEYWORD_FIELDS.has(change.field ?? '')) return escapeMarkdownCell(String(value));
    return text(value);
}

/** Fields whose values are keywords or ids, written as they are rather than quoted. */
const KEYWORD_FIELDS = new Set(['state', 'external', 'moment of truth', 'replaces', 'kind', 'date', 'sampleSize']);

function text(value: ChangeValue): string {
    if (value === undefined) return '—';
    return `“${escapeMarkdownCell(String(value))}”`;
}

/** A table row of cells already escaped. */
function row(cells: string[]): string {
    return `| ${cells.join(' | ')} |`;
}

// ---- diagnostics ------------------------------------------------------------

function diagnosticTable(title: string, diagnostics: DiffDiagnostic[]): string[] {
    if (diagnostics.length === 0) return [];
    return [
        `### ${title}`,
        '',
        '| Severity | Where | Problem | Code |',
        '|---|---|---|---|',
        ...diagnostics.map(d => `| ${d.severity} | ${escapeMarkdownCell(d.file)}:${d.line} | ${escapeMarkdownCell(d.message)} | \`${d.code.replace(/`/g, '')}\` |`),
        ''
    ];
}

// ---- curves -----------------------------------------------------------------

function curveSection(changes: Change[], labels: LabelResolver, options: DiffMarkdownOptions): string[] {
    if (!options.emotionCurve) return [];
    const journeyIds = [...new Set(changes.filter(change => change.element === 'emotion' || change.element === 'stage-emotion').map(change => change.id.split('/')[0]))];
    const out: string[] = [];
    for (const journeyId of journeyIds) {
        const curve = options.emotionCurve(journeyId);
        if (!curve) continue;
        const journey = labels.journey(journeyId);
        out.push(`### Emotion curve: ${escapeMarkdownCell(journey?.label ?? journeyId)}`, '', 'The faded line is the previous version.', '', ...curve, '');
    }
    return out;
}
