import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

// Tokenizes a fixture with the extension's own grammar through the same
// TextMate engine VS Code uses, so highlighting is checked without a server.

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

type Token = { text: string; scopes: string[] };
let lines: Token[][] = [];

async function loadGrammar(): Promise<textmate.IGrammar> {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text)
        }),
        loadGrammar: async scopeName => scopeName === 'source.journey'
            ? textmate.parseRawGrammar(read('syntaxes/journey.tmLanguage.json'), 'journey.tmLanguage.json')
            : null
    });
    const grammar = await registry.loadGrammar('source.journey');
    if (!grammar) throw new Error('grammar source.journey did not load');
    return grammar;
}

function tokenize(grammar: textmate.IGrammar, text: string): Token[][] {
    let state = textmate.INITIAL;
    return text.split('\n').map(line => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        return result.tokens.map(t => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
    });
}

/** The innermost scope of the first token on the line that starts with `line` whose text is `text`. */
function scopeOf(lineStart: string, text: string, occurrence = 0): string {
    const line = lines.find(l => l.map(t => t.text).join('').trimStart().startsWith(lineStart));
    if (!line) throw new Error(`no line starts with ${lineStart}`);
    const tokens = line.filter(t => t.text === text);
    if (!tokens[occurrence]) throw new Error(`no token '${text}' on line '${lineStart}': ${JSON.stringify(line.map(t => t.text))}`);
    return tokens[occurrence].scopes[tokens[occurrence].scopes.length - 1];
}

describe('TextMate grammar', () => {
    beforeAll(async () => {
        const grammar = await loadGrammar();
        lines = tokenize(grammar, read('tests/extension/fixtures/highlighting.journey'));
    });

    it('scopes comments, line and block, including a block over several lines', () => {
        expect(scopeOf('// Every', ' Every kind of token the TextMate grammar knows.')).toBe('comment.line.double-slash.journey');
        expect(scopeOf('/* A block', ' A block comment')).toBe('comment.block.journey');
        expect(scopeOf('over two lines', '   over two lines ')).toBe('comment.block.journey');
        expect(scopeOf('owner sales', ' the accountable teams')).toBe('comment.line.double-slash.journey');
    });

    it('scopes declaration keywords and the ids they declare', () => {
        expect(scopeOf('persona maya', 'persona')).toBe('keyword.declaration.persona.journey');
        expect(scopeOf('persona maya', 'maya')).toBe('entity.name.type.persona.journey');
        expect(scopeOf('team sales', 'sales')).toBe('entity.name.type.team.journey');
        expect(scopeOf('channel web', 'web')).toBe('entity.name.type.channel.journey');
        expect(scopeOf('journey first_purchase', 'journey')).toBe('keyword.declaration.journey.journey');
        expect(scopeOf('journey first_purchase', 'first_purchase')).toBe('entity.name.function.journey.journey');
        expect(scopeOf('stage purchase', 'purchase')).toBe('entity.name.function.stage.journey');
        expect(scopeOf('touchpoint checkout_page', 'checkout_page')).toBe('entity.name.function.touchpoint.journey');
    });

    it('scopes body keywords, via, target and the journey state', () => {
        for (const [line, keyword] of [
            ['description', 'description'], ['goal', 'goal'], ['need', 'need'], ['frustration', 'frustration'],
            ['quote', 'quote'], ['action', 'action'], ['pain', 'pain'], ['opportunity', 'opportunity'],
            ['metric "Cart', 'metric'], ['metric "Cart', 'target'], ['personas', 'personas'], ['owner', 'owner'],
            ['thought', 'thought'], ['emotion', 'emotion'], ['state', 'state']
        ]) {
            expect(scopeOf(line, keyword), keyword).toBe(`keyword.other.${keyword}.journey`);
        }
        expect(scopeOf('touchpoint checkout_page', 'via')).toBe('keyword.other.via.journey');
        expect(scopeOf('state', 'future')).toBe('keyword.other.state-value.journey');
    });

    it('scopes references by the kind they name', () => {
        expect(scopeOf('personas', 'maya')).toBe('variable.other.reference.persona.journey');
        expect(scopeOf('personas', 'bob')).toBe('variable.other.reference.persona.journey');
        expect(scopeOf('owner', 'support')).toBe('variable.other.reference.team.journey');
        expect(scopeOf('touchpoint checkout_page', 'email')).toBe('variable.other.reference.channel.journey');
        expect(scopeOf('thought', 'maya')).toBe('variable.other.reference.persona.journey');
        expect(scopeOf('emotion', 'maya')).toBe('variable.other.reference.persona.journey');
        expect(scopeOf('personas', ',')).toBe('punctuation.separator.comma.journey');
    });

    it('scopes strings with their escapes, and flags an unknown escape', () => {
        expect(scopeOf('persona maya', 'Maya ')).toBe('string.quoted.double.journey');
        expect(scopeOf('persona maya', '\\"')).toBe('constant.character.escape.journey');
        expect(scopeOf('persona maya', '\\\\')).toBe('constant.character.escape.journey');
        expect(scopeOf('persona maya', '\\n')).toBe('constant.character.escape.journey');
        expect(scopeOf('quote', '\\q')).toBe('invalid.illegal.unknown-escape.journey');
        // The string closes where the parser closes it: the brace after it is punctuation.
        expect(scopeOf('persona maya', '{')).toBe('punctuation.section.block.begin.journey');
    });

    it('scopes emotion scores, numbers and percentages', () => {
        expect(scopeOf('emotion', '2')).toBe('constant.numeric.score.journey');
        expect(scopeOf('metric "Revenue', '-3.5')).toBe('constant.numeric.decimal.journey');
        expect(scopeOf('metric "Revenue', '10')).toBe('constant.numeric.decimal.journey');
        expect(scopeOf('metric "Cart', '68')).toBe('constant.numeric.percentage.journey');
        expect(scopeOf('metric "Cart', '%')).toBe('keyword.other.unit.percent.journey');
        expect(scopeOf('metric "Cart', '45.5')).toBe('constant.numeric.percentage.journey');
    });

    it('scopes the version-2 lines: declarations, reference lists, lane keywords at a line start, hyphenated markers', () => {
        expect(scopeOf('research q1', 'research')).toBe('keyword.declaration.research.journey');
        expect(scopeOf('research q1', 'q1')).toBe('entity.name.type.research.journey');
        expect(scopeOf('system crm', 'crm')).toBe('entity.name.type.system.journey');
        expect(scopeOf('involved support', 'involved')).toBe('keyword.other.involved.journey');
        // A soft keyword that is an id where it stands is an id.
        expect(scopeOf('involved support', 'support')).toBe('variable.other.reference.team.journey');
        expect(scopeOf('support "Weekly', 'support')).toBe('keyword.other.support.journey');
        expect(scopeOf('systems crm', 'crm')).toBe('variable.other.reference.system.journey');
        expect(scopeOf('replaces', 'first_purchase')).toBe('variable.other.reference.journey.journey');
        expect(scopeOf('moment-of-truth', 'moment-of-truth')).toBe('keyword.other.moment-of-truth.journey');
        expect(scopeOf('pain "Slow"', 'failure-point')).toBe('keyword.other.failure-point.journey');
        expect(scopeOf('pain "Slow"', 'from')).toBe('keyword.other.from.journey');
        expect(scopeOf('pain "Slow"', 'q1')).toBe('variable.other.reference.research.journey');
        expect(scopeOf('opportunity guest', 'guest')).toBe('entity.name.function.opportunity.journey');
        expect(scopeOf('status in-progress', 'in-progress')).toBe('keyword.other.value.journey');
    });
});
