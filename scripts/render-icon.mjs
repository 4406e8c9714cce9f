// Renders media/icons/journey-maps.svg to the 128x128 PNG the manifest names as
// the extension's icon (the Marketplace and VS Code want a PNG). Run it after
// editing the SVG: `node scripts/render-icon.mjs`; the PNG is committed.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const svg = readFileSync('media/icons/journey-maps.svg', 'utf8');
const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: 'media/icons/journey-maps.png', omitBackground: true });
} finally {
    await browser.close();
}
console.log('wrote media/icons/journey-maps.png');
