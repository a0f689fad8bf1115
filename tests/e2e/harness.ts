/**
 * Shared set-up for every browser test: find Chromium, launch it with the
 * flags this machine needs, serve a folder on 127.0.0.1 and collect anything
 * that went wrong on a page. Browser tests use `describeBrowser` so that a
 * machine without Chromium skips them with a notice, while CI (`CI=true`)
 * fails instead: a green CI run must mean the browser tests ran.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';

/** Flags for headless Chromium in a container: no sandbox, no GPU, no phoning home. */
export const CHROME_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium executable: `CHROME_PATH` if set, else Debian's `/usr/bin/chromium`. */
export function chromePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

/** Whether the Chromium executable exists on this machine. */
export function browserAvailable(): boolean {
  return existsSync(chromePath());
}

/** Launches headless Chromium; callers close it in `afterAll`. Every page it makes counts its requests in flight (see {@link settle}). */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromePath(), args: [...CHROME_ARGS] });
  // `browser.newPage` makes its context through `newContext`, so this sees every page.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    // A service worker's request has no frame (frame() throws): it is not the page's.
    const of = (r: Request) => (r.serviceWorker() ? undefined : traffic(r.frame().page()));
    context.on('request', (r) => void (of(r) && of(r)!.busy++));
    const done = (r: Request): void => {
      const t = of(r);
      if (!t) return;
      t.busy--;
      t.quietSince = performance.now();
    };
    context.on('requestfinished', done);
    context.on('requestfailed', done);
    return context;
  };
  return browser;
}

/** Requests in flight on a page, and since when none has been. */
const pageTraffic = new WeakMap<Page, { busy: number; quietSince: number }>();
const traffic = (page: Page): { busy: number; quietSince: number } => {
  let t = pageTraffic.get(page);
  if (!t) pageTraffic.set(page, (t = { busy: 0, quietSince: performance.now() }));
  return t;
};

/** A static server for one folder; `url` ends with `/`. */
export interface ServedDir {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port, without caching, so that a page
 * always sees the files as they are on disk. A missing `/favicon.ico` answers
 * 204 rather than 404.
 */
export async function serveDir(dir: string): Promise<ServedDir> {
  if (!existsSync(dir)) throw new Error(`serveDir: ${dir} does not exist`);
  const handler = sirv(dir, { dev: true, dotfiles: false });
  const server: Server = createServer((req, res) => {
    handler(req, res, () => {
      // Chromium asks for /favicon.ico on pages that name no icon: not the page's fault.
      if (req.url === '/favicon.ico') {
        res.statusCode = 204;
        res.end();
        return;
      }
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`not found: ${req.url ?? ''}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/**
 * Launches Chromium before the tests of the block it is called in and closes it after them,
 * handing it to `set`: `let browser: Browser; useBrowser((b) => (browser = b));`.
 */
export function useBrowser(set: (browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => set((browser = await launchBrowser())));
  afterAll(async () => {
    await browser?.close();
  });
}

/**
 * `describe` for tests that need Chromium. Without a browser it prints one
 * line and skips the block; under `CI=true` a missing browser is an error.
 */
export function describeBrowser(name: string, fn: () => void): void {
  if (browserAvailable()) {
    describe(name, fn);
    return;
  }
  const message = `Chromium not found at ${chromePath()} (set CHROME_PATH)`;
  if (process.env.CI === 'true') {
    throw new Error(`${message}: browser tests must run under CI=true`);
  }
  console.log(`[e2e] skipping "${name}": ${message}`);
  describe.skip(name, fn);
}

/**
 * Starts recording page errors, console errors and failed requests (network
 * failures and HTTP statuses of 400 and above). Read `errors` after the page
 * has done its work: a healthy page leaves it empty.
 */
export function collectPageErrors(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('requestfailed', (req) =>
    errors.push(`requestfailed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { errors };
}

/** The repository's root, and the gallery as `node scripts/build-site.mjs` builds it. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const siteDir = path.join(repoRoot, 'site');

/**
 * Builds the gallery into site/ unless `page` (default: the gallery's index) is there
 * already, as `npm run test:e2e` leaves it; it needs the library built (`npm run build`).
 */
export async function ensureSite(page = 'examples/index.html'): Promise<void> {
  if (existsSync(path.join(siteDir, page))) return;
  if (!existsSync(path.join(repoRoot, 'dist/index.js'))) {
    throw new Error('site/ and dist/ are missing: run `npm run build && node scripts/build-site.mjs` first');
  }
  const { buildSite } = await import('../../scripts/build-site.mjs');
  await buildSite(siteDir);
}

/**
 * Waits for the page to finish loading and drawing (Leaflet's animations last 250 ms): its
 * load event, then no request in flight for 100 ms (Playwright's `networkidle` waits 500 ms,
 * which over the suite's hundreds of page loads was minutes), two frames and `ms`.
 */
export async function settle(page: Page, ms = 400): Promise<void> {
  await page.waitForLoadState('load');
  const t = pageTraffic.get(page);
  if (!t) await page.waitForLoadState('networkidle'); // a page of a browser launched elsewhere
  else {
    const deadline = performance.now() + 30000;
    while (t.busy > 0 || performance.now() - t.quietSince < 100) {
      if (performance.now() > deadline) throw new Error(`settle: ${t.busy} request(s) still in flight after 30 s on ${page.url()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(ms);
}

/** Waits until the popup stops moving (the map's fly, the popup's own pan): a click on a link in it before then can land on the map. */
export async function popupSettled(page: Page): Promise<void> {
  const where = () => page.locator('.leaflet-popup').evaluate((e) => JSON.stringify(e.getBoundingClientRect()));
  let before = '';
  await expect.poll(async () => [before, (before = await where())][0] === before, { interval: 300 }).toBe(true);
}

const require = createRequire(import.meta.url);

/** Serious and critical axe-core violations, one line per element, within `include` (default: the page). */
export async function axeProblems(page: Page, include?: string[]): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const violations = await page.evaluate(async (include) => {
    type Result = { violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context?: unknown): Promise<Result> } }).axe;
    const result = await (include ? axe.run({ include: include.map((s) => [s]) }) : axe.run());
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => String(n.target[0])) }));
  }, include);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.targets.map((t) => `${v.impact} ${v.id}: ${t}`))
    .sort();
}

/** The built gallery served and a browser to open it in, for one test file; `close` in `afterAll`. */
export interface Gallery {
  /** The URL of the gallery's examples folder, ending with `/`. */
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Serves the gallery (site/, built first if `page` is missing, see ensureSite) and launches
 * Chromium: the set-up of a browser test file of the gallery's pages.
 */
export async function openGallery(page = 'examples/index.html'): Promise<Gallery> {
  await ensureSite(page);
  const server = await serveDir(siteDir);
  const browser = await launchBrowser();
  return {
    base: `${server.url}examples/`,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Where browser tests save their screenshots (kept out of git). */
export const screenshotDir = path.join(repoRoot, 'tests/e2e/screenshots');

/**
 * For a `describeBrowser` block on the built gallery: {@link openGallery} before its tests,
 * closed after them. Read `gallery.browser` and `gallery.base` (the examples' URL) in the tests.
 */
export function useGallery(page = 'examples/index.html'): { browser: Browser; base: string } {
  const gallery = {} as { browser: Browser; base: string };
  let opened: Gallery | undefined;
  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    opened = await openGallery(page);
    gallery.base = opened.base;
    gallery.browser = opened.browser;
  });
  afterAll(async () => {
    await opened?.close();
  });
  return gallery;
}

/**
 * Opens the gallery page `file` (with any hash: `story.html#stop=hangzhou`) as a phone of
 * `size` would, in a context of its own with touch and a mobile viewport, recording errors
 * from its first request, and waits for it to settle. Close it with `page.context().close()`.
 */
export async function openOnPhone(gallery: { browser: Browser; base: string }, file: string, size: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const context = await gallery.browser.newContext({ viewport: size, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const { errors } = collectPageErrors(page);
  await page.goto(`${gallery.base}${file}`);
  await settle(page);
  return { page, errors };
}

/**
 * Puts the page's first gallery map (gallery-map.js's `galleryMaps()` test hook) on
 * `window.galleryMap`, and its itinerary layer, if any, on `window.layer`. A string, so that
 * the test runner's transform never rewrites the page's `import()`.
 */
export function exposeGalleryMap(page: Page): Promise<void> {
  return page.evaluate(`import('./assets/gallery-map.js').then((m) => {
    window.galleryMap = m.galleryMaps()[0].map;
    window.galleryMap.eachLayer((l) => { if (l.itinerary) window.layer = l; });
  })`) as Promise<void>;
}

/**
 * Serves `examples/<name>` to `page` as a page of the gallery's own origin that a test builds its
 * maps on: Leaflet's and visitmap's styles, an import map for `leaflet`, `visitmap` and
 * `visitmap/leaflet` as the gallery has them, the page's `style` and `body` (its own module script).
 */
export async function routeOwnPage(page: Page, name: string, style: string, body: string): Promise<void> {
  await page.route((url) => url.pathname.endsWith(`/examples/${name}`), (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="../vendor/leaflet/leaflet.css"><link rel="stylesheet" href="../dist/visitmap.css">
<script type="importmap">{"imports":{"leaflet":"../vendor/leaflet/leaflet.esm.min.js","visitmap":"../dist/index.js","visitmap/leaflet":"../dist/leaflet.js"}}</script>
<style>${style}</style></head><body>${body}</body></html>`,
    }),
  );
}
