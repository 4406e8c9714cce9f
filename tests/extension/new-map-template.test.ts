import { RESERVED_KEYWORDS, SOFT_KEYWORDS } from '../../language-server/language/language-facts.js';
import { describe, expect, it } from 'vitest';
import { declarationKeys, JOURNEY_KEYWORDS, suggestedMapId, labelFromId, newJourneyMapText, newMapIdProblem } from '../../src/extension/commands/new-map-template.js';
import { buildWorkspace, createTestServices } from '../language-server/language/test-services.js';
import { AstUtils, GrammarAST } from 'langium';

const diagnosticsOf = async (files: Record<string, string>) => {
    const { documents } = await buildWorkspace(files, createTestServices());
    return documents.map(doc => [
        ...doc.parseResult.lexerErrors.map(e => `lexer: ${e.message}`),
        ...doc.parseResult.parserErrors.map(e => `parser: ${e.message}`),
        ...(doc.diagnostics ?? []).map(d => `${d.code ?? ''} ${d.message}`)
    ]);
};

describe('New Journey Map template', () => {
    it('parses with no errors and no warnings', async () => {
        const [problems] = await diagnosticsOf({ 'first_purchase.journey': newJourneyMapText('first_purchase') });
        expect(problems).toEqual([]);
    });

    it('has the five stages, each with an owner and a touchpoint scoring every persona', async () => {
        const { documents } = await buildWorkspace({ 'onboarding.journey': newJourneyMapText('onboarding') });
        const journey = documents[0].parseResult.value.elements.find(e => e.$type === 'Journey');
        if (journey?.$type !== 'Journey') throw new Error('no journey in the template');
        expect(journey.name).toBe('onboarding');
        expect(journey.label).toBe('Onboarding');
        expect(journey.stages.map(s => s.name)).toEqual(['awareness', 'consideration', 'purchase', 'retention', 'advocacy']);
        for (const stage of journey.stages) {
            expect(stage.owners.length, stage.name).toBeGreaterThan(0);
            expect(stage.touchpoints.length, stage.name).toBeGreaterThan(0);
            const scored = stage.touchpoints.flatMap(t => t.emotions.map(e => e.persona.ref?.name));
            expect(scored.sort(), stage.name).toEqual(['newcomer', 'regular']);
        }
    });

    it('reuses people already declared elsewhere instead of declaring them twice', async () => {
        const people = 'persona newcomer "Newcomer"\nteam marketing "Marketing"\nteam sales "Sales"\nchannel web "Web"\n';
        const text = newJourneyMapText('second_map', new Set(['persona:newcomer', 'team:marketing', 'team:sales', 'channel:web']));
        expect(text).not.toMatch(/^persona newcomer/m);
        expect(text).not.toMatch(/^team (marketing|sales)/m);
        expect(text).toMatch(/^persona regular/m);
        expect(text).toMatch(/^team support/m);
        const problems = await diagnosticsOf({ 'people.journey': people, 'second_map.journey': text });
        expect(problems).toEqual([[], []]);
    });

    it('reads the declarations from the language server\'s workspace symbols, whatever the text around them', async () => {
        // A "/*" inside a label swallowed what followed in a scan by regular expression; the server parses.
        const { services } = await buildWorkspace({
            'people.journey': 'persona a "Uses /* in a label"\nteam e\n// team b\n/* channel c */\n',
            'map.journey': 'journey first_purchase "D" { personas a\n stage s { owner e\n touchpoint t { emotion a 3 } } }\n'
        });
        const symbols = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '' });
        expect([...declarationKeys(symbols)].sort()).toEqual(['journey:first_purchase', 'persona:a', 'team:e']);
    });

    it('proposes an id no journey of the workspace has', () => {
        expect(suggestedMapId(new Set(['persona:first_purchase']))).toBe('first_purchase');
        expect(suggestedMapId(new Set(['journey:first_purchase']))).toBe('new_journey');
        expect(suggestedMapId(new Set(['journey:first_purchase', 'journey:new_journey', 'journey:new_journey_2']))).toBe('new_journey_3');
    });

    it('accepts id-friendly names only and says why not', () => {
        expect(newMapIdProblem('first_purchase')).toBeUndefined();
        expect(newMapIdProblem('first purchase')).toMatch(/letters, digits and _/);
        expect(newMapIdProblem('1st')).toMatch(/starting with a letter/);
        expect(newMapIdProblem('')).toMatch(/letters, digits and _/);
        expect(newMapIdProblem('stage')).toMatch(/keyword/);
        expect(newMapIdProblem('onboarding', new Set(['journey:onboarding']))).toMatch(/already exists/);
        expect(labelFromId('first_purchase')).toBe('First purchase');
    });

    it('knows every reserved keyword of the grammar (soft keywords such as `system` may be ids)', () => {
        const grammar = createTestServices().Journey.Grammar;
        const keywords = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(k => k.value)
            .filter(value => /^[a-z]+$/.test(value) && RESERVED_KEYWORDS.includes(value)));
        expect(keywords.size).toBeGreaterThan(20);
        expect([...JOURNEY_KEYWORDS].sort()).toEqual([...keywords].sort());
        for (const soft of SOFT_KEYWORDS) expect(JOURNEY_KEYWORDS.has(soft), soft).toBe(false);
    });
});
