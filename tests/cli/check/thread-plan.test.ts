import { describe, expect, it } from 'vitest';
import { checkShares, planThreads, usableThreads, WORKER_START_CHARS } from '../../../src/cli/check/thread-plan.js';

const file = (name: string, size: number) => ({ path: `/w/${name}.journey`, text: 'x'.repeat(size), bom: false });
const names = (shares: Array<Array<{ path: string }>>) => shares.map(share => share.map(source => source.path.slice(3, -8)));

describe('how journey check splits a workspace among threads', () => {
    it('keeps a small workspace on the main thread: a worker would start after it is done', () => {
        const files = ['a', 'b', 'c', 'd'].map(name => file(name, 10_000));
        expect(names(planThreads(files, 8))).toEqual([['a', 'b', 'c', 'd']]);
    });

    it('keeps one big file and a small library on the main thread: the file cannot be split', () => {
        expect(names(planThreads([file('big', 2_000_000), file('people', 2_000)], 8))).toEqual([['big', 'people']]);
    });

    it('gives a worker fewer files than the main thread, which starts warm, and keeps path order in each share', () => {
        const files = Array.from({ length: 10 }, (_, index) => file(`map_${index}`, 100_000));
        const shares = planThreads(files, 2);
        expect(shares).toHaveLength(2);
        expect(shares[0].length).toBeGreaterThan(shares[1].length);
        expect(shares.flat().map(source => source.path).sort()).toEqual(files.map(source => source.path));
        for (const share of shares) expect(share.map(source => source.path)).toEqual(share.map(source => source.path).sort());
    });

    it('uses more threads only while each one shortens the check', () => {
        const files = Array.from({ length: 8 }, (_, index) => file(`map_${index}`, WORKER_START_CHARS / 2));
        // A worker's start-up is worth 2 files: 3 files here and 1 per worker finish soonest; 8 threads would not be sooner.
        expect(names(planThreads(files, 8)).map(share => share.length)).toEqual([3, 1, 1, 1, 1, 1]);
        expect(planThreads(files, 2)).toHaveLength(2);
    });

    it('starts a worker only on a core other processes leave idle', () => {
        expect(usableThreads(2, 0.2)).toBe(2);
        expect(usableThreads(2, 1)).toBe(1);
        expect(usableThreads(2, 9)).toBe(1);
        expect(usableThreads(8, 1)).toBe(7);
        expect(usableThreads(1, 0)).toBe(1);
    });

    it('splits into exactly JOURNEY_CHECK_THREADS shares when set, leaving out empty ones', () => {
        const files = ['a', 'b', 'c'].map(name => file(name, 10));
        expect(names(checkShares(files, { JOURNEY_CHECK_THREADS: '2' }))).toEqual([['a', 'c'], ['b']]);
        expect(checkShares(files, { JOURNEY_CHECK_THREADS: '7' })).toHaveLength(3);
    });
});
