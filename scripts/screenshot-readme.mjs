#!/usr/bin/env node
/**
 * Takes the gallery's pictures with headless Chromium: the seed example for the
 * top of the README (`assets/seed.png`) and a small thumbnail of every example
 * for the gallery index (`assets/thumbs/<name>.png`). Builds `site/` first if
 * it is missing (which needs `npm run build`).
 *
 * Usage: node scripts/screenshot-readme.mjs   (CHROME_PATH overrides /usr/bin/chromium)
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { buildSite } from './build-site.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = path.join(root, 'site');
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The examples, by thumbnail name: the page and what to photograph on it. */
export const EXAMPLES = {
  seed: { page: 'examples/seed.html', element: '#map' },
  meetings: { page: 'examples/meetings/index.html', element: 'body' },
  geojson: { page: 'examples/geojson.html', element: '#map' },
  // Hangzhou's popup, to show the custom one; the badge is what is visible of a marker.
  custom: { page: 'examples/custom.html', element: '#map', click: (p) => p.locator('.vm-marker', { hasText: /^2$/ }).locator('.vm-marker__badge') },
  language: { page: 'examples/language.html', element: '#map', click: (p) => p.locator('[data-language="zh-Hans"]') },
  export: { page: 'examples/export.html', element: 'main' },
  large: { page: 'examples/large.html', element: '#map' },
  'script-tag': { page: 'examples/script-tag.html', element: '#map' },
  extract: { page: 'examples/extract.html', element: 'main' },
  story: { page: 'examples/story.html', element: '#map' },
  pacific: { page: 'examples/pacific.html', element: '#map' },
  'round-the-world': { page: 'examples/round-the-world.html', element: '#map' },
};

/** Waits until the page has stopped loading and drawing. */
export async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // Leaflet's fade and zoom animations last 250 ms; let them finish before the picture.
  await page.waitForTimeout(400);
}

async function main() {
  if (!existsSync(path.join(site, 'examples/index.html'))) await buildSite(site);
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
  for (const file of written) console.log(`${path.relative(root, file)}: ${Math.round(statSync(file).size / 1024)} KB`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
