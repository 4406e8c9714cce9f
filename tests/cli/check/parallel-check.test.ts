import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journey, REPO } from '../run-journey.js';


/**
 * A generated workspace (a people file and 6 maps) with problems in several
 * files, some of which only a view of the whole workspace finds: a persona
 * declared again in a map, a team declared in two maps and used by a third.
 */
async function workspaceWithProblems(): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'journey-parallel-'));
    const generator = await import(join(REPO, 'bench/generate-workspace.mjs') as string);
    generator.generateWorkspace(dir, { touchpoints: 60, files: 6 });
    const map = (index: number) => join(dir, `map_00${index}.journey`);
    const edit = (index: number, change: (text: string) => string) => writeFileSync(map(index), change(readFileSync(map(index), 'utf8')));
    appendFileSync(map(1), '\npersona maya "Maya again"\nteam ops "Operations"\n');
    appendFileSync(map(2), '\nteam ops "Ops"\n');
    edit(3, text => text.replace(/owner \w+/, 'owner ops').replace(/via \w+/, 'via carrier_pigeon'));
    edit(4, text => text.replace(/emotion (\w+) \d/, 'emotion $1 9').replace(/thought \w+/, 'thought nobody'));
    edit(5, text => text.replace(/thought \w+/, 'thought lena').replace('state current', 'state current\n  stage ?'));
    return dir;
}

const threadsEnv = (threads: number) => ({ JOURNEY_CHECK_THREADS: String(threads) });

describe('journey check in several threads', () => {
    it('reports exactly what a single thread reports, in every format and exit code', async () => {
        const dir = await workspaceWithProblems();
        for (const format of ['json', 'text', 'github']) {
            const single = await journey(['check', dir, '--format', format], dir, threadsEnv(1));
            const parallel = await journey(['check', dir, '--format', format], dir, threadsEnv(3));
            expect(parallel, format).toEqual(single);
        }
        // One thread per file: every reference to another file crosses threads.
        expect(await journey(['check', dir, '--format', 'json'], dir, threadsEnv(7))).toEqual(await journey(['check', dir, '--format', 'json'], dir, threadsEnv(1)));
    }, 120_000);

    it('sees the whole workspace from every thread: cross-file duplicates and references to another map', { timeout: 60_000 }, async () => {
        const dir = await workspaceWithProblems();
        const run = await journey(['check', '--format', 'json'], dir, threadsEnv(7));
        expect(run.status).toBe(1);
        const diagnostics: Array<{ file: string; code: string; message: string }> = JSON.parse(run.stdout).diagnostics;
        const at = (file: string) => diagnostics.filter(d => d.file === file).map(d => `${d.code}: ${d.message}`);
        expect(at('people.journey')).toContain("duplicate-id: Duplicate persona id 'maya': also declared in map_001.journey line 114.");
        expect(at('map_001.journey')).toEqual([
            "duplicate-id: Duplicate persona id 'maya': also declared in people.journey line 3.",
            "duplicate-id: Duplicate team id 'ops': also declared in map_002.journey line 114."
        ]);
        expect(at('map_002.journey')).toEqual(["duplicate-id: Duplicate team id 'ops': also declared in map_001.journey line 115."]);
        // `owner ops` resolves to a map of another thread; the unknown channel does not resolve anywhere.
        expect(at('map_003.journey')).toEqual(["unresolved-reference: Unknown channel 'carrier_pigeon'."]);
        expect(at('map_004.journey').map(d => d.split(':')[0])).toEqual(['unresolved-reference', 'emotion-out-of-range']);
        expect(at('map_005.journey').map(d => d.split(':')[0])).toEqual(['syntax-error', 'syntax-error', 'persona-not-in-journey']);
    });

    it('reports an invalid journey.config.json once, as a single thread does', { timeout: 60_000 }, async () => {
        const dir = await workspaceWithProblems();
        writeFileSync(join(dir, 'journey.config.json'), '{ "diagnostics": { "duplicate-id": "loud" } }');
        const single = await journey(['check', dir], dir, threadsEnv(1));
        expect(single.status).toBe(2);
        expect(single.stderr).toMatch(/^journey: invalid journey\.config\.json: .*journey\.config\.json:1:\d+ /);
        expect(await journey(['check', dir], dir, threadsEnv(3))).toEqual(single);
    });
});
