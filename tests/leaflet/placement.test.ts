// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as L from 'leaflet';
import { describe, expect, it, vi } from 'vitest';
import { parseItinerary } from '../../src/itinerary/parse';
import type { Itinerary } from '../../src/itinerary/types';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { placeRoute, routePlacer, shownLat } from '../../src/leaflet/layer/placement';
import { greatCirclePoints } from '../../src/geo/great-circle';
import { unwrapRoute } from '../../src/geo/unwrap';

const fixture = (name: string): Itinerary => parseItinerary(JSON.parse(readFileSync(path.join('tests/fixtures/in', `${name}.json`), 'utf8')));

/** An itinerary through the given `[lon, lat]` stops. */
const through = (coordinates: [number, number][]): Itinerary =>
  parseItinerary({ id: 't', title: 'T', stops: coordinates.map((c, i) => ({ id: `s${i}`, name: `S${i}`, coordinates: c })) });

/** Runs the placer's tasks (at most `budgetMs` of legs each) to the end, counting them. */
async function placeInTasks(itinerary: Itinerary, straight: boolean, budgetMs: number) {
  const spy = vi.spyOn(globalThis, 'setTimeout');
  const placer = routePlacer(itinerary, straight, 1).start(budgetMs);
  // Each task schedules the next; one more unwraps the route; then nothing is scheduled.
  let seen = -1;
  while (spy.mock.calls.length !== seen) {
    seen = spy.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 1));
    seen += 1; // the wait's own timer
  }
  const tasks = spy.mock.calls.length;
  spy.mockRestore();
  return { placement: placer.placement(), tasks };
}

describe('routePlacer', () => {
  it.each(['pacific-crossing', 'fiji-tonga', 'polar-route', 'near-antipodal'])('places %s over several tasks exactly as placeRoute does at once', async (name) => {
    const itinerary = fixture(name);
    const { placement, tasks } = await placeInTasks(itinerary, false, 0);
    expect(placement).toEqual(placeRoute(itinerary, false, 1));
    // A zero budget places one leg per task: one task per leg, then the unwrapping.
    expect(tasks).toBeGreaterThanOrEqual(itinerary.legs.length);
  });

  it('gives any route, great circles or straight, the same placement in tasks as at once (property)', async () => {
    const lnglat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
    await fc.assert(
      fc.asyncProperty(fc.array(lnglat, { minLength: 1, maxLength: 12 }), fc.boolean(), async (coordinates, straight) => {
        const itinerary = through(coordinates);
        const { placement } = await placeInTasks(itinerary, straight, 0);
        expect(placement).toEqual(placeRoute(itinerary, straight, 1));
      }),
      { numRuns: 40 },
    );
  });

  it('places every route as the public greatCirclePoints and unwrapRoute do, without their checks (property)', () => {
    const lnglat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
    fc.assert(
      fc.property(fc.array(lnglat, { minLength: 1, maxLength: 12 }), fc.constantFrom(0.5, 1, 25), (coordinates, toleranceKm) => {
        const stops = through(coordinates).stops.map((s): [number, number] => [s.coordinates[0], shownLat(s.coordinates[1])]);
        const route = unwrapRoute(stops, stops.slice(1).map((b, i) => greatCirclePoints(stops[i]!, b, { toleranceKm })));
        expect(placeRoute(through(coordinates), false, toleranceKm)).toEqual({
          points: route.legs.map((leg) => leg.points),
          copies: route.stops.map((s) => s.copies),
          offsets: route.stops.map((s) => s.offset),
        });
      }),
      { numRuns: 60 },
    );
  });

  it('finishes at once when the placement is needed before its tasks are done', () => {
    const itinerary = fixture('pacific-crossing');
    const placer = routePlacer(itinerary, false, 1).start(0);
    expect(placer.placement()).toEqual(placeRoute(itinerary, false, 1));
    expect(placer.placement()).toBe(placer.placement()); // placed once
  });

  it('leaves a bad tolerance to throw where the placement is needed, not in a task', async () => {
    const placer = routePlacer(fixture('pacific-crossing'), false, -1).start(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(() => placer.placement()).toThrow(RangeError);
  });
});

describe('ItineraryLayer.whenPlaced', () => {
  it('resolves with the layer once a large layer has placed its route in tasks, before it is added', async () => {
    const { itineraryLayer } = await import('../../src/leaflet/layer/itinerary-layer');
    const { canvasLargeMode } = await import('../../src/leaflet/layer/large-mode');
    const itinerary = fixture('pacific-crossing');
    const layer = itineraryLayer(itinerary, { largeThreshold: 2, largeMode: canvasLargeMode });
    expect(layer.large).toBe(true);
    await expect(layer.whenPlaced()).resolves.toBe(layer);
    expect(layer._placement).toEqual(placeRoute(itinerary, false, 1));
    // A layer in the SVG mode places it when asked.
    const small = itineraryLayer(itinerary);
    await expect(small.whenPlaced()).resolves.toBe(small);
  });
});

describe('fitting a route folded into one world', () => {
  it('fits a trip hopping 37° east 300 times to the one world its stops are drawn in, at zoom 1 on a 600 px map, not 0', () => {
    // Before, the fit counted the copies past the window's edge where legs across it end (about 434° in
    // all): too wide for zoom 1 (512 px a world), so the trip was fitted at zoom 0, a quarter of the size.
    const div = document.createElement('div');
    Object.defineProperty(div, 'clientWidth', { value: 600 });
    Object.defineProperty(div, 'clientHeight', { value: 400 });
    document.body.append(div);
    const map = L.map(div, { fadeAnimation: false, zoomAnimation: false, center: [0, 0], zoom: 5 });
    const itinerary = through(Array.from({ length: 300 }, (_, i): [number, number] => [((-163 + 37 * i + 180) % 360) - 180, ((i * 7) % 100) - 50]));
    const layer = new ItineraryLayer(itinerary, { animate: false }).addTo(map);
    layer.fitItinerary();
    expect(map.getZoom()).toBe(1);
    // Every stop is in view where its legs meet.
    const view = map.getBounds();
    for (const [i, offset] of layer._placement.offsets.entries()) {
      const [lon, lat] = itinerary.stops[i]!.coordinates;
      expect(view.contains([lat, lon + offset]), `stop ${i}`).toBe(true);
    }
    map.remove();
    div.remove();
  });
});
