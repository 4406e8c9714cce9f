/**
 * What an id of the language may be: the grammar's ID terminal and the words it
 * may not be (a keyword is read as the keyword, never as an id). Pure, so that
 * the New Map command, the importers and the language share one table;
 * tests/language-server/core/model/journey-ids.test.ts checks both against the
 * generated grammar.
 */

/** The grammar's `terminal ID`, anchored. */
export const JOURNEY_ID = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The language's keywords: an id cannot be one of them (the parser would read a keyword). */
export const JOURNEY_KEYWORDS: ReadonlySet<string> = new Set([
    'persona', 'team', 'channel', 'journey', 'stage', 'touchpoint',
    'description', 'goal', 'need', 'frustration', 'quote', 'personas', 'state', 'current', 'future',
    'owner', 'via', 'action', 'thought', 'emotion', 'pain', 'opportunity', 'metric', 'target'
]);
