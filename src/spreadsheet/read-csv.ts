import { parse } from 'csv-parse/sync';
import type { TableSheet } from '../../language-server/core/spreadsheet/read-table.js';
import { UnreadableFileError } from './unreadable-file.js';

export const CSV_DELIMITERS = [',', ';', '\t'] as const;

/**
 * A CSV file as one sheet of text cells (RFC 4180 quoting, by csv-parse). The
 * delimiter is the one of `,`, `;` (a European Excel's) and tab that the header
 * line uses most, unless given; a UTF-8 byte order mark is dropped.
 */
export function readCsv(text: string, name: string, delimiter?: string): TableSheet {
    const withoutBom = text.replace(/^\uFEFF/, '');
    const chosen = delimiter ?? guessDelimiter(withoutBom);
    try {
        const rows = parse(withoutBom, { delimiter: chosen, relax_column_count: true, skip_empty_lines: false }) as string[][];
        return { name, rows };
    } catch (error) {
        const line = (error as { lines?: number }).lines;
        const reason = error instanceof Error ? error.message.replace(/^Invalid Record Length:.*$/, 'rows of different lengths').replace(/\s*at line \d+\.?$/, '') : String(error);
        throw new UnreadableFileError(`${line !== undefined ? `line ${line}: ` : ''}not valid CSV: ${reason}`);
    }
}

/** The delimiter the first line uses most, outside quotes (`,` when it uses none). */
export function guessDelimiter(text: string): string {
    const firstLine = /^[^\r\n]*/.exec(text.replace(/"(?:[^"]|"")*"/g, '""'))![0];
    let best: string = ',';
    let most = 0;
    for (const delimiter of CSV_DELIMITERS) {
        const count = firstLine.split(delimiter).length - 1;
        if (count > most) {
            best = delimiter;
            most = count;
        }
    }
    return best;
}
