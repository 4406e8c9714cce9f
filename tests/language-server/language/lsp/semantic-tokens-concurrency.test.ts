import { setInterruptionPeriod } from 'langium';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWorkspace } from '../test-services.js';
import { CHECKOUT, PEOPLE } from './lsp-workspace.js';

afterAll(() => setInterruptionPeriod(10));

describe('semantic tokens with several requests in flight', () => {
    it('answers each full and range request as if it were alone', async () => {
        const { services, documents } = await buildWorkspace({ 'people.journey': PEOPLE, 'checkout.journey': CHECKOUT });
        const provider = services.Journey.lsp.SemanticTokenProvider!;
        const requests = documents.flatMap(document => {
            const textDocument = { uri: document.uri.toString() };
            const lines = document.textDocument.lineCount;
            return [
                () => provider.semanticHighlight(document, { textDocument }),
                () => provider.semanticHighlightRange(document, { textDocument, range: { start: { line: 2, character: 0 }, end: { line: Math.floor(lines / 2), character: 0 } } })
            ];
        });
        const alone = [];
        for (const request of requests) alone.push((await request()).data);
        // Langium's tree walk yields at every node: every request interleaves with the others.
        setInterruptionPeriod(0);
        for (let round = 0; round < 10; round++) {
            const together = await Promise.all(requests.map(request => request()));
            expect(together.map(tokens => tokens.data)).toEqual(alone);
        }
    });
});
