// Summarises a V8 .cpuprofile (from `node --cpu-prof`, or BENCH_CPU_PROF=dir
// with the LSP benchmark): the functions with the most self time and the most
// total time (self + callees), so the cause of a slow path shows without DevTools.
//
//     node bench/profile-summary.mjs file.cpuprofile [rows]
import { readFileSync } from 'node:fs';

export function summarizeProfile(profile, rows = 25) {
    const nodes = new Map(profile.nodes.map(node => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const selfTime = new Map();
    for (let i = 0; i < profile.samples.length; i++) {
        selfTime.set(profile.samples[i], (selfTime.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
    const name = node => {
        const { functionName, url, lineNumber } = node.callFrame;
        return `${functionName || '(anonymous)'} ${url.split('/').slice(-1)[0]}:${lineNumber + 1}`;
    };
    const self = new Map();
    const total = new Map();
    for (const [id, time] of selfTime) {
        const key = name(nodes.get(id));
        self.set(key, (self.get(key) ?? 0) + time);
        // Count each function once per sample, even when it recurses.
        const seen = new Set();
        for (let at = id; at !== undefined; at = parent.get(at)) {
            const frame = name(nodes.get(at));
            if (!seen.has(frame)) total.set(frame, (total.get(frame) ?? 0) + time);
            seen.add(frame);
        }
    }
    const top = map => [...map].sort((a, b) => b[1] - a[1]).slice(0, rows).map(([key, time]) => `${time.toFixed(0).padStart(8)} ms  ${key}`);
    return ['self time:', ...top(self), '', 'total time:', ...top(total)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
    console.log(summarizeProfile(JSON.parse(readFileSync(process.argv[2], 'utf8')), Number(process.argv[3] ?? 25)));
}
