import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, URI, type AstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../test-services.js';

const fixtures = join(__dirname, '../../../fixtures/language-md');
const checkout = readFileSync(join(fixtures, 'checkout.journey'), 'utf8');
const people = readFileSync(join(fixtures, 'people.journey'), 'utf8');

type Links = Array<{ type: string; container?: string; property?: string; index?: number }>;

function containerLinks(root: AstNode): Links {
    return AstUtils.streamAst(root).map(node => ({
        type: node.$type,
        container: node.$container?.$type,
        property: node.$containerProperty,
        index: node.$containerIndex
    })).toArray();
}

describe('container links set by the grammar walk after a parse', () => {
    const texts: Record<string, string> = {
        'the example map': checkout,
        'the people file': people,
        'broken text (parser recovery)': 'persona maya "Maya {\n  goal \n}\njourney j "J" personas maya {\n  stage s "S" { owner ; touchpoint t "T" { emotion maya 9 thought maya "x" } metric m "M" \n',
        'a touchpoint cut short': checkout.slice(0, Math.floor(checkout.length / 2)),
        'an empty file': ''
    };
    for (const [name, text] of Object.entries(texts)) {
        it(`gives every node the container, property and index Langium's linkContentToContainer gives it: ${name}`, () => {
            const services = createTestServices();
            const root = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/workspace/map.journey')).parseResult.value;
            const parsed = containerLinks(root);
            if (text.trim()) expect(parsed.filter(link => link.container).length).toBeGreaterThan(3);
            for (const node of AstUtils.streamAst(root)) {
                const mutable = node as { $container?: AstNode; $containerProperty?: string; $containerIndex?: number };
                delete mutable.$container;
                delete mutable.$containerProperty;
                delete mutable.$containerIndex;
            }
            AstUtils.linkContentToContainer(root, { deep: true });
            expect(parsed).toEqual(containerLinks(root));
        });
    }

    it('links the same node objects Langium would (a node\'s container holds it at its property and index)', () => {
        const services = createTestServices();
        const root = services.shared.workspace.LangiumDocumentFactory.fromString(checkout, URI.file('/workspace/map.journey')).parseResult.value;
        for (const node of AstUtils.streamAst(root)) {
            if (!node.$container) continue;
            const held = (node.$container as unknown as Record<string, unknown>)[node.$containerProperty!];
            expect(node.$containerIndex === undefined ? held : (held as unknown[])[node.$containerIndex]).toBe(node);
        }
    });
});
