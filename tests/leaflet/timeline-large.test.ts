// @vitest-environment jsdom
import * as L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { itineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { canvasLargeMode } from '../../src/leaflet/layer/large-mode';
import { TimelineControl } from '../../src/leaflet/controls/timeline-control';
import { blankContext, jsdomMap } from './dom-fixtures';

/** `n` stops, ten a day, every third leg by rail (two travel modes), the first day's dates inferred. */
function trip(n: number) {
  const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 10) * 864e5).toISOString().slice(0, 10);
  return {
    id: 'big',
    title: 'Big',
    timezone: 'UTC',
    stops: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `Stop ${i}`, coordinates: [(i % 300) - 150, (i % 7) - 3], precision: 'city', arrive: day(i), ...(i < 10 ? { dateCertainty: 'inferred' } : {}) })),
    legs: Array.from({ length: n - 1 }, (_, i) => ({ from: `s${i}`, to: `s${i + 1}`, mode: i % 3 ? 'road' : 'rail' })),
  };
}

describe('the timeline of a large trip', () => {
  let frames: FrameRequestCallback[];
  let map: L.Map;
  let made: { remove(): unknown }[];

  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {} }));
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => blankContext() as never);
    // jsdom has no layout: a 400 px tick row (the tester's slider).
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400);
    map = jsdomMap();
    made = [];
  });

  afterEach(async () => {
    // The large layer's canvas draws in Leaflet's own frames: let those asked for run while it is there.
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const m of made) m.remove();
    map.remove();
    document.body.replaceChildren();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  /** The elements a timeline adds to the page for a trip of `n` stops, and its ticks. */
  async function added(n: number) {
    const layer = itineraryLayer(trip(n), { largeMode: canvasLargeMode, gestureHandling: null });
    await layer.whenPlaced();
    layer.addTo(map);
    const before = document.getElementsByTagName('*').length;
    const timeline = new TimelineControl(layer).addTo(map);
    made.push(timeline, layer);
    const count = document.getElementsByTagName('*').length - before;
    const ticks = map.getContainer().querySelectorAll('.vm-timeline__tick').length;
    return { count, ticks, layer, timeline };
  }

  it('adds as many elements for 6,000 stops as for 600: ticks for what the slider shows, the route in a few lines', async () => {
    const small = await added(600);
    small.timeline.remove();
    small.layer.remove();
    const large = await added(6000);
    // 6,000 stops made 12,000 elements: a tick and a route path per stop.
    expect(large.count).toBeLessThan(80);
    // The route: a line per travel mode for each block of 1,024 legs, and one per mode for the leg being travelled.
    expect(map.getContainer().querySelectorAll('path.vm-story-route').length).toBe(2 * Math.ceil(5999 / 1024) + 2);
    expect(large.count - small.count).toBeLessThanOrEqual(2 * 5 + 10);
    // A tick every 10 px of the 400 px row at most; the first and last stops' among them.
    expect(large.ticks).toBeGreaterThan(10);
    expect(large.ticks).toBeLessThanOrEqual(41);
    const row = [...map.getContainer().querySelectorAll<HTMLElement>('.vm-timeline__tick')];
    expect(row[0]!.style.left).toBe('0%');
    // Each names its stop; the first day's are hollow (inferred); the one of the stop the story is at is marked.
    const stops = row.map((t) => Number(/^stop (\d+) of 6000, Stop \1$/.exec(t.title.replace(/Stop (\d+)$/, (_, n: string) => `Stop ${Number(n) + 1}`))?.[1]));
    expect(stops.every((n, k) => n > (stops[k - 1] ?? 0))).toBe(true);
    expect(row[0]!.classList.contains('vm-timeline__tick--inferred')).toBe(true);
    expect(row[1]!.classList.contains('vm-timeline__tick--inferred')).toBe(false);
    large.timeline.seekStop(stops[5]! - 1);
    expect(row.map((t) => t.classList.contains('vm-timeline__tick--current'))).toEqual(row.map((_, k) => k === 5));
    // The slider still reaches and names every stop.
    const range = map.getContainer().querySelector<HTMLInputElement>('.vm-timeline__range')!;
    large.timeline.seekStop(4321);
    expect(range.getAttribute('aria-valuetext')).toMatch(/stop 4322 of 6000, Stop 4321$/);
  });

  it('redraws one leg a frame while playing, not the route, and touches no tick but the current stop’s', async () => {
    const { timeline } = await added(6000);
    timeline.seekStop(2500).play();
    const set = vi.spyOn(L.Polyline.prototype, 'setLatLngs');
    const tickRow = map.getContainer().querySelector('.vm-timeline__ticks')!;
    const ticks = new MutationObserver(() => {});
    ticks.observe(tickRow, { childList: true, attributes: true, subtree: true });
    let now = 0;
    let arrived = 0;
    timeline.on('change', (e) => void (e.cause === 'stop' && arrived++));
    for (let i = 0; i < 400; i++) {
      const calls = set.mock.calls.length;
      const pending = frames.splice(0);
      for (const cb of pending) cb((now += 16));
      // The leg in progress, and on arriving the block of legs it joins.
      expect(set.mock.calls.length - calls).toBeLessThanOrEqual(4);
    }
    expect(arrived).toBeGreaterThan(0);
    expect(timeline.getProgress()).toBeGreaterThan(2501);
    // At most the mark of the current stop moving from one tick to another at each arrival.
    expect(ticks.takeRecords().length).toBeLessThanOrEqual(2 * arrived);
    ticks.disconnect();
  });
});
