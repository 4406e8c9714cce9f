// Company scale (issue #17): the 500-map workspace of 20,000 touchpoints
// (~201,000 lines) a company keeps in one repository. `journey check` cold,
// the language server's start and memory, an edit in one of its maps, the
// keystroke cost of a 5,000-line map against a 500-line one, and
// `journey diff --git` across a commit that changes 10 maps.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEntry } from './bundle.mjs';
import { generateWorkspace } from './generate-workspace.mjs';
import { benchCliCheck } from './cli-check.mjs';
import { benchLsp } from './lsp-latency.mjs';
import { summarize } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;

/** LikeC4 1.59 `validate --no-layout` on a model of 202k lines, as published in issue #17 (LikeC4 is not installed here: no internet). */
export const LIKEC4_PUBLISHED = { lines: 202_000, seconds: [133, 139] };

export const COMPANY = { touchpoints: 20_000, files: 500 };

export async function benchCompanyScale(workspaces, runs) {
    const company = generateWorkspace(join(workspaces, 'company-t20000-f500'), COMPANY);
    const check = benchCliCheck(company.dir, runs);
    const lsp = await benchLsp(company.dir, 'map_250.journey', 30);
    // Same generator, one map each: ~5,000 and ~500 lines (about 9 lines per touchpoint).
    const large = generateWorkspace(join(workspaces, 'edit-5000-lines'), { touchpoints: 550, files: 1 });
    const small = generateWorkspace(join(workspaces, 'edit-500-lines'), { touchpoints: 53, files: 1 });
    const largeEdit = await benchLsp(large.dir, 'map_000.journey', 30);
    const smallEdit = await benchLsp(small.dir, 'map_000.journey', 30);
    const diff = benchDiffGit(company.dir, runs);
    const peopleEdit = await benchPeopleEdit(company.dir, runs);
    return { company, check, lsp, largeEdit, smallEdit, diff, peopleEdit };
}

/**
 * A git repository of the workspace with two commits, the second changing 10
 * maps (an emotion score and a touchpoint's label each), and `journey diff
 * --git HEAD~1` timed in it: the working tree (= the second commit) against the first.
 */
function benchDiffGit(workspaceDir, runs) {
    const repo = mkdtempSync(join(tmpdir(), 'journey-diff-bench-'));
    try {
        cpSync(workspaceDir, repo, { recursive: true });
        const git = (...args) => execFileSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...args], { cwd: repo, stdio: 'pipe' });
        git('init', '-q');
        git('add', '-A');
        git('commit', '-qm', 'before');
        const changed = [10, 60, 110, 160, 210, 260, 310, 360, 410, 460].map(n => `map_${String(n).padStart(3, '0')}.journey`);
        for (const file of changed) {
            const text = readFileSync(join(repo, file), 'utf8');
            writeFileSync(join(repo, file), text.replace(/emotion (\w+) \d/, 'emotion $1 3').replace('"Touchpoint ', '"Renamed touchpoint '));
        }
        git('commit', '-qam', 'ten maps changed');
        const samples = [];
        for (let i = 0; i < runs; i++) {
            const start = performance.now();
            const result = spawnSync(process.execPath, [join(root, 'bin/journey.js'), 'diff', '--git', 'HEAD~1', '--format', 'json'], { cwd: repo, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
            samples.push(performance.now() - start);
            if (result.status !== 0) throw new Error(`journey diff --git failed (${result.status}): ${result.stderr}`);
            if (i === 0 && !/Renamed touchpoint/.test(result.stdout)) throw new Error('journey diff --git did not report the renamed touchpoints');
        }
        return { changedMaps: changed.length, wall: summarize(samples) };
    } finally {
        rmSync(repo, { recursive: true, force: true });
    }
}

/**
 * In process (bench/entries/langium-node.ts): an edit of the people file that every map
 * references, as the server's document builder handles it: how many files it
 * validates again and how long the update takes. Two edits: a persona's label
 * (no id changes) and a persona's id (the maps naming it must show the broken reference).
 */
export async function benchPeopleEdit(workspaceDir, runs) {
    const { createServices, buildFiles, editDocument, DocumentState } = await loadEntry('langium-node');
    const files = Object.fromEntries(readdirSync(workspaceDir).filter(name => name.endsWith('.journey')).sort().map(name => [name, readFileSync(join(workspaceDir, name), 'utf8')]));
    const services = createServices();
    const documents = await buildFiles(services, files);
    const people = documents[Object.keys(files).indexOf('people.journey')];
    const original = files['people.journey'];
    const builder = services.shared.workspace.DocumentBuilder;
    let validated = 0;
    builder.onDocumentPhase(DocumentState.Validated, () => validated++);
    const measure = async text => {
        validated = 0;
        const start = performance.now();
        const cpu = process.cpuUsage();
        await editDocument(services, people, text);
        const used = process.cpuUsage(cpu);
        return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, validated };
    };
    const label = [];
    const rename = [];
    for (let i = 0; i < runs; i++) {
        label.push(await measure(original.replace('"Maya"', `"Maya ${i}"`)));
        rename.push(await measure(original.replace('persona maya ', 'persona maya_renamed ')));
        await measure(original);
    }
    const referencing = documents.filter(document => document.references.some(reference => reference.$refText === 'maya')).length;
    return {
        files: documents.length,
        referencingMaya: referencing,
        label: { wall: summarize(label.map(r => r.ms)), cpu: summarize(label.map(r => r.cpu)), validated: label[0].validated },
        rename: { wall: summarize(rename.map(r => r.ms)), cpu: summarize(rename.map(r => r.cpu)), validated: rename[0].validated }
    };
}
