/**
 * Zooming out keeps the route in sight (issue 16: "Zooming out can hide the whole route
 * behind the stop list"), in real Chromium on the built gallery (`site/`). The zoom buttons
 * zoom out about the map's centre, so a route that was off the map (panned away, a stop
 * looked at closely) comes back in on its way to the centre, and can land under the stop
 * list (or the story's bar on a small map) and stay there. Each case places the route where one zoom out brings it under the
 * middle of the stop list, then zooms out with the button (or the `-` key), step by step, down to the least
 * zoom: after each step the legs' screen box is not wholly under any control, and part of
 * it is on the map and under none. Screenshots go to tests/e2e/screenshots/zoom-out-*.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { collectPageErrors, describeBrowser, exposeGalleryMap, screenshotDir, settle, useGallery } from './harness';

const SIZES = [
  { width: 1100, height: 750 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
] as const;

/** The page's gallery map, put on `window` by `exposeGalleryMap`. */
type W = Window & { galleryMap: L.Map };

interface Rect {
  l: number;
  t: number;
  r: number;
  b: number;
}

/** The legs' screen box, the map's and each visible control's, in page pixels. */
interface Frame {
  zoom: number;
  legs: Rect | null;
  map: Rect;
  controls: (Rect & { name: string })[];
}

function measure(page: Page): Promise<Frame> {
  return page.evaluate(() => {
    const rect = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { l: r.left, t: r.top, r: r.right, b: r.bottom };
    };
    const legs = Array.from(document.querySelectorAll('#map path.vm-leg')).map(rect).filter((r) => r.r > r.l || r.b > r.t);
    const controls = Array.from(document.querySelectorAll('#map .leaflet-control'))
      .filter((e) => {
        const style = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        return style.display !== 'none' && style.visibility !== 'hidden' && r.width > 0 && r.height > 0;
      })
      .map((e) => ({ name: e.className.split(' ')[0]!, ...rect(e) }));
    return {
      zoom: (window as unknown as W).galleryMap.getZoom(),
      legs: legs.length ? { l: Math.min(...legs.map((r) => r.l)), t: Math.min(...legs.map((r) => r.t)), r: Math.max(...legs.map((r) => r.r)), b: Math.max(...legs.map((r) => r.b)) } : null,
      map: rect(document.querySelector('#map')!),
      controls,
    };
  });
}

/** Controls that hold the whole of `box`. */
function wholeUnder(frame: Frame, box: Rect): string[] {
  return frame.controls.filter((c) => c.l <= box.l && c.t <= box.t && box.r <= c.r && box.b <= c.b).map((c) => c.name);
}

/** Whether some of `box` is on the map and under no control (a 17×17 grid of points). */
function partlyInSight(frame: Frame, box: Rect): boolean {
  const m = frame.map;
  for (let i = 0; i <= 16; i++) {
    for (let j = 0; j <= 16; j++) {
      const x = box.l + ((box.r - box.l) * i) / 16;
      const y = box.t + ((box.b - box.t) * j) / 16;
      if (x < m.l || x > m.r || y < m.t || y > m.b) continue;
      if (!frame.controls.some((c) => c.l <= x && x <= c.r && c.t <= y && y <= c.b)) return true;
    }
  }
  return false;
}

/**
 * Sets the view so that the next zoom out about the centre lands the route's middle on the
 * stop list's middle (the story's bar's, on a small map), at the highest zoom where the route, zoomed out once, fits inside the
 * list; returns that zoom.
 */
function placeRouteToLandUnderTheList(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = (window as unknown as W).galleryMap;
    const origin = map.getContainer().getBoundingClientRect();
    // On a small map the stop list is folded into the bar's closed sheet: the bar is what covers the map there.
    const list = Array.from(document.querySelectorAll('#map .vm-stoplist-control, #map .vm-bar'))
      .map((e) => e.getBoundingClientRect())
      .find((r) => r.width > 0 && r.height > 0)!;
    const legs = Array.from(document.querySelectorAll('#map path.vm-leg')).map((e) => e.getBoundingClientRect());
    const l = Math.min(...legs.map((r) => r.left));
    const t = Math.min(...legs.map((r) => r.top));
    const w = Math.max(...legs.map((r) => r.right)) - l;
    const h = Math.max(...legs.map((r) => r.bottom)) - t;
    const middle = map.containerPointToLatLng([l + w / 2 - origin.left, t + h / 2 - origin.top]);
    let zoom = map.getZoom();
    const fits = (z: number) => w * 2 ** (z - 1 - map.getZoom()) < list.width - 4 && h * 2 ** (z - 1 - map.getZoom()) < list.height - 4;
    while (zoom > map.getMinZoom() + 1 && !fits(zoom)) zoom--;
    const size = map.getSize();
    const dx = list.left + list.width / 2 - origin.left - size.x / 2;
    const dy = list.top + list.height / 2 - origin.top - size.y / 2;
    map.setView(middle, zoom, { animate: false });
    // The route's middle to the centre plus twice the list's offset: half of it after one zoom out.
    map.panBy([-2 * dx, -2 * dy], { animate: false });
    return zoom;
  });
}

describeBrowser('zooming out keeps the route in sight', () => {
  const gallery = useGallery('examples/story.html');

  const cases = [
    ...['seed', 'story'].flatMap((name) => SIZES.map((size) => ({ name, size, keys: false }))),
    { name: 'seed', size: SIZES[0], keys: true },
  ];
  for (const { name, size, keys } of cases) {
    it(`never leaves the route wholly under a control, zooming out to the least zoom with ${keys ? 'the - key' : 'the button'}, on ${name} at ${size.width}×${size.height}`, async () => {
      const page = await gallery.browser.newPage({ viewport: size });
      const { errors } = collectPageErrors(page);
      await page.goto(`${gallery.base}${name}.html`);
      await settle(page);
      await page.locator('#map').scrollIntoViewIfNeeded();
      await exposeGalleryMap(page);
      const start = await placeRouteToLandUnderTheList(page);
      const zoomOut = page.locator('#map .leaflet-control-zoom-out');
      const steps: string[] = [];
      let frame = await measure(page);
      while (!(await zoomOut.getAttribute('class'))!.includes('leaflet-disabled')) {
        const before = frame.zoom;
        if (keys) {
          await page.locator('#map').focus();
          await page.keyboard.press('-');
        } else await zoomOut.click();
        await page.waitForFunction((z) => (window as unknown as W).galleryMap.getZoom() < z, before);
        await settle(page, 350);
        frame = await measure(page);
        expect(frame.legs, `legs drawn at zoom ${frame.zoom}`).not.toBeNull();
        steps.push(`zoom ${frame.zoom}: under ${JSON.stringify(wholeUnder(frame, frame.legs!))}, in sight ${partlyInSight(frame, frame.legs!)}`);
      }
      await page.screenshot({ path: path.join(screenshotDir, `zoom-out-${name}-${size.width}x${size.height}${keys ? '-keys' : ''}.png`) });
      expect(steps.length, `zoomed out from ${start}`).toBeGreaterThan(0);
      expect(steps).toEqual(steps.map((s) => s.replace(/under \[.*\], in sight \w+$/, 'under [], in sight true')));
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
