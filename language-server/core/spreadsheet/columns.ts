/**
 * The columns of a journey spreadsheet: the one table the importer matches
 * headers against, the exporter writes, and docs/cli.md documents (a test keeps
 * the docs in step). Headers match case-insensitively, with spaces, `_` and `-`
 * alike, by the header or one of its synonyms.
 */
export const COLUMNS = [
    { key: 'journey', header: 'Journey', synonyms: ['journey name', 'journey map', 'map'] },
    { key: 'stage', header: 'Stage', synonyms: ['phase', 'stage name', 'step'] },
    { key: 'touchpoint', header: 'Touchpoint', synonyms: ['touch point', 'touchpoint name', 'interaction', 'moment', 'task'] },
    { key: 'channel', header: 'Channel', synonyms: ['channels', 'via', 'medium'] },
    { key: 'persona', header: 'Persona', synonyms: ['personas', 'actor', 'actors', 'customer', 'segment'] },
    { key: 'emotion', header: 'Emotion', synonyms: ['emotions', 'score', 'emotion score', 'feeling', 'sentiment', 'mood'] },
    { key: 'emotionNote', header: 'Emotion note', synonyms: ['emotion notes', 'feeling note', 'emotion comment', 'why'] },
    { key: 'action', header: 'Action', synonyms: ['actions', 'customer action', 'doing', 'activity'] },
    { key: 'thought', header: 'Thought', synonyms: ['thoughts', 'thinking', 'says'] },
    { key: 'pain', header: 'Pain', synonyms: ['pains', 'pain point', 'pain points', 'frustration', 'frustrations', 'problem'] },
    { key: 'opportunity', header: 'Opportunity', synonyms: ['opportunities', 'idea', 'ideas', 'improvement'] },
    { key: 'owner', header: 'Owner', synonyms: ['owners', 'team', 'teams', 'responsible'] },
    { key: 'metric', header: 'Metric', synonyms: ['metrics', 'kpi', 'measure'] },
    { key: 'metricValue', header: 'Metric value', synonyms: ['metric values', 'value', 'kpi value'] },
    { key: 'target', header: 'Target', synonyms: ['targets', 'metric target', 'kpi target'] }
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** `" Emotion_Note "` → `emotion note`. */
export function headerKey(header: string): string {
    return header.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

const BY_HEADER = new Map<string, ColumnKey>(
    COLUMNS.flatMap(column => [column.header, ...column.synonyms].map(name => [headerKey(name), column.key] as const))
);

/** The column a header names, if any. */
export function columnOf(header: string): ColumnKey | undefined {
    return BY_HEADER.get(headerKey(header));
}

/** `0` → `A`, `27` → `AB`: how a spreadsheet names a column. */
export function columnLetter(index: number): string {
    let letters = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return letters;
}

/**
 * Several values in one cell: one a line when the cell has line breaks, else
 * separated by `;`. Blank values are dropped.
 */
export function cellValues(cell: string): string[] {
    const parts = /[\r\n]/.test(cell) ? cell.split(/\r\n|\r|\n/) : cell.split(';');
    return parts.map(part => part.trim()).filter(part => part !== '');
}

/**
 * Values that go by position (the targets of a cell of several metrics): like
 * cellValues, but a blank line keeps its place (a metric without a target).
 */
export function cellSlots(cell: string): string[] {
    const parts = (/[\r\n]/.test(cell) ? cell.split(/\r\n|\r|\n/) : cell.split(';')).map(part => part.trim());
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    return parts;
}

/** Characters that make Excel or LibreOffice read a cell as a formula (and the quote that escapes them). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell as exported: a leading `'` keeps a would-be formula as text (OWASP's advice for CSV injection). */
export function protectCell(text: string): string {
    return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The cell's text as written before protectCell, so that import(export(map)) is exact. */
export function unprotectCell(text: string): string {
    return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
