import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CstUtils, isLeafCstNode, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../test-services.js';

const fixtures = join(__dirname, '../../../fixtures/language-md');
const checkout = readFileSync(join(fixtures, 'checkout.journey'), 'utf8');
const people = readFileSync(join(fixtures, 'people.journey'), 'utf8');

/** Every leaf of the parsed text with its range, and the range Langium computes from the lexer's token at that offset. */
function leafRanges(text: string) {
    const services = createTestServices();
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/workspace/map.journey'));
    const lexed = services.Journey.parser.Lexer.tokenize(text);
    const expected = new Map([...lexed.tokens, ...lexed.hidden].map(token => [token.startOffset, CstUtils.tokenToRange(token)]));
    const leaves = CstUtils.streamCst(document.parseResult.value.$cstNode!).filter(isLeafCstNode).toArray();
    return leaves.map(leaf => ({ text: leaf.text, offset: leaf.offset, range: leaf.range, expected: expected.get(leaf.offset) }));
}

describe('syntax tree ranges computed on first use', () => {
    const texts: Record<string, string> = {
        'the example map': checkout,
        'the people file': people,
        'Windows line ends': checkout.replace(/\n/g, '\r\n'),
        'old Mac line ends (lone \\r)': people.replace(/\n/g, '\r'),
        'comments over several lines, text after them on the same line': `/* a comment\n   over two lines */ persona maya "Maya" {\n  // line comment\n  goal "A 🛒 cart, é"\n}\n/**/team sales "Sales" /* x\r\n*/ team support "S"\n`,
        'broken text (parser recovery)': 'persona maya "Maya {\n  goal \n}\njourney j "J" {\n  stage s "S" { touchpoint t "T" { emotion maya 9 } \n',
        'an empty file': ''
    };
    for (const [name, text] of Object.entries(texts)) {
        it(`gives every leaf the range Langium gives its token: ${name}`, () => {
            const leaves = leafRanges(text);
            if (text.trim()) expect(leaves.length).toBeGreaterThan(3);
            for (const leaf of leaves) {
                expect({ text: leaf.text, range: leaf.range }).toEqual({ text: leaf.text, range: leaf.expected });
            }
        });
    }

    it('returns the same range object each time (as Langium\'s eager ranges did)', () => {
        const services = createTestServices();
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(checkout, URI.file('/workspace/map.journey'));
        const first = CstUtils.streamCst(document.parseResult.value.$cstNode!).find(isLeafCstNode)!;
        expect(first.range).toBe(first.range);
    });
});
