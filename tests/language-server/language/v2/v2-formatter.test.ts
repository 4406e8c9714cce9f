import { readdirSync, readFileSync } from 'node:fs';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestServices } from '../test-services.js';
import { MAP } from './v2-workspace.js';

const services = createTestServices().Journey;
const parse = parseHelper(services);

async function format(text: string): Promise<string> {
    const document = await parse(text);
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return TextDocument.applyEdits(document.textDocument, edits);
}

const comments = (text: string) => text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? [];
const examplesFolder = new URL('../../../../examples/', import.meta.url);

describe('formatter on version-2 lines', () => {
    for (const name of readdirSync(examplesFolder).filter(file => file.endsWith('.journey'))) {
        it(`leaves examples/${name} as it is (canonical), keeps its comments, and is idempotent`, async () => {
            const text = readFileSync(new URL(name, examplesFolder), 'utf8');
            const once = await format(text);
            expect(once).toBe(text);
            expect(comments(once)).toEqual(comments(text));
            expect(await format(once)).toBe(once);
        });
    }

    it('puts each version-2 line of a squashed map on its own line, and soft keywords used as ids stay on theirs', async () => {
        const squashed = MAP.replace(/\n\s*/g, ' ').replace('involved ecommerce, support', 'involved ecommerce , support // who made it\n');
        const formatted = await format(squashed);
        expect(formatted).toBe(MAP.replace('involved ecommerce, support', 'involved ecommerce, support // who made it'));
        expect(await format(formatted)).toBe(formatted);
    });
});
