/**
 * The starter map of `Journey: New Journey Map`: the people it needs, then a
 * journey with the five classic stages, each owned and with one touchpoint
 * that scores every persona. Kept apart from the command so that a test can
 * check it parses with no error and no warning.
 */

import { JOURNEY_ID, JOURNEY_KEYWORDS } from '../../../language-server/core/model/journey-ids.js';
import { DECLARATION_SYMBOL_KINDS } from '../../../language-server/protocol/index.js';

/** Declarations of the template, by kind: the command leaves out those the workspace already has. */
export const templateDeclarations = {
    persona: ['newcomer', 'regular'],
    team: ['marketing', 'sales', 'support'],
    channel: ['social', 'web', 'email']
} as const;

export type DeclarationKind = keyof typeof templateDeclarations;

/** Ids a map may use and the words they may not be: one table, in core (shared with the importers). */
export { JOURNEY_ID, JOURNEY_KEYWORDS };

/** `first_purchase` → `First purchase`. */
export function labelFromId(id: string): string {
    const words = id.replace(/_+/g, ' ').trim();
    return words ? words.charAt(0).toUpperCase() + words.slice(1) : id;
}

const declarationText: Record<DeclarationKind, Record<string, string>> = {
    persona: {
        newcomer: [
            'persona newcomer "New customer" {',
            '  description "Has never bought from us; found us a few days ago"',
            '  goal "Find out quickly whether we are right for them"',
            '  need "A clear price and a simple first step"',
            '  quote "Just tell me what it costs."',
            '}'
        ].join('\n'),
        regular: [
            'persona regular "Returning customer" {',
            '  description "Has bought from us before"',
            '  goal "Get what they need again with no friction"',
            '  frustration "Having to type the same details every time"',
            '}'
        ].join('\n')
    },
    team: {
        marketing: 'team marketing "Marketing"',
        sales: 'team sales "Sales"',
        support: 'team support "Customer Support"'
    },
    channel: {
        social: 'channel social "Social media"',
        web: 'channel web "Website"',
        email: 'channel email "Email"'
    }
};

/**
 * The text of a new map. `existing` holds `kind:id` keys of declarations
 * already present in the workspace: those are reused, not declared twice.
 */
export function newJourneyMapText(id: string, existing: ReadonlySet<string> = new Set()): string {
    const people = (kind: DeclarationKind, separator: string) => templateDeclarations[kind]
        .filter(name => !existing.has(`${kind}:${name}`))
        .map(name => declarationText[kind][name])
        .join(separator);
    const header = [
        `// ${labelFromId(id)}: a starter journey map. Replace the examples with what you`,
        '// know about your customers. Personas, teams and channels may move to a shared',
        '// file (for example people.journey): every map of the workspace sees them.'
    ].join('\n');
    const blocks = [header, people('persona', '\n\n'), people('team', '\n'), people('channel', '\n'), journeyText(id)];
    return blocks.filter(block => block !== '').join('\n\n') + '\n';
}

function journeyText(id: string): string {
    return `
journey ${id} "${labelFromId(id)}" {
  description "From the first contact to recommending us"
  goal "Find where customers struggle and what would help them most"
  personas newcomer, regular
  state current

  stage awareness "Awareness" {
    owner marketing
    touchpoint first_contact "First contact" via social {
      action "Sees a post about us"
      thought newcomer "Is this for me?"
      emotion newcomer 3 "Curious"
      emotion regular 4 "Recognises the brand"
      opportunity "Say who the product is for in the first line"
      metric "Click-through rate" 1.5% target 2.5%
    }
  }

  stage consideration "Consideration" {
    owner marketing
    touchpoint product_page "Product page" via web {
      action "Compares options and prices"
      thought newcomer "Which one do I need?"
      emotion newcomer 2 "Too many similar options"
      emotion regular 4
      pain "The differences between options are unclear"
      opportunity "Add a short comparison table"
    }
  }

  stage purchase "Purchase" {
    owner sales
    touchpoint checkout "Checkout" via web {
      action "Pays"
      emotion newcomer 3
      emotion regular 3 "Has to type the address again"
      pain "No saved details for returning customers"
      metric "Checkout completion" 62% target 75%
    }
  }

  stage retention "Retention" {
    owner support
    touchpoint follow_up "Follow-up" via email {
      action "Reads the order confirmation and delivery updates"
      emotion newcomer 4 "Reassured"
      emotion regular 4
    }
  }

  stage advocacy "Advocacy" {
    owner marketing
    touchpoint review_request "Review request" via email {
      action "Is asked to rate the purchase"
      emotion newcomer 4
      emotion regular 5 "Happy to recommend us"
      opportunity "Offer a referral code with the review request"
      metric "Net Promoter Score" 32 target 45
    }
  }
}`.trimStart();
}

/**
 * Why `id` cannot name a new journey map, or undefined when it can. `existing`
 * holds the `kind:id` keys already declared in the workspace.
 */
export function newMapIdProblem(id: string, existing: ReadonlySet<string> = new Set()): string | undefined {
    if (!JOURNEY_ID.test(id)) {
        return 'Use letters, digits and _ only, starting with a letter or _ (for example first_purchase).';
    }
    if (JOURNEY_KEYWORDS.has(id)) {
        return `'${id}' is a keyword of the language; choose another id.`;
    }
    if (existing.has(`journey:${id}`)) {
        return `A journey '${id}' already exists in this workspace.`;
    }
    return undefined;
}

/** A workspace symbol as the language server answers `workspace/symbol` (LSP symbol kinds). */
export interface DeclaredSymbol {
    name: string;
    kind: number;
}

/** `kind:id` keys of the workspace's top-level declarations, from the server's workspace symbols. */
export function declarationKeys(symbols: readonly DeclaredSymbol[]): Set<string> {
    const kinds = new Map<number, string>(Object.entries(DECLARATION_SYMBOL_KINDS).map(([kind, symbolKind]) => [symbolKind, kind]));
    return new Set(symbols.flatMap(symbol => (kinds.has(symbol.kind) ? [`${kinds.get(symbol.kind)}:${symbol.name}`] : [])));
}

/** The id the command proposes: `first_purchase`, or the first of `new_journey`, `new_journey_2`… no journey has. */
export function suggestedMapId(existing: ReadonlySet<string>): string {
    if (!existing.has('journey:first_purchase')) return 'first_purchase';
    let id = 'new_journey';
    for (let n = 2; existing.has(`journey:${id}`); n++) id = `new_journey_${n}`;
    return id;
}
