/**
 * Which folder may import what: the one table of the code's dependency
 * boundaries, read by tests/architecture/boundaries.test.ts. A newcomer reads
 * here what runs where:
 *
 * - core/      pure model, render, Mermaid, diff, Markdown: runs in Node, the webview and a browser worker.
 * - protocol/  the messages between server, client and webview: plain data, types and validators (no package).
 * - language/  the Langium language (grammar, services, validation, LSP features): no Node, so it can
 *              run in a browser worker too.
 * - node/      the language server's Node entry and file system.
 * - browser/   the language server's Web Worker entry (vscode.dev, github.dev): no Node.
 * - src/cli/   the `journey` command (Node), never `vscode`.
 * - src/spreadsheet/  reading and writing CSV, xlsx and Mermaid files (Node), shared by the CLI and the extension.
 * - src/print/  the Map view printed by Chromium (PDF, PNG pages) through playwright-core (Node), shared likewise.
 * - src/extension/  the VS Code client; the only folder that imports `vscode`.
 * - media/preview/  the webview: browser only.
 */
export interface Boundary {
    /** Folder (repo-relative, with a trailing slash) the rule covers. */
    folder: string;
    /** Repo folders its relative imports may reach (its own folder is always allowed). */
    mayImportFolders: string[];
    /** Bare module specifiers it may import: exact names or prefixes ending in `/`. `node:` covers Node's built-ins. */
    mayImportPackages: string[];
}

const LANGIUM = ['langium', 'langium/', 'chevrotain', 'vscode-languageserver', 'vscode-languageserver/', 'vscode-languageserver-types', 'vscode-languageserver-textdocument', 'vscode-uri', 'jsonc-parser'];

export const BOUNDARIES: Boundary[] = [
    { folder: 'language-server/core/', mayImportFolders: [], mayImportPackages: [] },
    { folder: 'language-server/protocol/', mayImportFolders: ['language-server/core/'], mayImportPackages: [] },
    {
        folder: 'language-server/language/',
        mayImportFolders: ['language-server/core/', 'language-server/protocol/'],
        mayImportPackages: LANGIUM
    },
    {
        folder: 'language-server/node/',
        mayImportFolders: ['language-server/core/', 'language-server/protocol/', 'language-server/language/'],
        // chokidar: watching the workspace for clients that cannot (fallback-file-watcher.ts).
        mayImportPackages: [...LANGIUM, 'node:', 'chokidar']
    },
    {
        folder: 'language-server/browser/',
        mayImportFolders: ['language-server/core/', 'language-server/protocol/', 'language-server/language/'],
        mayImportPackages: LANGIUM
    },
    {
        folder: 'src/cli/',
        // package.json: the version `journey --version` prints.
        mayImportFolders: ['language-server/core/', 'language-server/protocol/', 'language-server/language/', 'language-server/node/', 'src/spreadsheet/', 'src/print/', 'package.json'],
        // mermaid: types only, for the page that renders diagrams in Chromium.
        // csv-stringify: `journey opportunities --format csv`.
        mayImportPackages: [...LANGIUM, 'node:', 'playwright-core', 'mermaid', 'csv-stringify/']
    },
    {
        // The file formats of `journey import` and `journey render --format csv|xlsx`: core's mapping plus the format libraries.
        folder: 'src/spreadsheet/',
        mayImportFolders: ['language-server/core/'],
        mayImportPackages: ['node:', 'csv-parse/sync', 'csv-stringify/sync', 'exceljs']
    },
    {
        // PDF and PNG pages of the Map view: the preview's page (core) printed by a local Chromium.
        folder: 'src/print/',
        mayImportFolders: ['language-server/core/'],
        mayImportPackages: ['node:', 'playwright-core']
    },
    {
        folder: 'src/extension/',
        mayImportFolders: ['language-server/core/', 'language-server/protocol/', 'src/spreadsheet/', 'src/print/'],
        mayImportPackages: ['vscode', 'vscode-languageclient', 'vscode-languageclient/', 'vscode-languageserver-protocol', 'vscode-jsonrpc', 'vscode-uri', 'node:']
    },
    {
        folder: 'media/preview/',
        mayImportFolders: ['language-server/core/', 'language-server/protocol/'],
        mayImportPackages: ['mermaid', 'd3-shape']
    }
];
