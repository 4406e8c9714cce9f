import { AstUtils, CstUtils, GrammarAST, type AstNode, type AstReflection, type LangiumDocument } from 'langium';
import { SOFT_KEYWORD_RULE } from '../language-facts.js';
import { AbstractSemanticTokenProvider, type LangiumServices, type SemanticTokenAcceptor } from 'langium/lsp';
import {
    SemanticTokenModifiers,
    SemanticTokenTypes,
    type CancellationToken,
    type SemanticTokens,
    type SemanticTokensDelta,
    type SemanticTokensDeltaParams,
    type SemanticTokensParams,
    type SemanticTokensRangeParams
} from 'vscode-languageserver';

/** One token type per kind of element, the same for its declaration and its references. */
export const ELEMENT_TOKEN_TYPES: Readonly<Record<string, string>> = {
    Persona: SemanticTokenTypes.class,
    Team: SemanticTokenTypes.type,
    Channel: SemanticTokenTypes.interface,
    Journey: SemanticTokenTypes.namespace,
    Stage: SemanticTokenTypes.struct,
    Touchpoint: SemanticTokenTypes.event,
    System: SemanticTokenTypes.enum,
    Research: SemanticTokenTypes.macro,
    Opportunity: SemanticTokenTypes.function
};

/**
 * Semantic highlighting: ids by the kind of element they name, with the
 * `declaration` modifier where the element is declared (so `maya` in
 * `persona maya` and in `emotion maya 3` share a colour but can be told
 * apart), plus keywords, strings and numbers (scores, metrics).
 */
export class JourneySemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly reflection: AstReflection;
    /** The request being answered; the next one starts when it has settled. */
    private running: Promise<unknown> = Promise.resolve();

    constructor(services: LangiumServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
    }

    // Langium keeps the request's document, range and token builder in fields
    // across the `await`s of its tree walk: two requests in flight (a full and
    // a range one, or two documents) mixed their tokens. One at a time, then.
    override semanticHighlight(document: LangiumDocument, params: SemanticTokensParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        return this.oneAtATime(() => super.semanticHighlight(document, params, cancelToken));
    }

    override semanticHighlightRange(document: LangiumDocument, params: SemanticTokensRangeParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        return this.oneAtATime(() => super.semanticHighlightRange(document, params, cancelToken));
    }

    override semanticHighlightDelta(
        document: LangiumDocument,
        params: SemanticTokensDeltaParams,
        cancelToken?: CancellationToken
    ): Promise<SemanticTokens | SemanticTokensDelta> {
        return this.oneAtATime(() => super.semanticHighlightDelta(document, params, cancelToken));
    }

    private oneAtATime<T>(request: () => Promise<T>): Promise<T> {
        const result = this.running.then(request);
        this.running = result.catch(() => undefined);
        return result;
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declarationType = ELEMENT_TOKEN_TYPES[node.$type];
        if (declarationType && 'name' in node) {
            acceptor({ node, property: 'name' as never, type: declarationType, modifier: SemanticTokenModifiers.declaration });
        }
        for (const refInfo of AstUtils.streamReferences(node)) {
            const type = ELEMENT_TOKEN_TYPES[this.reflection.getReferenceType(refInfo)];
            const refNode = refInfo.reference.$refNode;
            if (type && refNode) {
                acceptor({ cst: refNode, type });
            }
        }
        this.highlightOwnTokens(node, acceptor);
    }

    /** Keywords, strings and numbers that belong directly to this node (not to its children). */
    private highlightOwnTokens(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (!node.$cstNode) return;
        for (const cst of CstUtils.flattenCst(node.$cstNode)) {
            if (cst.hidden || cst.astNode !== node) continue;
            const type = tokenTypeOf(cst.grammarSource);
            if (type) acceptor({ cst, type });
        }
    }
}

function tokenTypeOf(source: AstNode | undefined): string | undefined {
    if (GrammarAST.isKeyword(source)) {
        // A soft keyword written as an id (`team support`) is the id's, highlighted by its kind.
        if (AstUtils.getContainerOfType(source, GrammarAST.isParserRule)?.name === SOFT_KEYWORD_RULE) return undefined;
        // Punctuation (`{`, `,`, `%`) is left to the TextMate grammar.
        return /^[a-z]/.test(source.value) ? SemanticTokenTypes.keyword : undefined;
    }
    if (GrammarAST.isRuleCall(source)) {
        switch (source.rule.ref?.name) {
            case 'STRING': return SemanticTokenTypes.string;
            case 'NUMBER': return SemanticTokenTypes.number;
        }
    }
    return undefined;
}
