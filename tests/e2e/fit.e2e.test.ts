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
