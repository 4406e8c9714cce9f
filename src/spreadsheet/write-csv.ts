import { stringify } from 'csv-stringify/sync';
import type { ExportedSheet } from '../../language-server/core/spreadsheet/table-rows.js';

export interface CsvOptions {
    /** Start with a UTF-8 byte order mark, so that Excel reads the accents right. */
    bom?: boolean;
    delimiter?: string;
}

/**
 * The journeys as one CSV (RFC 4180: CRLF line ends, fields quoted when they
 * hold the delimiter, a quote or a line break): one header, the Journey column
 * telling the journeys apart.
 */
export function csvText(sheets: ExportedSheet[], options: CsvOptions = {}): string {
    const [header = []] = sheets.map(sheet => sheet.rows[0]);
    const rows = [header, ...sheets.flatMap(sheet => sheet.rows.slice(1))];
    const text = stringify(rows, { delimiter: options.delimiter ?? ',', record_delimiter: 'windows', quoted_match: [/[\r\n]/, /^\s|\s$/] });
    return options.bom ? `\uFEFF${text}` : text;
}
