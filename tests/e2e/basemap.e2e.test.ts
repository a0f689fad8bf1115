/**
 * The offline basemap in real Chromium, served from `site/` by the gallery's
 * own server (scripts/serve.mjs: compressed, with cache headers): place names
 * readable at the seed page's first view and never colliding, names in the
 * map's language, world copies over the Pacific, the page's weight, and a
 * clear message when OpenStreetMap tiles cannot load. Screenshots go to
 * tests/e2e/screenshots/basemap-*.png for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { galleryHandler } from '../../scripts/serve.mjs';
import { collectPageErrors, describeBrowser, launchBrowser, ensureSite, siteDir } from './harness';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const screenshotDir = path.join(repoRoot, 'tests/e2e/screenshots');
const VIEWPORT = { width: 1280, height: 900 };
/** The budget for everything the seed page transfers on a first load. */
const SEED_PAGE_BUDGET = 500 * 1024;

interface Drawn {
  text: string;
  kind: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Runs `body` in the page with `map` and `basemap` of its gallery map in scope
 * (gallery-map.js's `galleryMaps()` test hook). A string, so that the test
 * runner's transform never rewrites the page's `import()`.
 */
function withMap<T>(page: Page, body: string): Promise<T> {
  return page.evaluate(`(async () => {
    const { galleryMaps } = await import('./assets/gallery-map.js');
    const first = galleryMaps()[0];
    if (!first) return undefined;
    const { map, basemap } = first;
    ${body}
  })()`) as Promise<T>;
}

/** Waits until the page's gallery map has drawn its basemap and every name it needs. */
async function basemapSettled(page: Page): Promise<void> {
  await expect
    .poll(() => withMap<boolean>(page, "return !map.getContainer().classList.contains('visitmap-basemap-loading') && !basemap.labels.loading;"), {
      timeout: 20000,
    })
    .toBe(true);
  // The loading class goes once the first part is drawn; finer parts the view needs may still be on the way.
  await withMap(page, 'await basemap.whenReady(); return true;');
  // A redraw asked for by the last layers added runs on the next frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** What the label layer drew, and the boxes of markers (with their badges) and controls, in container pixels. */
async function drawnAndObstacles(page: Page): Promise<{ labels: Drawn[]; markers: Box[]; controls: Box[]; size: { x: number; y: number } }> {
  return withMap(
    page,
    `const origin = map.getContainer().getBoundingClientRect();
    const box = (r) => ({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height });
    const markers = [...document.querySelectorAll('.vm-marker__badge')].map((e) => box(e.getBoundingClientRect()));
    const controls = [...document.querySelectorAll('.leaflet-control')].map((e) => box(e.getBoundingClientRect()));
    return { labels: basemap.labels.drawnLabels(), markers, controls, size: map.getSize() };`,
  );
}

describeBrowser('offline basemap', () => {
  let server: Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    await ensureSite('examples/index.html');
    mkdirSync(screenshotDir, { recursive: true });
    server = createServer(galleryHandler(siteDir));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/examples/`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open(name: string, viewport = VIEWPORT): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport });
    const { errors } = collectPageErrors(page);
    await page.goto(`${base}${name}`);
    await page.waitForLoadState('networkidle');
    await basemapSettled(page);
    return { page, errors };
  }

  it('names Hangzhou, Shanghai, Hong Kong and Taipei at the seed page’s first view, clear of markers, controls and each other', async () => {
    const { page, errors } = await open('seed.html');
    const { labels, markers, controls, size } = await drawnAndObstacles(page);
    const texts = labels.map((l) => l.text);
    for (const city of ['Hangzhou', 'Shanghai', 'Hong Kong', 'Taipei']) expect(texts, city).toContain(city);
    console.log(`[e2e] seed first view: Ningbo ${texts.includes('Ningbo') ? 'named' : 'no room'}, Suzhou ${texts.includes('Suzhou') ? 'named' : 'no room'}; ${labels.length} names`);
    for (const label of labels) {
      expect(label.x >= 0 && label.y >= 0 && label.x + label.width <= size.x && label.y + label.height <= size.y, label.text).toBe(true);
      for (const m of markers) expect(overlaps(label, m), `${label.text} under a marker`).toBe(false);
      for (const c of controls) expect(overlaps(label, c), `${label.text} under a control`).toBe(false);
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        expect(overlaps(labels[i]!, labels[j]!), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
      }
    }
    // Out of the accessibility tree: the stop list is the accessible view.
    expect(await page.locator('canvas.visitmap-labels').getAttribute('aria-hidden')).toBe('true');
    await page.locator('#map').screenshot({ path: path.join(screenshotDir, 'basemap-seed.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws each name in the box it was placed in on a right-to-left page, not over the markers to its left', async () => {
    // An outside tester's (T15 §5): on <html dir="rtl"> the canvas's default alignment, `start`, is the
    // right edge, so every name was drawn leftwards from where it was placed: "Hong Kong" under a badge.
    const { page, errors } = await open('seed.html');
    // The ink (opaque pixels) of the label canvas inside each placed name's box.
    const inks = () =>
      withMap<Record<string, number>>(
        page,
        `const canvas = document.querySelector('canvas.visitmap-labels');
        const ctx = canvas.getContext('2d');
        const k = canvas.width / canvas.clientWidth;
        const ink = (x, y, w, h) => {
          const x0 = Math.max(0, Math.round(x * k)), y0 = Math.max(0, Math.round(y * k));
          const x1 = Math.min(canvas.width, Math.round((x + w) * k)), y1 = Math.min(canvas.height, Math.round((y + h) * k));
          if (x1 <= x0 || y1 <= y0) return 0;
          const d = ctx.getImageData(x0, y0, x1 - x0, y1 - y0).data;
          let n = 0;
          for (let i = 3; i < d.length; i += 4) if (d[i] > 128) n++;
          return n;
        };
        return Object.fromEntries(basemap.labels.drawnLabels().map((l) => [l.text, ink(l.x, l.y, l.width, l.height)]));`,
      );
    const ltr = await inks();
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    await withMap(page, 'map.panBy([0, 1], { animate: false }); map.panBy([0, -1], { animate: false });');
    await basemapSettled(page);
    const rtl = await inks();
    expect(Object.keys(rtl)).toContain('Hong Kong');
    expect(Object.keys(rtl).sort()).toEqual(Object.keys(ltr).sort());
    for (const [text, n] of Object.entries(rtl)) expect(n, `${text}: ${n} px of ink in its box, ${ltr[text]} left to right`).toBeGreaterThan(0.8 * ltr[text]!);
    await page.locator('#map').screenshot({ path: path.join(screenshotDir, 'basemap-seed-rtl.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names Hangzhou beside its own marker on a phone (390×844), not beyond Shanghai’s badge', async () => {
    const { page, errors } = await open('seed.html', { width: 390, height: 844 });
    // Hangzhou's point, the name drawn for it, and each marker's box (with its badge and halo), in container pixels.
    const { point, label, markers } = await withMap<{ point: { x: number; y: number }; label?: Drawn; markers: Box[] }>(
      page,
      `const origin = map.getContainer().getBoundingClientRect();
      const markers = [...document.querySelectorAll('.leaflet-marker-icon')].map((m) => {
        const rects = [m, ...m.querySelectorAll('*')].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
        const left = Math.min(...rects.map((r) => r.left)), top = Math.min(...rects.map((r) => r.top));
        return { x: left - origin.left, y: top - origin.top, width: Math.max(...rects.map((r) => r.right)) - left, height: Math.max(...rects.map((r) => r.bottom)) - top };
      });
      return { point: map.latLngToContainerPoint([30.29, 120.16]), label: basemap.labels.drawnLabels().find((l) => l.text === 'Hangzhou'), markers };`,
    );
    await page.locator('#map').screenshot({ path: path.join(screenshotDir, 'basemap-seed-phone.png') });
    if (label) {
      const distance = (b: Box, x: number, y: number) => Math.hypot(Math.max(b.x - x, 0, x - b.x - b.width), Math.max(b.y - y, 0, y - b.y - b.height));
      const between = (a: Box, b: Box) => Math.hypot(Math.max(b.x - a.x - a.width, 0, a.x - b.x - b.width), Math.max(b.y - a.y - a.height, 0, a.y - b.y - b.height));
      // Beside marker 2 (some 14 px across its halo, then the name's margin), not 70 px east in the sea off Ningbo.
      expect(distance(label, point.x, point.y), `Hangzhou drawn at (${label.x}, ${label.y}), its point (${point.x}, ${point.y})`).toBeLessThan(40);
      // The marker nearest the name is the one on Hangzhou, so that a reader puts the name there.
      const nearest = markers.reduce((a, b) => (between(label, b) < between(label, a) ? b : a));
      expect(distance(nearest, point.x, point.y), 'the marker nearest the name is on Hangzhou').toBe(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows place names in simplified Chinese when the language page switches to 简体中文', async () => {
    const { page, errors } = await open('language.html');
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.waitForLoadState('networkidle');
    await basemapSettled(page);
    const texts = (await drawnAndObstacles(page)).labels.map((l) => l.text);
    for (const name of ['杭州', '上海', '香港']) expect(texts, name).toContain(name);
    expect(texts).not.toContain('Hangzhou');
    await page.locator('#map').screenshot({ path: path.join(screenshotDir, 'basemap-language-zh-Hans.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names the cities of the 繁體中文 view in traditional Chinese, not half of them in English', async () => {
    const { page, errors } = await open('language.html');
    await page.getByRole('button', { name: '繁體中文' }).click();
    await page.waitForLoadState('networkidle');
    await basemapSettled(page);
    const places = (await drawnAndObstacles(page)).labels.filter((l) => l.kind === 'place').map((l) => l.text);
    for (const name of ['杭州', '上海', '香港', '蘇州', '寧波']) expect(places, name).toContain(name);
    // The view is China and Taiwan (and two Japanese islands at its edge): the names the data has in Chinese
    // are drawn so; the rest stay in English, the one fallback.
    const latin = places.filter((t) => /[A-Za-z]/.test(t));
    console.log(`[e2e] 繁體中文 first view: ${places.length} city names, in English: ${latin.join(', ')}`);
    expect(places.length).toBeGreaterThan(40);
    expect(latin.length / places.length).toBeLessThan(0.15);
    await page.locator('#map').screenshot({ path: path.join(screenshotDir, 'basemap-language-zh-Hant.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names the cities of a page in zh-TW in traditional Chinese, and switched to plain zh in simplified', async () => {
    // The seed page as a Taiwanese site would serve it: the map takes the page's language.
    const page = await browser.newPage({ viewport: VIEWPORT });
    const { errors } = collectPageErrors(page);
    await page.route('**/examples/seed.html', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('<html lang="en">', '<html lang="zh-TW">');
      expect(html).toContain('<html lang="zh-TW">');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${base}seed.html`);
    await page.waitForLoadState('networkidle');
    await basemapSettled(page);
    const places = async () => (await drawnAndObstacles(page)).labels.filter((l) => l.kind === 'place').map((l) => l.text);
    const taiwan = await places();
    // 臺北, 廈門 and 溫州 are written so only in traditional characters (台北, 厦门, 温州 in simplified).
    for (const name of ['上海', '香港', '臺北', '廈門', '溫州']) expect(taiwan, name).toContain(name);
    expect(taiwan.filter((t) => /[A-Za-z]/.test(t)).length / taiwan.length).toBeLessThan(0.15);
    await page.locator('#map').screenshot({ path: path.join(screenshotDir, 'basemap-page-zh-TW.png') });

    await withMap(page, "basemap.labels.setLanguage('zh');");
    await basemapSettled(page);
    const plain = await places();
    for (const name of ['上海', '香港', '台北', '厦门', '温州']) expect(plain, name).toContain(name);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws land on both sides of 180° in a view centred on the antimeridian', async () => {
    const { page, errors } = await open('seed.html');
    await withMap(page, 'map.setView([0, 180], 3, { animate: false });');
    await page.waitForLoadState('networkidle');
    await basemapSettled(page);
    // The basemap canvas's colour at a place, found through the map's own projection.
    const colourAt = (lat: number, lon: number) =>
      withMap<number[]>(
        page,
        `const p = map.latLngToContainerPoint([${lat}, ${lon}]);
        const origin = map.getContainer().getBoundingClientRect();
        const canvas = map.getPane('tilePane').querySelector('canvas');
        const r = canvas.getBoundingClientRect();
        const k = canvas.width / r.width;
        const px = canvas.getContext('2d').getImageData((origin.left + p.x - r.left) * k, (origin.top + p.y - r.top) * k, 1, 1).data;
        return [px[0], px[1], px[2], p.x, map.getSize().x];`,
      );
    const LAND = [243, 240, 232];
    const australia = await colourAt(-25, 134); // west of 180
    const america = await colourAt(40, 360 - 100); // Kansas, in the world copy east of 180
    expect(australia.slice(0, 3)).toEqual(LAND);
    expect(america.slice(0, 3)).toEqual(LAND);
    expect(america[3]).toBeGreaterThan(australia[3]!);
    expect(america[3]).toBeLessThan(america[4]!);
    const { labels } = await drawnAndObstacles(page);
    expect(labels.map((l) => l.text)).toContain('Pacific Ocean');
    await page.locator('#map').screenshot({ path: path.join(screenshotDir, 'basemap-pacific.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the seed page under 500 KB transferred, compressed and cacheable, with the 1:10m coasts loaded only when zoomed in', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const sizes = new Map<string, number>();
    const urls = new Map<string, { url: string; encoding: string; cache: string }>();
    cdp.on('Network.responseReceived', (e) => {
      const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      urls.set(e.requestId, { url: e.response.url, encoding: h['content-encoding'] ?? '', cache: h['cache-control'] ?? '' });
    });
    // Requests sent and not yet finished: the page's own load state says nothing of fetches made after it.
    const inFlight = new Set<string>();
    cdp.on('Network.requestWillBeSent', (e) => inFlight.add(e.requestId));
    cdp.on('Network.loadingFailed', (e) => inFlight.delete(e.requestId));
    cdp.on('Network.loadingFinished', (e) => {
      sizes.set(e.requestId, e.encodedDataLength);
      inFlight.delete(e.requestId);
    });
    await page.goto(`${base}seed.html`);
    await basemapSettled(page);
    await expect.poll(() => inFlight.size, { timeout: 20000 }).toBe(0);
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    console.log(`[e2e] seed page first load: ${(total / 1024).toFixed(1)} KiB in ${sizes.size} responses`);
    expect(total).toBeLessThanOrEqual(SEED_PAGE_BUDGET);
    const responses = [...urls.values()];
    const leaflet = responses.find((r) => /vendor\/leaflet\/.*\.js$/.test(r.url));
    expect(leaflet?.url).toMatch(/leaflet\.esm\.min\.js$/);
    // Every script, style sheet and data file over 1 KiB goes out compressed (with headers, 2 KiB on the wire is surely one).
    const big = [...urls].filter(([id, r]) => /\.(js|css|json)$/.test(r.url) && (sizes.get(id) ?? 0) > 2048).map(([, r]) => r);
    expect(big.length).toBeGreaterThan(5);
    for (const r of big) {
      expect(r.encoding, r.url).toMatch(/^(br|gzip)$/);
      expect(r.cache, r.url).toMatch(/max-age=\d+/);
    }
    const zoom = await withMap<number>(page, 'return map.getZoom();');
    const fine = responses.some((r) => r.url.endsWith('/basemap/east-asia-10m.json'));
    expect(fine).toBe(zoom >= 6);
    await page.close();
  });

  it('says visibly and to screen readers when OpenStreetMap tiles cannot load, and offers the offline map', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${base}seed.html`);
    await basemapSettled(page);
    await page.locator('.leaflet-control-layers').hover();
    await page.getByLabel('OpenStreetMap (needs internet)').check();
    const status = page.locator('.gallery-tile-notice [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/could not be loaded/);
    expect(await page.locator('.gallery-tile-notice').isVisible()).toBe(true);
    await page.mouse.move(10, 10);
    await page.getByRole('button', { name: 'Use the offline map' }).click();
    await expect.poll(() => status.textContent()).toBe('');
    expect(await page.getByLabel('Offline map (Natural Earth)').isChecked()).toBe(true);
    await page.close();
  });
});
