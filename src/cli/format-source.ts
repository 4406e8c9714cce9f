import { URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { CANONICAL_OPTIONS } from '../../language-server/language/formatting/journey-formatter.js';
import { toCliLocation, type CliLocation } from './positions.js';
import type { JourneyServiceSet, JourneySource } from './workspace.js';

export interface SyntaxProblem extends CliLocation {
    readonly message: string;
}

/** A file's canonical text, or why it cannot be formatted. */
export type FormatOutcome =
    | { readonly formatted: string; readonly syntaxErrors?: undefined }
    | { readonly formatted?: undefined; readonly syntaxErrors: SyntaxProblem[] };

const SYNTAX_CODES = new Set(['syntax-error', 'unterminated-string', 'lexing-error', 'parsing-error']);

/**
 * Formats one file with the language server's formatter (the very edits
 * "Format Document" applies in an editor). A file that does not parse is not
 * formatted: its syntax errors are returned instead.
 */
export async function formatSource(services: JourneyServiceSet, source: JourneySource): Promise<FormatOutcome> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(source.text, URI.file(source.path));
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length > 0 || parserErrors.length > 0) {
        return { syntaxErrors: await syntaxProblems(services, document) };
    }
    const edits = await services.Journey.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: CANONICAL_OPTIONS
    });
    const text = TextDocument.applyEdits(document.textDocument, edits);
    return { formatted: source.bom ? `\uFEFF${text}` : text };
}

/** The syntax errors as `journey check` words them. */
async function syntaxProblems(services: JourneyServiceSet, document: LangiumDocument): Promise<SyntaxProblem[]> {
    const diagnostics = await services.Journey.validation.DocumentValidator.validateDocument(document);
    const syntax = diagnostics.filter(isSyntaxDiagnostic);
    const located = (diagnostic: Diagnostic) => ({ ...toCliLocation(document.textDocument, diagnostic.range.start), message: diagnostic.message });
    if (syntax.length > 0) return syntax.map(located);
    // Even with syntax-error turned off in journey.config.json, a broken file must not be rewritten.
    return [{ line: 1, column: 1, message: 'the file does not parse' }];
}

function isSyntaxDiagnostic(diagnostic: Diagnostic): boolean {
    const dataCode = (diagnostic.data as { code?: unknown } | undefined)?.code;
    return SYNTAX_CODES.has(String(diagnostic.code)) || SYNTAX_CODES.has(String(dataCode));
}
