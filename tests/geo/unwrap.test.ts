import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bboxOf, greatCirclePoints } from '../../src/geo/index';
import { FOLD_SPAN, unwrapChecked, unwrapRoute, type UnwrappedRoute } from '../../src/geo/unwrap';
import { parseItinerary } from '../../src/itinerary/parse';
import type { LngLat } from '../../src/itinerary/types';
import { lngLat } from '../arbitraries';

/** The legs as the layer draws them: great circles, not split at ±180. */
const drawLegs = (stops: readonly LngLat[], toleranceKm = 25): LngLat[][] =>
  stops.slice(1).map((b, i) => greatCirclePoints(stops[i]!, b, { toleranceKm }));

const route = (stops: LngLat[]): UnwrappedRoute => unwrapRoute(stops, drawLegs(stops));


const atPole = (p: LngLat): boolean => Math.abs(p[1]) === 90;

/** Each vertex of leg `leg` as drawn within 180° of the one before: no jump across the map. */
function expectNoJump(pts: readonly LngLat[], leg: number): void {
  for (let j = 1; j < pts.length; j++) {
    // Along a pole longitude means nothing: the line runs along the map's edge there.
    if (atPole(pts[j - 1]!) || atPole(pts[j]!)) continue;
    expect(Math.abs(pts[j]![0] - pts[j - 1]![0]), `legs[${leg}][${j}]`).toBeLessThan(180);
  }
}

/** Where the marker of stop `i` is drawn (its own copy). */
const shown = (stops: readonly LngLat[], r: UnwrappedRoute, i: number): LngLat => [stops[i]![0] + r.stops[i]!.offset, stops[i]![1]];

// Unwrapped longitudes are sums with 360: allow their last-bit rounding.
const EPS = 1e-9;
const inBounds = (b: readonly number[], [lon, lat]: LngLat): boolean => lon >= b[0]! - EPS && lon <= b[2]! + EPS && lat >= b[1]! - EPS && lat <= b[3]! + EPS;

const trip = (lon: fc.Arbitrary<number>) =>
  fc.array(fc.tuple(lon, fc.integer({ min: -90e4, max: 90e4 }).map((n) => n / 1e4)), { minLength: 1, maxLength: 7 });

// Cities of the two gallery trips (rounded; city centres).
const TOKYO: LngLat = [139.69, 35.69];
const HONOLULU: LngLat = [-157.86, 21.31];
const SAN_FRANCISCO: LngLat = [-122.42, 37.77];
const AUCKLAND: LngLat = [174.76, -36.85];
const SUVA: LngLat = [178.44, -18.14];
const LONDON: LngLat = [-0.13, 51.51];
const DUBAI: LngLat = [55.27, 25.2];
const SINGAPORE: LngLat = [103.82, 1.35];
const SYDNEY: LngLat = [151.21, -33.87];
const SANTIAGO: LngLat = [-70.67, -33.45];
const NEW_YORK: LngLat = [-74.01, 40.71];

describe('unwrapRoute: properties over random trips', () => {
  it('draws every leg without a jump, from marker to marker, in the shape it was given, inside its bounds', () => {
    fc.assert(
      fc.property(fc.array(lngLat(), { minLength: 1, maxLength: 7 }), (stops) => {
        const legs = drawLegs(stops);
        const r = unwrapRoute(stops, legs);
        expect(r.stops).toHaveLength(stops.length);
        r.legs.forEach((leg, i) => {
          const pts = leg.points;
          expect(pts).toHaveLength(legs[i]!.length);
          expectNoJump(pts, i);
          pts.forEach((p, j) => {
            const given = legs[i]![j]!;
            expect(p[1]).toBe(given[1]);
            const worlds = (p[0] - given[0]) / 360;
            expect(Math.abs(worlds - Math.round(worlds))).toBeLessThan(1e-9);
          });
          const [a, b] = [shown(stops, r, i), shown(stops, r, i + 1)];
          expect(pts[0]![0]).toBeCloseTo(a[0], 9);
          expect(pts[0]![1]).toBe(a[1]);
          expect(pts[pts.length - 1]![0]).toBeCloseTo(b[0], 9);
          expect(pts[pts.length - 1]![1]).toBe(b[1]);
          expect(leg.offset).toBe(r.stops[i]!.offset);
        });
        r.stops.forEach((s, i) => {
          expect(Number.isInteger(s.offset / 360)).toBe(true);
          expect(s.copies).toContain(s.offset);
          for (const c of s.copies) expect(inBounds(r.bounds, [stops[i]![0] + c, stops[i]![1]]), `stops[${i}] at +${c}`).toBe(true);
        });
        for (const leg of r.legs) for (const p of leg.points) expect(inBounds(r.bounds, p), `vertex ${p}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every offset 0 and frames exactly as bboxOf for trips inside one hemisphere', () => {
    const hemisphere = fc.oneof(
      trip(fc.integer({ min: -90e4, max: 90e4 }).map((n) => n / 1e4)),
      trip(fc.integer({ min: 0, max: 180e4 }).map((n) => n / 1e4)),
      trip(fc.integer({ min: -180e4, max: 0 }).map((n) => n / 1e4)),
    );
    fc.assert(
      fc.property(hemisphere, (stops) => {
        // Between (nearly) antipodal points the great circle runs over or near a pole
        // ([180, 0] → [0, 0.1] does), where longitude is free: such a leg leaves the
        // hemisphere, so the claim is for trips whose legs pass no pole.
        fc.pre(drawLegs(stops).every((leg) => leg.every(([, lat]) => Math.abs(lat) < 89)));
        const r = unwrapRoute(stops, drawLegs(stops));
        expect(r.stops.map((s) => s.offset)).toEqual(stops.map(() => 0));
        expect(r.legs.map((l) => l.offset)).toEqual(r.legs.map(() => 0));
        expect(r.crosses).toBe(false);
        expect(r.turns).toBe(0);
        const expected = bboxOf([...drawLegs(stops), ...stops.map((s) => [s])]);
        // ±180 is one meridian, which bboxOf may write as -180 (a vertex rounded a hair past 180
        // comes back normalised, -179.99999999999997): a map needs the side the trip is on, so
        // the two are compared as one. bboxOf also adds widths to a normalised west, which can
        // leave rounding in the last bits.
        const meridian = (x: number, k: number) => (k % 2 === 0 && Math.abs(Math.abs(x) - 180) < 1e-9 ? 180 : x);
        r.bounds.forEach((x, k) => expect(meridian(x, k), `bounds[${k}]`).toBeCloseTo(meridian(expected[k]!, k), 9));
      }),
      { numRuns: 300, examples: [[[[180, 0], [0, 0]]], [[[180, 0], [0, 0.1]]], [[[180, 0], [4.7853, 78.0325]]]] },
    );
  });

  it('moves as few markers as it can: no whole-world shift leaves more stops at their own longitude', () => {
    fc.assert(
      fc.property(fc.array(lngLat(), { minLength: 1, maxLength: 7 }), (stops) => {
        const offsets = route(stops).stops.map((s) => s.offset);
        const home = offsets.filter((o) => o === 0).length;
        for (const o of offsets) expect(offsets.filter((x) => x === o).length).toBeLessThanOrEqual(home);
      }),
      { numRuns: 200 },
    );
  });
});

/** How wide the stops' markers are drawn: east of the easternmost less west of the westernmost. */
const markerSpan = (stops: readonly LngLat[], r: UnwrappedRoute): number => {
  const lons = stops.map((_, i) => shown(stops, r, i)[0]);
  return Math.max(...lons) - Math.min(...lons);
};

describe('unwrapRoute: a route folded into one world (maxSpan)', () => {
  it('draws every marker within maxSpan, in one world once folded; legs still marker to marker without a jump', () => {
    fc.assert(
      fc.property(fc.array(lngLat(), { minLength: 1, maxLength: 14 }), (stops) => {
        const legs = drawLegs(stops);
        const whole = unwrapRoute(stops, legs);
        const r = unwrapRoute(stops, legs, FOLD_SPAN);
        if (markerSpan(stops, whole) <= FOLD_SPAN) return void expect(r).toEqual(whole);
        expect(markerSpan(stops, r)).toBeLessThan(360);
        expect(r.turns).toBe(whole.turns);
        r.legs.forEach((leg, i) => {
          const pts = leg.points;
          expect(pts).toHaveLength(legs[i]!.length);
          expectNoJump(pts, i);
          pts.forEach((p, j) => expect(p[1]).toBe(legs[i]![j]![1]));
          expect(leg.offset).toBe(r.stops[i]!.offset);
          expect(pts[0]![0]).toBeCloseTo(shown(stops, r, i)[0], 9);
          // The last vertex at a marker of the end stop: where its legs meet, or a copy past the window's edge.
          const end = pts[pts.length - 1]![0] - stops[i + 1]![0];
          expect(r.stops[i + 1]!.copies.some((c) => Math.abs(c - end) < 1e-9), `legs[${i}] ends at +${end}`).toBe(true);
        });
        r.stops.forEach((s, i) => {
          expect(s.copies).toContain(s.offset);
          // A copy past the edge lies no further than a leg reaches from the window.
          for (const c of s.copies) expect(Math.abs(c - s.offset)).toBeLessThanOrEqual(360);
          for (const c of s.copies) expect(inBounds(r.bounds, [stops[i]![0] + c, stops[i]![1]]), `stops[${i}] at +${c}`).toBe(true);
        });
        for (const leg of r.legs) for (const p of leg.points) expect(inBounds(r.bounds, p), `vertex ${p}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('shows a trip hopping 37° east 300 times (31 worlds) in one world: every stop within a zoom-0 view', () => {
    const stops = Array.from({ length: 300 }, (_, i): LngLat => [((-163 + 37 * i + 180) % 360) - 180, ((i * 7) % 100) - 50]);
    const whole = route(stops);
    expect(markerSpan(stops, whole)).toBeGreaterThan(11000);
    const r = unwrapRoute(stops, drawLegs(stops), FOLD_SPAN);
    expect(markerSpan(stops, r)).toBeLessThan(360);
    expect(r.turns).toBe(whole.turns);
    // Legs across the window's edge reach at most one hop past it: 37°, a hair more along a great circle.
    expect(r.bounds[2] - r.bounds[0]).toBeLessThan(360 + 2 * 40);
  });

  it('leaves the gallery trips as they were: Pacific tour in one piece, London at both ends of the world', () => {
    for (const name of ['pacific-tour.json', 'round-the-world.json']) {
      const stops = parseItinerary(JSON.parse(readFileSync(path.join(__dirname, '../../examples/data', name), 'utf8'))).stops.map((s) => s.coordinates);
      expect(unwrapRoute(stops, drawLegs(stops), FOLD_SPAN), name).toEqual(route(stops));
    }
  });
});

describe('unwrapRoute: edge cases', () => {
  it('joins a stop at exactly 180 to its neighbours on both sides without a jump', () => {
    const stops: LngLat[] = [[170, -10], [180, -16], [-175, -18]];
    const r = route(stops);
    expect(r.stops.map((s) => s.offset)).toEqual([0, 0, 360]);
    expect(r.legs[1]!.points[0]).toEqual([180, -16]);
    expect(r.legs[1]!.points.at(-1)![0]).toBeCloseTo(185, 9);
    expect(r.bounds[0]).toBe(170);
    expect(r.bounds[2]).toBeCloseTo(185, 9);
  });

  it('treats a stop at exactly -180 as the same meridian: the next stop west sits just past it', () => {
    const stops: LngLat[] = [[-180, 0], [170, 5]];
    const r = route(stops);
    expect(r.stops.map((s) => s.offset)).toEqual([0, -360]);
    expect(r.legs[0]!.points.at(-1)![0]).toBeCloseTo(-190, 9);
    expect(r.crosses).toBe(true);
  });

  it('draws a leg over a pole along the map edge and frames the pole as bboxOf does', () => {
    const stops: LngLat[] = [[170, 80], [-10, 80], [20, 70]];
    const r = route(stops);
    expect(r.legs[0]!.points).toEqual([[170, 80], [170, 90], [-10, 90], [-10, 80]]);
    expect(r.stops.map((s) => s.offset)).toEqual([0, 0, 0]);
    expect(r.crosses).toBe(false);
    expect(r.bounds).toEqual([-180, 70, 180, 90]);
  });

  it('keeps a zero-length leg at the antimeridian at one point: both markers on the same meridian', () => {
    const stops: LngLat[] = [[180, 10], [-180, 10]];
    const r = route(stops);
    expect(r.legs[0]!.points).toEqual([[180, 10], [180, 10]]);
    expect(r.stops.map((s) => s.offset)).toEqual([0, 360]);
    expect(shown(stops, r, 1)).toEqual([180, 10]);
    expect(r.bounds).toEqual([180, 10, 180, 10]);
  });

  it('unwraps a straight leg across ±180 the short way', () => {
    const r = unwrapRoute([[170, 0], [-170, 0]], [[[170, 0], [-170, 0]]]);
    expect(r.legs[0]!.points).toEqual([[170, 0], [190, 0]]);
    expect(r.stops[1]!.offset).toBe(360);
  });

  it('frames Tokyo → Honolulu → San Francisco → Auckland → Suva → Tokyo over the Pacific, every stop once', () => {
    const stops = [TOKYO, HONOLULU, SAN_FRANCISCO, AUCKLAND, SUVA, TOKYO];
    const r = route(stops);
    expect(r.stops.map((s) => s.offset)).toEqual([0, 360, 360, 0, 0, 0]);
    expect(r.stops.map((s) => s.copies)).toEqual([[0], [360], [360], [0], [0], [0]]);
    expect(r.turns).toBe(0);
    expect(r.crosses).toBe(true);
    const [west, south, east, north] = r.bounds;
    expect(west).toBe(TOKYO[0]);
    expect(east).toBeCloseTo(SAN_FRANCISCO[0] + 360, 9);
    expect(east - west).toBeLessThan(180);
    expect(south).toBe(AUCKLAND[1]);
    expect(north).toBeGreaterThanOrEqual(SAN_FRANCISCO[1]);
  });

  it('shows the start of a round-the-world trip again a world east, where the last leg ends', () => {
    const stops = [LONDON, DUBAI, SINGAPORE, SYDNEY, SANTIAGO, NEW_YORK, LONDON];
    const r = route(stops);
    expect(r.turns).toBe(1);
    expect(r.stops.map((s) => s.offset)).toEqual([0, 0, 0, 0, 360, 360, 360]);
    expect(r.stops[0]!.copies).toEqual([0, 360]);
    expect(r.stops[6]!.copies).toEqual([0, 360]);
    expect(r.legs[5]!.points.at(-1)![0]).toBeCloseTo(LONDON[0] + 360, 9);
    expect(r.bounds[2] - r.bounds[0]).toBeCloseTo(360, 9);
  });

  it('counts a westward trip round the world as -1 turn', () => {
    const stops = [LONDON, NEW_YORK, SANTIAGO, SYDNEY, SINGAPORE, DUBAI, LONDON];
    const r = route(stops);
    expect(r.turns).toBe(-1);
    // Four of the seven stops lie west of the Pacific crossing: that copy stays at home.
    expect(r.stops.map((s) => s.offset)).toEqual([360, 360, 360, 0, 0, 0, 0]);
    expect(r.stops[0]!.copies).toEqual([0, 360]);
  });

  it('names what is wrong with bad input', () => {
    expect(() => unwrapRoute([], [])).toThrow(/unwrapRoute: stops must be a non-empty array/);
    expect(() => unwrapRoute([TOKYO, HONOLULU], [])).toThrow(/legs must hold one line per pair of consecutive stops \(1\), got 0/);
    expect(() => unwrapRoute([TOKYO, [200, 0]], [[TOKYO, [200, 0]]])).toThrow(/stops\[1\]\[0\]: longitude 200 is outside/);
    expect(() => unwrapRoute([TOKYO, HONOLULU], [[TOKYO]])).toThrow(/legs\[0\] must be a line of at least 2/);
    expect(() => unwrapRoute([TOKYO, HONOLULU], [[TOKYO, [NaN, 0]]])).toThrow(/legs\[0\]\[1\]\[0\] must be a finite longitude/);
    expect(() => unwrapRoute([TOKYO, HONOLULU], [[TOKYO, SUVA]])).toThrow(/legs\[0\]\[1\]: \[178.44, -18.14\] is not at stops\[1\]/);
    expect(() => unwrapRoute([TOKYO, HONOLULU], [[[139.7, 35.69], HONOLULU]])).toThrow(/legs\[0\]\[0\]: .* is not at stops\[0\]/);
    // Two faults: the first leg's, as each leg is checked just before it is unwrapped.
    expect(() => unwrapRoute([TOKYO, HONOLULU, SUVA], [[TOKYO, SUVA], [HONOLULU]])).toThrow(/legs\[0\]\[1\]: .* is not at stops\[1\]/);
  });

  it('places checked stops and legs without a leg checker exactly as unwrapRoute does (the layer calls it so)', () => {
    const stops: LngLat[] = [TOKYO, HONOLULU, SUVA, TOKYO];
    const { stops: placed, legs } = route(stops);
    // span: back at Tokyo in the world it left from, so none (what unwrapRoute's turns count).
    expect(unwrapChecked(stops, drawLegs(stops))).toEqual({ stops: placed, legs, span: 0 });
    expect(() => unwrapChecked([TOKYO, HONOLULU], [[TOKYO, SUVA]])).toThrow(/^unwrapRoute: legs\[0\]\[1\]: \[178.44, -18.14\] is not at stops\[1\]/);
  });

  it('names a hole in the stops or in a leg, not "undefined is not iterable"', () => {
    // eslint-disable-next-line no-sparse-arrays
    const holed: LngLat[] = [TOKYO, , HONOLULU] as LngLat[];
    expect(() => unwrapRoute(holed, drawLegs([TOKYO, TOKYO, HONOLULU]))).toThrow(/^unwrapRoute: stops\[1\] must be a \[longitude, latitude\] pair, got undefined$/);
    // eslint-disable-next-line no-sparse-arrays
    expect(() => unwrapRoute([TOKYO, HONOLULU], [[TOKYO, , HONOLULU] as LngLat[]])).toThrow(/^unwrapRoute: legs\[0\]\[1\] must be a \[longitude, latitude\] pair, got undefined$/);
  });

  it('shows each stop in every copy where a stop at the same coordinates is drawn, and only there', () => {
    // Few places, visited again and again, across ±180 and round the world.
    const places = fc.array(fc.tuple(fc.integer({ min: -180, max: 180 }), fc.integer({ min: -60, max: 60 })), { minLength: 1, maxLength: 4 });
    const trips = places.chain((ps) => fc.tuple(fc.constant(ps), fc.array(fc.nat(ps.length - 1), { minLength: 1, maxLength: 12 })));
    fc.assert(
      fc.property(trips, ([ps, visits]) => {
        const stops = visits.map((k) => ps[k]! as LngLat);
        const r = route(stops);
        stops.forEach(([lon, lat], i) => {
          const same = stops.flatMap((s, j) => (s[0] === lon && s[1] === lat ? [r.stops[j]!.offset] : []));
          expect(r.stops[i]!.copies, `stops[${i}]`).toEqual([...new Set(same)].sort((x, y) => x - y));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('unwrapRoute: the gallery trips (examples/data)', () => {
  const load = (name: string) =>
    parseItinerary(JSON.parse(readFileSync(path.join(__dirname, '../../examples/data', name), 'utf8')));

  it('parses the Pacific tour and draws it over the Pacific: Honolulu and San Francisco a world east', () => {
    const itinerary = load('pacific-tour.json');
    expect(itinerary.stops.map((s) => s.id)).toEqual(['tokyo', 'honolulu', 'san-francisco', 'auckland', 'suva', 'tokyo-return']);
    expect(itinerary.legs.every((l) => l.mode === 'flight')).toBe(true);
    const stops = itinerary.stops.map((s) => s.coordinates);
    const r = route(stops);
    expect(r.stops.map((s) => s.offset)).toEqual([0, 360, 360, 0, 0, 0]);
    expect(r.turns).toBe(0);
    expect(r.bounds[2] - r.bounds[0]).toBeLessThan(180);
  });

  it('parses the round-the-world trip and shows London at both ends of the world it circles', () => {
    const itinerary = load('round-the-world.json');
    expect(itinerary.stops.map((s) => s.id)).toEqual(['london', 'dubai', 'singapore', 'sydney', 'santiago', 'new-york', 'london-return']);
    const r = route(itinerary.stops.map((s) => s.coordinates));
    expect(r.turns).toBe(1);
    expect(r.stops[0]!.copies).toEqual([0, 360]);
    expect(r.stops[6]!.copies).toEqual([0, 360]);
  });

  it('keeps every stop, meeting and time of both files through parsing, each time after the one before', () => {
    for (const name of ['pacific-tour.json', 'round-the-world.json']) {
      const raw = JSON.parse(readFileSync(path.join(__dirname, '../../examples/data', name), 'utf8')) as { stops: { meetings: unknown[] }[] };
      const itinerary = load(name);
      expect(itinerary.stops).toHaveLength(raw.stops.length);
      expect(itinerary.stops.flatMap((s) => s.meetings)).toHaveLength(raw.stops.flatMap((s) => s.meetings).length);
      const times = itinerary.stops.flatMap((s) => [s.arrive, s.depart]).filter((t): t is string => t !== undefined).map((t) => Date.parse(t));
      for (let i = 1; i < times.length; i++) expect(times[i]!, `${name}: time ${i}`).toBeGreaterThan(times[i - 1]!);
    }
  });
});
