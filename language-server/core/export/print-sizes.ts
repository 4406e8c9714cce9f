/**
 * The page sizes of the printed Map view (PDF pages, slide-sized PNG images):
 * the one table the CLI's `--size` and the extension's PDF export read.
 * Sizes are landscape CSS pixels at 96 per inch, the units of the print layout.
 */
export interface PrintSize {
    width: number;
    height: number;
}

export interface NamedPrintSize extends PrintSize {
    /** The paper's own size for the PDF, so a printer sees A4 or Letter (the layout uses whole pixels just inside it). */
    paper?: { width: string; height: string };
}

export const PRINT_SIZES = {
    // 297 × 210 mm is 1122.5 × 793.7 px: whole pixels just inside, so no page spills onto a blank one.
    a4: { width: 1122, height: 793, paper: { width: '297mm', height: '210mm' } },
    letter: { width: 1056, height: 816, paper: { width: '11in', height: '8.5in' } },
    slide: { width: 1920, height: 1080 }
} as const satisfies Record<string, NamedPrintSize>;

export type PrintSizeName = keyof typeof PRINT_SIZES;

export const DEFAULT_PDF_SIZE: PrintSizeName = 'a4';
export const DEFAULT_PNG_SIZE: PrintSizeName = 'slide';

/** The smallest and largest page side, in CSS px (the print layout's own limits). */
export const PRINT_SIZE_LIMITS = { min: 100, max: 20000 } as const;

/** `a4`, `letter`, `slide` or `WIDTHxHEIGHT` (CSS px); a message saying what is accepted otherwise. */
export function parsePrintSize(text: string): NamedPrintSize | { error: string } {
    const named = (PRINT_SIZES as Record<string, NamedPrintSize>)[text.toLowerCase()];
    if (named) return named;
    const match = /^(\d+)x(\d+)$/i.exec(text.trim());
    const accepted = `use ${Object.keys(PRINT_SIZES).join(', ')} or WIDTHxHEIGHT in CSS pixels, e.g. 1920x1080`;
    if (!match) return { error: `unknown size '${text}' (${accepted})` };
    const size = { width: Number(match[1]), height: Number(match[2]) };
    const { min, max } = PRINT_SIZE_LIMITS;
    if ([size.width, size.height].some(side => side < min || side > max)) return { error: `a page side is ${min} to ${max} pixels, not ${text}` };
    return size;
}
