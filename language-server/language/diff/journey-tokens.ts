/**
 * A lexical scan of a `.journey` text, for `journey diff` to tell which files
 * a change can reach without parsing them: the ids a file mentions and the ids
 * it may declare. Both are supersets of what the parser would find (an id after
 * a soft keyword such as `kind system x` counts as a declaration of `x`), so
 * a file is never wrongly left out, only sometimes loaded for nothing.
 */

/** The keywords that start a top-level declaration (grammar: TopLevelElement). */
const DECLARATION_KEYWORDS: ReadonlySet<string> = new Set(['persona', 'team', 'channel', 'system', 'research', 'journey']);

/** The grammar's STRING, ML_COMMENT and SL_COMMENT terminals (skipped), then ID (kept): one pass, as the lexer reads. */
const TOKEN = /"(?:\\.|[^"\\\r\n])*"?|\/\*[\s\S]*?\*\/|\/\/[^\n\r]*|([A-Za-z_][A-Za-z0-9_]*)/g;

export interface JourneyTextScan {
    /** Every id token outside strings and comments (keywords included: they are ids lexically). */
    ids: Set<string>;
    /** Ids that follow a declaration keyword, with the keywords they follow. */
    declared: Map<string, Set<string>>;
}

export function scanJourneyText(text: string): JourneyTextScan {
    const ids = new Set<string>();
    const declared = new Map<string, Set<string>>();
    let previous: string | undefined;
    for (const match of text.matchAll(TOKEN)) {
        const id = match[1];
        if (id === undefined) {
            // A string or a comment: the next id does not follow a keyword directly, unless across a comment.
            if (!match[0].startsWith('/')) previous = undefined;
            continue;
        }
        ids.add(id);
        if (previous !== undefined && DECLARATION_KEYWORDS.has(previous)) {
            const keywords = declared.get(id) ?? new Set<string>();
            keywords.add(previous);
            declared.set(id, keywords);
        }
        previous = id;
    }
    return { ids, declared };
}
