import { readFileSync } from 'node:fs';
import { expectFormatting, parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestServices } from '../test-services.js';

const services = createTestServices().Journey;
const expectFormatted = expectFormatting(services);
const parse = parseHelper(services);
const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/language-md/${name}`, import.meta.url), 'utf8');

/** Formats `text` once with the registered formatter, as an editor would. */
async function format(text: string): Promise<string> {
    const document = await parse(text);
    const edits = await services.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 8, insertSpaces: false }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

const withoutWhitespace = (text: string) => text.replace(/\s+/g, '');

describe('journey formatter', () => {
    it('leaves the examples of docs/language.md unchanged: they are in canonical form', async () => {
        for (const name of ['people.journey', 'checkout.journey']) {
            const text = fixture(name);
            await expectFormatted({ before: text, after: text });
        }
    });

    it('puts one element per line, indents by 2 spaces per block and spaces tokens canonically', async () => {
        await expectFormatted({
            before: [
                'persona maya   "Maya" {description "Freelance"',
                'goal "Ship it"   quote "q" }',
                'team marketing "M"',
                'channel web{description "w"}',
                'journey j "J" { description "d" personas maya ,maya',
                'state current',
                '   stage awareness "A" {',
                '  owner marketing,marketing',
                '         touchpoint t "T" via web , web {',
                'action "a" emotion maya 3 "c" thought maya "hmm"   pain "p" opportunity "o"',
                '  metric "Click" 1.8 % target 2.5%',
                '   metric "Change" -3.5',
                '     } }',
                '}'
            ].join('\n'),
            after: [
                'persona maya "Maya" {',
                '  description "Freelance"',
                '  goal "Ship it"',
                '  quote "q"',
                '}',
                'team marketing "M"',
                'channel web {',
                '  description "w"',
                '}',
                'journey j "J" {',
                '  description "d"',
                '  personas maya, maya',
                '  state current',
                '  stage awareness "A" {',
                '    owner marketing, marketing',
                '    touchpoint t "T" via web, web {',
                '      action "a"',
                '      emotion maya 3 "c"',
                '      thought maya "hmm"',
                '      pain "p"',
                '      opportunity "o"',
                '      metric "Click" 1.8% target 2.5%',
                '      metric "Change" -3.5',
                '    }',
                '  }',
                '}',
                ''
            ].join('\n')
        });
    });

    it('keeps at most one blank line between lines, none after `{` or before `}`, and none at the start of the file', async () => {
        await expectFormatted({
            before: '\n\n\nteam a\n\n\n\nteam b\nteam c\n\njourney j {\n\n\n  stage s {\n\n    owner a\n\n\n\n    owner b\n\n  }\n\n\n\n  stage t {\n    owner c\n  }\n\n}\n\n\n',
            after: 'team a\n\nteam b\nteam c\n\njourney j {\n  stage s {\n    owner a\n\n    owner b\n  }\n\n  stage t {\n    owner c\n  }\n}\n'
        });
    });

    it('ends the file with exactly one line break', async () => {
        await expectFormatted({ before: 'team a', after: 'team a\n' });
        await expectFormatted({ before: 'team a   \n\n\n', after: 'team a\n' });
    });

    it('uses 2 spaces whatever the editor asks for, so editors and `journey fmt` agree', async () => {
        expect(await format('team a {\n\t\tdescription "x"\n}\n')).toBe('team a {\n  description "x"\n}\n');
    });

    it('keeps comments everywhere, next to the same tokens, indented with the line they describe', async () => {
        await expectFormatted({
            before: [
                '// file comment',
                '',
                '',
                '/* block before a persona */',
                'persona maya "Maya" { // after the brace',
                '      // before description',
                'description "x"    // end of description',
                '  /* multi',
                '     line */',
                '   goal "g" /* after goal */ quote "q"',
                '// before the closing brace',
                '}',
                'team sales // end of team',
                'journey j {',
                '  personas maya, // after a comma',
                '    maya',
                '// before a stage',
                'stage s { owner /* inside owner */ sales',
                '    touchpoint t // between name and brace',
                '    {',
                '      emotion maya /* before score */ 3',
                '      metric "m" 5 % // after percent',
                '    }',
                '    // last in stage',
                '  }',
                '} // after everything',
                '// the very end'
            ].join('\n'),
            after: [
                '// file comment',
                '',
                '/* block before a persona */',
                'persona maya "Maya" { // after the brace',
                '  // before description',
                '  description "x" // end of description',
                '  /* multi',
                '     line */',
                '  goal "g" /* after goal */',
                '  quote "q"',
                '  // before the closing brace',
                '}',
                'team sales // end of team',
                'journey j {',
                '  personas maya, // after a comma',
                '    maya',
                '  // before a stage',
                '  stage s {',
                '    owner /* inside owner */ sales',
                '    touchpoint t // between name and brace',
                '    {',
                '      emotion maya /* before score */ 3',
                '      metric "m" 5% // after percent',
                '    }',
                '    // last in stage',
                '  }',
                '} // after everything',
                '// the very end',
                ''
            ].join('\n')
        });
    });

    it('never joins the token after a line comment onto the comment line', async () => {
        const text = 'team a\njourney j {\n  stage s {\n    owner a, // why a\n    a\n    touchpoint t // note\n    via // which channel\n    web {\n    }\n  }\n}\nchannel web\n';
        const formatted = await format(text);
        expect(formatted).toBe(text);
    });

    it('is idempotent and only ever changes whitespace', async () => {
        const messy = [
            '/* a */ persona p /* b */ "P" /* c */ { /* d */ goal /* e */ "g" /* f */ } /* g */',
            'journey j{/*h*/personas p/*i*/,p state future stage s{touchpoint t{emotion p 5/*j*/"n"}}}//k'
        ].join('\n');
        for (const text of [messy, fixture('people.journey'), fixture('checkout.journey')]) {
            const once = await format(text);
            expect(withoutWhitespace(once)).toBe(withoutWhitespace(text));
            expect(await format(once)).toBe(once);
        }
    });

    it('keeps comments between the tokens of a header line on that line', async () => {
        await expectFormatted({
            before: 'channel web\nchannel app\njourney j {\n  stage s {\n    touchpoint t /* where */ via   web, /* and */ app   {\n    }\n  }\n}\n',
            after: 'channel web\nchannel app\njourney j {\n  stage s {\n    touchpoint t /* where */ via web, /* and */ app {\n    }\n  }\n}\n'
        });
    });

    it('formats only the selected lines on "Format Selection"', async () => {
        await expectFormatted({
            before: 'team   a\nteam   b\nteam   c\n',
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } },
            after: 'team   a\nteam b\nteam   c\n'
        });
    });

    it('keeps CRLF line endings and a byte order mark', async () => {
        const formatted = await format('\uFEFFteam a {\r\ndescription "x"}\r\nteam b\r\n');
        expect(formatted).toBe('\uFEFFteam a {\r\n  description "x"\r\n}\r\nteam b\r\n');
    });

    it('gives line breaks written as "\\n\\r" or "\\r\\r\\n" one line end, and formatting again changes nothing', async () => {
        const lines = ['journey j "J" {', 'stage s {', 'owner t', 'touchpoint tp "T" {', 'action "A"', '}', '}', '}', 'team t "T"', ''];
        for (const [separator, eol] of [['\n\r', '\n'], ['\r\r\n', '\r\n']]) {
            const once = await format(lines.join(separator));
            expect(once).toBe(['journey j "J" {', '  stage s {', '    owner t', '', '    touchpoint tp "T" {', '      action "A"', '    }', '  }', '}', '', 'team t "T"', ''].join(eol));
            expect(await format(once)).toBe(once);
        }
    });

    it('leaves a file with syntax errors untouched', async () => {
        await expectFormatted({ before: 'team   a\njourney j {\n  stage {\n', after: 'team   a\njourney j {\n  stage {\n' });
    });

    it('never deletes the text of a line the parser skipped when formatting a selection before a syntax error', async () => {
        const before = 'persona a "P"\nxyz "Home visit"\nchannel letter "Post"\n';
        for (const end of [{ line: 0, character: 3 }, { line: 0, character: 13 }, { line: 1, character: 0 }]) {
            await expectFormatted({ before, range: { start: { line: 0, character: 0 }, end }, after: before });
        }
    });

    it('re-indents the first line of a whole-line selection, and nothing after it', async () => {
        await expectFormatted({
            before: 'journey j {\n      stage a {\n      }\n      stage b {\n      }\n}\n',
            range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } },
            after: 'journey j {\n  stage a {\n      }\n      stage b {\n      }\n}\n'
        });
    });
});
