/**
 * The layer's own fit, with the library's default options, in real Chromium on the script-tag
 * build: every stop's badge and its halo (15 px round a city's) stay inside the map. On the
 * seed, Hong Kong is the trip's westmost and southmost stop, so it lies on the fitted bounds'
 * corner, and its badge ("1 · 7", about 50 px wide) reaches further than the old fixed 24 px
 * padding. The maps here zoom in any step (`zoomSnap: 0`), so the fit is tight on one side,
 * as it is on a map whose size happens to fit the trip at a whole zoom.
 */
import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { collectPageErrors, describeBrowser, useBrowser } from './harness';
import { mapPage, seedJson } from './pages/layer-page';

declare const L: typeof import('leaflet');
declare const visitmap: typeof import('../../src/umd');
type W = Window & { map: L.Map };

/** The widest halo's reach beyond a badge, px: a city's (`.vm-marker--city .vm-marker__badge` in visitmap.css), asked of every badge as phones.e2e does. */
const HALO = 15;

/** How the seed is fitted: by the `fitBounds` option, or added and fitted with `fitItinerary()`, on a map with no view yet or with one. */
const HOW = ['fitBounds', 'fitItinerary', 'fitItinerary from a view'] as const;

/** A map that zooms in any step, and the seed on it with `options`, fitted `how`. */
async function fittedSeed(page: Page, how: (typeof HOW)[number], options: Record<string, unknown> = {}): Promise<void> {
  await page.evaluate(
    ([json, how, options]) => {
      const w = window as unknown as W;
      w.map.remove();
      w.map = L.map('map', { zoomSnap: 0, fadeAnimation: false, zoomAnimation: false, markerZoomAnimation: false });
      if (how === 'fitItinerary from a view') w.map.setView([28, 118], 5);
      const layer = visitmap.itineraryLayer(JSON.parse(json), { ...options, fitBounds: how === 'fitBounds' }).addTo(w.map);
      if (how !== 'fitBounds') layer.fitItinerary();
    },
    [seedJson, how, options] as const,
  );
}

/** The markers whose badge, with `halo` px round it, is not wholly inside the map: their labels, with how far out (px). */
function cut(page: Page, halo: number): Promise<string[]> {
  return page.evaluate((halo) => {
    const m = document.querySelector('#map')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('#map .leaflet-marker-pane .vm-marker')].flatMap((e) => {
      const r = e.querySelector('.vm-marker__badge')!.getBoundingClientRect();
      const out = Math.max(m.left - (r.left - halo), r.right + halo - m.right, m.top - (r.top - halo), r.bottom + halo - m.bottom);
      return out > 0.5 ? [`${e.textContent} (${out.toFixed(1)} px out)`] : [];
    });
  }, halo);
}

/** Where Hong Kong's point (its marker's anchor) is, px from the map's left and bottom edges. */
function hongKong(page: Page): Promise<{ left: number; bottom: number }> {
  return page.evaluate(() => {
    const m = document.querySelector('#map')!.getBoundingClientRect();
    const icon = [...document.querySelectorAll('#map .leaflet-marker-pane .vm-marker')].find((e) => e.textContent === '1 · 7')!;
    const r = icon.getBoundingClientRect();
    return { left: r.left - m.left, bottom: m.bottom - r.top };
  });
}

describeBrowser("the layer's default fit", () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  // Wide: the fit is tight top and bottom (Hong Kong's halo below it); tall: left and right (its badge's left half).
  const SIZES = [
    { width: 900, height: 420 },
    { width: 360, height: 760 },
  ] as const;

  for (const size of SIZES) {
    for (const how of HOW) {
      it(`keeps every badge and its halo on a ${size.width}×${size.height} map fitted by ${how}`, async () => {
        const page = await mapPage(browser, size);
        const { errors } = collectPageErrors(page);
        await fittedSeed(page, how);
        expect(await cut(page, HALO)).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }

    it(`fits to the fitPadding given, not the badges, on a ${size.width}×${size.height} map`, async () => {
      const page = await mapPage(browser, size);
      await fittedSeed(page, 'fitItinerary', { fitPadding: [0, 0] });
      // Hong Kong's point on the map's edge on the tight side (the page's padding, 0 px), to
      // the pixel Leaflet rounds a marker's position to.
      const at = await hongKong(page);
      expect(Math.abs(Math.min(at.left, at.bottom))).toBeLessThanOrEqual(1);
      await page.close();
    });
  }

  it('keeps the halos in where Leaflet rounds the zoom up: a route 2 px too wide for zoom 4 (zoomSnap 1)', async () => {
    // Two cities on the equator, 80° apart: 910 px at zoom 4. The map is 2 px narrower than
    // that and the padding on both sides (0.25% short), which Leaflet's getBoundsZoom rounds to
    // zoom 4 (to a hundredth of a zoom before snapping down): the old fit cut both halos by 1.1 px.
    const page = await mapPage(browser, { width: 1200, height: 700 });
    const shown = await page.evaluate(() => {
      const w = window as unknown as W;
      const stop = (id: string, lon: number) => ({ id, name: id, coordinates: [lon, 0], precision: 'city' });
      const layer = visitmap.itineraryLayer({ id: 'eq', title: 'Equator', stops: [stop('a', 10), stop('b', 90)] }).addTo(w.map);
      const [x] = layer._fitPadding();
      const room = w.map.project([0, 90], 4).x - w.map.project([0, 10], 4).x + 2 * x;
      w.map.getContainer().style.width = `${Math.floor(room) - 2}px`;
      w.map.invalidateSize();
      layer.fitItinerary();
      return { zoom: w.map.getZoom(), room };
    });
    expect(shown.zoom).toBe(3);
    expect(await cut(page, HALO)).toEqual([]);
    await page.close();
  });

  it('fits an itinerary at one place (one stop, or stops at one spot) to zoom 7, as a day at one place', async () => {
    const page = await mapPage(browser);
    for (const coordinates of [[[2.35, 48.86]], [[2.35, 48.86], [2.35, 48.86]]]) {
      const zoom = await page.evaluate((coordinates) => {
        const w = window as unknown as W;
        w.map.remove();
        w.map = L.map('map', { fadeAnimation: false, zoomAnimation: false, markerZoomAnimation: false });
        const stops = coordinates.map((c, i) => ({ id: `s${i}`, name: `Paris ${i}`, coordinates: c }));
        visitmap.itineraryLayer({ id: 'one', title: 'One place', stops }).addTo(w.map).fitItinerary();
        return w.map.getZoom();
      }, coordinates);
      expect(zoom, `${coordinates.length} stop(s)`).toBe(7);
    }
    await page.close();
  });
});

/**
 * The README's "Telling the visit as a story" block (with the legend; not its deep link, which a
 * page set from a string cannot write), then `layer.fitItinerary()`:
 * every stop's badge clear of every control, on a map filling the window and on one 600 px high
 * under a line of the page (t-outside18's React page, where Hong Kong's "1 · 7" stood under the
 * timeline at 1280×800 and 1440×900); then each day picked, fitted by the day picker.
 */
describeBrowser("the README's story page, fitted", () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  /** The story page on `page`: the map filling the window, or `600px` high under a line of text. */
  async function storyPage(page: Page, height: string): Promise<void> {
    await page.evaluate(
      ([json, height]) => {
        const w = window as unknown as W & { days: { select(key: string | null): void; days: readonly { key: string }[] } };
        w.map.remove();
        const el = document.querySelector<HTMLElement>('#map')!;
        if (height !== '100%') {
          document.body.style.margin = '8px';
          el.before(Object.assign(document.createElement('p'), { textContent: 'A page with a line above its map' }));
        }
        el.style.height = height;
        w.map = L.map('map', { center: [30, 118], zoom: 4, fadeAnimation: false, zoomAnimation: false, markerZoomAnimation: false });
        const layer = visitmap.itineraryLayer(JSON.parse(json)).addTo(w.map);
        (window as unknown as { layer: unknown }).layer = layer;
        visitmap.stopListControl(layer).addTo(w.map);
        visitmap.timelineControl(layer, { speed: 1 }).addTo(w.map);
        w.days = visitmap.dayControl(layer).addTo(w.map);
        visitmap.summaryControl(layer, { position: 'topleft' }).addTo(w.map);
        visitmap.legendControl(layer).addTo(w.map);
        layer.fitItinerary();
      },
      [seedJson, height] as const,
    );
  }

  /** Resolves once the map has stopped: a day's fit at the zoom shown pans (animated), and the next waits for it. */
  function settled(page: Page): Promise<unknown> {
    return page.waitForFunction(() => {
      const w = window as unknown as W & { layer: { _camera: { fitting: unknown } } };
      return !w.layer._camera.fitting && !(w.map as unknown as { _panAnim?: { _inProgress: boolean } })._panAnim?._inProgress;
    });
  }

  /** Each badge in sight (not hidden by a day picked) that meets a control's box or leaves the map: its label and what it meets. */
  function badgesUnder(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const m = document.querySelector('#map')!.getBoundingClientRect();
      const controls = [...document.querySelectorAll<HTMLElement>('#map .leaflet-top > *, #map .leaflet-bottom > *')].map((c) => ({ name: c.className.split(' ')[0], r: c.getBoundingClientRect() })).filter((c) => c.r.width && c.r.height);
      return [...document.querySelectorAll<HTMLElement>('#map .leaflet-marker-pane .vm-marker')].flatMap((e) => {
        const b = e.querySelector('.vm-marker__badge')!.getBoundingClientRect();
        if (!b.width) return [];
        const under = controls.filter(({ r }) => b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom).map((c) => `${e.textContent} under ${c.name}`);
        return b.left < m.left || b.right > m.right || b.top < m.top || b.bottom > m.bottom ? [...under, `${e.textContent} off the map`] : under;
      });
    });
  }

  const SIZES = [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
    { width: 844, height: 390 },
  ] as const;
  for (const size of SIZES) {
    for (const height of ['100%', '600px']) {
      it(`keeps every badge clear of the controls at ${size.width}×${size.height}, the map ${height} high, fitted whole and by day`, async () => {
        const page = await mapPage(browser, size);
        const { errors } = collectPageErrors(page);
        await storyPage(page, height);
        await settled(page);
        expect(await badgesUnder(page), 'the whole visit').toEqual([]);
        const keys = await page.evaluate(() => (window as unknown as { days: { days: { key: string }[] } }).days.days.map((d) => d.key));
        expect(keys.length).toBeGreaterThan(1);
        for (const key of keys) {
          await page.evaluate((key) => (window as unknown as { days: { select(key: string): void } }).days.select(key), key);
          await settled(page);
          expect(await badgesUnder(page), key).toEqual([]);
        }
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});

/**
 * A stop's popup open while the layer fits (`fitItinerary()`, or its fit again on a resize): the fit moved the
 * map under the popup and left it partly off the map (Shanghai's, at the fitted route's top edge, above the
 * map's top; Hong Kong's, on a map made narrower, over its left edge), where a day's fit and the other moves of the
 * camera fit and pan it back into its room.
 */
describeBrowser('a popup open through a fit of the layer', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  /** How far the open popup reaches out of the map, px (0: wholly on it). */
  function popupOut(page: Page): Promise<number> {
    return page.evaluate(() => {
      const m = document.querySelector('#map')!.getBoundingClientRect();
      const r = document.querySelector('#map .leaflet-popup')!.getBoundingClientRect();
      return Math.max(0, m.left - r.left, r.right - m.right, m.top - r.top, r.bottom - m.bottom);
    });
  }

  it('keeps the popup on the map after fitItinerary()', async () => {
    const page = await mapPage(browser, { width: 1100, height: 700 });
    const { errors } = collectPageErrors(page);
    await page.evaluate((json) => {
      const w = window as unknown as W & { layer: ReturnType<typeof visitmap.itineraryLayer> };
      w.map.setView([31.23, 121.47], 9);
      w.layer = visitmap.itineraryLayer(JSON.parse(json)).addTo(w.map);
      w.layer.openStop('shanghai', { animate: false });
    }, seedJson);
    await page.waitForTimeout(300);
    expect(await popupOut(page)).toBe(0);
    await page.evaluate(() => (window as unknown as { layer: { fitItinerary(): void } }).layer.fitItinerary());
    await expect.poll(() => popupOut(page)).toBe(0);
    expect(await page.locator('#map .leaflet-popup').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the popup on the map when the map is resized and the layer fits again', async () => {
    const page = await mapPage(browser, { width: 1100, height: 700 });
    const { errors } = collectPageErrors(page);
    const moved = await page.evaluate((json) => {
      const w = window as unknown as W & { layer: ReturnType<typeof visitmap.itineraryLayer> };
      w.layer = visitmap.itineraryLayer(JSON.parse(json)).addTo(w.map).fitItinerary();
      const center = w.map.getCenter();
      w.layer.openStop('hong-kong-departure', { animate: false });
      return !w.map.getCenter().equals(center);
    }, seedJson);
    await page.waitForTimeout(300);
    expect(moved).toBe(false); // the fitted view, which a resize fits again
    expect(await popupOut(page)).toBe(0);
    // The page makes the map narrower (a side panel opened): Hong Kong's popup, at the route's foot, was left 73 px over its left edge.
    await page.evaluate(() => {
      const map = (window as unknown as W).map;
      map.getContainer().style.width = '500px';
      map.invalidateSize();
    });
    await expect.poll(() => popupOut(page)).toBe(0);
    expect(await page.locator('#map .leaflet-popup').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
