import { expectSemanticToken, highlightHelper, type DecodedSemanticTokensWithRanges } from 'langium/test';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { beforeAll, describe, expect, it } from 'vitest';
import { servicesWithLibrary } from './lsp-workspace.js';

type Services = Awaited<ReturnType<typeof servicesWithLibrary>>;
let services: Services;
let tokens: DecodedSemanticTokensWithRanges;

// Ranges, in order: 0 `lea` (declaration), 1 `"Lea"`, 2 `ops`, 3 `lea` (reference),
// 4 `maya` (a persona of the library file), 5 `current`, 6 `marketing` (a library
// team), 7 `web` (a library channel), 8 `emotion`, 9 `3`, 10 `12.5`.
const text = `persona <|lea|> <|"Lea"|>
team <|ops|>
journey j {
  personas <|lea|>, <|maya|>
  state <|current|>
  stage s {
    owner <|marketing|>, ops
    touchpoint t via <|web|> {
      <|emotion|> lea <|3|>
      metric "Wait" <|12.5|>%
    }
  }
}`;

beforeAll(async () => {
    services = await servicesWithLibrary();
    tokens = await highlightHelper(services.Journey)(text);
});

/** The token covering range `rangeIndex` exactly, with its modifiers as names. */
function tokenAt(rangeIndex: number) {
    const [start, end] = tokens.ranges[rangeIndex];
    const found = tokens.tokens.filter(t => t.offset === start && t.offset + t.text.length === end);
    expect(found, `one token at range ${rangeIndex}`).toHaveLength(1);
    const provider = services.Journey.lsp.SemanticTokenProvider!;
    const modifiers = Object.entries(provider.tokenModifiers)
        .filter(([, bit]) => (found[0].tokenModifiers & bit) !== 0)
        .map(([name]) => name);
    return { type: found[0].tokenType, modifiers };
}

describe('semantic tokens', () => {
    it('marks a persona\'s declaration and its references with the same type, the declaration with a modifier', () => {
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.class });
        expect(tokenAt(0)).toEqual({ type: SemanticTokenTypes.class, modifiers: [SemanticTokenModifiers.declaration] });
        expect(tokenAt(3)).toEqual({ type: SemanticTokenTypes.class, modifiers: [] });
    });

    it('colours references to another file\'s declarations by their kind', () => {
        expect(tokenAt(4)).toEqual({ type: SemanticTokenTypes.class, modifiers: [] });
        expect(tokenAt(6)).toEqual({ type: SemanticTokenTypes.type, modifiers: [] });
        expect(tokenAt(7)).toEqual({ type: SemanticTokenTypes.interface, modifiers: [] });
    });

    it('marks team declarations', () => {
        expect(tokenAt(2)).toEqual({ type: SemanticTokenTypes.type, modifiers: [SemanticTokenModifiers.declaration] });
    });

    it('marks keywords, strings, scores and metric values', () => {
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.string });
        expectSemanticToken(tokens, { rangeIndex: 8, tokenType: SemanticTokenTypes.keyword });
        expectSemanticToken(tokens, { rangeIndex: 9, tokenType: SemanticTokenTypes.number });
        expectSemanticToken(tokens, { rangeIndex: 5, tokenType: SemanticTokenTypes.keyword });
        expectSemanticToken(tokens, { rangeIndex: 10, tokenType: SemanticTokenTypes.number });
    });

    it('never emits two tokens for the same text', () => {
        const starts = tokens.tokens.map(t => t.offset);
        expect(new Set(starts).size).toBe(starts.length);
    });

    it('colours an unresolved reference by the kind its position expects', async () => {
        const result = await highlightHelper(services.Journey)('journey j {\n  personas <|nobody|>\n}');
        expectSemanticToken(result, { rangeIndex: 0, tokenType: SemanticTokenTypes.class });
    });
});
