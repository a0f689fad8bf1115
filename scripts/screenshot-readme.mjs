#!/usr/bin/env node
/**
 * Takes the gallery's pictures with headless Chromium: the seed example for the
 * top of the README (`assets/seed.png`) and a small thumbnail of every example
 * for the gallery index (`assets/thumbs/<name>.png`), of `site/` built afresh
 * from the pages as they are (which needs `npm run build`), and records what each
 * thumbnail's page was made from in `assets/thumbs/sources.json`
 * (scripts/thumbnail-sources.mjs), so that a test finds a page changed since.
 *
 * Usage: node scripts/screenshot-readme.mjs   (CHROME_PATH overrides /usr/bin/chromium)
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { buildSite } from './build-site.mjs';
import { EXAMPLES, THUMBNAIL_SOURCES, thumbnailSources } from './thumbnail-sources.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = path.join(root, 'site');
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Waits until the page has stopped loading and drawing. */
export async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // Leaflet's fade and zoom animations last 250 ms; let them finish before the picture.
  await page.waitForTimeout(400);
}

async function main() {
  // Always from the pages as they are now: an old site/ gives old pictures.
  await buildSite(site);
  const handler = sirv(site, { dev: true });
  const server = createServer((req, res) => handler(req, res, () => ((res.statusCode = 404), res.end())));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
  const thumbs = path.join(root, 'assets/thumbs');
  mkdirSync(thumbs, { recursive: true });
  const written = [];
  try {
    // The README picture: desktop width, the map with its stop list and legend.
    const big = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await big.goto(base + EXAMPLES.seed.page);
    await settle(big);
    const seedPng = path.join(root, 'assets/seed.png');
    await big.locator('#map').screenshot({ path: seedPng });
    written.push(seedPng);
    await big.close();

    // Thumbnails: laid out at 640 px wide, photographed at half scale.
    const small = await browser.newPage({ viewport: { width: 640, height: 640 }, deviceScaleFactor: 0.5 });
    for (const [name, { page, element, click }] of Object.entries(EXAMPLES)) {
      await small.goto(base + page);
      await settle(small);
      if (click) {
        await click(small).click();
        await settle(small);
      }
      const file = path.join(thumbs, `${name}.png`);
      // Every thumbnail has the cards' 16:10 shape: the top of the element.
      const box = await small.locator(element).first().boundingBox();
      if (!box) throw new Error(`screenshot-readme: ${element} is not shown on ${page}`);
      const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, Math.round(box.width / 1.6)) };
      await small.screenshot({ path: file, clip, fullPage: true });
      written.push(file);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const sources = Object.fromEntries(Object.entries(EXAMPLES).map(([name, example]) => [name, thumbnailSources(root, example)]));
  writeFileSync(path.join(root, THUMBNAIL_SOURCES), `${JSON.stringify(sources, null, 2)}\n`);
  written.push(path.join(root, THUMBNAIL_SOURCES));
  for (const file of written) console.log(`${path.relative(root, file)}: ${Math.round(statSync(file).size / 1024)} KB`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
