// `npm run bench`: generates the workspaces, measures, and writes the table
// to bench/README.md. Timings are measured here, never asserted in tests.
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateWorkspace } from './generate-workspace.mjs';
import { benchCliCheck } from './cli-check.mjs';
import { benchLsp } from './lsp-latency.mjs';
import { benchParseThroughput } from './parse-throughput.mjs';
import { benchPreview } from './preview-render.mjs';
import { benchCompanyScale, LIKEC4_PUBLISHED } from './company-scale.mjs';
import { codeServerActivationTime, extensionLoadTime, packageAndMeasure } from './footprint.mjs';
import { kb, mb, ms } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
// `--only cli,lsp,scale,parse,preview,footprint` runs some sections (while working on one; the README then holds only those).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : undefined;
const runSection = name => !only || only.includes(name);
const runs = quick ? 3 : 10;
const workspaces = join(root, 'bench/workspaces');
const sections = [];
const targets = [];

function target(name, value, limit, format) {
    targets.push(`| ${name} | ${format(value)} | ${format(limit)} | ${value <= limit ? 'met' : `missed by ${format(value - limit)}`} |`);
}

// --- Footprint (first: the .vsix build leaves the production bundles in dist/, so every section below measures what ships)
if (runSection('footprint')) {
    const sizes = packageAndMeasure();
    const load = extensionLoadTime(runs);
    const vsix = sizes.find(size => size.file.endsWith('.vsix'));
    if (vsix) target('.vsix size', vsix.bytes, 4 * 1024 * 1024, mb);
    const activation = await codeServerActivationTime(quick ? 1 : 3);
    target('extension activation in VS Code (code-server, "Developer: Show Running Extensions"; median)', activation.median, 100, ms);
    sections.push(['## Footprint (production bundles, as in the .vsix)', '', '| file | size |', '|---|---:|',
        ...sizes.map(size => `| \`${size.file}\` | ${size.bytes < 1024 * 1024 ? kb(size.bytes) : mb(size.bytes)} |`),
        '',
        `Extension bundle load: ${ms(load.median)} median, ${ms(load.p95)} p95 — \`require('dist/extension.js')\` in a fresh Node process`,
        'with a stand-in \`vscode\` module (module evaluation only).',
        `Activation in VS Code: ${ms(activation.median)} median, ${ms(activation.p95)} p95 — code-server 4.100.3, the .vsix in a fresh profile, a map opened from the URL,`,
        'the time "Developer: Show Running Extensions" shows (loading the extension code + the activate call, not the promise it returns), one fresh code-server per run.'].join('\n'));
    console.log(`footprint: vsix ${vsix ? mb(vsix.bytes) : 'missing'}, load ${ms(load.median)}, activation ${ms(activation.median)}`);
}

// --- CLI -------------------------------------------------------------------
const sizes = [
    { touchpoints: 100, files: 1 }, { touchpoints: 100, files: 50 },
    { touchpoints: 1000, files: 1 }, { touchpoints: 1000, files: 50 },
    { touchpoints: 2000, files: 10 },
    { touchpoints: 5000, files: 1 }, { touchpoints: 5000, files: 50 }
];
const cliRows = [];
for (const size of runSection('cli') ? sizes : []) {
    const ws = generateWorkspace(join(workspaces, `t${size.touchpoints}-f${size.files}`), size);
    const result = benchCliCheck(ws.dir, runs);
    const { cold, warm } = result;
    cliRows.push(`| ${size.touchpoints} | ${size.files} (+ people) | ${ws.lines} | ${ms(cold.wall.median)} | ${ms(cold.wall.p95)} | ${ms(warm.wall.median)} | ${ms(warm.wall.p95)} | ${mb(cold.peakRss.median)} |`);
    if (size.touchpoints === 2000) target('`journey check`, 2,000 touchpoints in 10 files, cold (median, empty code cache)', cold.wall.median, 600, ms);
    console.log(`cli check ${size.touchpoints}/${size.files}: ${ms(cold.wall.median)} empty code cache, ${ms(warm.wall.median)} warm`);
}
if (cliRows.length) sections.push(['## CLI: `journey check` (whole process, cold start)',
    '', 'Empty code cache: a fresh machine\'s first run (it writes the cache). Warm: the cache a previous run left (bin/compile-cache.js).',
    '', '| touchpoints | files | lines | median, empty cache | p95, empty cache | median, warm cache | p95, warm cache | peak RSS |', '|---:|---:|---:|---:|---:|---:|---:|---:|', ...cliRows].join('\n'));

// --- Language server -------------------------------------------------------
if (runSection('lsp')) {
    const lspRows = [];
    const single = generateWorkspace(join(workspaces, 'lsp-single'), { touchpoints: 530, files: 1 });
    const singleResult = await benchLsp(single.dir, 'map_000.journey', runs * 3);
    const multi = generateWorkspace(join(workspaces, 'lsp-multi'), { touchpoints: 1000, files: 50 });
    const multiResult = await benchLsp(multi.dir, 'map_025.journey', runs * 3);
    const largest = generateWorkspace(join(workspaces, 't5000-f50'), { touchpoints: 5000, files: 50 });
    const largestResult = await benchLsp(largest.dir, 'map_025.journey', 3);
    for (const [name, r] of [[`one file of ${singleResult.lines} lines`, singleResult], ['50-file workspace, edit in one file', multiResult], ['largest workspace (5,000 touchpoints, 50 files)', largestResult]]) {
        lspRows.push(`| ${name} | ${ms(r.editToDiagnostics.median)} / ${ms(r.editToDiagnostics.p95)} | ${ms(r.cpuPerEdit)} | ${ms(r.completion.median)} / ${ms(r.completion.p95)} | ${ms(r.hover.median)} / ${ms(r.hover.p95)} | ${mb(r.rss)} |`);
        console.log(`lsp ${name}: edit ${ms(r.editToDiagnostics.median)} / ${ms(r.editToDiagnostics.p95)}, cpu ${ms(r.cpuPerEdit)}`);
    }
    target('edit → diagnostics p95, 5,000-line file', singleResult.editToDiagnostics.p95, 100, ms);
    target('completion p95, 5,000-line file', singleResult.completion.p95, 50, ms);
    target('server memory, largest workspace', largestResult.rss, 200 * 1024 * 1024, mb);
    sections.push(['## Language server over LSP stdio (median / p95)',
        '', 'Server CPU per edit is the CPU time (user + system) the server process spent per edit: on a busy machine it moves much less than wall time.',
        '', '| workspace | didChange → publishDiagnostics | server CPU per edit | completion | hover | server RSS after |', '|---|---:|---:|---:|---:|---:|', ...lspRows].join('\n'));
}

// --- Company scale (issue #17): 500 maps, 201,000 lines -----------------------
if (runSection('scale')) {
    // Each `journey check` of this workspace takes seconds: 3 runs (7 processes with the warm-cache ones), 2 in quick mode.
    const r = await benchCompanyScale(workspaces, quick ? 2 : 3);
    const { check, lsp, largeEdit, smallEdit, diff, peopleEdit } = r;
    const editRatio = largeEdit.editToDiagnostics.median / smallEdit.editToDiagnostics.median;
    const likeC4 = LIKEC4_PUBLISHED.seconds.map(seconds => (seconds * 1000 * (r.company.lines / LIKEC4_PUBLISHED.lines)) / check.cold.wall.median);
    target('`journey check`, 500 files / 201k lines, cold (median, empty code cache)', check.cold.wall.median, 800, ms);
    target('`journey check` peak RSS, 500 files', check.cold.peakRss.median, 200 * 1024 * 1024, mb);
    target('server: `initialize` → first diagnostics of an opened map, 500 files', lsp.firstDiagnostics, 800, ms);
    target('server RSS after indexing 500 files', lsp.indexedRss, 200 * 1024 * 1024, mb);
    target('edit → diagnostics p95, one map of the 500-file workspace', lsp.editToDiagnostics.p95, 30, ms);
    target('completion p95, one map of the 500-file workspace', lsp.completion.p95, 20, ms);
    target(`edit in a ${largeEdit.lines}-line map ÷ the same edit in a ${smallEdit.lines}-line map (medians)`, editRatio, 2, value => `${value.toFixed(2)}×`);
    target('`journey diff --git` across a commit changing 10 of 500 maps (median)', diff.wall.median, 1500, ms);
    const row = (name, value) => `| ${name} | ${value} |`;
    sections.push(['## Company scale: 500 maps, 20,000 touchpoints (`--only scale`)', '',
        `${r.company.files} map files + the people file, ${r.company.lines.toLocaleString('en')} lines (\`node bench/generate-workspace.mjs DIR 20000 500\`).`,
        '', '| measurement | median / p95 (or value) |', '|---|---:|',
        row('`journey check`, empty code cache', `${ms(check.cold.wall.median)} / ${ms(check.cold.wall.p95)}`),
        row('`journey check`, warm code cache', `${ms(check.warm.wall.median)} / ${ms(check.warm.wall.p95)}`),
        row('`journey check` CPU (user + system), empty cache', ms(check.cold.cpu.median)),
        row('`journey check` peak RSS', mb(check.cold.peakRss.median)),
        row('server: `initialize` → first diagnostics of `map_250.journey` (opened at once)', ms(lsp.firstDiagnostics)),
        row('server RSS once every file is validated', mb(lsp.indexedRss)),
        row('edit → diagnostics in `map_250.journey` (a score retyped, 30 edits)', `${ms(lsp.editToDiagnostics.median)} / ${ms(lsp.editToDiagnostics.p95)}`),
        row('server CPU per edit there', ms(lsp.cpuPerEdit)),
        row('completion there', `${ms(lsp.completion.median)} / ${ms(lsp.completion.p95)}`),
        row(`the same edit in a ${largeEdit.lines}-line map`, `${ms(largeEdit.editToDiagnostics.median)} / ${ms(largeEdit.editToDiagnostics.p95)} (CPU ${ms(largeEdit.cpuPerEdit)})`),
        row(`the same edit in a ${smallEdit.lines}-line map`, `${ms(smallEdit.editToDiagnostics.median)} / ${ms(smallEdit.editToDiagnostics.p95)} (CPU ${ms(smallEdit.cpuPerEdit)})`),
        row('ratio of the two (medians)', `${editRatio.toFixed(2)}×`),
        row(`\`journey diff --git HEAD~1\`, ${diff.changedMaps} maps changed`, `${ms(diff.wall.median)} / ${ms(diff.wall.p95)}`),
        row(`in process: a persona's label edited in the people file (files validated of ${peopleEdit.files})`, `${ms(peopleEdit.label.wall.median)} (CPU ${ms(peopleEdit.label.cpu.median)}), ${peopleEdit.label.validated} validated`),
        row(`in process: a persona renamed there (${peopleEdit.referencingMaya} maps name it)`, `${ms(peopleEdit.rename.wall.median)} (CPU ${ms(peopleEdit.rename.cpu.median)}), ${peopleEdit.rename.validated} validated`),
        row(`LikeC4 1.59 \`validate --no-layout\` ÷ \`journey check\`, per line`, `${likeC4[1].toFixed(0)}–${likeC4[0].toFixed(0)}×`),
        '', `LikeC4 is not installed (no internet beyond npm, and it is no dependency of ours): the ratio divides its published ${LIKEC4_PUBLISHED.seconds.join('–')} s`,
        `on ${LIKEC4_PUBLISHED.lines.toLocaleString('en')} lines (issue #17, the same kind of machine), scaled to this workspace's lines, by the median \`journey check\` above; it was not run here.`].join('\n'));
    console.log(`scale: check ${ms(check.cold.wall.median)} ${mb(check.cold.peakRss.median)}, first diagnostics ${ms(lsp.firstDiagnostics)}, server ${mb(lsp.indexedRss)}, edit p95 ${ms(lsp.editToDiagnostics.p95)}, ratio ${editRatio.toFixed(2)}, diff ${ms(diff.wall.median)}`);
}

// --- Parse throughput vs Mermaid -------------------------------------------
if (runSection('parse')) {
    const rows = await benchParseThroughput([100, 500, 1000], runs);
    for (const r of rows) console.log(`parse ${r.touchpoints} ${r.content}: langium ${ms(r.langium.median)}, mermaid ${ms(r.mermaid.median)}, ×${r.ratio.toFixed(2)}`);
    for (const content of ['same content as the Mermaid text', 'full map']) {
        const at = rows.find(r => r.touchpoints === 500 && r.content === content) ?? rows[0];
        target(`parse + link + validate ÷ \`mermaid.parse\`, ${at.touchpoints} touchpoints, ${content} (median ratio)`, at.ratio, 3, value => `${value.toFixed(2)}×`);
    }
    sections.push(['## Parse throughput against Mermaid (one Node process, median / p95)',
        '', 'Langium: parse + link + validate of one `.journey` file of N touchpoints (with the shared people file already built).',
        '`mermaid.parse`: the Mermaid `journey` text `journeyDiagram` generates from that same map (in jsdom). The `.journey` file holds',
        'far more per touchpoint (actions, thoughts, pains, opportunities, metrics) than the Mermaid text; the \"same content\" file',
        'holds only what the Mermaid text holds (stages, touchpoint labels, one emotion per persona).',
        '', '| touchpoints | .journey content | .journey lines | Mermaid lines | Langium | mermaid.parse | ratio |', '|---:|---|---:|---:|---:|---:|---:|',
        ...rows.map(r => `| ${r.touchpoints} | ${r.content} | ${r.lines} | ${r.mermaidLines} | ${ms(r.langium.median)} / ${ms(r.langium.p95)} | ${ms(r.mermaid.median)} / ${ms(r.mermaid.p95)} | ${r.ratio.toFixed(2)}× |`)].join('\n'));
}

// --- Preview -----------------------------------------------------------------
if (runSection('preview')) {
    // A 300-touchpoint blueprint takes Mermaid tens of seconds per render: fewer runs there, so the whole bench stays in minutes.
    const previewRuns = quick ? 3 : 5;
    const rows = [...await benchPreview([20, 100], previewRuns), ...await benchPreview([300], 3)];
    for (const r of rows) console.log(`preview ${r.touchpoints} ${r.view}: ${ms(r.preview.median)}${r.bare ? ` (bare ${ms(r.bare.median)})` : ''}`);
    const at100 = rows.filter(r => r.touchpoints === 100);
    target('preview update p95 at 100 touchpoints (slowest view)', Math.max(...at100.map(r => r.preview.p95)), 250, ms);
    const map = touchpoints => rows.find(r => r.view === 'map' && r.touchpoints === touchpoints);
    target('Map view update → painted p95 at 100 touchpoints', map(100).preview.p95, 50, ms);
    target('Map view update → painted p95 at 300 touchpoints', map(300).preview.p95, 150, ms);
    target('preview ÷ bare `mermaid.render` at 100 touchpoints (worst view, medians)', Math.max(...at100.filter(r => r.ratio).map(r => r.ratio)), 1.3, value => `${value.toFixed(2)}×`);
    sections.push(['## Preview in headless Chromium (median / p95)',
        '', 'From posting a `model` message to the drawing painted (the frame after `data-rendered` changes), with the shipped',
        '`preview.js` + `mermaid.min.js`; each update renames the first touchpoint and changes one emotion score, so every view draws anew. Bare: `mermaid.render` alone on the same Mermaid text,',
        'in the same page and configuration. The Details view is a table (no Mermaid).',
        '', '| touchpoints | view | preview update | bare mermaid.render | ratio |', '|---:|---|---:|---:|---:|',
        ...rows.map(r => `| ${r.touchpoints} | ${r.view} | ${ms(r.preview.median)} / ${ms(r.preview.p95)} | ${r.bare ? `${ms(r.bare.median)} / ${ms(r.bare.p95)}` : '—'} | ${r.ratio ? `${r.ratio.toFixed(2)}×` : '—'} |`)].join('\n'));
}

// --- Report ----------------------------------------------------------------
const header = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (do not edit by hand). Workspaces are generated by',
    '`bench/generate-workspace.mjs`, deterministic from a seed: a shared people file',
    'and N map files, about 10 lines per touchpoint.',
    '',
    `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${mb(totalmem())} memory`,
    `- Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average at the start ${loadavg().map(load => load.toFixed(1)).join(' / ')}`,
    `- ${runs} runs per CLI measurement, ${runs * 3} per LSP latency, ${quick ? 3 : 5} per preview view (3 at 300 touchpoints; 30 for the Map view)${quick ? ' (quick mode)' : ''}`,
    ''
].join('\n');
const targetTable = ['## Targets', '', '| target | measured | limit | |', '|---|---:|---:|---|', ...targets].join('\n');
const notesFile = join(root, 'bench/NOTES.md');
const notes = existsSync(notesFile) ? `\n${readFileSync(notesFile, 'utf8')}` : '';
writeFileSync(join(root, 'bench/README.md'), [header, targetTable, ...sections].join('\n\n') + '\n' + notes);
console.log('wrote bench/README.md');
