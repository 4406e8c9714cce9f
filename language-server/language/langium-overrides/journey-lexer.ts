import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import type { ILexingError } from 'chevrotain';

/** Message of the error on a string without its closing quote (the code is `unterminated-string`). */
export const UNTERMINATED_STRING_MESSAGE = 'Unterminated string: add the closing " on the same line.';

/** A lexer error that is an unterminated string, told apart from the others by the validator. */
export interface UnterminatedStringError extends ILexingError {
    readonly unterminatedString: true;
}

export function isUnterminatedStringError(error: unknown): error is UnterminatedStringError {
    return typeof error === 'object' && error !== null && (error as { unterminatedString?: unknown }).unterminatedString === true;
}

/**
 * Whether a STRING token's text ends with its closing quote. The STRING
 * terminal also matches a string cut off by the end of the line (so one `"`
 * followed by 100,000 `\"` is one token, not a new failed attempt at every
 * quote: that was quadratic, 13.7 s per keystroke for 200 KB).
 */
export function isTerminatedString(image: string): boolean {
    if (image.length < 2 || !image.endsWith('"')) return false;
    let backslashes = 0;
    for (let i = image.length - 2; i > 0 && image[i] === '\\'; i--) backslashes++;
    return backslashes % 2 === 0;
}

/** Langium's lexer plus one error per string that reaches the end of its line unclosed. */
export class JourneyLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const before = result.errors.length;
        for (const token of result.tokens) {
            if (token.tokenType.name === 'STRING' && !isTerminatedString(token.image)) {
                const error: UnterminatedStringError = {
                    offset: token.startOffset,
                    length: token.image.length,
                    line: token.startLine,
                    column: token.startColumn,
                    message: UNTERMINATED_STRING_MESSAGE,
                    unterminatedString: true
                };
                result.errors.push(error);
            }
        }
        if (result.errors.length > before) result.errors.sort((a, b) => a.offset - b.offset);
        return result;
    }
}
