import { expectFoldings } from 'langium/test';
import { FoldingRangeKind } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { CHECKOUT, servicesWithLibrary } from './lsp-workspace.js';

describe('folding ranges', () => {
    it('folds every block of three lines or more, keeping its closing brace visible', async () => {
        const services = await servicesWithLibrary();
        await expectFoldings(services.Journey)({
            text: `<|persona maya_x "Maya" {
  description "D"|>
}
team ops "Ops"
<|journey j {
  <|stage s {
    <|touchpoint t {
      action "A"|>
    }|>
  }|>
}`,
            disposeAfterCheck: true
        });
    });

    it('folds block comments, but not line comments', async () => {
        const services = await servicesWithLibrary();
        await expectFoldings(services.Journey)({
            text: `<|/*
 * Shared library
|> */
// one
// two
// three
team ops`,
            disposeAfterCheck: true,
            assert: (foldings, expected) => {
                expect(foldings).toHaveLength(expected.length);
                expect(foldings[0]).toMatchObject({ startLine: 0, endLine: 1, kind: FoldingRangeKind.Comment });
            }
        });
    });

    it('folds the journey, its stages and its touchpoints in the example map', async () => {
        const services = await servicesWithLibrary();
        await expectFoldings(services.Journey)({
            text: CHECKOUT,
            disposeAfterCheck: true,
            assert: foldings => expect(foldings.map(f => `${f.startLine + 1}-${f.endLine + 1}`)).toEqual([
                '1-35', '7-16', '9-15', '19-27', '21-26', '30-34', '31-33'
            ])
        });
    });
});
