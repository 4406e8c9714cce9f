// Profiles the Map view update: 5 updates of a generated map (touchpoints: first argument, 100 by
// default) under a Chromium trace (time per trace event name) and a CDP CPU profile (bench/profile-summary.mjs).
//
//     node bench/map-profile.mjs 300
import { chromium } from 'playwright-core';
import { loadEntry } from './bundle.mjs';
import { journeyFile, peopleFile, prng } from './generate-workspace.mjs';
import { pageHtml, postAndTime, edited, CHROMIUM_ARGS } from './preview-render.mjs';
import { summarizeProfile } from './profile-summary.mjs';
const touchpoints = Number(process.argv[2] ?? 100);
const entry = await loadEntry('langium-node');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const [model] = await entry.renderModels({ 'people.journey': peopleFile(), 'map.journey': journeyFile(0, touchpoints, prng(42)) });
const page = await (await browser.newContext({ viewport: { width: 1100, height: 760 } })).newPage();
await page.setContent(pageHtml(entry));
let v = 0;
await postAndTime(page, model, ++v);
await page.evaluate(() => document.querySelector('button[data-view="map"]').click());
for (let i = 0; i < 3; i++) console.log('warm', (await postAndTime(page, edited(model, i), ++v)).toFixed(0));
console.log('elements', await page.evaluate(() => document.querySelectorAll('*').length));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'] });
await cdp.send('Profiler.start');
const times = [];
for (let i = 0; i < 5; i++) times.push((await postAndTime(page, edited(model, 10 + i), ++v)).toFixed(0));
const { profile } = await cdp.send('Profiler.stop');
const trace = JSON.parse((await browser.stopTracing()).toString());
console.log('times', times.join(' '));
const by = new Map();
for (const e of trace.traceEvents) if (e.ph === 'X' && e.dur) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
console.log([...by].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, t]) => `${t.toFixed(0).padStart(7)} ${k}`).join('\n'));
console.log(summarizeProfile(profile, 25));
await browser.close();
