import type { AstNode, LangiumParser, ParseResult } from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';

/** After this many syntax errors the parser stops recovering inside repetitions. */
export const MAX_RECOVERED_SYNTAX_ERRORS = 100;

/** The message of the one diagnostic that says the parser gave up (tests and docs quote it). */
export const TOO_MANY_ERRORS_MESSAGE = `Too many syntax errors: the rest of the file is not checked after ${MAX_RECOVERED_SYNTAX_ERRORS} errors. Fix the first ones.`;

/**
 * Chevrotain recovers from an error inside a repetition (`stage*`, `element*`)
 * by calling the repetition again from inside itself: one stack frame group per
 * recovered element, so ~1,400 bad lines in a row overflow the stack and the
 * file cannot be parsed at all (the server never becomes ready). Past
 * MAX_RECOVERED_SYNTAX_ERRORS the repetition just ends instead: the enclosing
 * rule then re-syncs without recursion, and one more error says why the rest
 * of the file has no diagnostics.
 */
export function useBoundedRecovery(parser: LangiumParser): LangiumParser {
    const wrapper = (parser as unknown as { wrapper: ChevrotainRecovery }).wrapper;
    const recover = wrapper.tryInRepetitionRecovery;
    let stoppedAt: IToken | undefined;
    // Called only when chevrotain is about to skip tokens and re-enter the repetition.
    wrapper.tryInRepetitionRecovery = function (this: ChevrotainRecovery, ...args: unknown[]) {
        if (this._errors.length >= MAX_RECOVERED_SYNTAX_ERRORS) {
            stoppedAt ??= this.LA(1);
            return;
        }
        return recover.apply(this, args);
    };
    const parse = parser.parse.bind(parser);
    parser.parse = <T extends AstNode = AstNode>(input: string, options?: { rule?: string }): ParseResult<T> => {
        stoppedAt = undefined;
        const result = parse<T>(input, options);
        if (stoppedAt) {
            const error = { name: 'TooManyErrors', message: TOO_MANY_ERRORS_MESSAGE, token: stoppedAt, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] } };
            result.parserErrors.push(error as unknown as IRecognitionException);
        }
        return result;
    };
    return parser;
}

/** The parts of chevrotain's recognizer used here (internal in its typings). */
interface ChevrotainRecovery {
    _errors: unknown[];
    LA(offset: number): IToken;
    tryInRepetitionRecovery(...args: unknown[]): void;
}
