/** The id of "Journey: Import from CSV, Excel or Mermaid…", registered by each host's entry. */
export const IMPORT_COMMAND = 'journey.importMap';
