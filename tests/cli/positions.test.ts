import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toCliLocation, toCliRange } from '../../src/cli/positions.js';

const documentOf = (text: string) => TextDocument.create('file:///a.journey', 'journey', 1, text);

describe('CLI positions: 1-based lines, columns in characters', () => {
    it('counts an emoji (two UTF-16 units) as one column', () => {
        const document = documentOf('team a "😀😀" b');
        const offset = document.getText().indexOf(' b') + 1;
        expect(document.positionAt(offset).character).toBe(14);
        expect(toCliLocation(document, document.positionAt(offset))).toEqual({ line: 1, column: 13 });
    });

    it('counts CJK characters as one column each and ignores CR in CRLF line ends', () => {
        const document = documentOf('team a\r\nchannel 日本 "配達" x\r\n');
        const offset = document.getText().indexOf('x');
        expect(toCliLocation(document, document.positionAt(offset))).toEqual({ line: 2, column: 17 });
    });

    it('puts the end of a range just after its last character', () => {
        const document = documentOf('  owner 🚚nobody\n');
        const start = document.getText().indexOf('nobody');
        expect(toCliRange(document, { start: document.positionAt(start), end: document.positionAt(start + 6) }))
            .toEqual({ line: 1, column: 10, endLine: 1, endColumn: 16 });
    });
});
