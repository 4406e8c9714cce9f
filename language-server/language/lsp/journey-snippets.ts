/**
 * The snippets the completion offers: each one starts with a keyword of the grammar
 * and is offered only where the parser accepts that keyword (after `emotion ` no
 * `channel …` block, inside a touchpoint no `journey …`). Served by the language
 * server, so every editor gets them, not only VS Code.
 */
export interface JourneySnippet {
    /** A name for people (tests, docs). */
    name: string;
    /** What the completion list shows and the user types to find it. */
    label: string;
    /** The keyword the snippet's text starts with, for the starter map its first declaration's. */
    keyword: string;
    description: string;
    /** LSP snippet syntax, one entry per line; `\t` is one level of indentation. */
    body: string[];
}

export const JOURNEY_SNIPPETS: readonly JourneySnippet[] = [
    {
        name: 'Persona',
        label: 'persona',
        keyword: 'persona',
        description: 'A customer archetype with description, goal, need and quote',
        body: [
            'persona ${1:id} "${2:Label}" {',
            '\tdescription "${3:Who they are}"',
            '\tgoal "${4:What they want to achieve}"',
            '\tneed "${5:What they need from us}"',
            '\tquote "${6:Something they would say}"',
            '}',
            '$0'
        ]
    },
    {
        name: 'Team',
        label: 'team',
        keyword: 'team',
        description: 'An internal owner: department, role or partner',
        body: [
            'team ${1:id} "${2:Label}"$0'
        ]
    },
    {
        name: 'Channel',
        label: 'channel',
        keyword: 'channel',
        description: 'A medium: website, email, store, phone…',
        body: [
            'channel ${1:id} "${2:Label}"$0'
        ]
    },
    {
        name: 'Journey',
        label: 'journey',
        keyword: 'journey',
        description: 'A journey map with its header and a first stage',
        body: [
            'journey ${1:id} "${2:Label}" {',
            '\tdescription "${3:What this map covers}"',
            '\tgoal "${4:What we want to learn or improve}"',
            '\tpersonas ${5:customer}',
            '\tstate ${6|current,future|}',
            '',
            '\tstage ${7:awareness} "${8:Awareness}" {',
            '\t\towner ${9:sales}',
            '\t\t$0',
            '\t}',
            '}'
        ]
    },
    {
        name: 'Stage',
        label: 'stage',
        keyword: 'stage',
        description: 'A phase of the journey with an owner and a touchpoint',
        body: [
            'stage ${1:id} "${2:Label}" {',
            '\towner ${3:sales}',
            '\ttouchpoint ${4:id} "${5:Label}" via ${6:web} {',
            '\t\taction "${7:What the customer does}"',
            '\t\temotion ${8:customer} ${9|1,2,3,4,5|}',
            '\t}',
            '\t$0',
            '}'
        ]
    },
    {
        name: 'Touchpoint',
        label: 'touchpoint',
        keyword: 'touchpoint',
        description: 'An interaction on a channel: action, thought, emotion, pain, opportunity',
        body: [
            'touchpoint ${1:id} "${2:Label}" via ${3:web} {',
            '\taction "${4:What the customer does}"',
            '\tthought ${5:customer} "${6:What they think}"',
            '\temotion ${5:customer} ${7|1,2,3,4,5|} "${8:Why}"',
            '\tpain "${9:What gets in the way}"',
            '\topportunity "${10:How we could do better}"',
            '}',
            '$0'
        ]
    },
    {
        name: 'Emotion',
        label: 'emotion',
        keyword: 'emotion',
        description: 'How a persona feels here, from 1 (very negative) to 5 (very positive)',
        body: [
            'emotion ${1:customer} ${2|1,2,3,4,5|} "${3:Why}"$0'
        ]
    },
    {
        name: 'Metric',
        label: 'metric',
        keyword: 'metric',
        description: 'A measured figure with a target',
        body: [
            'metric "${1:Name}" ${2:0}${3:%} target ${4:0}${5:%}$0'
        ]
    },
    {
        name: 'Starter journey map',
        label: 'journeymap',
        keyword: 'persona',
        description: 'A whole map: a persona, a team, a channel and five stages',
        body: [
            'persona ${1:customer} "${2:Customer}" {',
            '\tgoal "${3:What they want to achieve}"',
            '}',
            '',
            'team ${4:product_team} "${5:Product team}"',
            'channel ${6:web} "${7:Website}"',
            '',
            'journey ${8:my_journey} "${9:My journey}" {',
            '\tgoal "${10:What we want to learn or improve}"',
            '\tpersonas $1',
            '\tstate current',
            '',
            '\tstage awareness "Awareness" {',
            '\t\towner $4',
            '\t\ttouchpoint first_contact "First contact" via $6 {',
            '\t\t\taction "${11:Hears about us}"',
            '\t\t\temotion $1 3',
            '\t\t}',
            '\t}',
            '',
            '\tstage consideration "Consideration" {',
            '\t\towner $4',
            '\t\ttouchpoint compare "Compares options" via $6 {',
            '\t\t\taction "${12:Compares us with alternatives}"',
            '\t\t\temotion $1 3',
            '\t\t}',
            '\t}',
            '',
            '\tstage purchase "Purchase" {',
            '\t\towner $4',
            '\t\ttouchpoint buy "Buys" via $6 {',
            '\t\t\taction "${13:Pays}"',
            '\t\t\temotion $1 4',
            '\t\t}',
            '\t}',
            '',
            '\tstage retention "Retention" {',
            '\t\towner $4',
            '\t\ttouchpoint use "Uses it" via $6 {',
            '\t\t\taction "${14:Uses what they bought}"',
            '\t\t\temotion $1 4',
            '\t\t}',
            '\t}',
            '',
            '\tstage advocacy "Advocacy" {',
            '\t\towner $4',
            '\t\ttouchpoint recommend "Recommends us" via $6 {',
            '\t\t\taction "${15:Tells a friend}"',
            '\t\t\temotion $1 5',
            '\t\t}',
            '\t}',
            '}',
            '$0'
        ]
    }
];

/** The snippets that start with `keyword`. */
export function snippetsFor(keyword: string): JourneySnippet[] {
    return JOURNEY_SNIPPETS.filter(snippet => snippet.keyword === keyword);
}
