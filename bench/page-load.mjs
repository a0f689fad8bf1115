#!/usr/bin/env node
// The seed page's first load on a slow connection: `node bench/page-load.mjs [--runs N] [--page seed.html] [--site DIR]`
// (needs `npm run build && node scripts/build-site.mjs`).
//
// Chromium's own emulation through the DevTools protocol: 1.6 Mbps down, 750 kbps up,
// 150 ms round trip, CPU 4× slower; a fresh browser context (empty cache) per run.
// Measured on the page: when the route is drawn (first path in Leaflet's overlay pane),
// when the basemap's land shows and when its names do (the marks gallery-map.js sets),
// and the bytes transferred. Two servers in the same process: the gallery's own
// (scripts/serve.mjs: precompressed, cache headers) and, as the baseline, the same
// files served plainly (no compression), so the ratio shows what compression buys.
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
import { galleryHandler } from '../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const site = args.includes('--site') ? path.resolve(args[args.indexOf('--site') + 1]) : path.join(root, 'site');
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const pageName = args.includes('--page') ? args[args.indexOf('--page') + 1] : 'seed.html';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CONDITIONS = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };

async function serve(handler) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** One throttled first load; times in ms from navigation start. */
async function load(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Records when the route is first drawn, from the first byte of the page on.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.leaflet-overlay-pane path, .leaflet-overlay-pane canvas')) {
        performance.mark('bench:route');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', CONDITIONS);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await page.goto(`${url}examples/${pageName}`);
  await page.waitForFunction(() => performance.getEntriesByName('visitmap:labels').length > 0, null, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const marks = await page.evaluate(() =>
    Object.fromEntries(['bench:route', 'visitmap:basemap', 'visitmap:labels'].map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? NaN])),
  );
  await context.close();
  return { route: marks['bench:route'], basemap: marks['visitmap:basemap'], labels: marks['visitmap:labels'], bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// `--baseline-site DIR`: the baseline is another build of the gallery (say, before a change)
// through the same server, instead of these files uncompressed.
const baselineSite = args.includes('--baseline-site') ? path.resolve(args[args.indexOf('--baseline-site') + 1]) : undefined;
const gallery = await serve(galleryHandler(site));
const plain = await serve(baselineSite ? galleryHandler(baselineSite) : sirv(site, { dev: true }));
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ARGS });
const results = {};
try {
  const servers = [
    ['gallery server (compressed)', gallery, []],
    [baselineSite ? `baseline: ${path.relative(process.cwd(), baselineSite)}, same server` : 'baseline: same files, uncompressed', plain, []],
  ];
  // In turns, so that a change in the machine's load falls on both alike.
  for (let i = 0; i < runs; i++) for (const [, { url }, samples] of servers) samples.push(await load(browser, url));
  for (const [name, , samples] of servers) {
    results[name] = Object.fromEntries(['route', 'basemap', 'labels', 'bytes'].map((k) => [k, median(samples.map((s) => s[k]))]));
  }
} finally {
  await browser.close();
  gallery.server.close();
  plain.server.close();
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`${pageName}, 1.6 Mbps / 150 ms RTT / CPU 4× slower, median of ${runs} cold loads`);
console.log('| server | route drawn | basemap shows | names drawn | transferred |');
console.log('|---|---|---|---|---|');
for (const [name, r] of Object.entries(results)) {
  console.log(`| ${name} | ${s(r.route)} | ${s(r.basemap)} | ${s(r.labels)} | ${(r.bytes / 1024).toFixed(0)} KiB |`);
}
const [a, b] = Object.values(results);
console.log(`ratio ÷ baseline: route ${(a.route / b.route).toFixed(2)}, basemap ${(a.basemap / b.basemap).toFixed(2)}, names ${(a.labels / b.labels).toFixed(2)}, bytes ${(a.bytes / b.bytes).toFixed(2)}`);
