import { expectFindReferences, expectGoToDefinition, expectHighlight, referenceParams, textDocumentPositionParams } from 'langium/test';
import { ResponseError, type Location, type Range, type TextEdit } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { buildWorkspace } from '../test-services.js';
import { CHECKOUT, PEOPLE, servicesWithLibrary } from './lsp-workspace.js';

/** Position of the `occurrence`-th `needle` in `document`, `shift` characters in. */
function positionOf(document: LangiumDocument, needle: string, occurrence = 1, shift = 1) {
    let index = -1;
    for (let i = 0; i < occurrence; i++) index = document.textDocument.getText().indexOf(needle, index + 1);
    if (index < 0) throw new Error(`'${needle}' not found`);
    return index + shift;
}

/** `file:line:col-col` of a range: readable in a failing assertion. */
function where(uri: string, range: Range): string {
    return `${uri.split('/').pop()}:${range.start.line + 1}:${range.start.character + 1}-${range.end.character + 1}`;
}

async function libraryAndMap() {
    const { services, documents: [people, checkout] } = await buildWorkspace({ 'people.journey': PEOPLE, 'checkout.journey': CHECKOUT });
    return { services, people, checkout };
}

describe('go to definition', () => {
    it('jumps within a file (`langium/test`)', async () => {
        const services = await servicesWithLibrary();
        await expectGoToDefinition(services.Journey)({
            text: 'team <|ops|>\njourney j {\n  stage s {\n    owner o<|>ps\n  }\n}',
            index: 0,
            rangeIndex: 0,
            disposeAfterCheck: true
        });
    });

    it('jumps from a reference in a map to the declaration in the library file', async () => {
        const { services, checkout } = await libraryAndMap();
        const targets = async (needle: string, occurrence = 1) => {
            const links = await services.Journey.lsp.DefinitionProvider!.getDefinition(
                checkout, textDocumentPositionParams(checkout, positionOf(checkout, needle, occurrence))) ?? [];
            return links.map(link => where(link.targetUri, link.targetSelectionRange));
        };
        expect(await targets('maya')).toEqual(['people.journey:1:9-13']);
        expect(await targets('marketing')).toEqual(['people.journey:8:6-15']);
        expect(await targets('instagram')).toEqual(['people.journey:12:9-18']);
        expect(await targets('support')).toEqual(['people.journey:10:6-13']);
    });
});

describe('find references', () => {
    it('finds every use in a file (`langium/test`)', async () => {
        const services = await servicesWithLibrary();
        await expectFindReferences(services.Journey)({
            text: `persona <|l<|>ea|>
journey j {
  personas <|lea|>
  stage s {
    touchpoint t {
      thought <|lea|> "Hm"
      emotion <|lea|> 3
    }
  }
}`,
            includeDeclaration: true,
            disposeAfterCheck: true
        });
    });

    it('finds the uses of a library persona in every map file', async () => {
        const { services, documents: [people] } = await buildWorkspace({
            'people.journey': PEOPLE,
            'checkout.journey': CHECKOUT,
            'returns.journey': 'journey returns {\n  personas maya\n  stage ask {\n    owner support\n    touchpoint form {\n      emotion maya 2\n    }\n  }\n}\n'
        });
        const refs = async (needle: string, includeDeclaration: boolean) => {
            const found: Location[] = await services.Journey.lsp.ReferencesProvider!.findReferences(
                people, referenceParams(people, positionOf(people, needle), includeDeclaration)) ?? [];
            return found.map(l => where(l.uri, l.range)).sort();
        };
        expect(await refs('maya', false)).toEqual([
            'checkout.journey:11:15-19', 'checkout.journey:12:15-19', 'checkout.journey:23:15-19', 'checkout.journey:33:15-19',
            'checkout.journey:4:12-16', 'returns.journey:2:12-16', 'returns.journey:6:15-19'
        ]);
        expect(await refs('support', true)).toEqual([
            'checkout.journey:32:13-20', 'people.journey:10:6-13', 'returns.journey:4:11-18'
        ]);
    });
});

describe('document highlight', () => {
    it('highlights the declaration and every use of an id in the file', async () => {
        const services = await servicesWithLibrary();
        await expectHighlight(services.Journey)({
            text: 'channel <|w<|>eb|>\njourney j {\n  stage s {\n    touchpoint a via <|web|> {\n    }\n    touchpoint b via <|web|> {\n    }\n  }\n}',
            index: 0,
            disposeAfterCheck: true
        });
    });
});

describe('rename', () => {
    it('renames a library persona in its declaration and in every map', async () => {
        const { services, people } = await libraryAndMap();
        const edit = await services.Journey.lsp.RenameProvider!.rename(people, {
            textDocument: { uri: people.textDocument.uri },
            position: people.textDocument.positionAt(positionOf(people, 'maya')),
            newName: 'maya_b'
        });
        const edits = Object.entries(edit?.changes ?? {}).flatMap(([uri, changes]: [string, TextEdit[]]) =>
            changes.map(change => `${where(uri, change.range)} ${change.newText}`)).sort();
        expect(edits).toEqual([
            'checkout.journey:11:15-19 maya_b', 'checkout.journey:12:15-19 maya_b', 'checkout.journey:23:15-19 maya_b',
            'checkout.journey:33:15-19 maya_b', 'checkout.journey:4:12-16 maya_b', 'people.journey:1:9-13 maya_b'
        ]);
    });

    it('renames a team from one of its references', async () => {
        const { services, checkout } = await libraryAndMap();
        const edit = await services.Journey.lsp.RenameProvider!.rename(checkout, {
            textDocument: { uri: checkout.textDocument.uri },
            position: checkout.textDocument.positionAt(positionOf(checkout, 'owner sales', 1, 7)),
            newName: 'sales_team'
        });
        expect(Object.keys(edit?.changes ?? {}).map(uri => uri.split('/').pop()).sort()).toEqual(['checkout.journey', 'people.journey']);
    });

    it.each([
        ['2fast', /'2fast' is not a valid id/],
        ['new-name', /'new-name' is not a valid id/],
        ['', /'' is not a valid id/],
        ['stage', /'stage' is a keyword/],
        ['personas', /'personas' is a keyword/]
    ])('refuses the new name %j with a clear message', async (newName, message) => {
        const { services, people } = await libraryAndMap();
        const attempt = services.Journey.lsp.RenameProvider!.rename(people, {
            textDocument: { uri: people.textDocument.uri },
            position: people.textDocument.positionAt(positionOf(people, 'maya')),
            newName
        });
        await expect(attempt).rejects.toBeInstanceOf(ResponseError);
        await expect(attempt).rejects.toThrow(message);
    });

    it.each([
        ['maya', 'a persona', 'omar', /A persona named 'omar' already exists \(others\.journey\)/],
        ['marketing', 'a team', 'sales', /A team named 'sales' already exists \(people\.journey\)/],
        ['awareness', 'a stage', 'purchase', /A stage named 'purchase' already exists in journey 'first_purchase'/],
        ['checkout_page', 'a touchpoint', 'follow_up', /A touchpoint named 'follow_up' already exists in journey 'first_purchase'/]
    ])('refuses to rename %s (%s) to an id of the same kind that exists', async (id, _kind, newName, message) => {
        const { services, documents } = await buildWorkspace({
            'people.journey': PEOPLE, 'checkout.journey': CHECKOUT, 'others.journey': 'persona omar'
        });
        const document = documents.find(d => new RegExp(`(persona|team|stage|touchpoint) ${id}\\b`).test(d.textDocument.getText()))!;
        const attempt = services.Journey.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.textDocument.uri },
            position: document.textDocument.positionAt(positionOf(document, ` ${id}`, 1, 2)),
            newName
        });
        await expect(attempt).rejects.toThrow(message);
    });

    it('allows an id that only another kind of element has', async () => {
        const { services, people } = await libraryAndMap();
        const edit = await services.Journey.lsp.RenameProvider!.rename(people, {
            textDocument: { uri: people.textDocument.uri },
            position: people.textDocument.positionAt(positionOf(people, 'maya')),
            newName: 'web'
        });
        expect(Object.values(edit?.changes ?? {}).flat()).toHaveLength(6);
    });

    it('offers to rename an id but not a keyword or a string', async () => {
        const { services, checkout } = await libraryAndMap();
        const prepare = (offset: number) => services.Journey.lsp.RenameProvider!.prepareRename(checkout, textDocumentPositionParams(checkout, offset));
        expect(await prepare(positionOf(checkout, 'stage awareness', 1, 8))).toEqual({ start: { line: 6, character: 8 }, end: { line: 6, character: 17 } });
        expect(await prepare(positionOf(checkout, 'stage awareness', 1, 2))).toBeUndefined();
        expect(await prepare(positionOf(checkout, '"First online', 1, 3))).toBeUndefined();
    });
});
