/**
 * How large mode draws (issue 18: "Smooth pans"), counted in real Chromium: each stop is
 * stamped once from a sprite, the legs are one 1 px stroke per travel mode, and a pan's
 * moveend draws only what the pan uncovered. Complements the large-itinerary tests of
 * layer.e2e.test.ts, which check the drawing's pixels against a whole redraw.
 */
import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { axeProblems, collectPageErrors, describeBrowser, useBrowser } from './harness';
import { mapPage } from './pages/layer-page';

declare const visitmap: typeof import('../../src/umd');
type Calls = { stamps: number; strokes: number; widths: number[] };
type W = Window & { map: L.Map; calls: Calls; count(): Promise<Calls> };

/**
 * Adds a large layer of `stops` (lng, lat), legs alternating rail and flight, at a view,
 * then counts what is drawn on the layer's canvas: `drawImage` of a sprite (not of a whole
 * canvas) and `stroke`, with its line width.
 */
async function largePage(browser: Browser, stops: [number, number][], view: [number, number, number]): Promise<Page> {
  const page = await mapPage(browser);
  await page.evaluate(
    async ([stops, view]) => {
      const w = window as unknown as W;
      const list = stops.map(([lng, lat], i) => ({ id: `s${i}`, name: `Stop ${i + 1}`, coordinates: [lng, lat], precision: 'city' }));
      const legs = list.slice(1).map((s, i) => ({ from: list[i]!.id, to: s.id, mode: i % 2 ? 'flight' : 'rail' }));
      visitmap.itineraryLayer({ id: 'big', title: 'Big', stops: list, legs }, { animate: false, legend: false, largeThreshold: 10 }).addTo(w.map);
      w.map.setView([view[0], view[1]], view[2], { animate: false });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      w.calls = { stamps: 0, strokes: 0, widths: [] };
      const proto = CanvasRenderingContext2D.prototype;
      const onLayer = (ctx: CanvasRenderingContext2D) => Boolean(ctx.canvas.closest?.('.leaflet-overlay-pane'));
      const drawImage = proto.drawImage as (...a: unknown[]) => void;
      proto.drawImage = function (this: CanvasRenderingContext2D, ...a: unknown[]) {
        if (onLayer(this) && (a[0] as HTMLCanvasElement).width < 200) w.calls.stamps++;
        return drawImage.apply(this, a);
      } as typeof proto.drawImage;
      const stroke = proto.stroke as (...a: unknown[]) => void;
      proto.stroke = function (this: CanvasRenderingContext2D, ...a: unknown[]) {
        if (onLayer(this)) {
          w.calls.strokes++;
          w.calls.widths.push(this.lineWidth);
        }
        return stroke.apply(this, a);
      } as typeof proto.stroke;
    },
    [stops, view] as const,
  );
  return page;
}

/** Redraws the whole canvas (the renderer forgets its bitmap) and returns what was drawn. */
function wholeRedraw(page: Page): Promise<Calls> {
  return page.evaluate(() => {
    const w = window as unknown as W;
    let renderer: (L.Canvas & { drawnAt?: unknown; _update(): void }) | undefined;
    w.map.eachLayer((l) => {
      if ('shifts' in l) renderer = l as unknown as typeof renderer;
    });
    w.calls = { stamps: 0, strokes: 0, widths: [] };
    renderer!.drawnAt = undefined;
    renderer!._update();
    return w.calls;
  });
}

describeBrowser('large mode draws cheaply', () => {
  let browser: Browser;
  useBrowser((b) => (browser = b));

  // 2,000 stops on a grid 0.6° apart, all in view at zoom 6 around [20, 115].
  const grid = Array.from({ length: 2000 }, (_, i): [number, number] => [100 + (i % 50) * 0.6, 10 + Math.floor(i / 50) * 0.6]);

  it('stamps each stop in view once and strokes the legs once per travel mode, 1 px wide', async () => {
    const page = await largePage(browser, grid, [20, 115, 6]);
    const whole = await wholeRedraw(page);
    const inView = await page.evaluate((grid) => {
      const w = window as unknown as W;
      // The canvas reaches a tenth of the map's size past each side (the renderer's padding).
      const b = w.map.getPixelBounds().pad(0.1);
      return grid.filter(([lng, lat]) => b.contains(w.map.project([lat, lng]))).length;
    }, grid);
    expect(inView).toBeGreaterThan(500);
    expect(whole.stamps).toBeGreaterThanOrEqual(inView);
    expect(whole.stamps).toBeLessThanOrEqual(inView + 60); // and those within a dot's radius of the edge
    expect(whole.strokes).toBe(2); // rail, flight
    expect(whole.widths).toEqual([1, 1]);
    await page.close();
  });

  it('at moveend stamps only the stops in the strips the pan uncovered', async () => {
    const page = await largePage(browser, grid, [20, 115, 6]);
    const whole = await wholeRedraw(page);
    const panned = await page.evaluate(() => {
      const w = window as unknown as W;
      w.calls = { stamps: 0, strokes: 0, widths: [] };
      w.map.panBy([200, 120], { animate: false });
      return w.calls;
    });
    expect(panned.stamps).toBeGreaterThan(0);
    expect(panned.stamps).toBeLessThan(whole.stamps / 2);
    // One stroke per mode per strip (two strips: a pan across and down).
    expect(panned.strokes).toBeLessThanOrEqual(4);
    await page.close();
  });

  it('a diagonal pan stamps each stop it uncovered once: the corner both strips reach is drawn once', async () => {
    const page = await largePage(browser, grid, [22, 118, 6]);
    const panned = await page.evaluate((grid) => {
      const w = window as unknown as W;
      // Where each stamp lands (its top-left corner, in layer pixels) during the pan's moveend.
      const at: [number, number][] = [];
      const proto = CanvasRenderingContext2D.prototype;
      const drawImage = proto.drawImage as (...a: unknown[]) => void;
      proto.drawImage = function (this: CanvasRenderingContext2D, ...a: unknown[]) {
        if (this.canvas.closest?.('.leaflet-overlay-pane') && (a[0] as HTMLCanvasElement).width < 200) at.push([a[5] as number, a[6] as number]);
        return drawImage.apply(this, a);
      } as typeof proto.drawImage;
      const before = w.map.getPixelBounds().pad(0.1);
      w.map.panBy([-200, -120], { animate: false }); // uncovers a band on the left, one along the top
      proto.drawImage = drawImage as typeof proto.drawImage;
      const after = w.map.getPixelBounds().pad(0.1);
      const origin = w.map.getPixelOrigin();
      // The stops in the corner both bands reach: left of the old canvas and above it.
      const corner = grid.filter(([lng, lat]) => {
        const p = w.map.project([lat, lng]);
        return p.x >= after.min!.x && p.x < before.min!.x && p.y >= after.min!.y && p.y < before.min!.y;
      }).length;
      // A stop stamped twice is one whose dot reaches over the line between the two bands
      // (each band draws its half); any other was drawn twice for nothing.
      const seen = new Map<string, number>();
      for (const [x, y] of at) seen.set(`${x},${y}`, (seen.get(`${x},${y}`) ?? 0) + 1);
      const edge = before.min!.x - origin.x; // that line, in layer pixels
      const twice = [...seen].filter(([key, n]) => n > 1 && Math.abs(Number(key.split(',')[0]) + 8 - edge) > 8.5).length;
      return { stamps: at.length, corner, twice };
    }, grid);
    expect(panned.corner).toBeGreaterThan(5); // the pan's corner holds stops
    expect(panned.stamps).toBeGreaterThan(panned.corner);
    expect(panned.twice).toBe(0);
    await page.close();
  });

  it('splits the first draw of many stops over two frames, ending with the picture of a whole redraw', async () => {
    // 3,000 stops 0.5° apart, all in view at zoom 5 around [25, 115].
    const many = Array.from({ length: 3000 }, (_, i): [number, number] => [100 + (i % 60) * 0.5, 12 + Math.floor(i / 60) * 0.5]);
    const page = await mapPage(browser);
    const result = await page.evaluate(async (grid) => {
      const w = window as unknown as W;
      let stamps = 0;
      const proto = CanvasRenderingContext2D.prototype;
      const drawImage = proto.drawImage as (...a: unknown[]) => void;
      proto.drawImage = function (this: CanvasRenderingContext2D, ...a: unknown[]) {
        if (this.canvas.closest?.('.leaflet-overlay-pane') && (a[0] as HTMLCanvasElement).width < 200) stamps++;
        return drawImage.apply(this, a);
      } as typeof proto.drawImage;
      w.map.setView([25, 115], 5, { animate: false });
      const list = grid.map(([lng, lat], i) => ({ id: `s${i}`, name: `Stop ${i + 1}`, coordinates: [lng, lat], precision: i % 3 ? 'city' : 'venue' }));
      const legs = list.slice(1).map((s, i) => ({ from: list[i]!.id, to: s.id, mode: i % 2 ? 'flight' : 'rail' }));
      visitmap.itineraryLayer({ id: 'big', title: 'Big', stops: list, legs }, { animate: false, legend: false, largeThreshold: 10 }).addTo(w.map);
      // The first draw is requested for the next frame; each count is read after a frame's drawing.
      const frames: number[] = [];
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        frames.push(stamps);
      }
      let renderer: (L.Canvas & { drawnAt?: unknown; _update(): void; _container: HTMLCanvasElement }) | undefined;
      w.map.eachLayer((l) => {
        if ('shifts' in l) renderer = l as unknown as typeof renderer;
      });
      const r = renderer!;
      const pixels = () => r._container.getContext('2d')!.getImageData(0, 0, r._container.width, r._container.height).data;
      const split = pixels();
      stamps = 0;
      r.drawnAt = undefined; // forget the bitmap: Leaflet's whole-canvas redraw
      r._update();
      const whole = pixels();
      let differ = 0;
      for (let i = 0; i < whole.length; i++) if (whole[i] !== split[i]) differ++;
      let inked = 0;
      for (let i = 3; i < whole.length; i += 4) if (whole[i]! > 0) inked++;
      return { frames, wholeStamps: stamps, differ, inked, size: whole.length / 4 };
    }, many);
    expect(result.wholeStamps).toBe(3000);
    // 2,000 in the first frame, the rest in the next, and nothing after.
    expect(result.frames[0]).toBe(2000);
    expect(result.frames[1]).toBe(result.wholeStamps);
    expect(result.frames[2]).toBe(result.wholeStamps);
    expect(result.inked).toBeGreaterThan(result.size / 100); // there is a drawing to compare
    expect(result.differ).toBe(0);
    await page.close();
  });

  it('stamps a run of stops on one pixel once', async () => {
    // 300 stops at one place, then 300 at another: zoomed out, each run is one dot.
    const runs = [...Array.from({ length: 300 }, (): [number, number] => [110, 20]), ...Array.from({ length: 300 }, (): [number, number] => [120, 25])];
    const page = await largePage(browser, runs, [22, 115, 4]);
    const whole = await wholeRedraw(page);
    // The first stop stands out with its own dot, over the first run's.
    expect(whole.stamps).toBe(3);
    await page.close();
  });

  it.each([true, false])('with legPopup %s, a click on a canvas leg opens its popup (within 8 px of its line), and only with the option', async (withPopup) => {
    // Before, large mode took no leg clicks: its legs are one canvas path per travel mode.
    const page = await mapPage(browser);
    const point = await page.evaluate(async (withPopup) => {
      const w = window as unknown as W & { seen: number[] };
      // Twelve stops 2° apart along the equator, a great circle: each leg is a straight line on the map.
      const list = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, name: `Stop ${i + 1}`, coordinates: [i * 2, 0], precision: 'city' }));
      const legs = list.slice(1).map((s, i) => ({ from: list[i]!.id, to: s.id, mode: i % 2 ? 'flight' : 'rail' }));
      const options = { animate: false, legend: false, largeThreshold: 10, ...(withPopup ? {} : { legPopup: null }) };
      const layer = visitmap.itineraryLayer({ id: 'big', title: 'Big', stops: list, legs }, options).addTo(w.map);
      w.seen = [];
      layer.on('legclick', (e) => w.seen.push(e.index));
      w.map.setView([0, 7], 7, { animate: false });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      // The middle of leg 3 (Stop 4 at 6° → Stop 5 at 8°), in the page.
      const p = w.map.latLngToContainerPoint([0, 7]);
      const box = w.map.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, withPopup);
    const popup = page.locator('.leaflet-popup');
    const seen = () => page.evaluate(() => (window as unknown as { seen: number[] }).seen);
    // 20 px off the line: no leg.
    await page.mouse.click(point.x, point.y + 20);
    expect(await popup.count()).toBe(0);
    // 6 px above it: leg 3.
    await page.mouse.click(point.x, point.y - 6);
    if (!withPopup) {
      expect(await popup.count()).toBe(0);
      expect(await seen()).toEqual([]);
      await page.close();
      return;
    }
    await expect.poll(() => popup.locator('.vm-popup--leg').count()).toBe(1);
    expect(await popup.locator('.vm-popup__title').textContent()).toBe('Stop 4 → Stop 5');
    expect(await popup.locator('.vm-popup__number').textContent()).toBe('Flight');
    expect(await seen()).toEqual([3]);
    await page.close();
  });

  it('opens the leg leaving the stop the stop list is on with `l` (large mode has no markers), → and ← to its stops, Escape back to the list; axe clean', async () => {
    // Before, `l` in the list did nothing: large mode's legs had no path but a mouse.
    const page = await mapPage(browser);
    const { errors } = collectPageErrors(page);
    await page.evaluate(() => {
      const w = window as unknown as W & { seen: number[] };
      const list = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, name: `Stop ${i + 1}`, coordinates: [i * 2, 0], precision: 'city' }));
      const legs = list.slice(1).map((s, i) => ({ from: list[i]!.id, to: s.id, mode: i % 2 ? 'flight' : 'rail' }));
      const layer = visitmap.itineraryLayer({ id: 'big', title: 'Big', stops: list, legs }, { animate: false, legend: false, largeThreshold: 10 }).addTo(w.map);
      visitmap.stopListControl(layer, { collapsed: false }).addTo(w.map);
      w.seen = [];
      layer.on('legclick', (e) => w.seen.push(e.index));
      w.map.setView([0, 7], 7, { animate: false });
    });
    const title = () => page.textContent('.leaflet-popup .vm-popup__title');
    const active = () =>
      page.evaluate(() => {
        const a = document.activeElement!;
        return a.closest('.leaflet-popup') ? `popup:${a.className}` : a.matches('.vm-stoplist__viewport') ? 'list' : a.tagName;
      });
    await page.locator('.vm-stoplist__viewport').focus();
    await page.keyboard.press('ArrowDown'); // the list is on Stop 2
    await page.keyboard.press('l');
    expect(await page.locator('.leaflet-popup .vm-popup--leg').count()).toBe(1);
    expect(await title()).toBe('Stop 2 → Stop 3');
    expect(await active()).toBe('popup:vm-popup__title');
    expect(await axeProblems(page, ['#map'])).toEqual([]);
    // Escape: closed, focus back in the list, on the same stop.
    await page.keyboard.press('Escape');
    expect(await page.locator('.leaflet-popup').count()).toBe(0);
    expect(await active()).toBe('list');
    expect(await page.getAttribute('.vm-stoplist__viewport', 'aria-activedescendant')).toMatch(/-1$/);
    // → in the leg's popup opens the stop it reaches, focus in its popup; Escape from it back to the list.
    await page.keyboard.press('l');
    await page.keyboard.press('ArrowRight');
    expect(await title()).toBe('Stop 3');
    expect(await active()).toBe('popup:vm-popup__title');
    await page.keyboard.press('Escape');
    expect(await active()).toBe('list');
    // The last stop: the leg reaching it; ← opens the stop it leaves.
    await page.keyboard.press('End');
    await page.keyboard.press('l');
    expect(await title()).toBe('Stop 11 → Stop 12');
    await page.keyboard.press('ArrowLeft');
    expect(await title()).toBe('Stop 11');
    await page.keyboard.press('Escape');
    expect(await active()).toBe('list');
    expect(await page.evaluate(() => (window as unknown as { seen: number[] }).seen)).toEqual([1, 1, 10]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives focus back to the list at once on Escape during the flight → started from a leg’s popup, and keeps it there when the flight ends', async () => {
    // An outside tester's: `l`, →, then Escape within the flight to the stop left focus on <body>.
    const page = await mapPage(browser, undefined, true);
    const { errors } = collectPageErrors(page);
    await page.evaluate(() => {
      const w = window as unknown as W & { layer: L.Layer & { _camera: { pending: unknown } | null } };
      const list = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, name: `Stop ${i + 1}`, coordinates: [i * 2, 0], precision: 'city' }));
      const legs = list.slice(1).map((s, i) => ({ from: list[i]!.id, to: s.id, mode: i % 2 ? 'flight' : 'rail' }));
      w.layer = visitmap.itineraryLayer({ id: 'big', title: 'Big', stops: list, legs }, { legend: false, largeThreshold: 10 }).addTo(w.map) as never;
      visitmap.stopListControl(w.layer as never, { collapsed: false }).addTo(w.map);
      // Below the zoom large mode opens a stop at: opening one is a flight of 0.8 s.
      w.map.setView([0, 7], 3, { animate: false });
    });
    const active = () =>
      page.evaluate(() => {
        const a = document.activeElement!;
        return a.closest('.leaflet-popup') ? `popup:${a.className}` : a.matches('.vm-stoplist__viewport') ? 'list' : a.tagName;
      });
    const moving = () => page.evaluate(() => Boolean((window as unknown as { layer: { _camera: { pending: unknown } | null } }).layer._camera?.pending));
    await page.locator('.vm-stoplist__viewport').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('l');
    await expect.poll(() => page.textContent('.leaflet-popup .vm-popup__title')).toBe('Stop 2 → Stop 3');
    await expect.poll(active).toBe('popup:vm-popup__title');
    await expect.poll(moving).toBe(false);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    // The race itself: Escape came while the flight to Stop 3 was under way.
    expect(await moving()).toBe(true);
    expect(await active()).toBe('list');
    await expect.poll(moving).toBe(false);
    expect(await page.locator('.leaflet-popup').count()).toBe(0);
    expect(await active()).toBe('list');
    expect(await page.getAttribute('.vm-stoplist__viewport', 'aria-activedescendant')).toMatch(/-2$/);
    expect(errors).toEqual([]);
    await page.close();
  });
  // An outside tester's report: the layer's className, the CSS hook that colours one trip's
  // badges (`.trip-b { --vm-accent: … }`), did nothing to its stops in large mode.
  it("puts the layer's className on its canvas, whose --vm-accent colours the stops' dots", async () => {
    const page = await mapPage(browser);
    const errors = collectPageErrors(page).errors;
    await page.addStyleTag({ content: '.trip-b { --vm-accent: rgb(3, 105, 161); }' });
    const seen = await page.evaluate(async () => {
      const w = window as unknown as W;
      const trip = (id: string, lng: number) => {
        const stops = Array.from({ length: 12 }, (_, i) => ({ id: `${id}${i}`, name: `Stop ${i + 1}`, coordinates: [lng + (i % 4), 20 + Math.floor(i / 4)], precision: 'venue' }));
        return { id, title: id, stops, legs: stops.slice(1).map((s, i) => ({ from: stops[i]!.id, to: s.id, mode: 'road' })) };
      };
      const a = visitmap.itineraryLayer(trip('a', 100), { animate: false, legend: false, largeThreshold: 10 }).addTo(w.map);
      const b = visitmap.itineraryLayer(trip('b', 120), { animate: false, legend: false, largeThreshold: 10, className: 'trip-b' }).addTo(w.map);
      w.map.setView([21, 112], 5, { animate: false });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
      // The colour at the middle of each trip's sixth stop (a venue's dot is opaque), on its own canvas.
      const colourAt = (layer: typeof a) => {
        const canvas = [...document.querySelectorAll<HTMLCanvasElement>('.leaflet-overlay-pane canvas')].find((c) => c.classList.contains('trip-b') === (layer === b))!;
        const p = w.map.latLngToContainerPoint(layer.itinerary.stops[5]!.coordinates.slice().reverse() as [number, number]);
        const [map, box] = [w.map.getContainer().getBoundingClientRect(), canvas.getBoundingClientRect()];
        const k = canvas.width / box.width;
        return [...canvas.getContext('2d')!.getImageData(Math.round((p.x + map.left - box.left) * k), Math.round((p.y + map.top - box.top) * k), 1, 1).data].join(',');
      };
      return { classes: [...document.querySelectorAll('.leaflet-overlay-pane canvas')].map((c) => c.getAttribute('class')), a: colourAt(a), b: colourAt(b) };
    });
    expect(seen.classes).toEqual(['leaflet-zoom-animated', 'leaflet-zoom-animated trip-b']);
    expect({ a: seen.a, b: seen.b }).toEqual({ a: '159,18,57,255', b: '3,105,161,255' }); // the accent's default #9f1239, and trip B's
    expect(errors).toEqual([]);
    await page.close();
  });
});
