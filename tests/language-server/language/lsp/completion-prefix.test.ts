/**
 * Completion parses only the part of the file that can change its answer
 * (completionPrefix) and lexes only up to the cursor's line: at every position
 * of the example map, and of a broken copy, it must expect exactly what
 * Langium expects from the whole text, and find the same tokens around the cursor.
 */
import { readFileSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import { DefaultCompletionProvider, type NextFeature } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../test-services.js';

const people = readFileSync('tests/fixtures/language-md/people.journey', 'utf8');
const checkout = readFileSync('tests/fixtures/language-md/checkout.journey', 'utf8');

function describeFeatures(features: NextFeature[]): string[] {
    return features.map(next => `${next.feature.$type}:${'value' in next.feature ? String(next.feature.value) : ''}:${next.property ?? ''}:${next.type ?? ''}`);
}

/** Every offset that starts a line or follows a space, where completion is usually asked. */
function offsetsToTry(text: string): number[] {
    return [...text.matchAll(/(^|[ \n])/g)].map(match => match.index + match[0].length).filter(offset => offset <= text.length);
}

async function expectSameFeatures(map: string): Promise<number> {
    const { services, documents } = await buildWorkspace({ 'people.journey': people, 'map.journey': map });
    const document = documents[1] as LangiumDocument;
    type Internals = { findFeaturesAt(d: unknown, o: number): NextFeature[]; backtrackToAnyToken(text: string, o: number): unknown };
    const journeyProvider = services.Journey.lsp.CompletionProvider as unknown as Internals;
    const langiumProvider = new DefaultCompletionProvider(services.Journey) as unknown as Internals;
    const offsets = offsetsToTry(map);
    for (const offset of offsets) {
        expect(describeFeatures(journeyProvider.findFeaturesAt(document.textDocument, offset)), `at offset ${offset}`)
            .toEqual(describeFeatures(langiumProvider.findFeaturesAt(document.textDocument, offset)));
        expect(journeyProvider.backtrackToAnyToken(map, offset), `tokens around offset ${offset}`).toEqual(langiumProvider.backtrackToAnyToken(map, offset));
    }
    return offsets.length;
}

describe('completion prefix', () => {
    it('expects what Langium expects at every position of the example map', async () => {
        expect(await expectSameFeatures(checkout)).toBeGreaterThan(100);
    });

    it('expects what Langium expects in a map with an unclosed touchpoint and a half-typed line', async () => {
        const broken = checkout.replace(/(touchpoint \w+[^{]*\{)/, '$1\n      emotion ').replace(/\n(\s*)\}\n/, '\n');
        expect(broken).not.toBe(checkout);
        await expectSameFeatures(broken);
    });
});
