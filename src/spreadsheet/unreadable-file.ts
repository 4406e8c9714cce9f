/** The file cannot be read at all (not CSV, not a workbook, no Mermaid journey): `journey import` exits with 2. */
export class UnreadableFileError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'UnreadableFileError';
    }
}
