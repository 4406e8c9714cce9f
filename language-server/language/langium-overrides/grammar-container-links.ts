import type { AstNode, LangiumParser, ParseResult } from 'langium';
import type { IToken, ILexingResult } from 'chevrotain';
import { linkContentToContainerDeep } from './journey-ast-walk.js';

/**
 * Langium's `LangiumParser.parse`, except that the nodes' containers are set
 * by the grammar-specific walk (journey-ast-walk.ts) instead of Langium's
 * `linkContentToContainer(result, { deep: true })`, which lists
 * `Object.entries` of every node: about 5% of parsing a large map on each
 * keystroke, and garbage. Langium 4.2.1 calls it inside `parse` with no service
 * to replace, so this is that method (same steps, same order) over the
 * parser's own fields.
 */
export function useGrammarContainerLinks(parser: LangiumParser): LangiumParser {
    const internals = parser as unknown as ParserInternals;
    parser.parse = <T extends AstNode = AstNode>(input: string, options: { rule?: string } = {}): ParseResult<T> => {
        internals.nodeBuilder.buildRootNode(input);
        const lexerResult = (internals.lexerResult = internals.lexer.tokenize(input));
        internals.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? internals.allRules.get(options.rule) : internals.mainRule;
        if (!ruleMethod) {
            throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        }
        const result = internals.doParse(ruleMethod) as T;
        internals.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        internals.unorderedGroups.clear();
        internals.lexerResult = undefined;
        linkContentToContainerDeep(result);
        return {
            value: result,
            lexerErrors: lexerResult.errors,
            lexerReport: lexerResult.report,
            parserErrors: internals.wrapper.errors
        } as ParseResult<T>;
    };
    return parser;
}

/** The fields of Langium's parser that its `parse` uses (private in its typings). */
interface ParserInternals {
    nodeBuilder: { buildRootNode(input: string): unknown; addHiddenNodes(tokens: IToken[]): void };
    lexer: { tokenize(input: string): ILexingResult & { hidden: IToken[]; report?: unknown } };
    lexerResult: unknown;
    wrapper: { input: IToken[]; errors: ParseResult['parserErrors'] };
    allRules: Map<string, unknown>;
    mainRule: unknown;
    doParse(rule: unknown): unknown;
    unorderedGroups: Map<string, unknown>;
}
