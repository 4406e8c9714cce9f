import { describe, expect, it } from 'vitest';
import { Cancellation, DocumentState, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Model, Persona } from '../../../../language-server/language/generated/ast.js';
import { RevalidatingDocumentBuilder } from '../../../../language-server/language/langium-overrides/revalidating-document-builder.js';
import { onDocumentValidated } from '../../../../language-server/language/lsp/render-model-handler.js';
import { buildWorkspace } from '../test-services.js';

const PEOPLE = [
    'persona maya "Maya" {',
    '  goal "Buy quickly"',
    '}',
    'persona omar "Omar"',
    'team sales "Sales"'
].join('\n') + '\n';

const map = (id: string, persona: string) => [
    `journey ${id} "Journey ${id}" {`,
    `  personas ${persona}`,
    '  stage look "Look" {',
    '    owner sales',
    '    touchpoint ad "Ad" {',
    `      emotion ${persona} 3`,
    '    }',
    '  }',
    '}'
].join('\n') + '\n';

/** people.journey, two maps about maya, two about omar, one map of its own. */
async function workspace() {
    const files = {
        'people.journey': PEOPLE,
        'maya_a.journey': map('maya_a', 'maya'),
        'maya_b.journey': map('maya_b', 'maya'),
        'omar_a.journey': map('omar_a', 'omar'),
        'omar_b.journey': map('omar_b', 'omar'),
        'alone.journey': 'persona zoe "Zoe"\n' + map('alone', 'zoe')
    };
    const built = await buildWorkspace(files);
    const builder = built.services.shared.workspace.DocumentBuilder as RevalidatingDocumentBuilder;
    const byName = (name: string) => built.documents[Object.keys(files).indexOf(name)];
    /** Sets a file's text as an editor would, runs the update, and returns the files validated during it. */
    const edit = async (name: string, text: string, cancelToken?: Cancellation.CancellationToken): Promise<string[]> => {
        const validated: string[] = [];
        const subscription = builder.onDocumentPhase(DocumentState.Validated, document => {
            validated.push(document.uri.path.split('/').pop()!);
        });
        try {
            const document = byName(name);
            built.services.shared.workspace.TextDocuments!.set(TextDocument.create(document.uri.toString(), 'journey', 2, text));
            await builder.update([document.uri], [], cancelToken);
        } finally {
            subscription.dispose();
        }
        return validated.sort();
    };
    return { ...built, builder, byName, edit };
}

const firstEmotionPersona = (document: LangiumDocument) =>
    (document as LangiumDocument<Model>).parseResult.value.elements.find(element => element.$type === 'Journey')!
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        .stages[0].touchpoints[0].emotions[0].persona.ref as Persona | undefined;

const codes = (document: LangiumDocument) => (document.diagnostics ?? []).map(diagnostic => `${diagnostic.code}: ${diagnostic.message}`);

describe('an edit revalidates only the files that can see it', () => {
    it('an edit inside a map that changes no declared id validates that map alone', async () => {
        const { edit } = await workspace();
        expect(await edit('maya_a.journey', map('maya_a', 'maya').replace('emotion maya 3', 'emotion maya 5'))).toEqual(['maya_a.journey']);
    });

    it('an edit of the people file that changes no id validates it alone, and the maps show its new tree', async () => {
        const { edit, byName } = await workspace();
        const validated = await edit('people.journey', PEOPLE.replace('"Maya"', '"Maya Lopez"').replace('Buy quickly', 'Buy today'));
        expect(validated).toEqual(['people.journey']);
        const persona = firstEmotionPersona(byName('maya_a.journey'));
        expect(persona?.label).toBe('Maya Lopez');
        expect(persona?.$container).toBe(byName('people.journey').parseResult.value);
        expect(codes(byName('maya_a.journey'))).toEqual([]);
    });

    it('tells the preview of each map that reads the people file that its model can have changed', async () => {
        const { edit, services } = await workspace();
        const told: string[] = [];
        onDocumentValidated(services.shared, params => told.push(params.uri.split('/').pop()!));
        await edit('people.journey', PEOPLE.replace('"Maya"', '"Maya Lopez"'));
        expect(told.sort()).toEqual(['alone.journey', 'maya_a.journey', 'maya_b.journey', 'omar_a.journey', 'omar_b.journey', 'people.journey']);
    });

    it('renaming a persona validates the people file and the files that name it, which now show the broken reference', async () => {
        const { edit, byName } = await workspace();
        const validated = await edit('people.journey', PEOPLE.replace('persona maya', 'persona mia'));
        expect(validated).toEqual(['maya_a.journey', 'maya_b.journey', 'people.journey']);
        expect(codes(byName('maya_a.journey')).some(code => code.startsWith('unresolved-reference') && code.includes("'maya'"))).toBe(true);
        expect(codes(byName('omar_a.journey'))).toEqual([]);
        expect(firstEmotionPersona(byName('omar_a.journey'))?.$container).toBe(byName('people.journey').parseResult.value);
    });

    it('declaring a name that a map could not resolve relinks that map', async () => {
        const { edit, byName } = await workspace();
        await edit('maya_b.journey', map('maya_b', 'lena'));
        expect(codes(byName('maya_b.journey')).some(code => code.startsWith('unresolved-reference'))).toBe(true);
        const validated = await edit('people.journey', PEOPLE + 'persona lena "Lena"\n');
        expect(validated).toEqual(['maya_b.journey', 'people.journey']);
        expect(codes(byName('maya_b.journey'))).toEqual([]);
        expect(firstEmotionPersona(byName('maya_b.journey'))?.name).toBe('lena');
    });

    it('moving a declaration that another file also declares revalidates that file (its duplicate-id message quotes the line)', async () => {
        const { edit, byName } = await workspace();
        await edit('alone.journey', 'persona zoe "Zoe"\nteam sales "Sales again"\n' + map('alone', 'zoe'));
        expect(codes(byName('people.journey'))).toContain("duplicate-id: Duplicate team id 'sales': also declared in alone.journey line 2.");
        const validated = await edit('alone.journey', 'persona zoe "Zoe"\n\nteam sales "Sales again"\n' + map('alone', 'zoe'));
        expect(validated).toEqual(['alone.journey', 'people.journey']);
        expect(codes(byName('people.journey'))).toContain("duplicate-id: Duplicate team id 'sales': also declared in alone.journey line 3.");
    });

    it('a journey that becomes a future state revalidates the journey that replaces it', async () => {
        const { edit, byName } = await workspace();
        await edit('omar_b.journey', map('omar_b', 'omar').replace('  personas omar', '  personas omar\n  state future\n  replaces omar_a'));
        expect(codes(byName('omar_b.journey')).filter(code => code.startsWith('replaces-not-current'))).toEqual([]);
        const validated = await edit('omar_a.journey', map('omar_a', 'omar').replace('  personas omar', '  personas omar\n  state future'));
        expect(validated).toEqual(['omar_a.journey', 'omar_b.journey']);
        expect(codes(byName('omar_b.journey')).filter(code => code.startsWith('replaces-not-current'))).toHaveLength(1);
    });

    it('a map that starts naming a persona of another map follows that map\'s later edits (the index learns who refers to whom)', async () => {
        const { edit, byName } = await workspace();
        await edit('maya_b.journey', map('maya_b', 'zoe'));
        expect(firstEmotionPersona(byName('maya_b.journey'))?.label).toBe('Zoe');
        const validated = await edit('alone.journey', 'persona zoe "Zoe Kim"\n' + map('alone', 'zoe'));
        expect(validated).toEqual(['alone.journey']);
        const zoe = firstEmotionPersona(byName('maya_b.journey'));
        expect(zoe?.label).toBe('Zoe Kim');
        expect(zoe).toBe((byName('alone.journey') as LangiumDocument<Model>).parseResult.value.elements.find(element => element.$type === 'Persona'));
        await edit('maya_b.journey', map('maya_b', 'maya'));
        await edit('alone.journey', 'persona zoe "Zoe K."\n' + map('alone', 'zoe'));
        expect(firstEmotionPersona(byName('maya_b.journey'))?.label).toBe('Maya');
    });

    it('a cancelled update leaves its dependents to the next one', async () => {
        const { edit, builder, byName } = await workspace();
        const cancelled = Cancellation.CancellationToken.Cancelled;
        await expect(edit('people.journey', PEOPLE.replace('persona maya', 'persona mia'), cancelled)).rejects.toThrow();
        await builder.update([], []);
        expect(codes(byName('maya_a.journey')).some(code => code.startsWith('unresolved-reference'))).toBe(true);
        expect(codes(byName('people.journey'))).toEqual([]);
    });
});
