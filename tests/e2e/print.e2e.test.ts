/**
 * Print (issue 16), in real Chromium on the built gallery (`site/`): the seed and story pages,
 * each with a popup open, laid out for paper (`emulateMedia({ media: 'print' })`) at the width
 * of an A4 page less the gallery's 12 mm margins. The printed sheet is the map, framed on the
 * whole route, and below it the stop list, whole: every stop and meeting, nothing folded,
 * scrolled or clipped. No control is printed but the stop list, the legend (the key to the
 * leg colours and marker rings), the scale bar and the credits; no popup, whose text the map's
 * edge would cut. `page.pdf()` writes a PDF of at least one page. Screenshots go to
 * tests/e2e/screenshots/print-*.png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectPageErrors, describeBrowser, repoRoot, screenshotDir, settle, useGallery } from './harness';


/**
 * A4 (210 mm) less 12 mm margins each side, at 96 px to the inch: the printed page's width.
 * Tall enough for the whole sheet, so that the full-page screenshot needs no resize of the
 * window (Leaflet would redraw its legs in the middle of it).
 */
const PAGE = { width: 703, height: 1500 };

/** The controls a printed map keeps: the list (moved below the map), the legend, the scale bar and the credits. */
const PRINTED_CONTROLS = ['vm-stoplist-control', 'vm-legend', 'leaflet-control-scale', 'leaflet-control-attribution'];

type Name = string | Record<string, string>;
const seed = JSON.parse(readFileSync(path.join(repoRoot, 'data/hk-customs-yrd-visit-2023.json'), 'utf8')) as {
  stops: { name: Name; meetings?: { title: Name }[] }[];
};
const english = (name: Name) => (typeof name === 'string' ? name : name.en!);

/** What the page measures on paper, in page pixels. */
interface Sheet {
  page: number;
  map: { l: number; t: number; r: number; b: number };
  controls: string[];
  popupShown: boolean;
  list: { top: number; right: number; names: string[]; meetings: number[]; color: string; breakInside: string[] };
  /** Every element of the list that scrolls or is cut: its own overflow, or an ancestor with overflow that clips it. */
  clipped: string[];
  /** The stop numbers on the markers the printed map shows, and the markers outside it. */
  numbers: number[];
  markersOutside: string[];
  /** The legs drawn, and the arrowheads: each travel mode's path, its heads, its opacity, whether it is inside the map. */
  legs: number;
  arrows: { heads: number; opacity: string; inside: boolean }[];
}

function measureSheet(page: Page): Promise<Sheet> {
  return page.evaluate(() => {
    const shown = (e: Element) => {
      const style = getComputedStyle(e);
      const r = e.getBoundingClientRect();
      return style.display !== 'none' && style.visibility !== 'hidden' && r.width > 0 && r.height > 0;
    };
    const mapEl = document.querySelector('#map')!;
    const m = mapEl.getBoundingClientRect();
    const controls = Array.from(document.querySelectorAll('.leaflet-control'))
      .filter(shown)
      .map((e) => e.className.split(' ')[0]!);
    const root = document.querySelector<HTMLElement>('.vm-stoplist-control')!;
    const items = Array.from(root.querySelectorAll<HTMLElement>('.vm-stoplist__item'));
    const label = (e: Element) => `${e.tagName.toLowerCase()}.${(e.getAttribute('class') ?? '').split(' ')[0]}`;
    const clipped: string[] = [];
    for (const e of [root, ...Array.from(root.querySelectorAll<HTMLElement>('.vm-stoplist-control__body, .vm-stoplist, .vm-stoplist__list')), ...items]) {
      if (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1) {
        clipped.push(`${label(e)} scrolls: ${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight}`);
      }
    }
    for (const item of items) {
      const r = item.getBoundingClientRect();
      for (let a = item.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const b = a.getBoundingClientRect();
        if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1) {
          clipped.push(`${item.textContent!.slice(0, 30)} cut by ${label(a)} (overflow ${s.overflowX}/${s.overflowY})`);
        }
      }
    }
    const numbers: number[] = [];
    const markersOutside: string[] = [];
    for (const badge of Array.from(mapEl.querySelectorAll('.leaflet-marker-icon.vm-marker .vm-marker__badge'))) {
      const r = badge.getBoundingClientRect();
      const text = badge.textContent ?? '';
      if (r.left < m.left || r.right > m.right || r.top < m.top || r.bottom > m.bottom || r.right > innerWidth) {
        markersOutside.push(text);
        continue;
      }
      // "1 · 7", "3–6": each number, and each of a range's.
      for (const [, a, b] of text.matchAll(/(\d+)(?:–(\d+))?/g)) for (let n = Number(a); n <= Number(b ?? a); n++) numbers.push(n);
    }
    const list = root.getBoundingClientRect();
    const arrows = Array.from(mapEl.querySelectorAll('path.vm-arrow')).map((p) => {
      const r = p.getBoundingClientRect();
      return { heads: (p.getAttribute('d') ?? '').split('M').length - 1, opacity: getComputedStyle(p).opacity, inside: r.left >= m.left && r.right <= m.right && r.top >= m.top && r.bottom <= m.bottom && r.width > 0 };
    });
    return {
      legs: mapEl.querySelectorAll('path.vm-leg').length,
      arrows,
      page: innerWidth,
      map: { l: m.left, t: m.top, r: m.right, b: m.bottom },
      controls,
      popupShown: Array.from(document.querySelectorAll('.leaflet-popup, .vm-meeting-details')).some(shown),
      list: {
        top: list.top,
        right: list.right,
        names: Array.from(root.querySelectorAll('.vm-stoplist__name')).map((e) => e.textContent ?? ''),
        meetings: items.map((item) => item.querySelectorAll('.vm-stoplist__meeting').length),
        color: getComputedStyle(root.querySelector('.vm-stoplist__name')!).color,
        breakInside: [...new Set(items.map((item) => getComputedStyle(item).breakInside))],
      },
      clipped,
      numbers: [...new Set(numbers)].sort((a, b) => a - b),
      markersOutside,
    };
  });
}

/** Runs `body` in the page with `map` and `basemap` of its gallery map in scope (a string: the test runner must not rewrite the page's `import()`). */
function withMap<T>(page: Page, body: string): Promise<T> {
  return page.evaluate(`(async () => {
    const { map, basemap } = (await import('./assets/gallery-map.js')).galleryMaps()[0];
    ${body}
  })()`) as Promise<T>;
}

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

describeBrowser('print: the map and the stop list as an itinerary sheet', () => {
  const gallery = useGallery('examples/story.html');

  async function open(url: string): Promise<{ page: Page; errors: string[] }> {
    const page = await gallery.browser.newPage({ viewport: PAGE });
    const { errors } = collectPageErrors(page);
    await page.goto(url);
    await settle(page);
    return { page, errors };
  }

  for (const [name, stop] of [
    ['seed', 'hangzhou'],
    ['story', 'lingang'],
  ] as const) {
    it(`prints ${name} as the whole route and every stop, with no control, popup or cut text`, async () => {
      const { page, errors } = await open(`${gallery.base}${name}.html#stop=${stop}`);
      await page.waitForSelector('.leaflet-popup .vm-popup__title');
      const corner = () => page.evaluate(() => document.querySelector('.vm-stoplist-control')!.parentElement!.className);
      expect(await corner()).toBe('leaflet-top leaflet-right');

      await page.emulateMedia({ media: 'print' });
      await page.waitForSelector('.vm-stoplist-control--print');
      await settle(page, 300);
      const sheet = await measureSheet(page);
      await page.screenshot({ path: path.join(screenshotDir, `print-${name}.png`), fullPage: true });

      expect(sheet.controls.filter((c) => !PRINTED_CONTROLS.includes(c))).toEqual([]);
      expect(sheet.controls).toContain('vm-stoplist-control');
      expect(sheet.popupShown).toBe(false);
      // Every stop and meeting, in order, below the map and on the page, in black, none cut.
      expect(sheet.list.names).toEqual(seed.stops.map((s) => english(s.name)));
      expect(sheet.list.meetings).toEqual(seed.stops.map((s) => s.meetings?.length ?? 0));
      expect(sheet.list.top).toBeGreaterThanOrEqual(sheet.map.b);
      expect(sheet.list.right).toBeLessThanOrEqual(sheet.page + 1);
      expect(sheet.list.color).toBe('rgb(0, 0, 0)');
      expect(sheet.list.breakInside).toEqual(['avoid']);
      expect(sheet.clipped).toEqual([]);
      // The map within the page, and the whole route on it: a marker for every stop number, none outside.
      expect(sheet.map.l).toBeGreaterThanOrEqual(0);
      expect(sheet.map.r).toBeLessThanOrEqual(sheet.page + 1);
      expect(sheet.markersOutside).toEqual([]);
      expect(sheet.numbers).toEqual(seed.stops.map((_, i) => i + 1));
      // An arrowhead on every leg, inside the map and opaque (the story's faint guide prints whole).
      expect(sheet.legs).toBe(seed.stops.length - 1);
      expect(sheet.arrows.reduce((n, a) => n + a.heads, 0), 'arrowheads printed').toBe(sheet.legs);
      expect(sheet.arrows.filter((a) => a.opacity !== '1' || !a.inside)).toEqual([]);

      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);

      // Back on screen: the list in its corner again.
      await page.emulateMedia({ media: 'screen' });
      await page.waitForSelector('.vm-stoplist-control--print', { state: 'detached' });
      expect(await corner()).toBe('leaflet-top leaflet-right');
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('prints with page.pdf() alone, as the print dialog does (beforeprint, then the print media), leaves off the names it cannot redraw, and puts the map back after', async () => {
    const { page, errors } = await open(`${gallery.base}seed.html`);
    await withMap(page, 'await basemap.whenReady(); return true;');
    const view = () =>
      withMap<{ corner: string; center: [number, number]; zoom: number }>(
        page,
        `return { corner: document.querySelector('.vm-stoplist-control').parentElement.className,
          center: [map.getCenter().lat, map.getCenter().lng], zoom: map.getZoom() };`,
      );
    const before = await view();
    // What the page looks like at the moment it is laid out for paper: no animation frame comes before it is printed.
    await withMap(
      page,
      `window.printSeen = [];
      matchMedia('print').addEventListener('change', (e) => {
        if (!e.matches) return;
        const list = document.querySelector('.vm-stoplist-control').getBoundingClientRect();
        const box = map.getContainer().getBoundingClientRect();
        window.printSeen.push({ listBelowMap: list.top >= box.bottom, mapSized: map.getSize().x === map.getContainer().clientWidth, labelsHidden: getComputedStyle(document.querySelector('#map canvas.visitmap-labels')).visibility === 'hidden' });
      });
      return true;`,
    );
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    const seen = await page.evaluate(() => (window as unknown as { printSeen: { listBelowMap: boolean; mapSized: boolean; labelsHidden: boolean }[] }).printSeen);
    expect(seen).toHaveLength(1);
    // Names drawn for the screen would print in the wrong places; drawn while printing, Chromium's PDF puts a white box over the page.
    expect(seen[0]).toEqual({ listBelowMap: true, mapSized: true, labelsHidden: true });
    // The same view as before, to within a pixel (about 0.04° at zoom 5).
    const after = await view();
    expect({ corner: after.corner, zoom: after.zoom }).toEqual({ corner: before.corner, zoom: before.zoom });
    expect(Math.abs(after.center[0] - before.center[0])).toBeLessThan(0.04);
    expect(Math.abs(after.center[1] - before.center[1])).toBeLessThan(0.04);
    await expect.poll(() => withMap(page, 'return basemap.labels.drawnLabels().length > 0 && !basemap.labels.loading;')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
