// CLI benchmark: wall time (cold start included) and peak memory of
// `journey check` on generated workspaces.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;

export function benchCliCheck(workspaceDir, runs) {
    const usageFile = join(mkdtempSync(join(tmpdir(), 'journey-bench-')), 'usage.json');
    const wall = [];
    const rss = [];
    for (let i = 0; i < runs; i++) {
        const start = process.hrtime.bigint();
        const result = spawnSync(process.execPath, ['--require', join(root, 'bench/report-usage.cjs'), join(root, 'bin/journey.js'), 'check', workspaceDir, '--format', 'json'], {
            env: { ...process.env, BENCH_USAGE_FILE: usageFile },
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024
        });
        wall.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (result.status !== 0 && result.status !== 1) {
            throw new Error(`journey check failed (${result.status}): ${result.stderr}`);
        }
        rss.push(JSON.parse(readFileSync(usageFile, 'utf8')).maxRSS * 1024);
    }
    return { wall: summarize(wall), peakRss: summarize(rss) };
}
