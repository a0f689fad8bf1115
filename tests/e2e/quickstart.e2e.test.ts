/**
 * The README's recipes, done as a new user does them, from the packed package: `npm pack`,
 * a fresh app that installs the tarball with Leaflet and Vite (from the npm cache), the
 * Quick start's `html` and `js` blocks pasted in as they are, `vite build`, and the built
 * site opened in Chromium. The same for the script-tag and the import-map pages in the Install
 * section, served next to the app's `node_modules` (the import-map page also opens a GPX and a
 * KML file the reader picks); the Install section's `js` blocks not marked `// bundlers only`,
 * and the extract section's example, run in plain Node in the same app. The map must show the basemap, the numbered markers
 * and the legs, and every link in every stop's popup must lead to a page that exists: not a
 * 404, and not the app's own index.html. Change the README and this test runs the change.
 * A screenshot of the Quick start app goes to tests/e2e/screenshots/quickstart.png.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeProblems, collectPageErrors, describeBrowser, launchBrowser, serveDir, type ServedDir, settle } from './harness';
import { fromGPX } from '../../src/import/from-gpx';
import { issuesOf } from '../geojson/helpers';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const screenshotDir = path.join(repoRoot, 'tests/e2e/screenshots');
const SEED = JSON.parse(readFileSync(path.join(repoRoot, 'data/hk-customs-yrd-visit-2023.json'), 'utf8')) as {
  title: { en: string };
  stops: { id: string; meetings?: unknown[] }[];
};
const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** The text of a README section, from its `## heading` to the next `## `. */
function readmeSection(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** The one fenced code block of `lang` in `section`; throws unless there is exactly one. */
function onlyBlock(section: string, lang: string, where: string): string {
  const blocks = [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === lang).map((m) => m[2]!);
  if (blocks.length !== 1) throw new Error(`README.md "${where}" must have exactly one \`\`\`${lang} block, has ${blocks.length}`);
  return blocks[0]!;
}

/** The one fenced code block of `lang` in `section` that contains `marker`; throws unless there is exactly one. */
function blockWith(section: string, lang: string, marker: string, where: string): string {
  const blocks = [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === lang && m[2]!.includes(marker)).map((m) => m[2]!);
  if (blocks.length !== 1) throw new Error(`README.md "${where}" must have exactly one \`\`\`${lang} block with ${marker}, has ${blocks.length}`);
  return blocks[0]!;
}

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });


/** How many pixels of the map's tile-pane canvases (where the basemap draws) are painted. */
function basemapPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    let painted = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.leaflet-tile-pane canvas')) {
      if (!canvas.width || !canvas.height) continue;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    }
    return painted;
  });
}

/** Whether Leaflet's and visitmap's stylesheets reached the page (without them the map is a jumble of tiles and text). */
function stylesheets(page: Page): Promise<{ leaflet: boolean; visitmap: boolean }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.leaflet-map-pane');
    const badge = document.querySelector('.vm-marker__badge');
    return {
      leaflet: !!pane && getComputedStyle(pane).position === 'absolute',
      visitmap: !!badge && !['rgba(0, 0, 0, 0)', 'transparent'].includes(getComputedStyle(badge).backgroundColor),
    };
  });
}

/** The stop numbers the markers show: "1 · 7" → 1, 7; "3–6" → 3, 4, 5, 6. */
async function markerNumbers(page: Page): Promise<number[]> {
  const labels = await page.locator('.leaflet-marker-pane .vm-marker__label').allTextContents();
  return labels
    .flatMap((label) =>
      label.split(/\s*[·,]\s*/).flatMap((part) => {
        const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(part.trim());
        if (!range) return /^\d+$/.test(part.trim()) ? [Number(part.trim())] : [];
        return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, k) => Number(range[1]) + k);
      }),
    )
    .sort((a, b) => a - b);
}

/**
 * Opens every stop's popup in turn (the first marker, then the "next stop" key) and
 * returns the links in each: `{ stop: 'Stop 2 of 7', hrefs: [absolute URLs] }`.
 */
async function popupLinks(page: Page): Promise<{ stop: string; hrefs: string[]; buttons: number }[]> {
  const out: { stop: string; hrefs: string[]; buttons: number }[] = [];
  // Each wait bounded below the test's 60 s, so that a hang names its step (a fresh-clone run once hung here for 60 s, unnamed).
  await page.locator('.leaflet-marker-pane .vm-marker', { hasText: /^1\b/ }).first().locator('.vm-marker__badge').click({ timeout: 15_000 });
  for (let i = 0; i < SEED.stops.length; i++) {
    const number = page.locator('.leaflet-popup .vm-popup__number');
    await expect.poll(() => number.textContent(), { message: `popup of stop ${i + 1}` }).toBe(`Stop ${i + 1} of ${SEED.stops.length}`);
    const hrefs = await page.locator('.leaflet-popup-content a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    // Without deep linking, a meeting without its own url is opened by a button, not by a #meeting= link.
    const buttons = await page.locator('.leaflet-popup-content button.vm-meeting__details').count();
    out.push({ stop: `Stop ${i + 1} of ${SEED.stops.length}`, hrefs, buttons });
    if (i + 1 < SEED.stops.length) await page.keyboard.press('n');
  }
  return out;
}

/**
 * Follows each link: one to another document must answer below 400 with something other
 * than the app's own index page (a single-page fallback); one within the page (`#…`) must
 * name a meeting of the itinerary. Returns one line per broken link.
 */
async function brokenLinks(page: Page, links: { stop: string; hrefs: string[] }[], appIndex: string): Promise<string[]> {
  const broken: string[] = [];
  const here = new URL(page.url());
  for (const { stop, hrefs } of links) {
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue; // mailto: and the like
      if (url.origin === here.origin && url.pathname === here.pathname && url.search === here.search) {
        const id = /^#meeting=(.+)$/.exec(url.hash)?.[1];
        const known = SEED.stops.some((s) => (s.meetings ?? []).some((m) => (m as { id?: string }).id === decodeURIComponent(id ?? '')));
        if (!known) broken.push(`${stop}: ${href} stays on the page without naming a meeting`);
        continue;
      }
      if (url.origin !== here.origin) {
        broken.push(`${stop}: ${href} leaves the app (the seed's links must work offline)`);
        continue;
      }
      const response = await page.request.get(href, { timeout: 10_000 });
      const body = await response.text();
      if (response.status() >= 400) broken.push(`${stop}: ${href} answers ${response.status()}`);
      else if (body === appIndex) broken.push(`${stop}: ${href} lands on the app's own index.html`);
    }
  }
  return broken;
}

describeBrowser('the README recipes, from the packed package', () => {
  let work: string;
  let app: string;
  let appIndex: string;
  let browser: Browser;
  let built: ServedDir;
  let plain: ServedDir;
  let install: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'visitmap-quickstart-'));
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], repoRoot)) as { filename: string }[];
    app = path.join(work, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'quickstart', private: true, type: 'module' }));
    // The README's install command, plus Vite; from the npm cache that `npm ci` filled.
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', path.join(work, packed[0]!.filename), `leaflet@${versionOf('leaflet')}`, `vite@${versionOf('vite')}`],
      app,
    );

    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    install = readmeSection(readme, 'Install');
    expect(install, 'the README install command').toContain('npm install visitmap leaflet\n');
    const quick = readmeSection(readme, 'Quick start');
    const html = onlyBlock(quick, 'html', 'Quick start');
    const js = onlyBlock(quick, 'js', 'Quick start');
    const entry = /<script\s+type="module"\s+src="([^"]+)"/.exec(html)?.[1];
    if (!entry) throw new Error('the Quick start html block has no <script type="module" src="…">');
    writeFileSync(path.join(app, 'index.html'), html);
    mkdirSync(path.dirname(path.join(app, entry)), { recursive: true });
    writeFileSync(path.join(app, entry), js);
    run(path.join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], app);
    appIndex = readFileSync(path.join(app, 'dist/index.html'), 'utf8');

    // The script-tag and import-map pages sit next to node_modules, as the README says.
    writeFileSync(path.join(app, 'script-tag.html'), blockWith(install, 'html', 'visitmap.umd.min.js', 'Install'));
    writeFileSync(path.join(app, 'import-map.html'), blockWith(install, 'html', '<script type="importmap">', 'Install'));

    browser = await launchBrowser();
    built = await serveDir(path.join(app, 'dist'));
    plain = await serveDir(app);
  }, 240_000);

  afterAll(async () => {
    await built?.close();
    await plain?.close();
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('Install: every js block not marked "// bundlers only" runs in plain Node (no CSS import, JSON imported `with { type: \'json\' }`)', () => {
    const blocks = [...install.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).filter((b) => !b.startsWith('// bundlers only'));
    expect(blocks.length, 'js blocks for plain Node in the Install section').toBeGreaterThanOrEqual(2);
    expect(nodeFailures(blocks, 'install')).toEqual([]);
  });

  it('visitmap/extract: the README example awaits extractItinerary and gets { itinerary, warnings } in plain Node', () => {
    const section = readmeSection(readFileSync(path.join(repoRoot, 'README.md'), 'utf8'), 'From announcement to map: `visitmap/extract`');
    const block = onlyBlock(section, 'js', 'From announcement to map');
    expect(block).toMatch(/const \{ itinerary, warnings \} = await extractItinerary\(/);
    expect(nodeFailures([block], 'extract')).toEqual([]);
  });

  /** Runs each block as a module (CommonJS when it calls require) in the app with plain Node; one line per block that fails or writes to stderr. */
  function nodeFailures(blocks: string[], name: string): string[] {
    return blocks.flatMap((block, i) => {
      const file = path.join(app, `readme-${name}-${i}.${/\brequire\(/.test(block) ? 'cjs' : 'mjs'}`);
      writeFileSync(file, block);
      const ran = spawnSync(process.execPath, [file], { cwd: app, encoding: 'utf8' });
      return ran.status === 0 && ran.stderr === '' ? [] : [`${block.split('\n')[0]} … exits ${ran.status}: ${ran.stderr.split('\n').slice(0, 5).join(' ')}`];
    });
  }

  const PAGES = { 'script tag': 'script-tag.html', 'import map': 'import-map.html' } as const;
  for (const recipe of ['Quick start (Vite)', 'script tag', 'import map'] as const) {
    const url = () => (recipe === 'Quick start (Vite)' ? built.url : `${plain.url}${PAGES[recipe]}`);

    it(`${recipe}: shows the basemap, a numbered marker for every stop and the legs, without errors`, async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
      const { errors } = collectPageErrors(page);
      try {
        await page.goto(url());
        await expect.poll(() => page.locator('.leaflet-marker-pane .vm-marker').count(), { timeout: 15_000 }).toBeGreaterThan(0);
        await settle(page);
        await expect.poll(() => basemapPixels(page), { timeout: 15_000, message: 'basemap pixels painted' }).toBeGreaterThan(10_000);
        expect(await stylesheets(page)).toEqual({ leaflet: true, visitmap: true });
        expect([...new Set(await markerNumbers(page))]).toEqual(SEED.stops.map((_, i) => i + 1));
        expect(await page.locator('path.vm-leg').count()).toBeGreaterThanOrEqual(SEED.stops.length - 1);
        if (recipe === 'Quick start (Vite)') {
          mkdirSync(screenshotDir, { recursive: true });
          await page.screenshot({ path: path.join(screenshotDir, 'quickstart.png') });
        }
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it(`${recipe}: all of the page is in a landmark (axe-core's "region" rule), with no serious or critical axe problem`, async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
      try {
        await page.goto(url());
        await expect.poll(() => page.locator('.leaflet-marker-pane .vm-marker').count(), { timeout: 15_000 }).toBeGreaterThan(0);
        await settle(page);
        expect(await axeProblems(page)).toEqual([]);
        // "region" is a moderate rule, which axeProblems leaves out: ask for it alone.
        const outside = await page.evaluate(async () => {
          type Result = { violations: { nodes: { target: unknown[] }[] }[] };
          const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
          const result = await axe.run(document, { runOnly: ['region'] });
          return result.violations.flatMap((v) => v.nodes.map((n) => String(n.target[0])));
        });
        expect(outside).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it(`${recipe}: the wheel zooms the full-page map (no "use Ctrl + scroll" hint on a page that does not scroll)`, async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
      try {
        await page.goto(url());
        await expect.poll(() => page.locator('.leaflet-marker-pane .vm-marker').count(), { timeout: 15_000 }).toBeGreaterThan(1);
        await settle(page);
        // The spread of the markers on screen: a zoom in widens it.
        const spread = () =>
          page.locator('.leaflet-marker-pane .vm-marker').evaluateAll((els) => {
            const xs = els.map((e) => e.getBoundingClientRect().left);
            return Math.max(...xs) - Math.min(...xs);
          });
        const before = await spread();
        await page.mouse.move(500, 350);
        await page.mouse.wheel(0, -400);
        await expect.poll(spread, { timeout: 5_000, message: 'markers spread by a wheel zoom' }).toBeGreaterThan(before * 1.5);
        expect(await page.locator('.vm-gesture-hint--shown').count()).toBe(0);
      } finally {
        await page.close();
      }
    });

    it(`${recipe}: every link in every stop's popup leads to a page that exists, and every meeting button opens its details`, async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
      try {
        await page.goto(url());
        await expect.poll(() => page.locator('.leaflet-marker-pane .vm-marker').count(), { timeout: 15_000 }).toBeGreaterThan(0);
        await settle(page);
        const links = await popupLinks(page);
        SEED.stops.forEach((stop, i) => {
          if (stop.meetings?.length) expect(links[i]!.hrefs.length + links[i]!.buttons, `meeting links and buttons in the popup of ${stop.id}`).toBeGreaterThan(0);
        });
        const index = recipe === 'Quick start (Vite)' ? appIndex : readFileSync(path.join(app, PAGES[recipe]), 'utf8');
        expect(await brokenLinks(page, links, index)).toEqual([]);
        // A button opens its meeting's details on the map, and the URL stays as it was (no dead #meeting= link).
        if (links.some((l) => l.buttons)) {
          const before = page.url();
          const last = links.length - 1 - [...links].reverse().findIndex((l) => l.buttons); // the popup of the last stop is open
          for (let i = links.length - 1; i > last; i--) await page.keyboard.press('p');
          await expect.poll(() => page.locator('.leaflet-popup .vm-popup__number').textContent()).toBe(links[last]!.stop);
          await page.locator('.leaflet-popup-content button.vm-meeting__details').first().click();
          await expect.poll(() => page.locator('.vm-meeting-details__title').first().textContent()).toBeTruthy();
          expect(page.url()).toBe(before);
        }
      } finally {
        await page.close();
      }
    });
  }

  it('import map: opens a GPX and a KML file the reader picks through visitmap/import, and names where a broken file is broken', async () => {
    // The files a reader would have: the seed written by the packed package's own exporters, and a GPX cut short.
    const files = path.join(work, 'files');
    mkdirSync(files);
    const write = `import { parseItinerary, toGPX, toKML } from 'visitmap';
import { writeFileSync } from 'node:fs';
import seed from 'visitmap/data/hk-customs-yrd-visit-2023.json' with { type: 'json' };
const itinerary = parseItinerary(seed);
writeFileSync(process.argv[2] + '/trip.gpx', toGPX(itinerary));
writeFileSync(process.argv[2] + '/trip.kml', toKML(itinerary));
writeFileSync(process.argv[2] + '/broken.gpx', toGPX(itinerary).slice(0, 400));`;
    writeFileSync(path.join(app, 'write-files.mjs'), write);
    run(process.execPath, ['write-files.mjs', files], app);
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const { errors } = collectPageErrors(page);
    try {
      await page.goto(`${plain.url}import-map.html`);
      await expect.poll(() => page.locator('.leaflet-marker-pane .vm-marker').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      for (const name of ['trip.gpx', 'trip.kml']) {
        await page.evaluate(() => document.querySelectorAll('.leaflet-marker-pane .vm-marker').forEach((m) => m.classList.add('was-here')));
        await page.setInputFiles('input[type="file"]', path.join(files, name));
        // The seed's title is in three languages: the page's (English) is shown, not "[object Object]".
        await expect.poll(() => page.locator('output').textContent(), { timeout: 10_000 }).toBe(`${SEED.title.en}: ${SEED.stops.length} stops`);
        // The seed's layer went, and the file's took its place: every stop numbered once more.
        expect(await page.locator('.leaflet-marker-pane .vm-marker.was-here').count(), name).toBe(0);
        expect([...new Set(await markerNumbers(page))], name).toEqual(SEED.stops.map((_, i) => i + 1));
      }
      await page.setInputFiles('input[type="file"]', path.join(files, 'broken.gpx'));
      await expect.poll(() => page.locator('output').textContent(), { timeout: 10_000 }).toMatch(/^broken\.gpx: line \d+, column \d+: not well-formed XML/);
      // Chromium's own words around its report ("Below is a rendering of the page up to the first error.") are not the file's.
      expect(await page.locator('output').textContent()).not.toMatch(/rendering of the page|following errors/);
      expect([...new Set(await markerNumbers(page))], 'the last file read stays on the map').toEqual(SEED.stops.map((_, i) => i + 1));
      // A stray "&" (GDAL writes a link's query so): located at the "&" and said as Node says it, where Chromium had its own
      // words and a column of its own (past the "&").
      const amp = readFileSync(path.join(files, 'trip.gpx'), 'utf8').replace('<name>', '<name>R&D ');
      writeFileSync(path.join(files, 'amp.gpx'), amp);
      const [inNode] = issuesOf(() => fromGPX(amp));
      expect(inNode!.message).toMatch(/^not well-formed XML: a "&" that starts no entity/);
      await page.setInputFiles('input[type="file"]', path.join(files, 'amp.gpx'));
      await expect.poll(() => page.locator('output').textContent(), { timeout: 10_000 }).toBe(`amp.gpx: ${inNode!.path}: ${inNode!.message}`);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
