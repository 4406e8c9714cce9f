import { AstUtils, GrammarAST } from 'langium';
import { JourneyMapsGrammar } from './generated/grammar.js';

/**
 * The facts of the language's lexicon, each read from the grammar (its one
 * home): the id pattern, the reserved keywords, and the soft keywords added
 * after the first version, which stay usable as ids. The docs test and the
 * TextMate grammar test compare themselves with these.
 */

/** The grammar rule listing the soft keywords (journey.langium). */
export const SOFT_KEYWORD_RULE = 'SoftKeyword';

/** The pattern of an id, as the grammar's ID terminal defines it. */
export const ID_PATTERN: string = terminalPattern('ID');

function terminalPattern(name: string): string {
    const rule = JourneyMapsGrammar().rules.find(r => GrammarAST.isTerminalRule(r) && r.name === name);
    const definition = rule && GrammarAST.isTerminalRule(rule) ? rule.definition : undefined;
    if (!GrammarAST.isRegexToken(definition)) throw new Error(`terminal ${name} is not a regular expression`);
    return definition.regex.replace(/^\/|\/$/g, '');
}

function wordKeywords(root: GrammarAST.AbstractRule | GrammarAST.Grammar): Set<string> {
    return new Set(AstUtils.streamAllContents(root).filter(GrammarAST.isKeyword).map(k => k.value).filter(value => /^[a-z]/.test(value)));
}

const softRule = JourneyMapsGrammar().rules.find(rule => rule.name === SOFT_KEYWORD_RULE);

/** Keywords that may also be ids (`team support`). */
export const SOFT_KEYWORDS: readonly string[] = [...(softRule ? wordKeywords(softRule) : [])].sort();

/** Every word keyword of the grammar, soft ones included (`in-progress`, `moment-of-truth` among them). */
export const ALL_KEYWORDS: readonly string[] = [...wordKeywords(JourneyMapsGrammar())].sort();

/** Keywords that can never be ids: those of the first version of the language, and the hyphenated ones. */
export const RESERVED_KEYWORDS: readonly string[] = ALL_KEYWORDS.filter(keyword => !SOFT_KEYWORDS.includes(keyword));
