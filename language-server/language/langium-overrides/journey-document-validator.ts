import {
    Cancellation,
    DefaultDocumentValidator,
    diagnosticData,
    interruptAndCheck,
    type AstNode,
    type AstReflection,
    type LangiumDocument,
    type ParseResult,
    type ValidationAcceptor,
    type ValidationCheck,
    type ValidationOptions
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { JourneyServices } from '../journey-module.js';
import { DiagnosticCode, isDiagnosticCode } from '../validation/diagnostic-codes.js';
import type { DiagnosticSeverities } from '../validation/diagnostic-severities.js';
import { forEachAstNode } from './journey-ast-walk.js';
import { isStage } from '../generated/ast.js';
import { SOFT_KEYWORDS } from '../language-facts.js';
import { isUnterminatedStringError } from './journey-lexer.js';
import { ValidationReplay } from './incremental-validation.js';
import { JourneyIndexManager } from './journey-index-manager.js';
import { unreadableFileDiagnostic } from '../workspace/unreadable-files.js';

/** How many nodes are checked between two checks for cancellation (Langium checks at every node). */
const CHECK_EVERY = 256;

/**
 * Langium's document validator, with the language's codes on what Langium
 * reports itself: lexer and parser errors become `syntax-error`, linking errors
 * `unresolved-reference` ("Unknown team 'salse'."). Every diagnostic then gets
 * the severity configured in journey.config.json, or is dropped when "off".
 */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    private readonly severities: DiagnosticSeverities;
    private readonly reflection: AstReflection;
    private readonly replay: ValidationReplay;
    private readonly textDocuments: JourneyServices['shared']['workspace']['TextDocuments'];

    constructor(services: JourneyServices) {
        super(services);
        this.severities = services.validation.DiagnosticSeverities;
        this.reflection = services.shared.AstReflection;
        // The configuration's identity: a new one is read on every change of journey.config.json.
        this.textDocuments = services.shared.workspace.TextDocuments;
        const index = services.shared.workspace.IndexManager;
        this.replay = new ValidationReplay(
            () => this.severities.settings,
            root => (index instanceof JourneyIndexManager && root.$document ? index.contentChangesBesides(root.$document.uri.toString()) : undefined)
        );
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        // The server loads journey.config.json while the workspace starts: never validate with stale severities.
        await this.severities.settled;
        // A file the workspace could not read stands as an empty document: its one diagnostic says why.
        const unreadable = unreadableFileDiagnostic(document);
        if (unreadable) return this.severities.apply([unreadable]);
        return this.severities.apply(await super.validateDocument(document, options, cancelToken));
    }

    /**
     * Runs the checks of the table (JourneyValidator) on every node, as Langium
     * does, but walks the tree with the grammar-specific walk and asks the
     * registry for each type's checks once per document instead of once per
     * node: same checks, same order, same diagnostics.
     */
    protected override async validateAstNodes(
        rootNode: AstNode,
        options: ValidationOptions,
        acceptor: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None
    ): Promise<void> {
        acceptor = this.withoutCodesTurnedOff(acceptor);
        if (this.profiler?.isActive('validating')) {
            // Langium's own walk reports each node type to its profiler.
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const checksByType = new Map<string, ValidationCheck[]>();
        const checksOf = (type: string) => {
            let checks = checksByType.get(type);
            if (!checks) {
                checks = this.validationRegistry.getChecks(type, options.categories).toArray();
                checksByType.set(type, checks);
            }
            return checks;
        };
        // After an edit that re-parsed one block, the other stages give their diagnostics of last time (incremental-validation.ts).
        const uri = rootNode.$document?.uri.toString();
        const replay = this.replay.begin(rootNode, options.categories, uri !== undefined && this.textDocuments?.get(uri) !== undefined);
        const toCheck: Array<AstNode | readonly Parameters<ValidationAcceptor>[]> = [];
        forEachAstNode(rootNode, node => {
            const replayed = replay && isStage(node) ? replay.replayable(node) : undefined;
            if (replayed) {
                toCheck.push(replayed);
                return false;
            }
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode && checksOf(node.$type).length > 0) toCheck.push(node);
            return nodeOptions.validateChildren;
        });
        for (let i = 0; i < toCheck.length; i++) {
            if (i % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            const item = toCheck[i];
            if (Array.isArray(item)) {
                for (const call of item as ReadonlyArray<Parameters<ValidationAcceptor>>) acceptor(...call);
                continue;
            }
            const node = item as AstNode;
            const accept = replay ? replay.recordingFor(node, acceptor) : acceptor;
            for (const check of checksOf(node.$type)) {
                await check(node, accept, cancelToken);
            }
        }
        replay?.complete();
    }

    /**
     * An acceptor that drops at once what `severities.apply` would drop: a code turned off
     * (`fact-without-evidence` is, by default, on every emotion and pain). Making each of those
     * a diagnostic, with its range from the syntax tree, was ~12% of `journey check` at 500 maps.
     */
    private withoutCodesTurnedOff(acceptor: ValidationAcceptor): ValidationAcceptor {
        return (severity, message, info) => {
            if (isDiagnosticCode(info.code) && this.severities.get(info.code) === 'off') return;
            acceptor(severity, message, info);
        };
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        // Langium adds one diagnostic per lexer error, in their order.
        diagnostics.slice(first).forEach((diagnostic, i) => {
            if (isUnterminatedStringError(parseResult.lexerErrors[i])) {
                Object.assign(diagnostic, withCode(diagnostic, DiagnosticCode.UnterminatedString, diagnostic.message));
                return;
            }
            // Chevrotain says "unexpected character: ->@<- at offset: 5, skipped 1 characters."
            const character = /->(.*)<-/s.exec(diagnostic.message)?.[1];
            const message = character !== undefined ? `Unexpected character '${character}'.` : diagnostic.message;
            Object.assign(diagnostic, asSyntaxError(diagnostic, message));
        });
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        for (const diagnostic of diagnostics.slice(first)) {
            Object.assign(diagnostic, asSyntaxError(diagnostic, oneLine(diagnostic.message)));
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const reference of document.references) {
            const error = reference.error;
            const refText = reference.$refText;
            // An empty name comes from a line the parser could not finish: the syntax error says it all.
            if (!error || !refText || !reference.$refNode) {
                continue;
            }
            const { container, property } = error.info;
            const expectedType = this.reflection.getReferenceType(error.info);
            diagnostics.push({
                severity: 1,
                range: reference.$refNode.range,
                message: `Unknown ${expectedType.toLowerCase()} '${refText}'.`,
                code: DiagnosticCode.UnresolvedReference,
                data: { ...diagnosticData(DiagnosticCode.UnresolvedReference), containerType: container.$type, property, refText, expectedType },
                source: this.getSource()
            });
        }
    }
}

/** Where an id fits, the soft keywords are ids too: listing them says nothing more. */
function withoutSoftKeywords(alternatives: string[]): string[] {
    return alternatives.includes('ID') ? alternatives.filter(alternative => !SOFT_KEYWORDS.includes(alternative)) : alternatives;
}

function asSyntaxError(diagnostic: Diagnostic, message: string): Partial<Diagnostic> {
    return withCode(diagnostic, DiagnosticCode.SyntaxError, message);
}

function withCode(diagnostic: Diagnostic, code: DiagnosticCode, message: string): Partial<Diagnostic> {
    return { message, code, data: { ...diagnostic.data, ...diagnosticData(code) } };
}

/**
 * Chevrotain lists the expected alternatives over several lines; the CLI prints
 * one line per diagnostic, so fold them: "Expecting one of: 'goal', 'stage' but found 'x'."
 */
function oneLine(message: string): string {
    if (!message.includes('\n')) {
        return message;
    }
    const found = /but found:\s*(.*)$/s.exec(message)?.[1]?.trim();
    const alternatives = withoutSoftKeywords([...message.matchAll(/^\s*\d+\.\s*\[(.*)\]\s*$/gm)].map(match => match[1]));
    if (alternatives.length === 1 && alternatives[0] === 'ID' && found) {
        // Where only an id fits, say so as before the soft keywords existed.
        return `Expecting token of type 'ID' but found \`${found.replace(/^'(.*)'$/s, '$1')}\`.`;
    }
    if (alternatives.length > 0) {
        return `Expecting one of: ${alternatives.join(', ')}${found ? ` but found: ${found}` : ''}`;
    }
    return message.replace(/\s*\n\s*/g, ' ');
}
