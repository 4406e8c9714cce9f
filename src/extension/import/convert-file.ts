/**
 * What "Journey: Import from CSV, Excel or Mermaid…" runs, bundled as
 * dist/import.js and loaded on first use: the readers `journey import` uses,
 * producing the same canonical text (the formatter is the language server's,
 * which the extension does not load: the writer's layout is already canonical).
 */
export { importFile, importKindOf, IMPORT_EXTENSIONS } from '../../spreadsheet/import-file.js';
export { UnreadableFileError } from '../../spreadsheet/unreadable-file.js';
