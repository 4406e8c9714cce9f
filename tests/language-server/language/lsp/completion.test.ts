import { expectCompletion } from 'langium/test';
import { CompletionItemKind, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import { beforeAll, describe, expect, it } from 'vitest';
import { servicesWithLibrary } from './lsp-workspace.js';

type Services = Awaited<ReturnType<typeof servicesWithLibrary>>;
let services: Services;

beforeAll(async () => {
    // A second library file: a persona of another file is not one of the map's personas.
    services = await servicesWithLibrary({ 'others.journey': 'persona omar "Omar, returning buyer"\n' });
});

/** The completion items at `<|>` in `text`, a new file next to the library. */
async function completionsAt(text: string): Promise<CompletionItem[]> {
    let items: CompletionItem[] = [];
    await expectCompletion(services.Journey)({
        text,
        index: 0,
        disposeAfterCheck: true,
        assert: (list: CompletionList) => { items = list.items; }
    });
    return items;
}

/** The labels of the keywords and ids (snippets have tests of their own, below). */
const labels = (items: CompletionItem[]) => items.filter(i => i.kind !== CompletionItemKind.Snippet).map(i => i.label);
const snippetLabels = (items: CompletionItem[]) => items.filter(i => i.kind === CompletionItemKind.Snippet).map(i => i.label);

const inTouchpoint = (body: string) => `
journey first_purchase {
  personas maya
  stage purchase {
    touchpoint checkout_page via web {
      ${body}
    }
  }
}`;

describe('keywords by context', () => {
    it('offers the top-level elements in an empty file', async () => {
        expect(labels(await completionsAt('<|>'))).toEqual(['persona', 'team', 'channel', 'system', 'research', 'journey']);
    });

    it('offers the journey header and stage keywords inside a journey', async () => {
        expect(labels(await completionsAt('journey j {\n  <|>\n}'))).toEqual(['description', 'goal', 'personas', 'state', 'involved', 'replaces', 'stage']);
    });

    it('offers the stage-level keywords inside a stage', async () => {
        expect(labels(await completionsAt('journey j {\n  stage s {\n    <|>\n  }\n}'))).toEqual(['owner', 'metric', 'touchpoint']);
    });

    it('offers the touchpoint-level keywords inside a touchpoint body', async () => {
        expect(labels(await completionsAt(inTouchpoint('<|>')))).toEqual(
            ['owner', 'action', 'thought', 'emotion', 'pain', 'opportunity', 'metric', 'frontstage', 'backstage', 'support', 'evidence', 'systems', 'moment-of-truth']);
    });

    it('offers the persona body keywords inside a persona', async () => {
        expect(labels(await completionsAt('persona p {\n  <|>\n}'))).toEqual(['description', 'goal', 'need', 'frustration', 'quote']);
    });

    it('offers the two journey states after `state`', async () => {
        expect(labels(await completionsAt('journey j {\n  state <|>\n}'))).toEqual(['current', 'future']);
    });
});

describe('ids by kind', () => {
    it('offers only teams after `owner`, with their labels as detail', async () => {
        const items = await completionsAt('journey j {\n  stage s {\n    owner <|>\n  }\n}');
        expect(items.map(i => [i.label, i.detail])).toEqual([
            ['marketing', 'Marketing'], ['sales', 'Sales'], ['support', 'Customer Support']
        ]);
    });

    it('sorts the teams after `owner` as the owner quick fix does: those owning the journey\'s other stages first', async () => {
        const items = await completionsAt('journey j {\n  stage a {\n    owner support\n  }\n  stage s {\n    owner <|>\n  }\n}');
        const sorted = [...items].sort((x, y) => (x.sortText ?? '').localeCompare(y.sortText ?? '') || x.label.localeCompare(y.label));
        expect(labels(sorted)).toEqual(['support', 'marketing', 'sales']);
    });

    it('gives each kind of id its own icon', async () => {
        const kinds = async (text: string) => [...new Set((await completionsAt(text)).map(i => i.kind))];
        expect(await kinds('journey j {\n  stage s {\n    owner <|>\n  }\n}')).toEqual([CompletionItemKind.Struct]);
        expect(await kinds('journey j {\n  personas <|>\n}')).toEqual([CompletionItemKind.Class]);
        expect(await kinds(inTouchpoint('emotion maya <|>'))).toEqual([CompletionItemKind.Value]);
    });

    it('offers the remaining teams after `owner a, `', async () => {
        const items = await completionsAt(inTouchpoint('owner marketing, <|>'));
        expect(labels(items)).toEqual(['sales', 'support']);
    });

    it('offers only channels after `via`', async () => {
        const items = await completionsAt('journey j {\n  stage s {\n    touchpoint t via <|> {\n    }\n  }\n}');
        expect(items.map(i => [i.label, i.detail])).toEqual([
            ['instagram', 'Instagram'], ['web', 'Website'], ['email', 'Email']
        ]);
    });

    it('offers every persona of the workspace after `personas`', async () => {
        const items = await completionsAt('journey j {\n  personas <|>\n}');
        expect(items.map(i => [i.label, i.detail])).toEqual([
            ['maya', 'Maya, first-time buyer'], ['omar', 'Omar, returning buyer']
        ]);
        expect(items[0].documentation).toBe('Freelance designer, 29, shops on her phone');
    });

    it('offers only the journey\'s personas after `emotion`', async () => {
        expect(labels(await completionsAt(inTouchpoint('emotion <|>')))).toEqual(['maya']);
    });

    it('offers only the journey\'s personas after `thought`', async () => {
        expect(labels(await completionsAt(inTouchpoint('thought <|>')))).toEqual(['maya']);
    });

    it('completes a partly typed persona id after `emotion`', async () => {
        expect(labels(await completionsAt(inTouchpoint('emotion ma<|>')))).toEqual(['maya']);
    });

    it('without a `personas` line, offers the personas declared in the same file', async () => {
        const text = `persona lea "Lea"
journey j {
  stage s {
    touchpoint t {
      emotion <|>
    }
  }
}`;
        expect(labels(await completionsAt(text))).toEqual(['lea']);
    });

    it('offers the 1–5 scores with their meaning after `emotion maya`', async () => {
        const items = await completionsAt(inTouchpoint('emotion maya <|>'));
        expect(items.map(i => [i.label, i.detail])).toEqual([
            ['1', 'very negative'], ['2', 'negative'], ['3', 'neutral'], ['4', 'positive'], ['5', 'very positive']
        ]);
    });
});

describe('snippets, only where the grammar allows their keyword', () => {
    it('offers the declarations, a journey and the starter map at the top level', async () => {
        expect(snippetLabels(await completionsAt('<|>'))).toEqual(['persona', 'journeymap', 'team', 'channel', 'journey']);
    });

    it('offers stage in a journey, touchpoint and metric in a stage, emotion and metric in a touchpoint', async () => {
        expect(snippetLabels(await completionsAt('journey j {\n  <|>\n}'))).toEqual(['stage']);
        expect(snippetLabels(await completionsAt('journey j {\n  stage s {\n    <|>\n  }\n}'))).toEqual(['metric', 'touchpoint']);
        expect(snippetLabels(await completionsAt(inTouchpoint('<|>')))).toEqual(['emotion', 'metric']);
    });

    it('offers none after `emotion `, `owner ` or `state `: only what may follow', async () => {
        for (const text of [inTouchpoint('emotion <|>'), inTouchpoint('owner <|>'), 'journey j {\n  state <|>\n}']) {
            const items = await completionsAt(text);
            expect(snippetLabels(items), text).toEqual([]);
            expect(items.length, text).toBeGreaterThan(0);
        }
    });

    it('inserts a snippet in LSP snippet syntax, after the keyword it starts with', async () => {
        const items = await completionsAt(inTouchpoint('<|>'));
        const emotion = items.find(i => i.kind === CompletionItemKind.Snippet && i.label === 'emotion')!;
        expect(emotion.insertTextFormat).toBe(2); // InsertTextFormat.Snippet
        expect(emotion.textEdit?.newText).toMatch(/^emotion \$\{1:customer\} \$\{2\|1,2,3,4,5\|\}/);
        expect(emotion.detail).toMatch(/How a persona feels/);
        const keyword = items.find(i => i.kind === CompletionItemKind.Keyword && i.label === 'emotion')!;
        expect(keyword.sortText! < emotion.sortText!).toBe(true);
    });
});

describe('personas after `emotion`, those still to score first', () => {
    const twoPersonas = (body: string) => `persona lea "Lea"
persona ravi "Ravi"
persona zoe "Zoe"
journey j {
  personas lea, ravi, zoe
  stage s {
    touchpoint t {
      ${body}
    }
  }
}`;

    it('puts the personas with an emotion on this touchpoint, above or below the cursor, after the others', async () => {
        const items = await completionsAt(twoPersonas('emotion lea 3\n      emotion <|>\n      emotion zoe 2'));
        // As an editor lists them: by sortText, then by label.
        const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '') || a.label.localeCompare(b.label));
        expect(labels(sorted)).toEqual(['ravi', 'lea', 'zoe']);
    });

    it('ranks every persona alike when none has an emotion here yet', async () => {
        const items = await completionsAt(twoPersonas('emotion <|>'));
        expect(labels(items).sort()).toEqual(['lea', 'ravi', 'zoe']);
        expect(new Set(items.map(i => i.sortText)).size).toBe(1);
    });

    it('does not count the persona being typed as scored', async () => {
        const items = await completionsAt(twoPersonas('emotion lea 3\n      emotion ra<|>'));
        expect(items.find(i => i.label === 'ravi')?.sortText).toBe('0a');
    });
});

describe('where nothing is typed', () => {
    it('proposes nothing inside a line comment', async () => {
        expect(await completionsAt('journey j {\n  stage s { // who owns this <|>\n  }\n}')).toEqual([]);
    });

    it('proposes nothing inside a block comment', async () => {
        expect(await completionsAt('journey j {\n  /* later: <|> */\n}')).toEqual([]);
    });

    it('proposes nothing inside a string', async () => {
        expect(await completionsAt(inTouchpoint('action "Scrolls <|>past"'))).toEqual([]);
    });

    it('proposes again right after a block comment', async () => {
        expect(labels(await completionsAt('journey j {\n  stage s {\n    /* owner? */ <|>\n  }\n}'))).toEqual(['owner', 'metric', 'touchpoint']);
    });
});
