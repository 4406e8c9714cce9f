import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { isTerminatedString } from './journey-lexer.js';

/**
 * Langium's value converter, cheaper for the three terminals every line has.
 * Langium upper-cases the rule's name for every token (a new string each
 * time) and unquotes a STRING by appending it one character at a time; a map
 * of a few thousand lines has tens of thousands of such tokens per keystroke.
 * Same values: a STRING without a backslash is its text without the quotes,
 * one with escapes goes through Langium's conversion; NUMBER is `Number(text)`.
 */
export class JourneyValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING': {
                // An unterminated string (an error of its own) means the text up to the end of its line.
                const quoted = isTerminatedString(input) ? input : `${input}"`;
                return quoted.includes('\\') ? ValueConverter.convertString(quoted) : quoted.slice(1, -1);
            }
            case 'ID':
                return ValueConverter.convertID(input);
            case 'NUMBER':
                return ValueConverter.convertNumber(input);
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }
}
