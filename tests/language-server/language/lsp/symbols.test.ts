import { expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKOUT, PEOPLE, servicesWithLibrary } from './lsp-workspace.js';

type Services = Awaited<ReturnType<typeof servicesWithLibrary>>;
let services: Services;

beforeAll(async () => {
    services = await servicesWithLibrary({ 'checkout.journey': CHECKOUT });
});

/** The name of a symbol kind (`SymbolKind` is a namespace of numbers, without reverse mapping). */
function kindName(kind: SymbolKind): string {
    return Object.entries(SymbolKind).find(([, value]) => value === kind)?.[0] ?? String(kind);
}

/** `name (detail) kind` per symbol, children indented: the outline as a user reads it. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap(s => [
        `${'  '.repeat(depth)}${s.name} (${s.detail ?? ''}) ${kindName(s.kind)}`,
        ...outline(s.children ?? [], depth + 1)
    ]);
}

describe('document symbols', () => {
    it('outlines a map as journey → stages → touchpoints, with labels as detail', async () => {
        await expectSymbols(services.Journey)({
            text: CHECKOUT,
            disposeAfterCheck: true,
            assert: symbols => expect(outline(symbols)).toEqual([
                'first_purchase (First online purchase) Module',
                '  awareness (Awareness) Namespace',
                '    sponsored_post (Sponsored post) Event',
                '  purchase (Purchase) Namespace',
                '    checkout_page (Checkout) Event',
                '  retention (Retention) Namespace',
                '    follow_up (Order follow-up) Event'
            ])
        });
    });

    it('lists the personas, teams and channels of a library file', async () => {
        await expectSymbols(services.Journey)({
            text: PEOPLE,
            disposeAfterCheck: true,
            assert: symbols => expect(outline(symbols)).toEqual([
                'maya (Maya, first-time buyer) Class',
                'marketing (Marketing) Struct',
                'sales (Sales) Struct',
                'support (Customer Support) Struct',
                'instagram (Instagram) Interface',
                'web (Website) Interface',
                'email (Email) Interface'
            ])
        });
    });

    it('selects the id and spans the whole block', async () => {
        await expectSymbols(services.Journey)({
            text: 'journey j {\n  stage s "S" {\n  }\n}',
            disposeAfterCheck: true,
            assert: symbols => {
                const stage = symbols[0].children![0];
                expect(stage.selectionRange).toEqual({ start: { line: 1, character: 8 }, end: { line: 1, character: 9 } });
                expect(stage.range).toEqual({ start: { line: 1, character: 2 }, end: { line: 2, character: 3 } });
            }
        });
    });
});

describe('workspace symbols', () => {
    // A workspace of its own: only the two files on "disk", no documents opened by other tests.
    let services: Services;
    beforeAll(async () => {
        services = await servicesWithLibrary({ 'checkout.journey': CHECKOUT });
    });

    it('finds the declarations of every file, with their file and kind', async () => {
        await expectWorkspaceSymbols(services.shared)({
            query: 'ma',
            assert: symbols => expect(symbols.map(s => `${s.name} ${kindName(s.kind)} ${s.location.uri.split('/').pop()}`)).toEqual([
                'maya Class people.journey',
                'marketing Struct people.journey'
            ])
        });
    });

    it('finds stages and touchpoints, with their journey as container', async () => {
        await expectWorkspaceSymbols(services.shared)({
            query: 'checkout',
            assert: symbols => {
                expect(symbols.map(s => `${s.name} ${kindName(s.kind)} ${s.containerName} ${s.location.uri.split('/').pop()}`))
                    .toEqual(['checkout_page Event first_purchase checkout.journey']);
                expect('range' in symbols[0].location && symbols[0].location.range)
                    .toEqual({ start: { line: 20, character: 15 }, end: { line: 20, character: 28 } });
            }
        });
    });

    it('finds a journey by a fuzzy query', async () => {
        await expectWorkspaceSymbols(services.shared)({
            query: 'firstpur',
            expectedSymbols: ['first_purchase']
        });
    });
});
