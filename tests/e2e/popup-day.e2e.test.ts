/**
 * The open popup against the other things that move the map or stand over it, in real
 * Chromium on the script-tag build: a day picked (the popup of a stop on the day stays whole
 * on the map, clear of the controls; one of a stop off the day closes), the phone's
 * "Itinerary" sheet opened (the popup closes, the keyboard goes into the sheet), and a map
 * made in a hidden tab (fitted when it is shown, as a map shown from the start is). Found by
 * an outside tester (fourteenth round).
 */
import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { collectPageErrors, describeBrowser, useBrowser } from './harness';
import { mapPage, seedJson } from './pages/layer-page';

declare const visitmap: typeof import('../../src/umd');
declare const L: typeof import('leaflet');
type W = Window & { map: L.Map; layer: import('../../src/leaflet/index').ItineraryLayer; days: import('../../src/leaflet/index').DayControl };

/** The seed with a stop list, a timeline, a day picker and a legend, fitted; animated unless `still`. */
async function storyPage(browser: Browser, size: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const page = await mapPage(browser, size, true);
  const { errors } = collectPageErrors(page);
  await page.evaluate((json) => {
    const w = window as unknown as W;
    w.layer = visitmap.itineraryLayer(JSON.parse(json), { linkBase: 'https://visit.example/trip/', gestureHandling: null }).addTo(w.map);
    visitmap.stopListControl(w.layer).addTo(w.map);
    visitmap.timelineControl(w.layer).addTo(w.map);
    w.days = visitmap.dayControl(w.layer).addTo(w.map);
    visitmap.legendControl(w.layer).addTo(w.map);
    w.layer.fitItinerary();
  }, seedJson);
  await still(page);
  return { page, errors };
}

/** Waits until the map has stopped moving (two looks 300 ms apart agree, neither in a move). */
async function still(page: Page): Promise<void> {
  const view = () =>
    page.evaluate(() => {
      const map = (window as unknown as W).map as L.Map & { _animatingZoom?: boolean; _panAnim?: { _inProgress?: boolean } };
      return `${Boolean(map._animatingZoom || map._panAnim?._inProgress)} ${map.getZoom()} ${map.getCenter().toString()}`;
    });
  let last = '';
  await expect
    .poll(async () => {
      const now = await view();
      const same = now === last && now.startsWith('false');
      last = now;
      return same;
    }, { timeout: 10_000, interval: 300 })
    .toBe(true);
}

/** The open popup's box and every visible control's meeting it, in map pixels; `null` with no popup open. */
function popupPlace(page: Page): Promise<{ popup: number[]; map: number[]; under: string[]; title: string } | null> {
  return page.evaluate(() => {
    const popup = document.querySelector('.leaflet-popup .leaflet-popup-content-wrapper');
    if (!popup) return null;
    const map = document.getElementById('map')!.getBoundingClientRect();
    const p = popup.getBoundingClientRect();
    const under = [...document.querySelectorAll('#map .leaflet-control')]
      .filter((c) => {
        const r = c.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(c).visibility !== 'hidden' && r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom;
      })
      .map((c) => c.className.split(' ').find((n) => n.startsWith('vm-') || n.startsWith('leaflet-control-')) ?? c.className);
    return {
      popup: [p.left - map.left, p.top - map.top, p.right - map.left, p.bottom - map.top].map(Math.round),
      map: [map.width, map.height],
      under,
      title: popup.querySelector('.vm-popup__title')?.textContent ?? '',
    };
  });
}

describeBrowser('the open popup, a day picked, the phone sheet and a hidden map', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
    { width: 844, height: 390 },
  ]) {
    it(`keeps the popup of a stop on the day picked whole on the map and clear of the controls, and closes one off it, at ${size.width}×${size.height}`, async () => {
      // The tester's steps: Hangzhou's popup open (10–11 Dec), then 11 Dec picked; and Yangshan's,
      // chosen as from the stop list. The day's fit moved the map under the popup: at 1280×800 its
      // box was [-41, -164, 326, 569], its title gone, the zoom buttons and the day picker over its text.
      const { page, errors } = await storyPage(browser, size);
      for (const stop of ['hangzhou', 'yangshan']) {
        await page.evaluate(() => (window as unknown as W).days.select(null));
        await still(page);
        await page.evaluate((id) => (window as unknown as W).layer.openStop(id), stop);
        await still(page);
        await page.selectOption('.vm-days__select', '2023-12-11');
        await page.waitForTimeout(300);
        await still(page);
        const place = await popupPlace(page);
        expect(place, `${stop}'s popup is still open`).not.toBeNull();
        const [l, t, r, b] = place!.popup;
        const [w, h] = place!.map;
        expect({ stop, l: l! >= 0, t: t! >= 0, r: r! <= w!, b: b! <= h!, under: place!.under }).toEqual({ stop, l: true, t: true, r: true, b: true, under: [] });
      }
      // A day Yangshan is not on: its popup closes.
      await page.selectOption('.vm-days__select', '2023-12-13');
      await still(page);
      expect(await popupPlace(page)).toBeNull();
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('closes the open popup when the phone\'s "Itinerary" sheet opens, the keyboard in the sheet', async () => {
    // The tester's phone: the sheet opened over the open popup, which stayed behind it with the
    // attribution written across its text (367×293 px of overlap at 390×844).
    const { page, errors } = await storyPage(browser, { width: 390, height: 844 });
    await page.evaluate(() => (window as unknown as W).layer.openStop('hangzhou'));
    await still(page);
    expect(await page.locator('.leaflet-popup').count()).toBe(1);
    const toggle = page.locator('.vm-bar__toggle', { hasText: 'Itinerary' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => (window as unknown as W).map.hasLayer((window as unknown as W).layer._popup.popup))).toBe(false);
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0); // faded out
    expect(await page.evaluate(() => document.activeElement?.closest('.vm-bar__sheet') !== null)).toBe(true);
    // The stop stays current; a stop chosen in the sheet opens its popup and closes the sheet, as before.
    expect(await page.evaluate(() => (window as unknown as W).layer.getCurrentIndex())).toBe(1);
    await page.locator('.vm-bar__sheet .vm-stoplist__stop', { hasText: 'Lingang' }).click();
    await page.waitForSelector('.leaflet-popup .vm-popup__title');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a map made in a hidden tab when it is shown, without invalidateSize, as a map shown from the start', async () => {
    // The tester's tab: fitItinerary() while display: none, then shown; the map stayed at zoom 11
    // with no stop in view until the page called invalidateSize().
    const page = await mapPage(browser, { width: 1000, height: 700 }, true);
    const { errors } = collectPageErrors(page);
    const setUp = (hidden: boolean) =>
      page.evaluate(
        ([json, hidden]) => {
          const box = document.createElement('div');
          box.style.cssText = `width: 800px; height: 500px; display: ${hidden ? 'none' : 'block'}`;
          document.body.replaceChildren(box);
          const map = L.map(box);
          const layer = visitmap.itineraryLayer(JSON.parse(json), { gestureHandling: null }).addTo(map);
          visitmap.stopListControl(layer).addTo(map);
          visitmap.timelineControl(layer).addTo(map);
          visitmap.dayControl(layer).addTo(map);
          visitmap.legendControl(layer).addTo(map);
          layer.fitItinerary();
          Object.assign(window, { map, layer, box });
        },
        [seedJson, hidden] as const,
      );
    const view = () =>
      page.evaluate(() => {
        const { map, layer } = window as unknown as W;
        const inView = layer.getStops().filter((s) => map.getBounds().contains(L.latLng(s.coordinates[1], s.coordinates[0]))).length;
        return { zoom: map.getZoom(), center: map.latLngToContainerPoint(L.latLng(28, 118)).round().toString(), inView };
      });
    await setUp(false);
    await still(page);
    const shownFromStart = await view();
    expect(shownFromStart.inView).toBe(7);
    await setUp(true);
    await page.waitForTimeout(300);
    await page.evaluate(() => ((window as unknown as { box: HTMLElement }).box.style.display = 'block'));
    await page.waitForTimeout(300);
    await still(page);
    expect(await view()).toEqual(shownFromStart);
    expect(errors).toEqual([]);
    await page.close();
  });
});
