/**
 * Trips across ±180 on the map (issue 14), in real Chromium, on the two gallery pages that
 * show them (served from `site/` as `npm start` serves it) and in large (canvas) mode:
 * every drawn leg starts and ends at its stops' markers, no drawn segment jumps across the
 * map, the fitted trip is inside the map, and the pages pass axe. Also in each day view,
 * from a `#stop=` link and on the timeline's route. Screenshots go to
 * tests/e2e/screenshots/globe-*.png for people to look at.
 *
 * Everything is measured in Leaflet's layer pixels, read from the DOM: a marker's
 * position (`_leaflet_pos`, its anchor) and an SVG path's vertices (`d`) share that frame.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { collectPageErrors, describeBrowser, settle, axeProblems, repoRoot, screenshotDir, useGallery } from './harness';
import { mapPage } from './pages/layer-page';
import { expectHeadsOnLegs } from '../leaflet/arrow-geometry';

declare const visitmap: typeof import('../../src/umd');

const DESKTOP = { width: 1100, height: 800 };
/** How far (px) a leg's end may be from its marker's anchor: Leaflet rounds both to whole pixels. */
const AT_MARKER = 3;

interface TripData {
  stops: { id: string; coordinates: [number, number] }[];
}
const PAGES = [
  { name: 'pacific', data: 'examples/data/pacific-tour.json', link: 'honolulu' },
  { name: 'round-the-world', data: 'examples/data/round-the-world.json', link: 'london-return' },
] as const;
const trip = (file: string): TripData => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')) as TripData;

interface Pt {
  x: number;
  y: number;
}
interface Drawn {
  /** Markers: the stop numbers each shows, its anchor, whether it is a repeat in another world copy. */
  markers: { numbers: number[]; at: Pt; copy: boolean; cluster: boolean; box: Box }[];
  /** Each leg path's vertices, in DOM order (= leg order), one array per subpath. */
  legs: Pt[][][];
  /** The timeline's route, likewise. */
  story: Pt[][][];
  /** The map's size and where its pane is (layer point + pane = container point). */
  size: Pt;
  pane: Pt;
  /** Screen boxes of the route's paths, and of the map. */
  boxes: Box[];
  map: Box;
}
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The stop numbers a marker label stands for: "1 · 7" → 1, 7; "3–6" → 3, 4, 5, 6; a group's "3, 6" → 3, 6. */
function numbersOf(label: string): number[] {
  return label.split(/\s*[·,]\s*/).flatMap((part) => {
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(part.trim());
    if (!range) return /^\d+$/.test(part.trim()) ? [Number(part.trim())] : [];
    const out: number[] = [];
    for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(n);
    return out;
  });
}

/** Reads what the page has drawn, in layer pixels. */
async function drawn(page: Page): Promise<Drawn> {
  const raw = await page.evaluate(() => {
    type Positioned = Element & { _leaflet_pos?: { x: number; y: number } };
    const paths = (sel: string) =>
      [...document.querySelectorAll(`.leaflet-overlay-pane path${sel}`)].map((p) =>
        (p.getAttribute('d') ?? '')
          .split('M')
          .filter((s) => s.trim())
          .map((sub) => sub.replace(/[Zz]/g, '').split('L').map((xy) => xy.trim().split(/\s+/).map(Number))),
      );
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const container = document.querySelector('#map')!;
    const pane = (document.querySelector('.leaflet-map-pane') as Positioned)._leaflet_pos ?? { x: 0, y: 0 };
    const markers = [...document.querySelectorAll<Positioned>('.leaflet-marker-pane .vm-marker')].map((m) => ({
      label: m.querySelector('.vm-marker__label')?.textContent ?? '',
      at: m._leaflet_pos!,
      copy: m.classList.contains('vm-marker--copy'),
      cluster: m.classList.contains('vm-marker--cluster'),
      box: box(m.querySelector('.vm-marker__badge')!),
    }));
    const route = [...document.querySelectorAll('.leaflet-overlay-pane path.vm-leg, .leaflet-overlay-pane path.vm-story-route')];
    return {
      markers,
      legs: paths('.vm-leg'),
      story: paths('.vm-story-route'),
      size: { x: container.clientWidth, y: container.clientHeight },
      pane,
      boxes: route.map(box),
      map: box(container),
    };
  });
  const toPts = (ps: number[][][][]) => ps.map((path) => path.map((sub) => sub.map(([x, y]) => ({ x: x!, y: y! }))));
  return { ...raw, markers: raw.markers.map((m) => ({ ...m, numbers: numbersOf(m.label) })), legs: toPts(raw.legs), story: toPts(raw.story) };
}

const dist = (a: Pt, b: Pt): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Web Mercator's y of a latitude, in radians of the projection (the world is 2π wide). */
const mercY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * The width of one world in pixels at the map's zoom, from two stops' markers: their
 * vertical distance is `W / 2π` times their Mercator distance, whatever copy they sit in.
 */
function worldWidth(d: Drawn, data: TripData): number {
  const single = d.markers.filter((m) => !m.cluster);
  let best = { w: NaN, dy: 0 };
  for (const a of single) {
    for (const b of single) {
      const dy = Math.abs(a.at.y - b.at.y);
      if (dy <= best.dy) continue;
      const la = data.stops[a.numbers[0]! - 1]!.coordinates[1];
      const lb = data.stops[b.numbers[0]! - 1]!.coordinates[1];
      best = { w: (2 * Math.PI * dy) / Math.abs(mercY(la) - mercY(lb)), dy };
    }
  }
  expect(best.dy, 'two markers far enough apart to measure the zoom').toBeGreaterThan(50);
  return best.w;
}

/**
 * No drawn line jumps across the map. Along a great circle that passes no pole, longitude
 * only ever grows or only ever shrinks (the circle meets each meridian once), and so does x
 * in Web Mercator; Leaflet's rounding, thinning and clipping keep that, to a pixel. A line
 * that jumps to a neighbouring world copy turns back by most of a world's width. So each
 * drawn (sub)path's x must be monotonic, whatever the zoom. (No leg here passes a pole.)
 */
function expectNoJump(lines: Pt[][][], what: string): void {
  for (const line of lines.flat()) {
    const dir = Math.sign(line[line.length - 1]!.x - line[0]!.x);
    for (let i = 1; i < line.length; i++) {
      expect(dir * (line[i]!.x - line[i - 1]!.x), `${what}: vertex ${i} of a line turns back by this many px`).toBeGreaterThanOrEqual(-1);
    }
  }
}

/**
 * The route checks: no line jumps ({@link expectNoJump}), and every drawn line whose leg
 * is drawn starts at a marker showing its start stop and ends at one showing its end stop,
 * within {@link AT_MARKER} px. The timeline's route is whole when the story is at its end
 * (as a page opens); a day view may move the story back, so `timeline` false checks only
 * its jumps.
 */
function checkRoute(d: Drawn, data: TripData, legs: number[], what: string, timeline = true): void {
  expectNoJump(d.legs, `${what}: leg`);
  expectNoJump(d.story, `${what}: timeline route`);
  for (const [kind, lines] of [['leg', d.legs], ...(timeline ? [['timeline route', d.story] as const] : [])] as const) {
    expect(lines.length, `${what}: one ${kind} line per leg shown`).toBe(legs.length);
    lines.forEach((subpaths, k) => {
      const leg = legs[k]!;
      const name = `${what}: ${kind} ${data.stops[leg]!.id} → ${data.stops[leg + 1]!.id}`;
      expect(subpaths.length, `${name} is one line`).toBe(1);
      const line = subpaths[0]!;
      const near = (p: Pt, stop: number) => Math.min(...d.markers.filter((m) => m.numbers.includes(stop + 1)).map((m) => dist(m.at, p)));
      expect(near(line[0]!, leg), `${name} starts at a marker of ${data.stops[leg]!.id}`).toBeLessThanOrEqual(AT_MARKER);
      expect(near(line[line.length - 1]!, leg + 1), `${name} ends at a marker of ${data.stops[leg + 1]!.id}`).toBeLessThanOrEqual(AT_MARKER);
    });
  }
}

const inside = (b: Box, map: Box): boolean => b.left >= map.left - 1 && b.top >= map.top - 1 && b.right <= map.right + 1 && b.bottom <= map.bottom + 1;

/**
 * Every path of the route lies inside the map, and so does every marker (`all`), or, in a
 * day view, at least one marker of each stop shown: a day framed round a stop's copy leaves
 * its repeat a world away.
 */
function checkInside(d: Drawn, what: string, all = true): void {
  for (const b of d.boxes) expect(inside(b, d.map), `${what}: a line leaves the map`).toBe(true);
  const stops = new Set(d.markers.flatMap((m) => m.numbers));
  for (const n of stops) {
    const mine = d.markers.filter((m) => m.numbers.includes(n));
    const ok = all ? mine.every((m) => inside(m.box, d.map)) : mine.some((m) => inside(m.box, d.map));
    expect(ok, `${what}: stop ${n}'s marker is outside the map`).toBe(true);
  }
}



const allLegs = (data: TripData): number[] => data.stops.slice(1).map((_, i) => i);

describeBrowser('trips across ±180 on the map', () => {
  const gallery = useGallery();

  async function open(name: string, hash = ''): Promise<{ page: Page; errors: string[] }> {
    const page = await gallery.browser.newPage({ viewport: DESKTOP });
    const { errors } = collectPageErrors(page);
    expect((await page.goto(`${gallery.base}${name}.html${hash}`))?.status()).toBe(200);
    await settle(page, 500);
    return { page, errors };
  }

  it.each(PAGES)('$name: each leg and the timeline route run from marker to marker with no jump, the fitted trip is inside the map, and axe passes', async ({ name, data: file }) => {
    const data = trip(file);
    const { page, errors } = await open(name);
    await page.locator('#map').screenshot({ path: path.join(screenshotDir, `globe-${name}.png`) });
    const d = await drawn(page);
    checkRoute(d, data, allLegs(data), name);
    checkInside(d, `${name}, fitted`);
    // Each stop has a marker of its own there (none grouped), so the ends above are stops', not groups'.
    expect(d.markers.filter((m) => m.cluster)).toEqual([]);
    expect(errors).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });

  it.each(PAGES)('$name: each leg has its arrowhead at its middle as drawn, pointing along it, in the legs’ SVG: no marker, nothing a screen reader hears', async ({ name }) => {
    const { page, errors } = await open(name);
    const got = await page.evaluate(() => {
      const modeOf = (p: Element, kind: string) => new RegExp(`${kind}--(\\w+)`).exec(p.getAttribute('class') ?? '')?.[1] ?? '';
      return {
        legs: [...document.querySelectorAll('.leaflet-overlay-pane path.vm-leg')].map((p) => ({ mode: modeOf(p, 'vm-leg'), d: p.getAttribute('d') ?? '' })),
        heads: Object.fromEntries([...document.querySelectorAll('.leaflet-overlay-pane path.vm-arrow')].map((p) => [modeOf(p, 'vm-arrow'), p.getAttribute('d') ?? ''])),
        markers: document.querySelectorAll('.leaflet-marker-pane .vm-arrow').length,
      };
    });
    // A marker per leg was a composited layer each: a timeline playing 300 legs lost a third of its frames.
    expect(got.markers, 'arrowheads drawn as markers').toBe(0);
    expectHeadsOnLegs(got.legs, got.heads, name);
    // Not in the accessibility tree (a marker's div was, as a nameless "generic" node each).
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const heard = new Set(nodes.filter((n) => !n.ignored).map((n) => n.backendDOMNodeId));
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.vm-arrow' });
    expect(nodeIds.length).toBeGreaterThan(0);
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId });
      expect(heard.has(node.backendNodeId), 'an arrowhead a screen reader hears').toBe(false);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(PAGES)('$name: in every day view, the legs shown run from marker to marker with no jump, inside the map', async ({ name, data: file }) => {
    const data = trip(file);
    const { page, errors } = await open(name);
    const days = await page.locator('.vm-days__select option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(days.length).toBeGreaterThan(1);
    let checked = 0;
    for (const day of days) {
      await page.locator('.vm-days__select').selectOption(day);
      await settle(page, 500);
      // The stops shown are those with a marker; a leg is drawn when both its ends are shown.
      const d = await drawn(page);
      const shown = new Set(d.markers.flatMap((m) => m.numbers.map((n) => n - 1)));
      const legs = allLegs(data).filter((i) => shown.has(i) && shown.has(i + 1));
      expect(d.legs.length, `${name} on ${day}`).toBe(legs.length);
      checkInside(d, `${name} on ${day}`, false);
      checkRoute(d, data, legs, `${name} on ${day}`, false);
      checked += legs.length;
    }
    expect(checked, 'legs checked in day views').toBeGreaterThan(0);
    await page.screenshot({ path: path.join(screenshotDir, `globe-${name}-day.png`) });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it.each(PAGES)('$name opened at #stop=$link shows that stop\'s popup at one of its markers, inside the map, with no jump in the route', async ({ name, data: file, link }) => {
    const data = trip(file);
    const { page, errors } = await open(name, `#stop=${link}`);
    const index = data.stops.findIndex((s) => s.id === link);
    await expect.poll(() => page.locator('.leaflet-popup .vm-popup__number').textContent()).toBe(`Stop ${index + 1} of ${data.stops.length}`);
    await settle(page, 500);
    await page.locator('#map').screenshot({ path: path.join(screenshotDir, `globe-${name}-link.png`) });
    const tip = await page.locator('.leaflet-popup-tip').boundingBox();
    const d = await drawn(page);
    const tipX = tip!.x + tip!.width / 2 - d.map.left - d.pane.x;
    const mine = d.markers.filter((m) => m.numbers.includes(index + 1));
    expect(Math.min(...mine.map((m) => Math.abs(m.at.x - tipX))), 'the popup points at a marker of the stop').toBeLessThan(6);
    const at = mine.find((m) => Math.abs(m.at.x - tipX) < 6)!;
    const x = at.at.x + d.pane.x;
    const y = at.at.y + d.pane.y;
    expect(x >= 0 && x <= d.size.x && y >= 0 && y <= d.size.y, 'the marker is inside the map').toBe(true);
    // Zoomed in, some legs leave the view and Leaflet clips them: their jumps are checked, and
    // that the stop's own legs end at the marker the popup is at (the copy in view).
    expectNoJump([...d.legs, ...d.story], `${name}#stop=${link}`);
    for (const leg of [index - 1, index].filter((i) => i >= 0 && i < data.stops.length - 1)) {
      const ends = d.legs[leg]!.flatMap((sub) => [sub[0]!, sub[sub.length - 1]!]);
      expect(Math.min(...ends.map((p) => dist(p, at.at))), `${name}#stop=${link}: leg ${leg + 1} reaches the marker in view`).toBeLessThanOrEqual(AT_MARKER);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('round the world, London is shown in two copies a world apart, as one stop: one tab stop, one list entry, the same popup', async () => {
    const data = trip('examples/data/round-the-world.json');
    const { page } = await open('round-the-world');
    const d = await drawn(page);
    const london = d.markers.filter((m) => m.numbers.includes(1));
    expect(london.map((m) => m.copy).sort()).toEqual([false, true]);
    expect(london[0]!.numbers).toEqual([1, data.stops.length]);
    const world = worldWidth(d, data);
    expect(Math.abs(Math.abs(london[0]!.at.x - london[1]!.at.x) - world) / world, 'a world apart').toBeLessThan(0.02);
    // Only the own marker is a tab stop with a name; the repeat is hidden from screen readers.
    const focusable = await page.$$eval('.leaflet-marker-pane .vm-marker[tabindex]', (els) => els.map((e) => e.querySelector('.vm-marker__label')!.textContent));
    expect(focusable).toEqual(['1 · 7', '2', '3', '4', '5', '6']);
    expect(await page.getAttribute('.vm-marker--copy', 'aria-hidden')).toBe('true');
    expect(await page.locator('.vm-stoplist__stop', { hasText: 'London' }).count()).toBe(2); // stops 1 and 7, each once
    // A click on the repeat opens London's popup there.
    await page.locator('.vm-marker--copy .vm-marker__badge').click();
    await expect.poll(() => page.locator('.leaflet-popup .vm-popup__title').textContent()).toBe('London');
    await settle(page, 500);
    const tip = (await page.locator('.leaflet-popup-tip').boundingBox())!;
    const copy = (await page.locator('.vm-marker--copy .vm-marker__badge').boundingBox())!;
    expect(Math.abs(tip.x + tip.width / 2 - (copy.x + copy.width / 2))).toBeLessThan(6);
    await page.close();
  });

  it.each(PAGES)('$name in large (canvas) mode: each leg runs from stop to stop with no jump, and the fitted trip is inside the map', async ({ name, data: file }) => {
    const data = trip(file);
    const page = await mapPage(gallery.browser);
    const { errors } = collectPageErrors(page);
    const got = await page.evaluate((json) => {
      const w = window as unknown as { map: L.Map };
      const layer = visitmap.itineraryLayer(JSON.parse(json), { largeThreshold: 1, largeMode: visitmap.canvasLargeMode, animate: false }).addTo(w.map);
      layer.fitItinerary({ padding: [20, 20] });
      type Canvas = { projected?: Map<string, Float64Array>; xs?: Float64Array; ys?: Float64Array; stopOf?: number[] };
      const parts = Object.values((layer as unknown as { _layers: Record<string, Canvas> })._layers);
      const legs = parts.find((p) => p.projected)!;
      const stops = parts.find((p) => p.xs)!;
      const lines: number[][][] = [];
      for (const xy of legs.projected!.values()) {
        let line: number[][] = [];
        for (let i = 0; i < xy.length; i += 2) {
          if (Number.isNaN(xy[i])) {
            lines.push(line);
            line = [];
          } else line.push([xy[i]!, xy[i + 1]!]);
        }
      }
      const size = w.map.getSize();
      const pane = w.map.containerPointToLayerPoint([0, 0]);
      return {
        lines,
        stops: [...stops.xs!].map((x, i) => ({ stop: stops.stopOf![i]!, x, y: stops.ys![i]! })),
        size: { x: size.x, y: size.y },
        origin: { x: pane.x, y: pane.y },
      };
    }, readFileSync(path.join(repoRoot, file), 'utf8'));
    expect(got.lines.length, 'one canvas line per leg (all flights)').toBe(data.stops.length - 1);
    expectNoJump(got.lines.map((line) => [line.map(([x, y]) => ({ x: x!, y: y! }))]), `${name} canvas`);
    got.lines.forEach((line, leg) => {
      const what = `${name} canvas leg ${data.stops[leg]!.id} → ${data.stops[leg + 1]!.id}`;
      const near = (p: number[], stop: number) => Math.min(...got.stops.filter((s) => s.stop === stop).map((s) => Math.hypot(s.x - p[0]!, s.y - p[1]!)));
      expect(near(line[0]!, leg), what).toBeLessThanOrEqual(AT_MARKER);
      expect(near(line[line.length - 1]!, leg + 1), what).toBeLessThanOrEqual(AT_MARKER);
      for (const [x, y] of line) {
        expect(x! - got.origin.x, what).toBeGreaterThanOrEqual(-1);
        expect(x! - got.origin.x, what).toBeLessThanOrEqual(got.size.x + 1);
        expect(y! - got.origin.y, what).toBeGreaterThanOrEqual(-1);
        expect(y! - got.origin.y, what).toBeLessThanOrEqual(got.size.y + 1);
      }
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});
