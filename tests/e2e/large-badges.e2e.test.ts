/**
 * Four-digit stop numbers fit their badges in the large example (issue 16: "4-digit numbers
 * overflow their badges in the large example"), in real Chromium on the built gallery
 * (`site/`). In canvas mode, as the page draws its 5,000 stops, the numbers are in the stop
 * list's pills (the canvas draws dots, no text); in DOM mode (the same stops past 1,000
 * drawn as markers) they are in the marker badges. Every badge in sight is measured: its
 * text's own width against the badge's inner width, and `scrollWidth` against `clientWidth`.
 * Screenshot: tests/e2e/screenshots/large-badges.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { ItineraryLayer } from '../../src/leaflet/index';
import { collectPageErrors, describeBrowser, exposeGalleryMap, screenshotDir, settle, useGallery } from './harness';

/** The page's gallery map and its itinerary layer, put on `window` by `exposeGalleryMap`; `drawn` records the text drawn on the map's overlay canvases. */
type W = Window & { galleryMap: L.Map; layer: ItineraryLayer; drawn: string[] };

/** A badge in sight whose text does not fit it. */
interface Misfit {
  text: string;
  textWidth: number;
  innerWidth: number;
  scrollWidth: number;
  clientWidth: number;
}

/** Measures every badge matching `selector` in sight in the map: the ones whose text overflows, and the texts of all. */
function measureBadges(page: Page, selector: string): Promise<{ texts: string[]; misfits: Misfit[] }> {
  return page.evaluate((selector) => {
    const map = document.querySelector('#map')!.getBoundingClientRect();
    const texts: string[] = [];
    const misfits: Misfit[] = [];
    for (const badge of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const box = badge.getBoundingClientRect();
      if (box.width === 0 || box.right < map.left || box.left > map.right || box.bottom < map.top || box.top > map.bottom) continue;
      const text = badge.textContent!.trim();
      texts.push(text);
      // The text's own width (a Range over it), against the badge's width inside its border and padding.
      const range = document.createRange();
      range.selectNodeContents(badge);
      const textWidth = range.getBoundingClientRect().width;
      const style = getComputedStyle(badge);
      const innerWidth = badge.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (textWidth > innerWidth + 0.5 || badge.scrollWidth > badge.clientWidth) {
        misfits.push({ text, textWidth, innerWidth, scrollWidth: badge.scrollWidth, clientWidth: badge.clientWidth });
      }
    }
    return { texts, misfits };
  }, selector);
}

describeBrowser('four-digit stop numbers in the large example', () => {
  const gallery = useGallery('examples/large.html');

  /** Opens the large example at 1100×900, the map in view, its map and layer on `window`. */
  async function openLarge(init?: () => void): Promise<{ page: Page; errors: string[] }> {
    const page = await gallery.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const { errors } = collectPageErrors(page);
    if (init) await page.addInitScript(init);
    await page.goto(`${gallery.base}large.html`);
    await settle(page);
    await page.locator('#map').scrollIntoViewIfNeeded();
    await exposeGalleryMap(page);
    return { page, errors };
  }

  it('fits every number in the stop list’s pills and draws no number on the canvas, in canvas mode', async () => {
    // Every text drawn on a canvas of the map's overlay pane (the stops' and legs' canvas).
    const { page, errors } = await openLarge(() => {
      const w = window as unknown as W;
      w.drawn = [];
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
        if (this.canvas.closest('.leaflet-overlay-pane')) w.drawn.push(text);
        return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
      };
    });
    expect(await page.evaluate(() => (window as unknown as W).layer.large)).toBe(true);
    const seen: string[] = [];
    // Stops 1,234 (zoom 5) and 4,321, then one zoom step closer, and the list's last rows.
    for (const index of [1233, 4320]) {
      await page.evaluate((i) => void (window as unknown as W).layer.openStop(i, { animate: false }), index);
      await settle(page);
      for (const round of [0, 1]) {
        if (round) await page.evaluate(() => void (window as unknown as W).galleryMap.zoomIn(1, { animate: false }));
        await settle(page);
        const { texts, misfits } = await measureBadges(page, '#map .vm-stoplist__number, #map .vm-stoplist-control__count');
        expect(misfits).toEqual([]);
        seen.push(...texts);
      }
    }
    await page.locator('#map .vm-stoplist__viewport').evaluate((e) => e.scrollTo(0, e.scrollHeight));
    await settle(page);
    const last = await measureBadges(page, '#map .vm-stoplist__number');
    expect(last.misfits).toEqual([]);
    seen.push(...last.texts);
    expect(seen).toEqual(expect.arrayContaining(['1234', '4321', '5000']));
    // The canvas draws dots only: its stops' numbers are the list's.
    expect(await page.evaluate(() => (window as unknown as W).drawn.filter((t) => /\d/.test(t)))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits every four-digit number in the marker badges, in DOM mode', async () => {
    const { page, errors } = await openLarge();
    // The same stops, the first 1,200, drawn as markers: a layer past 1,000 stops in DOM mode.
    await page.evaluate(() => {
      const w = window as unknown as W;
      const old = w.layer;
      const { id, title, stops } = old.itinerary;
      const Layer = old.constructor as new (data: unknown, options: object) => ItineraryLayer;
      old.remove();
      w.layer = new Layer({ id, title, stops: stops.slice(0, 1200).map(({ id, name, coordinates, precision }) => ({ id, name, coordinates, precision })) }, { largeThreshold: 5000, animate: false }).addTo(w.galleryMap);
      w.layer.openStop(1099, { popup: false });
    });
    await settle(page);
    const seen: string[] = [];
    for (const round of [0, 1]) {
      if (round) await page.evaluate(() => void (window as unknown as W).galleryMap.zoomOut(1, { animate: false }));
      await settle(page);
      const { texts, misfits } = await measureBadges(page, '#map .leaflet-marker-pane .vm-marker__badge');
      expect(misfits).toEqual([]);
      seen.push(...texts);
      if (!round) await page.screenshot({ path: path.join(screenshotDir, 'large-badges.png') });
    }
    expect(seen).toContain('1100');
    // Groups of four-digit numbers ("1101–1104") fit too, when the zoom out makes some.
    expect(seen.filter((t) => /\d{4}/.test(t)).length).toBeGreaterThan(3);
    expect(errors.filter((e) => !/largeThreshold/.test(e))).toEqual([]);
    await page.close();
  });
});
