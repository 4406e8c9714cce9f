import type { RenderJourney, RenderMetric, RenderModel, RenderTouchpoint } from '../model/render-model.js';
import { COLUMNS, type ColumnKey, protectCell } from './columns.js';

/** One journey as a sheet: the header row, then one row per touchpoint, or per persona at a touchpoint. */
export interface ExportedSheet {
    journeyId: string;
    /** The journey's label. */
    name: string;
    rows: string[][];
}

type Row = Partial<Record<ColumnKey, string[]>>;

/**
 * The journeys of a render model as spreadsheet rows, in the columns read-table.ts
 * reads back (import(export(map)) has the same stages, touchpoints, scores,
 * pains…): personas, teams and channels by label; a stage's own owner and
 * metrics on a row of their own; a touchpoint's facts on its first row and
 * each further persona's emotion and thoughts on a row below. Every cell is
 * protected against formula injection.
 */
export function journeySheets(model: RenderModel, journeyId?: string): ExportedSheet[] {
    const labels = new Map<string, string>();
    for (const [kind, list] of [['persona', model.personas], ['team', model.teams], ['channel', model.channels]] as const) {
        for (const element of list) labels.set(`${kind}:${element.id}`, element.label);
    }
    const label = (kind: string, id: string) => labels.get(`${kind}:${id}`) ?? id;
    return model.journeys
        .filter(journey => journeyId === undefined || journey.id === journeyId)
        .map(journey => ({ journeyId: journey.id, name: journey.label, rows: [COLUMNS.map(column => column.header), ...journeyRows(journey, label).map(cells)] }));
}

function journeyRows(journey: RenderJourney, label: (kind: string, id: string) => string): Row[] {
    const rows: Row[] = [];
    const at = (extra: Row): Row => ({ journey: [journey.label], ...extra });
    // The `personas` line: rows of their own when the order of first use would not give it back.
    if (!sameList(personasByUse(journey), journey.personas)) {
        for (const persona of journey.personas) rows.push(at({ persona: [label('persona', persona)] }));
    }
    for (const stage of journey.stages) {
        const stageCells: Row = { stage: [stage.label] };
        if (stage.owners.length > 0 || stage.metrics.length > 0 || stage.touchpoints.length === 0) {
            rows.push(at({ ...stageCells, owner: stage.owners.map(id => label('team', id)), ...metricCells(stage.metrics) }));
        }
        for (const touchpoint of stage.touchpoints) {
            const place = { ...stageCells, touchpoint: [touchpoint.label] };
            touchpointRows(touchpoint, label).forEach(row => rows.push(at({ ...place, ...row })));
        }
    }
    return rows;
}

function touchpointRows(touchpoint: RenderTouchpoint, label: (kind: string, id: string) => string): Row[] {
    const facts: Row = {
        channel: touchpoint.channels.map(id => label('channel', id)),
        owner: touchpoint.owners.map(id => label('team', id)),
        action: touchpoint.actions.map(action => action.text),
        pain: touchpoint.pains.map(pain => pain.text),
        opportunity: touchpoint.opportunities.map(opportunity => opportunity.text),
        ...metricCells(touchpoint.metrics)
    };
    const shared = touchpoint.thoughts.filter(thought => thought.persona === undefined).map(thought => thought.text);
    const personaRows: Row[] = touchpoint.emotions.map(emotion => ({
        persona: [label('persona', emotion.persona)],
        emotion: [String(emotion.score)],
        emotionNote: emotion.note !== undefined ? [emotion.note] : []
    }));
    const rowOf = new Map<string, Row>();
    touchpoint.emotions.forEach((emotion, index) => { if (!rowOf.has(emotion.persona)) rowOf.set(emotion.persona, personaRows[index]); });
    for (const thought of touchpoint.thoughts) {
        if (thought.persona === undefined) continue;
        let row = rowOf.get(thought.persona);
        if (!row) {
            row = { persona: [label('persona', thought.persona)] };
            rowOf.set(thought.persona, row);
            personaRows.push(row);
        }
        row.thought = [...(row.thought ?? []), thought.text];
    }
    // Thoughts of no persona need a row without one (a row's thoughts are its persona's).
    if (shared.length > 0 || personaRows.length === 0) return [{ ...facts, thought: shared }, ...personaRows];
    return [{ ...facts, ...personaRows[0] }, ...personaRows.slice(1)];
}

function metricCells(metrics: RenderMetric[]): Row {
    const number = (value: number, percent: boolean | undefined) => `${value}${percent ? '%' : ''}`;
    // Targets go by line, as the metrics do: a metric without one leaves its line blank.
    const targets = metrics.map(metric => (metric.target === undefined ? '' : number(metric.target, metric.targetPercent)));
    while (targets.length > 0 && targets[targets.length - 1] === '') targets.pop();
    return {
        metric: metrics.map(metric => metric.label),
        metricValue: metrics.map(metric => number(metric.value, metric.percent)),
        target: targets
    };
}

/** The personas as the importer would list them: in order of first use. */
function personasByUse(journey: RenderJourney): string[] {
    const order: string[] = [];
    for (const touchpoint of journey.stages.flatMap(stage => stage.touchpoints)) {
        for (const persona of [...touchpoint.emotions.map(e => e.persona), ...touchpoint.thoughts.flatMap(t => (t.persona ? [t.persona] : []))]) {
            if (!order.includes(persona)) order.push(persona);
        }
    }
    return order;
}

function sameList(a: string[], b: string[]): boolean {
    return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** A row as cells in COLUMNS order: several values one a line. */
function cells(row: Row): string[] {
    return COLUMNS.map(column => cellText(row[column.key] ?? []));
}

function cellText(values: string[]): string {
    const text = values.join('\n');
    // One value with a `;` would be read as several: a line break says "split at lines only".
    return protectCell(values.length === 1 && text.includes(';') ? `${text}\n` : text);
}
