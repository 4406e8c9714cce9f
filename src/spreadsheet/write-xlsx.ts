import type { ExportedSheet } from '../../language-server/core/spreadsheet/table-rows.js';
import { loadExcel } from './exceljs.js';

/** Widest column, in characters: long texts wrap instead. */
const MAX_WIDTH = 48;

/**
 * The journeys as an Excel workbook: one sheet per journey, named by its label,
 * a bold frozen header row, wrapped text and column widths fitted to the
 * content. Every cell is text (already protected against formulas).
 */
export async function xlsxBuffer(sheets: ExportedSheet[]): Promise<Buffer> {
    const { Workbook } = await loadExcel();
    const workbook = new Workbook();
    const names = new Set<string>();
    for (const sheet of sheets) {
        const worksheet = workbook.addWorksheet(sheetName(sheet.name, names), { views: [{ state: 'frozen', ySplit: 1 }] });
        for (const row of sheet.rows) worksheet.addRow(row);
        worksheet.getRow(1).font = { bold: true };
        worksheet.columns.forEach((column, index) => {
            const longest = Math.max(...sheet.rows.map(row => Math.max(0, ...(row[index] ?? '').split('\n').map(line => line.length))));
            column.width = Math.min(MAX_WIDTH, Math.max(10, longest + 2));
            column.alignment = { wrapText: true, vertical: 'top' };
        });
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel's rules: at most 31 characters, none of `[]:*?/\`, unique regardless of case. */
function sheetName(label: string, taken: Set<string>): string {
    const base = label.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Journey';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    taken.add(name.toLowerCase());
    return name;
}
