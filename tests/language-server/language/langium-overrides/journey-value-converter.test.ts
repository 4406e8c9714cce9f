import { readdirSync, readFileSync } from 'node:fs';
import { CstUtils, DefaultValueConverter, isLeafCstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { JourneyValueConverter } from '../../../../language-server/language/langium-overrides/journey-value-converter.js';
import { buildWorkspace } from '../test-services.js';

const examples = readdirSync(new URL('../../../../examples/', import.meta.url))
    .filter(name => name.endsWith('.journey'))
    .map(name => readFileSync(new URL(`../../../../examples/${name}`, import.meta.url), 'utf8'));

/** Escapes, an empty label, numbers with decimals and signs, a journey state (a data type rule). */
const EDGE_CASES = String.raw`persona maya "Maya \"M\" O'Neil \\ back\\slash \n \t \q" { quote "" }
journey j "" {
  state future
  stage s "Stage" {
    metric "a\"" -3.25% target 0
    touchpoint t "T" { emotion maya 3 "é ✓" }
  }
}
`;

describe('value converter', () => {
    it('gives every token the value Langium\'s converter gives it', async () => {
        const { documents } = await buildWorkspace(Object.fromEntries([...examples, EDGE_CASES].map((text, i) => [`map${i}.journey`, text])));
        const ours = new JourneyValueConverter();
        const langiums = new DefaultValueConverter();
        const kinds = new Set<string>();
        for (const document of documents) {
            for (const leaf of CstUtils.streamCst(document.parseResult.value.$cstNode!)) {
                if (!isLeafCstNode(leaf)) continue;
                const value = langiums.convert(leaf.text, leaf);
                expect(ours.convert(leaf.text, leaf), leaf.text).toEqual(value);
                kinds.add(typeof value);
            }
        }
        expect([...kinds].sort()).toEqual(['number', 'string']);
        const persona = documents.at(-1)!.parseResult.value.elements[0];
        expect(persona.label).toBe('Maya "M" O\'Neil \\ back\\slash \n \t q');
    });
});
