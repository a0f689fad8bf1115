/**
 * Two deep-linked maps on one page, in real Chromium on the built gallery's origin (an outside
 * tester's report): each map given its own `key` follows its own keys (`#a.stop=…`,
 * `#b.stop=…`), a link to a stop of the second map opens it there and stays in the address,
 * and opening a stop in one map leaves the other's keys as they were, so the address keeps
 * saying what both show; two links on the same keys are refused, saying how to tell them apart.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { collectPageErrors, describeBrowser, routeOwnPage, useGallery } from './harness';

/** A second trip, in Japan: three stops by rail, a meeting in Osaka. */
const TRIP_B = {
  id: 'trip-b',
  title: 'Trip B: Osaka and Kyoto',
  timezone: 'Asia/Tokyo',
  stops: [
    { id: 'osaka', name: 'Osaka', coordinates: [135.5023, 34.6937], precision: 'city', arrive: '2025-05-06', depart: '2025-05-07', meetings: [{ id: 'osaka-m', title: 'Meeting at Osaka port', kind: 'meeting', date: '2025-05-06' }] },
    { id: 'kyoto', name: 'Kyoto', coordinates: [135.7681, 35.0116], precision: 'city', arrive: '2025-05-07', depart: '2025-05-08' },
    { id: 'tokyo', name: 'Tokyo', coordinates: [139.6917, 35.6895], precision: 'city', arrive: '2025-05-08' },
  ],
  legs: [
    { from: 'osaka', to: 'kyoto', mode: 'rail' },
    { from: 'kyoto', to: 'tokyo', mode: 'rail' },
  ],
};

describeBrowser('two deep-linked maps on one page', () => {
  const gallery = useGallery('examples/story.html');
  let browser: Browser;

  beforeAll(() => {
    browser = gallery.browser;
  });

  /**
   * A page of the gallery's origin with two maps, A the seed visit and B the trip in Japan, each
   * with a timeline, a day picker and a deep link (`keys`: each one's `key` option, `null` for none),
   * made in one go as a page's script makes them. `window.made` says what was made, or the error.
   */
  async function twoMaps(hash: string, keys: [string | null, string | null]): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const { errors } = collectPageErrors(page);
    await routeOwnPage(page, 'two-maps.html', 'body{margin:0}.m{height:440px;width:880px}', `<div id="a" class="m"></div><div id="b" class="m"></div>
<script type="module">
import * as L from 'leaflet';
import * as v from 'visitmap/leaflet';
const trips = [await (await fetch('../data/hk-customs-yrd-visit-2023.json')).json(), ${JSON.stringify(TRIP_B)}];
const keys = ${JSON.stringify(keys)};
window.maps = [];
try {
  ['a', 'b'].forEach((id, i) => {
    const map = L.map(id, { fadeAnimation: false, zoomAnimation: false, markerZoomAnimation: false });
    const layer = v.itineraryLayer(trips[i], { gestureHandling: null, animate: false, meetingDetails: v.meetingDetails }).addTo(map);
    const timeline = v.timelineControl(layer).addTo(map);
    const days = v.dayControl(layer).addTo(map);
    layer.fitItinerary();
    window.maps.push({ map, layer, timeline, days });
  });
  window.maps.forEach((m, i) => (m.link = v.deepLink(m.layer, { timeline: m.timeline, days: m.days, ...(keys[i] ? { key: keys[i] } : {}) })));
  window.made = 'both';
} catch (e) {
  window.made = e.message;
}
</script>`);
    await page.goto(`${gallery.base}two-maps.html${hash}`);
    await page.waitForFunction(() => (window as unknown as { made?: string }).made !== undefined);
    return { page, errors };
  }

  /** Each map's open stop (its id, `null` for none) and the address's hash. */
  const shown = (page: Page) =>
    page.evaluate(() => {
      const maps = (window as unknown as { maps: { layer: import('../../src/leaflet').ItineraryLayer }[] }).maps;
      return { open: maps.map((m) => (m.layer.getCurrentIndex() >= 0 && document.querySelector(`#${['a', 'b'][maps.indexOf(m)]} .leaflet-popup`) ? m.layer.getStops()[m.layer.getCurrentIndex()]!.id : null)), hash: decodeURIComponent(location.hash) };
    });

  it('opens a link to a stop of the second map there, and keeps it in the address', async () => {
    const { page, errors } = await twoMaps('#b.stop=kyoto', ['a', 'b']);
    expect(await page.evaluate(() => (window as unknown as { made: string }).made)).toBe('both');
    await page.waitForSelector('#b .leaflet-popup');
    const seen = await shown(page);
    expect(seen.open).toEqual([null, 'kyoto']);
    expect(seen.hash).toMatch(/^#b\.stop=kyoto&b\.t=2025-05-07T[\d:]+Z$/); // and the time the timeline went to
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes each map’s stop under its own keys, leaving the other’s: the address says what both show, and opens both again', async () => {
    const { page, errors } = await twoMaps('', ['a', 'b']);
    const open = (map: number, stop: string) => page.evaluate(`window.maps[${map}].layer.openStop('${stop}')`);
    await open(1, 'kyoto'); // as a click on its marker does
    await page.waitForSelector('#b .leaflet-popup');
    const afterB = await shown(page);
    expect(afterB.open).toEqual([null, 'kyoto']);
    expect(afterB.hash).toMatch(/^#b\.stop=kyoto&b\.t=2025-05-0\dT[\d:]+Z$/);
    await open(0, 'hangzhou');
    await page.waitForSelector('#a .leaflet-popup');
    const both = await shown(page);
    expect(both.open).toEqual(['hangzhou', 'kyoto']);
    // B's keys stay as they were; A's follow them.
    expect(both.hash.startsWith(`${afterB.hash}&a.stop=hangzhou&a.t=`)).toBe(true);
    // The address, opened again, shows both.
    const again = await twoMaps(both.hash, ['a', 'b']);
    await again.page.waitForSelector('#a .leaflet-popup');
    await again.page.waitForSelector('#b .leaflet-popup');
    expect((await shown(again.page)).open).toEqual(['hangzhou', 'kyoto']);
    // Closing B's popup takes only B's keys out.
    await again.page.locator('#b .leaflet-popup-close-button').click();
    expect((await shown(again.page)).hash).toMatch(/^#a\.stop=hangzhou&a\.t=[^&]+$/);
    // The "Meeting details" link of a meeting without a page of its own names its map's key.
    await open(1, 'osaka');
    await page.waitForSelector('#b .leaflet-popup a.vm-meeting__details');
    expect(await page.locator('#b .leaflet-popup a.vm-meeting__details').getAttribute('href')).toBe('#b.meeting=osaka-m');
    expect([...errors, ...again.errors]).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('refuses a second deep link on the same keys, saying to give each map its own key', async () => {
    const { page } = await twoMaps('', [null, null]);
    expect(await page.evaluate(() => (window as unknown as { made: string }).made)).toMatch(/another deepLink on this page follows the keys stop, t, day, meeting: give each map its own key, e\.g\. deepLink\(layer, \{ key: 'b' \}\)/);
    await page.close();
  });
});
