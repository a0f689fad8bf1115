/**
 * The legs' arrowheads during a zoom animation, in real Chromium: they are paths in the legs'
 * renderer (legs.ts), so while the renderer is scaled by Leaflet's zoom animation (the zoom
 * buttons' CSS transition, a flight's frames) they must move and scale with the legs, frame by
 * frame, not stretch against them or lag behind; projected again when the zoom ends, they are
 * back to their own size. Read each frame from the paths' own points through their screen
 * transform (`getScreenCTM`): a head's size and its distance from a vertex of its mode's leg,
 * both as fractions of that leg's first segment.
 *
 * The frames are the page's own, not the machine's: while a move runs, the page's clock (`Date.now`,
 * `setTimeout`, the zoom's CSS transitions) goes on by a sixtieth of a second at each frame drawn,
 * however long the machine took to draw it, so a loaded machine gives the same frames, only later.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { collectPageErrors, describeBrowser, useBrowser } from './harness';
import { mapPage, seedJson } from './pages/layer-page';

declare const visitmap: typeof import('../../src/umd');
type W = Window & { map: L.Map };

interface Frame {
  /** The head's first side (its tip to a back corner), px on screen. */
  head: number;
  /** The leg's first segment, px on screen: how far the zoom has gone. */
  segment: number;
  /** That side, and the distance from the head's middle to the leg's first vertex, over the leg's first segment. */
  size: number;
  place: number;
  animating: boolean;
}

/**
 * Runs `how` on the map and reads every frame until the move has ended and one more frame has been drawn. During the move the
 * page's clock is its own: each frame moves it on by 1/60 s (a flight's frames read `Date.now`; the zoom's end waits on a
 * `setTimeout` of 250 ms; the zoom itself is a CSS transition, paused and set to the clock's time), so the frames are the same
 * whatever else the machine is doing.
 */
function frames(page: Page, how: 'zoomIn' | 'zoomOut' | 'flyIn' | 'flyOut'): Promise<Frame[]> {
  return page.evaluate(async (how) => {
    const map = (window as unknown as W).map;
    const arrow = document.querySelector<SVGPathElement>('path.vm-arrow--flight')!;
    const leg = document.querySelector<SVGPathElement>('path.vm-leg--flight')!;
    const at = (p: SVGPathElement, x: number, y: number) => {
      const m = p.getScreenCTM()!;
      return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f] as const;
    };
    const nums = (p: SVGPathElement) => p.getAttribute('d')!.match(/-?[\d.]+/g)!.map(Number);
    const out: Frame[] = [];
    let moving = true;
    const read = () => {
      const [a, l] = [nums(arrow), nums(leg)];
      const [tip, back] = [at(arrow, a[0]!, a[1]!), at(arrow, a[2]!, a[3]!)];
      const middle = at(arrow, (a[0]! + a[2]! + a[4]!) / 3, (a[1]! + a[3]! + a[5]!) / 3);
      const [v0, v1] = [at(leg, l[0]!, l[1]!), at(leg, l[2]!, l[3]!)];
      const segment = Math.hypot(v1[0] - v0[0], v1[1] - v0[1]);
      const head = Math.hypot(tip[0] - back[0], tip[1] - back[1]);
      out.push({ head, segment, size: head / segment, place: Math.hypot(middle[0] - v0[0], middle[1] - v0[1]) / segment, animating: moving });
    };
    // The page's clock for the move: Date.now, the timeouts set meanwhile (held until the clock reaches them) and each CSS
    // transition of a transform (paused when first seen, then set to the time since).
    const real = { now: Date.now, setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
    // Called bound (a timer function called on another object throws "Illegal invocation").
    const [realNow, realSetTimeout, realClearTimeout] = [Date.now.bind(Date), window.setTimeout.bind(window), window.clearTimeout.bind(window)];
    let now = realNow();
    const held = new Map<number, { due: number; run: () => void }>();
    let ids = 1e9;
    Date.now = () => now;
    window.setTimeout = ((run: TimerHandler, ms?: number, ...args: unknown[]) => {
      if (typeof run !== 'function') return realSetTimeout(run, ms);
      held.set(++ids, { due: now + (ms ?? 0), run: () => (run as (...a: unknown[]) => void)(...args) });
      return ids;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (!held.delete(id!)) realClearTimeout(id);
    }) as typeof window.clearTimeout;
    const transitions = new Map<Animation, number>();
    const seek = () => {
      for (const a of document.getAnimations()) {
        if (!(a instanceof CSSTransition) || a.transitionProperty !== 'transform') continue;
        if (!transitions.has(a)) {
          a.pause();
          transitions.set(a, now);
        }
        a.currentTime = now - transitions.get(a)!;
      }
    };
    // Paused as soon as the zoom sets the transforms, before a frame is drawn (this listener runs after the renderers').
    map.on('zoomanim', seek);
    const step = () => {
      now += 1000 / 60;
      seek();
      for (const [id, t] of [...held]) {
        if (t.due > now) continue;
        held.delete(id);
        t.run();
      }
    };
    // Ended at the moveend (the paths projected again at the zoomend just before): the frame after is read as the end.
    const ended = new Promise<void>((resolve) => map.once('moveend', () => ((moving = false), requestAnimationFrame(() => (read(), resolve())))));
    const tick = () => {
      if (!moving) return;
      read();
      step();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const z = map.getZoom();
    if (how === 'zoomIn') map.zoomIn(1);
    else if (how === 'zoomOut') map.zoomOut(1);
    else map.flyTo(map.getCenter(), how === 'flyIn' ? z + 1 : z - 1, { duration: 0.6 });
    await ended;
    map.off('zoomanim', seek);
    Object.assign(Date, { now: real.now });
    Object.assign(window, { setTimeout: real.setTimeout, clearTimeout: real.clearTimeout });
    for (const t of held.values()) realSetTimeout(t.run, Math.max(0, t.due - now));
    for (const a of transitions.keys()) if (a.playState === 'paused') a.play();
    return out;
  }, how);
}

describeBrowser('arrowheads during a zoom animation', () => {
  let browser: import('playwright-core').Browser;
  useBrowser((b) => (browser = b));

  it("move and scale with their legs frame by frame, and are back to their size after, for the buttons' zoom and a flight", async () => {
      const page = await mapPage(browser, { width: 1100, height: 700 }, true);
      const { errors } = collectPageErrors(page);
      await page.evaluate((json) => {
        const w = window as unknown as W;
        visitmap.itineraryLayer(JSON.parse(json), { animate: false, legend: false }).addTo(w.map);
        // The flight from Hong Kong to Hangzhou whole in view, its head in the middle.
        w.map.setView([26.5, 117.2], 6, { animate: false });
      }, seedJson);
      await page.waitForTimeout(300);
      for (const how of ['zoomIn', 'zoomOut', 'flyIn', 'flyOut'] as const) {
        const seen = await frames(page, how);
        const during = seen.filter((f) => f.animating);
        const after = seen[seen.length - 1]!;
        expect(during.length, `${how}: frames read`).toBeGreaterThan(3);
        // … and they show the zoom on its way: the leg's first segment (before the zoom ends and the legs are drawn again) between
        // its length before and twice or half that, in three frames or more.
        const scale = how.endsWith('In') ? 2 : 0.5;
        const [lo, hi] = [Math.min(1, scale) * seen[0]!.segment, Math.max(1, scale) * seen[0]!.segment];
        expect(during.filter((f) => f.segment > lo * 1.02 && f.segment < hi * 0.98).length, `${how}: frames on the way`).toBeGreaterThanOrEqual(3);
        // Against the legs, the head keeps its size and its place through the whole animation.
        for (const key of ['size', 'place'] as const) {
          const values = during.map((f) => f[key]);
          expect(Math.max(...values) - Math.min(...values), `${how}: the head's ${key} against its leg`).toBeLessThan(0.002 * Math.max(...values) + 1e-9);
        }
        // Projected again once the zoom has ended: 11 px long and 12 px wide, its side 12.5 px.
        expect(after.head, `${how}: the head's side after`).toBeCloseTo(Math.hypot(11, 6), 1);
      }
      expect(errors).toEqual([]);
      await page.close();
  });
});
