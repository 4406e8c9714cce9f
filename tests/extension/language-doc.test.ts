import { readFileSync } from 'node:fs';
import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITIES } from '../../language-server/language/validation/diagnostic-codes.js';
import { RESERVED_KEYWORDS, SOFT_KEYWORDS } from '../../language-server/language/language-facts.js';
import { buildWorkspace, createTestServices } from '../language-server/language/test-services.js';

// docs/language.md is the contract users read: its keyword list, its
// diagnostics table and its example must say what the implementation does.

const doc = readFileSync(new URL('../../docs/language.md', import.meta.url), 'utf8');

describe('docs/language.md', () => {
    /** The words in the examples column of a row of the lexical table. */
    const row = (name: string) => {
        const cells = (doc.split('\n').find(line => line.startsWith(`| ${name} |`)) ?? '').split(' | ');
        return [...(cells[2] ?? '').matchAll(/`([a-z-]+)`/g)].map(m => m[1]).sort();
    };

    it('lists exactly the keywords of the grammar as reserved, and its soft keywords as such', () => {
        const grammar = createTestServices().Journey.Grammar;
        const keywords = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(k => k.value)
            .filter(value => /^[a-z][a-z-]*$/.test(value)));
        expect([...row('keyword'), ...row('soft keyword')].sort()).toEqual([...keywords].sort());
        expect(row('keyword')).toEqual([...RESERVED_KEYWORDS]);
        expect(row('soft keyword')).toEqual([...SOFT_KEYWORDS]);
    });

    it('documents every diagnostic code with its default severity', () => {
        const table = Object.fromEntries([...doc.matchAll(/^\| `([a-z-]+)` \| (error|warning|info|hint|off) /gm)].map(m => [m[1], m[2]]));
        expect(table).toEqual(DEFAULT_SEVERITIES);
    });

    it('has an example that checks with no error and no warning', async () => {
        const examples = [...doc.matchAll(/```journey\n([\s\S]*?)```/g)].map(m => m[1]);
        expect(examples).toHaveLength(2);
        const { documents } = await buildWorkspace({ 'people.journey': examples[0], 'checkout.journey': examples[1] });
        const problems = documents.flatMap(d => (d.diagnostics ?? []).map(x => `${d.uri.path}:${x.range.start.line + 1} ${x.code}`));
        expect(problems).toEqual([]);
    });

    it('is summed up in the walkthrough by an example that checks with no error and no warning', async () => {
        const walkthrough = readFileSync(new URL('../../media/walkthrough/language.md', import.meta.url), 'utf8');
        const [example] = [...walkthrough.matchAll(/```\n([\s\S]*?)```/g)].map(m => m[1]);
        const { documents } = await buildWorkspace({ 'walkthrough.journey': example });
        expect(documents[0].parseResult.parserErrors).toEqual([]);
        expect((documents[0].diagnostics ?? []).map(d => `${d.code} ${d.message}`)).toEqual([]);
    });
});
