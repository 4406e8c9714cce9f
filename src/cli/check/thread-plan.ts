import { availableParallelism, loadavg } from 'node:os';
import type { JourneySource } from '../workspace.js';

/**
 * The shares of `journey check`: as planThreads decides for the cores this
 * process may use, or exactly JOURNEY_CHECK_THREADS of them (tests, benchmarks).
 */
export function checkShares(sources: readonly JourneySource[], env = process.env): JourneySource[][] {
    const forced = Number(env.JOURNEY_CHECK_THREADS);
    // Never more threads than files (JOURNEY_CHECK_THREADS=100000000 made that many empty shares: out of memory).
    if (Number.isInteger(forced) && forced > 0) return split(sources, Math.min(forced, Math.max(1, sources.length)), 0).filter(share => share.length > 0);
    return planThreads(sources, usableThreads(availableParallelism(), loadavg()[0]));
}

/**
 * This thread, plus a worker per core that other processes leave idle. Each
 * thread pays the JIT's warm-up again (a fresh V8 isolate runs the parser
 * slowly for its first few hundred KB), so a worker on a core that is not free
 * costs far more than it saves: on a 2-core machine with a load of 9, two
 * threads took 1.3-1.5× the wall time of one. (Windows reports a load of 0.)
 */
export function usableThreads(cores: number, load: number): number {
    return 1 + Math.max(0, Math.min(cores - 1, Math.floor(cores - load - 0.5)));
}

/**
 * What a worker thread costs before it catches up with this thread, counted in
 * characters of `.journey` text this thread checks meanwhile: ~0.15 s to start
 * (its V8 isolate, loading the bundle, creating the services), then its first
 * few hundred KB parse 2-5× slower than in this thread, already warm (measured
 * per file: 65 KB took 250 ms cold, 30 ms warm). Set from `journey check` CPU
 * times: 0.44 s for 38 KB, 1.0 s for 357 KB, 1.25 s for 657 KB.
 */
export const WORKER_START_CHARS = 250_000;

/**
 * Splits the files among at most `maxThreads` threads, the first being the
 * main thread, which has no start-up cost. Each file goes whole to the thread
 * that will finish first (largest files first); the plan kept is the one
 * whose slowest thread finishes soonest, so a small workspace, or one big
 * file, stays on the main thread alone. Each share keeps the files' order.
 */
export function planThreads(sources: readonly JourneySource[], maxThreads: number): JourneySource[][] {
    let best = [sources.slice()];
    let bestFinish = finish(best);
    for (let threads = 2; threads <= Math.min(maxThreads, sources.length); threads++) {
        const plan = split(sources, threads);
        const planFinish = finish(plan);
        // A thread must shorten the check by a tenth: less is within the estimate's error, for more CPU.
        if (planFinish < bestFinish * 0.9) {
            best = plan;
            bestFinish = planFinish;
        }
    }
    return best;
}

/** A plan of exactly `threads` shares (some may be empty when there are fewer files); workers start `startChars` late. */
export function split(sources: readonly JourneySource[], threads: number, startChars = WORKER_START_CHARS): JourneySource[][] {
    const loads = Array.from({ length: threads }, (_, index): number => (index === 0 ? 0 : startChars));
    const shares: number[][] = Array.from({ length: threads }, () => []);
    const bySize = sources.map((source, index) => ({ index, size: source.text.length })).sort((a, b) => b.size - a.size || a.index - b.index);
    for (const { index, size } of bySize) {
        const thread = loads.indexOf(Math.min(...loads));
        shares[thread].push(index);
        loads[thread] += size;
    }
    return shares.map(share => share.sort((a, b) => a - b).map(index => sources[index]));
}

function finish(plan: JourneySource[][]): number {
    return Math.max(...plan.map((share, index) => share.reduce((sum, source) => sum + source.text.length, index === 0 ? 0 : WORKER_START_CHARS)));
}
