// CLI benchmark: wall time, CPU time (cold start included) and peak memory of
// `journey check` on generated workspaces. `bin/journey.js` keeps V8's code
// cache of the bundle (bin/compile-cache.js): each run is measured both with
// an empty cache (a CI machine's first run: it also writes the cache) and with
// the cache a previous run left (a developer's machine, a CI job's later runs),
// interleaved so that load from other processes weighs on both alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;

/** `{ wall, cpu, peakRss }` with an empty cache (`cold`) and a warm one (`warm`). */
export function benchCliCheck(workspaceDir, runs) {
    const scratch = mkdtempSync(join(tmpdir(), 'journey-bench-'));
    const warmCache = join(scratch, 'warm-cache');
    runCheck(workspaceDir, warmCache, join(scratch, 'usage.json')); // writes the warm cache
    const samples = { cold: [], warm: [] };
    for (let i = 0; i < runs; i++) {
        const coldCache = join(scratch, `cold-cache-${i}`);
        samples.cold.push(runCheck(workspaceDir, coldCache, join(scratch, 'usage.json')));
        rmSync(coldCache, { recursive: true, force: true });
        samples.warm.push(runCheck(workspaceDir, warmCache, join(scratch, 'usage.json')));
    }
    const summary = list => ({
        wall: summarize(list.map(sample => sample.wall)),
        cpu: summarize(list.map(sample => sample.cpu)),
        peakRss: summarize(list.map(sample => sample.rss))
    });
    return { cold: summary(samples.cold), warm: summary(samples.warm) };
}

function runCheck(workspaceDir, cacheDir, usageFile) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--require', join(root, 'bench/report-usage.cjs'), join(root, 'bin/journey.js'), 'check', workspaceDir, '--format', 'json'], {
        env: { ...process.env, BENCH_USAGE_FILE: usageFile, JOURNEY_COMPILE_CACHE_DIR: cacheDir },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024
    });
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0 && result.status !== 1) {
        throw new Error(`journey check failed (${result.status}): ${result.stderr}`);
    }
    const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
    return { wall, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000, rss: usage.maxRSS * 1024 };
}
