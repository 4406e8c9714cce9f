import type { ImportedJourney, ImportedMetric, ImportedStage, ImportedTouchpoint, ImportProblem, ImportResult } from '../import/imported-map.js';
import { addOnce, MapBuilder } from '../import/map-builder.js';
import { cellSlots, cellValues, columnLetter, columnOf, COLUMNS, type ColumnKey, unprotectCell } from './columns.js';

/** One sheet of cells as text (a CSV file is one sheet), rows and columns from 0. */
export interface TableSheet {
    /** The journey's label when the sheet has no journey column: the sheet's or the file's name. */
    name: string;
    rows: string[][];
    /** Prefix of every place a problem names, e.g. `sheet "Onboarding", ` (empty for CSV). */
    where?: string;
}

export interface TableImportOptions {
    /** The persona that gets a score written without one. */
    defaultPersona: string;
}

interface Column {
    key: ColumnKey;
    index: number;
}

/** Where the row's cells go: the touchpoint, else the stage, else only the journey. */
interface Target {
    journey: ImportedJourney;
    stage?: ImportedStage;
    touchpoint?: ImportedTouchpoint;
}

/**
 * Reads journey spreadsheets: the first non-empty row of a sheet is its header,
 * every other row one touchpoint (or one persona at a touchpoint). A blank
 * journey or stage cell repeats the one above; a row with a stage and no
 * touchpoint holds the stage's own owner and metrics; a row with neither
 * continues the touchpoint above. What cannot be read is reported with its
 * row and column and skipped; everything else is imported.
 */
export function readTables(sheets: TableSheet[], options: TableImportOptions): ImportResult {
    const builder = new MapBuilder();
    const problems: ImportProblem[] = [];
    for (const sheet of sheets) readSheet(sheet, builder, options, problems);
    return { map: builder.result(), problems };
}

function readSheet(sheet: TableSheet, builder: MapBuilder, options: TableImportOptions, problems: ImportProblem[]): void {
    const prefix = sheet.where ?? '';
    const headerRow = sheet.rows.findIndex(row => row.some(cell => cell.trim() !== ''));
    if (headerRow < 0) return;
    const keys = sheet.rows[headerRow].map(header => columnOf(unprotectCell(header)));
    if (!keys.includes('touchpoint') && !keys.includes('stage')) {
        problems.push({
            where: `${prefix}row ${headerRow + 1}`,
            message: `expected a header row with at least a "stage" or a "touchpoint" column, found ${sheet.rows[headerRow].filter(cell => cell.trim() !== '').map(cell => `"${cell.trim()}"`).join(', ')}; sheet skipped`
        });
        return;
    }
    const columns: Column[] = [];
    sheet.rows[headerRow].forEach((header, index) => {
        if (header.trim() === '') return;
        const key = columnOf(unprotectCell(header));
        if (key) {
            columns.push({ key, index });
            return;
        }
        const filled = sheet.rows.slice(headerRow + 1).filter(row => (row[index] ?? '').trim() !== '').length;
        if (filled > 0) {
            problems.push({
                where: `${prefix}column ${columnLetter(index)} "${header.trim()}"`,
                message: `not a known column, ${filled} cell${filled === 1 ? '' : 's'} skipped (known columns: ${COLUMNS.map(column => column.header.toLowerCase()).join(', ')})`
            });
        }
    });

    let journey: ImportedJourney | undefined;
    let stage: ImportedStage | undefined;
    let touchpoint: ImportedTouchpoint | undefined;
    for (let r = headerRow + 1; r < sheet.rows.length; r++) {
        const row = sheet.rows[r];
        const cells = new Map<ColumnKey, { text: string; where: string }[]>();
        for (const column of columns) {
            const text = unprotectCell(row[column.index] ?? '');
            if (text.trim() === '') continue;
            const list = cells.get(column.key) ?? [];
            list.push({ text, where: `${prefix}row ${r + 1}, column ${columnLetter(column.index)} (${COLUMNS.find(c => c.key === column.key)!.header.toLowerCase()})` });
            cells.set(column.key, list);
        }
        if (cells.size === 0) continue;
        const single = (key: ColumnKey) => cells.get(key)?.map(cell => cell.text.trim()).join(' ');

        const journeyLabel = single('journey');
        if (journeyLabel !== undefined || !journey) {
            const next = builder.journey(journeyLabel ?? sheet.name);
            if (next !== journey) { stage = undefined; touchpoint = undefined; }
            journey = next;
        }
        const stageLabel = single('stage');
        const touchpointLabel = single('touchpoint');
        if (stageLabel !== undefined) {
            const next = builder.stage(journey, stageLabel);
            if (next !== stage || touchpointLabel === undefined) touchpoint = undefined;
            stage = next;
        }
        if (touchpointLabel !== undefined) {
            if (!stage) {
                problems.push({ where: `${prefix}row ${r + 1}`, message: `the touchpoint "${touchpointLabel}" has no stage: expected a stage in this row or a row above; row skipped` });
                continue;
            }
            touchpoint = builder.touchpoint(journey, stage, touchpointLabel);
        }
        readCells({ journey, stage, touchpoint }, cells, builder, options, problems);
    }
}

type Cells = Map<ColumnKey, { text: string; where: string }[]>;

function readCells(target: Target, cells: Cells, builder: MapBuilder, options: TableImportOptions, problems: ImportProblem[]): void {
    const values = (key: ColumnKey) => (cells.get(key) ?? []).flatMap(cell => cellValues(cell.text));
    const where = (key: ColumnKey) => cells.get(key)?.[0]?.where ?? '';
    const { journey, touchpoint } = target;
    const needsTouchpoint = (key: ColumnKey, what: string): ImportedTouchpoint | undefined => {
        if (!cells.has(key)) return undefined;
        if (!touchpoint) problems.push({ where: where(key), message: `${what} belongs to a touchpoint, and this row names none; cell skipped` });
        return touchpoint;
    };

    const personas = values('persona').map(label => builder.journeyPersona(journey, label));
    readOwners(target, values('owner'), where('owner'), builder, problems);
    readMetrics(target, cells, problems);
    if (needsTouchpoint('channel', 'a channel')) {
        for (const label of values('channel')) addOnce(touchpoint!.channels, builder.channel(label));
    }
    if (needsTouchpoint('action', 'an action')) touchpoint!.actions.push(...values('action'));
    if (needsTouchpoint('pain', 'a pain')) touchpoint!.pains.push(...values('pain'));
    if (needsTouchpoint('opportunity', 'an opportunity')) touchpoint!.opportunities.push(...values('opportunity'));
    if (needsTouchpoint('thought', 'a thought')) {
        // A thought on a row of one persona is that persona's.
        const persona = personas.length === 1 ? personas[0] : undefined;
        for (const text of values('thought')) touchpoint!.thoughts.push(persona ? { persona, text } : { text });
    }
    if (cells.has('emotion') || cells.has('emotionNote')) {
        if (!touchpoint) {
            problems.push({ where: where(cells.has('emotion') ? 'emotion' : 'emotionNote'), message: 'an emotion belongs to a touchpoint, and this row names none; cell skipped' });
        } else {
            readEmotions(journey, touchpoint, personas, cells, builder, options, problems);
        }
    }
}

function readOwners(target: Target, labels: string[], where: string, builder: MapBuilder, problems: ImportProblem[]): void {
    if (labels.length === 0) return;
    const owners = target.touchpoint?.owners ?? target.stage?.owners;
    if (!owners) {
        problems.push({ where, message: 'an owner belongs to a stage or a touchpoint, and this row names none; cell skipped' });
        return;
    }
    for (const label of labels) addOnce(owners, builder.team(label));
}

function readEmotions(journey: ImportedJourney, touchpoint: ImportedTouchpoint, personas: string[], cells: Cells, builder: MapBuilder, options: TableImportOptions, problems: ImportProblem[]): void {
    const scoreCell = cells.get('emotion')?.[0];
    const noteCell = cells.get('emotionNote')?.[0];
    const scores = scoreCell ? cellValues(scoreCell.text) : [];
    const notes = noteCell ? cellValues(noteCell.text) : [];
    if (scores.length === 0) {
        problems.push({ where: noteCell!.where, message: 'an emotion note needs a score from 1 to 5 in the emotion column; cell skipped' });
        return;
    }
    const who = personas.length > 0 ? personas : [builder.journeyPersona(journey, options.defaultPersona)];
    if (scores.length !== 1 && scores.length !== who.length) {
        problems.push({ where: scoreCell!.where, message: `expected one score, or one per persona of the row (${who.length}), found ${scores.length}; cell skipped` });
        return;
    }
    who.forEach((persona, index) => {
        const text = scores.length === 1 ? scores[0] : scores[index];
        const score = Number(text);
        if (!/^\d+(\.0+)?$/.test(text) || score < 1 || score > 5) {
            problems.push({ where: scoreCell!.where, message: `expected a score from 1 to 5, found "${text}"; cell skipped` });
            return;
        }
        const note = notes.length === 1 ? notes[0] : notes[index];
        touchpoint.emotions.push(note !== undefined ? { persona, score, note } : { persona, score });
    });
}

function readMetrics(target: Target, cells: Cells, problems: ImportProblem[]): void {
    const nameCell = cells.get('metric')?.[0];
    const valueCell = cells.get('metricValue')?.[0];
    const targetCell = cells.get('target')?.[0];
    if (!nameCell && !valueCell && !targetCell) return;
    const metrics = target.touchpoint?.metrics ?? target.stage?.metrics;
    const where = (nameCell ?? valueCell ?? targetCell)!.where;
    if (!metrics) {
        problems.push({ where, message: 'a metric belongs to a stage or a touchpoint, and this row names none; cell skipped' });
        return;
    }
    const names = nameCell ? cellValues(nameCell.text) : [];
    const values = valueCell ? cellValues(valueCell.text) : [];
    const targets = targetCell ? cellSlots(targetCell.text) : [];
    if (names.length === 0) {
        problems.push({ where, message: 'a metric value needs a metric name in the metric column; cell skipped' });
        return;
    }
    names.forEach((label, index) => {
        const value = parseNumber(values[index]);
        if (!value) {
            problems.push({
                where: valueCell?.where ?? nameCell!.where,
                message: values[index] === undefined
                    ? `the metric "${label}" needs a number in the metric value column; metric skipped`
                    : `expected a number such as 68% or 1250 for the metric "${label}", found "${values[index]}"; metric skipped`
            });
            return;
        }
        const metric: ImportedMetric = { label, value: value.number, percent: value.percent };
        if (targets[index] !== undefined && targets[index] !== '') {
            const goal = parseNumber(targets[index]);
            if (goal) {
                metric.target = goal.number;
                metric.targetPercent = goal.percent;
            } else {
                problems.push({ where: targetCell!.where, message: `expected a number such as 45% or 1600 as the target of "${label}", found "${targets[index]}"; target skipped` });
            }
        }
        metrics.push(metric);
    });
}

/** `68%`, `1250`, `1,250`, `1.8`, `1,8` (a European decimal comma), `-3`. */
export function parseNumber(text: string | undefined): { number: number; percent: boolean } | undefined {
    if (text === undefined) return undefined;
    const compact = text.replace(/\s+/g, '');
    const match = /^(-?)(\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+\.\d+)(%?)$/.exec(compact);
    if (!match) return undefined;
    const digits = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(match[2]) ? match[2].replace(/,/g, '') : match[2].replace(',', '.');
    return { number: Number(`${match[1]}${digits}`), percent: match[3] === '%' };
}
