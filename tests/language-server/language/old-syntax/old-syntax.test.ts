import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_ROOT, corpusSnapshot, corpusWorkspaces } from './corpus.js';

/**
 * Files valid before the language grew keep their meaning: the same
 * diagnostics and the same render model (the snapshots were written by the
 * code of the old grammar, before any of its changes).
 */
describe('old-syntax corpus', () => {
    for (const workspace of corpusWorkspaces()) {
        const name = relative(CORPUS_ROOT, workspace);
        it(`${name} gives the same diagnostics and render model as before`, async () => {
            const snapshot = await corpusSnapshot(workspace);
            await expect(JSON.stringify(snapshot, undefined, 2) + '\n').toMatchFileSnapshot(`./snapshots/${name.replace(/[\\/]/g, '__')}.json`);
        });
    }
});
