import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ImportResult } from '../../language-server/core/import/imported-map.js';
import { firstMermaidJourneyBlock, readMermaidJourney } from '../../language-server/core/import/read-mermaid.js';
import { writeJourney } from '../../language-server/core/import/write-journey.js';
import { readTables } from '../../language-server/core/spreadsheet/read-table.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { UnreadableFileError } from './unreadable-file.js';

export const IMPORT_KINDS = ['csv', 'xlsx', 'mermaid'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The kind of each file extension `journey import` and the VS Code command accept. */
export const IMPORT_EXTENSIONS: Readonly<Record<string, ImportKind>> = {
    '.csv': 'csv',
    '.tsv': 'csv',
    '.xlsx': 'xlsx',
    '.mmd': 'mermaid',
    '.mermaid': 'mermaid',
    '.md': 'mermaid',
    '.markdown': 'mermaid'
};

/** The persona that gets a score written without one, unless the user names another. */
export const DEFAULT_PERSONA = 'Customer';

export interface ImportFileOptions {
    kind?: ImportKind;
    defaultPersona?: string;
    /** CSV only: the delimiter, when not guessed from the header line. */
    delimiter?: string;
}

export interface ImportedFile extends ImportResult {
    kind: ImportKind;
    /** The map as `.journey` text, in canonical layout. */
    text: string;
}

export function importKindOf(path: string): ImportKind | undefined {
    return IMPORT_EXTENSIONS[extname(path).toLowerCase()];
}

/**
 * Reads a CSV, xlsx or Mermaid file (or the first Mermaid journey block of a
 * Markdown file) as a map. Throws UnreadableFileError when there is nothing to
 * import at all; whatever else could not be read is in `problems`.
 */
export async function importFile(path: string, options: ImportFileOptions = {}): Promise<ImportedFile> {
    const kind = options.kind ?? importKindOf(path);
    if (!kind) throw new UnreadableFileError(`cannot tell the kind of ${basename(path)} from its extension: give --from ${IMPORT_KINDS.join('|')}`);
    let bytes: Buffer;
    try {
        bytes = await readFile(path);
    } catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^[A-Z]+: ([^,]+).*$/, '$1') : String(error);
        throw new UnreadableFileError(`cannot read ${path}: ${reason}`);
    }
    const name = basename(path, extname(path));
    const defaultPersona = options.defaultPersona ?? DEFAULT_PERSONA;
    const result = await importBytes(bytes, kind, name, defaultPersona, options.delimiter, /\.(md|markdown)$/i.test(path));
    if (result.map.journeys.length === 0) {
        const why = result.problems.length > 0 ? result.problems.map(problem => `${problem.where}: ${problem.message}`).join('; ') : 'the file is empty';
        throw new UnreadableFileError(`no journey to import: ${why}`);
    }
    const text = writeJourney(result.map, `Imported from ${basename(path)}.`);
    return { ...result, kind, text };
}

async function importBytes(bytes: Buffer, kind: ImportKind, name: string, defaultPersona: string, delimiter: string | undefined, markdown: boolean): Promise<ImportResult> {
    switch (kind) {
        case 'csv':
            return readTables([readCsv(bytes.toString('utf8'), name, delimiter)], { defaultPersona });
        case 'xlsx':
            return readTables(await readXlsx(bytes), { defaultPersona });
        case 'mermaid': {
            const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
            const block = markdown ? firstMermaidJourneyBlock(text) : { text, firstLine: 0 };
            if (!block) throw new UnreadableFileError('no ```mermaid block with a journey diagram in the Markdown file');
            return readMermaidJourney(block.text, { defaultPersona, fallbackTitle: name, lineOffset: block.firstLine });
        }
    }
}
