import type * as ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use: it is most of the CLI bundle's size and only
 * `.xlsx` files need it (the CLI's build turns this import into a `require`).
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
    const module = (await import('exceljs')) as typeof ExcelJS & { default?: typeof ExcelJS };
    return module.Workbook ? module : module.default!;
}
