import type { Cell, Worksheet } from 'exceljs';
import type { TableSheet } from '../../language-server/core/spreadsheet/read-table.js';
import { loadExcel } from './exceljs.js';
import { UnreadableFileError } from './unreadable-file.js';

/** An Excel workbook as sheets of text cells, one per worksheet (each can be a journey). */
export async function readXlsx(bytes: Uint8Array): Promise<TableSheet[]> {
    const { Workbook } = await loadExcel();
    const workbook = new Workbook();
    try {
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (error) {
        throw new UnreadableFileError(`not an Excel workbook (.xlsx): ${error instanceof Error ? error.message : String(error)}`);
    }
    const sheets = workbook.worksheets.map(sheetCells);
    return sheets.map(sheet => (workbook.worksheets.length > 1 ? { ...sheet, where: `sheet "${sheet.name}", ` } : sheet));
}

function sheetCells(worksheet: Worksheet): TableSheet {
    const rows: string[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, columnNumber) => { cells[columnNumber - 1] = cellText(cell); });
        rows[rowNumber - 1] = Array.from(cells, cell => cell ?? '');
    });
    return { name: worksheet.name, rows: Array.from(rows, row => row ?? []) };
}

/** What the cell shows: a formula's result, rich text as plain text, a percentage as `68%`. */
function cellText(cell: Cell): string {
    const value = cell.value;
    const result = value !== null && typeof value === 'object' && 'result' in value ? value.result : value;
    if (typeof result === 'number' && /%/.test(cell.numFmt ?? '')) return `${Number((result * 100).toPrecision(12))}%`;
    if (typeof result === 'number') return String(result);
    if (typeof result === 'string') return result;
    return cell.text ?? '';
}
