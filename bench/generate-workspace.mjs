// Generates realistic .journey workspaces for the benchmarks, deterministic
// from a seed: a shared people file (personas, teams, channels) and N map
// files whose journeys hold the requested number of touchpoints in total.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const PERSONAS = ['maya', 'omar', 'lena', 'raj', 'sofia', 'tom'];
const TEAMS = ['marketing', 'sales', 'support', 'product', 'logistics', 'finance'];
const CHANNELS = ['web', 'app', 'email', 'store', 'phone', 'instagram', 'chat'];
const STAGES = ['awareness', 'consideration', 'purchase', 'onboarding', 'usage', 'retention', 'advocacy'];
const VERBS = ['Compares', 'Reads', 'Scrolls past', 'Asks about', 'Signs up for', 'Pays for', 'Returns', 'Shares', 'Reviews', 'Cancels'];
const THINGS = ['the pricing page', 'a sponsored post', 'the delivery options', 'the warranty', 'a support article', 'the invoice', 'the mobile app', 'a friend\u2019s recommendation'];

export function peopleFile() {
    const lines = ['// Shared declarations for every map of the workspace', ''];
    for (const p of PERSONAS) {
        lines.push(`persona ${p} "${p[0].toUpperCase()}${p.slice(1)}" {`);
        lines.push(`  description "A customer archetype used across the company's maps"`);
        lines.push(`  goal "Get what they need without surprises"`);
        lines.push(`  need "Clear prices"`, `  quote "Just tell me what it costs."`, '}', '');
    }
    for (const t of TEAMS) lines.push(`team ${t} "${t[0].toUpperCase()}${t.slice(1)}"`);
    lines.push('');
    for (const c of CHANNELS) lines.push(`channel ${c} "${c[0].toUpperCase()}${c.slice(1)}"`);
    return lines.join('\n') + '\n';
}

/** One journey file with `touchpoints` touchpoints spread over up to 7 stages. */
export function journeyFile(index, touchpoints, random) {
    const personas = [PERSONAS[index % PERSONAS.length], PERSONAS[(index + 1) % PERSONAS.length]];
    const stageCount = Math.min(STAGES.length, Math.max(1, Math.ceil(touchpoints / 4)));
    const pick = list => list[Math.floor(random() * list.length)];
    const lines = [
        `journey journey_${index} "Journey ${index}" {`,
        `  description "Generated map number ${index}"`,
        `  goal "Find where customers drop off"`,
        `  personas ${personas.join(', ')}`,
        `  state current`,
        ''
    ];
    let made = 0;
    for (let s = 0; s < stageCount; s++) {
        const inStage = Math.floor(touchpoints / stageCount) + (s < touchpoints % stageCount ? 1 : 0);
        lines.push(`  stage ${STAGES[s]} "${STAGES[s][0].toUpperCase()}${STAGES[s].slice(1)}" {`);
        lines.push(`    owner ${pick(TEAMS)}`);
        lines.push(`    metric "Conversion" ${(random() * 40).toFixed(1)}% target ${(40 + random() * 20).toFixed(1)}%`);
        for (let t = 0; t < inStage; t++, made++) {
            lines.push(`    touchpoint tp_${made} "Touchpoint ${made}" via ${pick(CHANNELS)}, ${pick(CHANNELS)} {`);
            lines.push(`      action "${pick(VERBS)} ${pick(THINGS)}"`);
            lines.push(`      thought ${personas[0]} "Is this worth it?"`);
            for (const p of personas) lines.push(`      emotion ${p} ${1 + Math.floor(random() * 5)} "Feels ${pick(['unsure', 'fine', 'delighted', 'annoyed'])}"`);
            lines.push(`      pain "It takes ${2 + Math.floor(random() * 9)} clicks"`);
            lines.push(`      opportunity "Remove a step"`);
            lines.push(`      metric "Drop-off" ${(random() * 30).toFixed(1)}% target 10%`);
            lines.push('    }');
        }
        lines.push('  }', '');
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

/** Writes a workspace of `files` map files holding `touchpoints` touchpoints in total. */
export function generateWorkspace(dir, { touchpoints, files, seed = 42 }) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const random = prng(seed);
    writeFileSync(join(dir, 'people.journey'), peopleFile());
    let lines = 0;
    for (let f = 0; f < files; f++) {
        const count = Math.floor(touchpoints / files) + (f < touchpoints % files ? 1 : 0);
        const text = journeyFile(f, count, random);
        lines += text.split('\n').length;
        writeFileSync(join(dir, `map_${String(f).padStart(3, '0')}.journey`), text);
    }
    return { dir, touchpoints, files, lines };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const [dir = 'bench/workspaces/sample', tp = '100', files = '1'] = process.argv.slice(2);
    console.log(generateWorkspace(dir, { touchpoints: Number(tp), files: Number(files) }));
}
