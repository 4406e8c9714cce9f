// The Map view's update (model message → painted), this build against another
// build's preview bundle, runs alternating between the two pages so that load
// from elsewhere on the machine weighs on both alike:
//
//     node bench/map-compare.mjs OTHER/preview.js [runs at 100] [runs at 300]
import { chromium } from 'playwright-core';
import { loadEntry } from './bundle.mjs';
import { journeyFile, peopleFile, prng } from './generate-workspace.mjs';
import { CHROMIUM_ARGS, edited, pageHtml, postAndTime } from './preview-render.mjs';
import { summarize } from './stats.mjs';

const [other, runs100 = '20', runs300 = '10'] = process.argv.slice(2);
const entry = await loadEntry('langium-node');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const ms = value => `${value.toFixed(0)} ms`;
try {
    for (const [touchpoints, runs] of [[100, Number(runs100)], [300, Number(runs300)]]) {
        const [model] = await entry.renderModels({ 'people.journey': peopleFile(), 'map.journey': journeyFile(0, touchpoints, prng(42)) });
        const pages = {};
        for (const [name, bundle] of [['other', other], ['this', undefined]]) {
            const page = await (await browser.newContext({ viewport: { width: 1100, height: 760 } })).newPage();
            await page.setContent(pageHtml(entry, bundle));
            await page.evaluate(() => document.querySelector('button[data-view="map"]').click());
            await postAndTime(page, model, 1);
            await postAndTime(page, edited(model, 0), 2); // warm up
            pages[name] = { page, version: 2, times: [] };
        }
        for (let run = 0; run < runs; run++) {
            for (const shown of Object.values(pages)) shown.times.push(await postAndTime(shown.page, edited(model, run + 1), ++shown.version));
        }
        for (const [name, shown] of Object.entries(pages)) {
            const { median, p95 } = summarize(shown.times);
            console.log(`${touchpoints} touchpoints, ${name === 'this' ? 'this build' : other}: median ${ms(median)}, p95 ${ms(p95)} (${runs} runs)`);
            await shown.page.context().close();
        }
    }
} finally {
    await browser.close();
}
