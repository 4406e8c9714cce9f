import { describe, expect, it } from 'vitest';
import { declaredIds, JOURNEY_KEYWORDS, labelFromId, newJourneyMapText, newMapIdProblem } from '../../src/extension/commands/new-map-template.js';
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
        const text = newJourneyMapText('second_map', declaredIds(people));
        expect(text).not.toMatch(/^persona newcomer/m);
        expect(text).not.toMatch(/^team (marketing|sales)/m);
        expect(text).toMatch(/^persona regular/m);
        expect(text).toMatch(/^team support/m);
        const problems = await diagnosticsOf({ 'people.journey': people, 'second_map.journey': text });
        expect(problems).toEqual([[], []]);
    });

    it('finds declarations outside comments only', () => {
        expect([...declaredIds('persona a\n// team b\n/* channel c */\n  journey d "D" {}\nteam e')])
            .toEqual(['persona:a', 'journey:d', 'team:e']);
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

    it('knows every keyword of the grammar', () => {
        const grammar = createTestServices().Journey.Grammar;
        const keywords = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(k => k.value)
            .filter(value => /^[a-z]+$/.test(value)));
        expect([...JOURNEY_KEYWORDS].sort()).toEqual([...keywords].sort());
    });
});
