/**
 * The control corners of a plain library page (the script-tag build, no gallery code), in real
 * Chromium: the itinerary layer with its legend and stop list (the layer's options), the summary, day picker and
 * full-screen button, and what a site adds itself in the bottom-left corner, a layer switcher
 * with Leaflet's scale bar above it (as the gallery has). The map stands in a page with 20 px
 * margins, as an embed does: 350 px wide on a phone. At 390×844, 844×390 and 1280×800, no two
 * controls' boxes overlap, as the page loads and at each zoom from 3 to 8 (a scale bar's length
 * follows the zoom), with and without a timeline. The itinerary gives no travel modes, so its
 * legend names 'Travel (mode not stated)', the widest it has. Screenshots go to
 * tests/e2e/screenshots/corners-*.png.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { collectPageErrors, describeBrowser, screenshotDir, useBrowser } from './harness';
import { mapPage, seedJson } from './pages/layer-page';

declare const L: typeof import('leaflet');

const SIZES = [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 1280, height: 800 },
] as const;

/** Every pair of visible controls whose boxes overlap, with their boxes, as `a [l,t,r,b] × b [l,t,r,b]`. */
function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = Array.from(document.querySelectorAll('#map .leaflet-control'))
      .map((e) => ({ name: e.className.split(' ')[0]!, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    const found: string[] = [];
    const show = ({ name, r }: (typeof boxes)[number]) => `${name} [${[r.left, r.top, r.right, r.bottom].map(Math.round).join(',')}]`;
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom) found.push(`${show(a)} × ${show(b)}`);
      }
    }
    return found;
  });
}

/** Waits for two animation frames: what the page does after a change is drawn. */
const frames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

describeBrowser('control corners on a plain library page', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  /** The plain page at `size`: the layer's controls, the summary, day picker and full-screen button, a timeline if asked, and the site's switcher and scale bar, added last. */
  async function open(size: { width: number; height: number }, timeline: boolean, low = false): Promise<{ page: Page; errors: string[] }> {
    const page = await mapPage(browser, size);
    const { errors } = collectPageErrors(page);
    await page.evaluate(
      ([json, timeline, low]) => {
        const map = (window as unknown as { map: L.Map }).map;
        document.body.style.margin = '20px';
        document.getElementById('map')!.style.height = 'calc(100% - 40px)';
        map.invalidateSize();
        // No legs: every leg's mode is unknown.
        const { legs: _, ...itinerary } = JSON.parse(json);
        const v = (window as unknown as { visitmap: typeof import('../../src/umd') }).visitmap;
        const layer = v.itineraryLayer(itinerary, { linkBase: 'https://visit.example/trip/', animate: false, stopList: true, stopListPosition: low ? 'bottomright' : undefined }).addTo(map);
        v.summaryControl(layer, { position: low ? 'bottomright' : undefined }).addTo(map);
        v.dayControl(layer).addTo(map);
        v.fullscreenControl().addTo(map);
        if (timeline) v.timelineControl(layer).addTo(map);
        // The site's own, added last, after the layer fitted the map: nothing moves the map after.
        L.control.layers({ Map: L.layerGroup() }, {}, { position: 'bottomleft' }).addTo(map);
        L.control.scale({ position: 'bottomleft' }).addTo(map);
      },
      [seedJson, timeline, low] as const,
    );
    await frames(page);
    return { page, errors };
  }

  /** An outside tester's page: the legend (the layer's own), the stop list top left, the full-screen button after it, the summary bottom left, and the site's scale bar if asked. */
  async function openTopLeftList(size: { width: number; height: number }, { mapHeight = '', scale = false }): Promise<{ page: Page; errors: string[] }> {
    const page = await mapPage(browser, size);
    const { errors } = collectPageErrors(page);
    await page.evaluate(
      ([json, mapHeight, scale]) => {
        const map = (window as unknown as { map: L.Map }).map;
        if (mapHeight) document.getElementById('map')!.style.height = mapHeight;
        map.invalidateSize();
        const v = (window as unknown as { visitmap: typeof import('../../src/umd') }).visitmap;
        // The script-tag build's layer adds its legend itself (its `legend` option): a second legendControl would draw two.
        const layer = ((window as unknown as { layer: unknown }).layer = v.itineraryLayer(JSON.parse(json), { animate: false, fitBounds: true }).addTo(map));
        v.stopListControl(layer, { position: 'topleft' }).addTo(map);
        v.fullscreenControl().addTo(map);
        v.summaryControl(layer, { position: 'bottomleft' }).addTo(map);
        if (scale) L.control.scale({ position: 'bottomleft' }).addTo(map);
      },
      [seedJson, mapHeight, scale] as const,
    );
    return { page, errors };
  }

  /** Opens the stop list if it is folded, and waits for what follows to be drawn. */
  async function openList(page: Page): Promise<void> {
    const toggle = page.locator('.vm-stoplist-control [aria-expanded]').first();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await frames(page);
  }

  for (const size of SIZES) {
    for (const [timeline, low] of [[false, false], [true, false], [false, true]] as const) {
      it(`at ${size.width}×${size.height}${timeline ? ', with a timeline,' : ''}${low ? ', the stop list and summary at the bottom right,' : ''} no two controls overlap, at load and at zooms 3 to 8`, async () => {
        const { page, errors } = await open(size, timeline, low);
        expect(await overlaps(page), 'at load').toEqual([]);
        for (let zoom = 3; zoom <= 8; zoom++) {
          await page.evaluate((zoom) => (window as unknown as { map: L.Map }).map.setZoom(zoom), zoom);
          await frames(page);
          // At zoom 6 the scale bar is at its longest, 93 px.
          if (zoom === 6 && size.width === 390) await page.screenshot({ path: path.join(screenshotDir, `corners-${size.width}x${size.height}${timeline ? '-timeline' : ''}${low ? '-low' : ''}.png`) });
          expect(await overlaps(page), `at zoom ${zoom}`).toEqual([]);
        }
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  it('keeps a control added after the open stop list in its corner clear of the corner below (the full-screen button under a top-left list, the summary bottom left)', async () => {
    // An outside tester's page: the full-screen button, below the open list, was under the summary and could not be clicked.
    const { page, errors } = await openTopLeftList({ width: 1280, height: 800 }, { mapHeight: '70vh' });
    await frames(page);
    expect(await overlaps(page)).toEqual([]);
    await page.locator('.vm-fullscreen-control__button').click({ timeout: 5000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const size of [{ width: 390, height: 844 }, { width: 360, height: 640 }, { width: 1280, height: 800 }]) {
    it(`keeps the open top-left stop list clear of both bottom corners at ${size.width}×${size.height}, opened after a site added its scale bar`, async () => {
      // The second outside tester's page: the legend bottom right and the scale bar were drawn over the opened list on a phone.
      const { page, errors } = await openTopLeftList(size, { scale: true, mapHeight: '70vh' });
      await frames(page);
      await openList(page);
      expect(await overlaps(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  // A control added after an await: Leaflet fires no event for it, and none of the list's own did run.
  const LATER = {
    "a site's own panel in the bottom-left corner (corners-later-panel.png)": () => {
      const panel = new L.Control({ position: 'bottomleft' });
      panel.onAdd = () => Object.assign(document.createElement('div'), { className: 'site-panel', style: 'width:200px;height:160px;background:#fff' });
      panel.addTo((window as unknown as { map: L.Map }).map);
    },
    'the day picker, below the list in its corner (corners-later-days.png)': () => {
      const w = window as unknown as { map: L.Map; layer: L.Layer; visitmap: typeof import('../../src/umd') };
      w.visitmap.dayControl(w.layer as never, { position: 'topleft' }).addTo(w.map);
    },
  };
  for (const [what, add] of Object.entries(LATER)) {
    it(`fits the open stop list again when ${what} is added after it was opened, at 390×844`, async () => {
      // An outside tester's page: a control added later was drawn over the open list, or under it.
      const { page, errors } = await openTopLeftList({ width: 390, height: 844 }, { mapHeight: '70vh' });
      await frames(page);
      await openList(page);
      expect(await overlaps(page), 'before').toEqual([]);
      await page.evaluate(add);
      await frames(page);
      await page.screenshot({ path: path.join(screenshotDir, what.slice(what.indexOf('(') + 1, -1)) });
      expect(await overlaps(page), 'after').toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('fits the open stop list again when a control below it grows without being added (the summary’s legs opened), at 1280×800', async () => {
    // Nothing is added to a corner, so the MutationObserver sees nothing: the summary bottom left grew under the open list
    // (at 90vh the list ended at 543 px, the summary's top rose to 398 px).
    const { page, errors } = await openTopLeftList({ width: 1280, height: 800 }, { mapHeight: '90vh' });
    await frames(page);
    await openList(page);
    expect(await overlaps(page), 'before').toEqual([]);
    await page.locator('.vm-summary__legs > summary').click();
    await frames(page);
    await frames(page);
    await page.screenshot({ path: path.join(screenshotDir, 'corners-summary-opened.png') });
    expect(await overlaps(page), 'after').toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits the open stop list above the lifted timeline at 800×700, at load and after the window is resized', async () => {
    // The list measured its room before the timeline was lifted above the legend, and kept it.
    const { page, errors } = await open({ width: 800, height: 700 }, true);
    await openList(page);
    expect(await overlaps(page), 'at load').toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await frames(page);
    expect(await overlaps(page), 'at 1280×800').toEqual([]);
    await page.setViewportSize({ width: 800, height: 700 });
    await frames(page);
    await page.screenshot({ path: path.join(screenshotDir, 'corners-800x700-timeline-resized.png') });
    expect(await overlaps(page), 'back at 800×700').toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lifts the timeline above the legend on a map too narrow for both side by side, drops the lift in the bar on a phone, and lifts it again back on the wider map', async () => {
    // Tall enough for the open stop list (top right) to end above the lifted timeline (at 800×700, see the test above).
    const wide = { width: 800, height: 900 };
    const { page, errors } = await open(wide, true);
    const lift = () => page.locator('.vm-timeline').evaluate((e) => (e as HTMLElement).style.marginBottom);
    const legendTop = () => page.locator('.vm-legend').evaluate((e) => e.getBoundingClientRect().top);
    const timelineBottom = () => page.locator('.vm-timeline').evaluate((e) => e.getBoundingClientRect().bottom);
    expect(await overlaps(page)).toEqual([]);
    expect(await lift()).not.toBe('');
    expect(await timelineBottom()).toBeLessThanOrEqual(await legendTop());
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.locator('.vm-bar .vm-timeline').count()).toBe(1);
    await frames(page);
    expect(await lift()).toBe('');
    expect(await overlaps(page)).toEqual([]);
    await page.setViewportSize(wide);
    await expect.poll(() => page.locator('.vm-bar').count()).toBe(0);
    await frames(page);
    expect(await overlaps(page)).toEqual([]);
    expect(await timelineBottom()).toBeLessThanOrEqual(await legendTop());
    expect(errors).toEqual([]);
    await page.close();
  });
});
