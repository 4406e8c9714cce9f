/**
 * Neovim (Debian's package, headless) as a real second LSP client: it opens a
 * map, gets its diagnostics, completion and a definition over
 * `journey lsp --stdio`, and leaves no file watching to the client.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const workspace = mkdtempSync(join(tmpdir(), 'journey-nvim-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('Neovim as an LSP client', () => {
    it('shows the diagnostics, completes teams and goes to a definition in the library file', () => {
        writeFileSync(join(workspace, 'people.journey'), 'team marketing "Marketing"\nteam sales "Sales"\n');
        writeFileSync(join(workspace, 'checkout.journey'), 'journey j {\n  stage s {\n    touchpoint t {\n    owner sales\n    }\n  }\n  stage empty {\n  }\n}\n');
        const out = join(workspace, 'result.json');
        const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${join(REPO, 'tests/editors/neovim-client.lua')}`], {
            cwd: workspace,
            encoding: 'utf8',
            timeout: 120_000,
            env: { ...process.env, JOURNEY_BIN: join(REPO, 'bin', 'journey.js'), JOURNEY_ROOT: workspace, JOURNEY_OUT: out }
        });
        expect(run.error).toBeUndefined();
        const result = JSON.parse(readFileSync(out, 'utf8'));
        expect(result.error).toBeUndefined();
        expect(result.diagnostics.map((d: { code: string; line: number }) => `${d.code} ${d.line}`).sort()).toEqual(['stage-without-owner 6', 'stage-without-touchpoints 6']);
        expect(result.completion).toEqual(['marketing', 'sales']);
        expect(result.definition).toEqual([{ uri: pathToFileURL(join(workspace, 'people.journey')).toString(), range: { start: { line: 1, character: 5 }, end: { line: 1, character: 10 } } }]);
    });
});
