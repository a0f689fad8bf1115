import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceToArcKm } from '../../bench/geometry-check.mjs';
import { greatCirclePoints } from '../../src/geo/index';
import type { LngLat } from '../../src/itinerary/types';
import { arcKm, crossTrackKm, lngLat, uniqueness } from './sphere';

const HONG_KONG: LngLat = [114.17, 22.3];
const HANGZHOU: LngLat = [120.16, 30.27];
const SHANGHAI: LngLat = [121.47, 31.23];
const LINGANG: LngLat = [121.93, 30.9];

/** Largest distance from the arc a→b of any point of the straight lon/lat segments, sampled densely. */
function maxDeviationKm(points: LngLat[], a: LngLat, b: LngLat, samples = 32): number {
  let max = 0;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    for (let k = 0; k <= samples; k++) {
      const t = k / samples;
      max = Math.max(max, distanceToArcKm([x0 + (x1 - x0) * t, y0 + (y1 - y0) * t], a, b));
    }
  }
  return max;
}

/** A leg whose great circle is unique (its ends neither equal nor antipodal). */
const uniqueLeg = fc.tuple(lngLat(), lngLat()).filter(([a, b]) => uniqueness(a, b) > 1e-6);
const tolerance = fc.double({ min: 0.05, max: 100, noNaN: true });

describe('greatCirclePoints', () => {
  it('keeps a short hop inside Shanghai to its two ends', () => {
    expect(greatCirclePoints(SHANGHAI, LINGANG)).toEqual([SHANGHAI, LINGANG]);
  });

  it('densifies Hong Kong to Hangzhou with a handful of vertices', () => {
    const points = greatCirclePoints(HONG_KONG, HANGZHOU);
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(10);
    expect(maxDeviationKm(points, HONG_KONG, HANGZHOU)).toBeLessThanOrEqual(1);
    // A straight lon/lat line would not do: it strays several km.
    expect(maxDeviationKm([HONG_KONG, HANGZHOU], HONG_KONG, HANGZHOU)).toBeGreaterThan(1);
  });

  it('starts exactly at a and ends exactly at b, shifted by 360 only when crossing ±180', () => {
    fc.assert(
      fc.property(lngLat(), lngLat(), (a, b) => {
        const points = greatCirclePoints(a, b);
        expect(points[0]).toEqual(a);
        const last = points[points.length - 1]!;
        expect(last[1]).toBe(b[1]);
        expect([b[0], b[0] + 360, b[0] - 360]).toContain(last[0]);
      }),
    );
  });

  it('keeps longitudes continuous: no step of more than 180° between vertices', () => {
    fc.assert(
      fc.property(lngLat(), lngLat(), (a, b) => {
        const points = greatCirclePoints(a, b);
        for (let i = 1; i < points.length; i++) expect(Math.abs(points[i]![0] - points[i - 1]![0])).toBeLessThanOrEqual(180);
      }),
    );
  });

  it('puts every vertex on the great circle through a and b', () => {
    fc.assert(
      fc.property(uniqueLeg, ([a, b]) => {
        for (const p of greatCirclePoints(a, b)) expect(crossTrackKm(p, a, b)).toBeLessThan(1e-6);
      }),
    );
  });

  it('never strays more than the tolerance from the arc, anywhere along any segment', () => {
    fc.assert(
      fc.property(uniqueLeg, tolerance, ([a, b], toleranceKm) => {
        const points = greatCirclePoints(a, b, { toleranceKm });
        expect(maxDeviationKm(points, a, b)).toBeLessThanOrEqual(toleranceKm * (1 + 1e-9) + 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('checks the whole segment, not only its middle, where the circle has an inflection', () => {
    // Symmetric about (0, 0), which lies on the circle: the straight line's middle is on it too.
    const a: LngLat = [-40, -30];
    const b: LngLat = [40, 30];
    expect(crossTrackKm([0, 0], a, b)).toBeLessThan(1e-9);
    const points = greatCirclePoints(a, b);
    expect(points.length).toBeGreaterThan(2);
    expect(maxDeviationKm(points, a, b)).toBeLessThanOrEqual(1);
  });

  it('never gives fewer vertices for half the tolerance', () => {
    fc.assert(
      fc.property(lngLat(), lngLat(), tolerance, (a, b, toleranceKm) => {
        const coarse = greatCirclePoints(a, b, { toleranceKm }).length;
        expect(greatCirclePoints(a, b, { toleranceKm: toleranceKm / 2 }).length).toBeGreaterThanOrEqual(coarse);
      }),
    );
  });

  it('gives 2 vertices to a leg that needs no densification', () => {
    fc.assert(
      fc.property(lngLat(), fc.double({ min: -0.5, max: 0.5, noNaN: true }), fc.double({ min: -0.5, max: 0.5, noNaN: true }), (a, dx, dy) => {
        fc.pre(Math.abs(a[1]) < 80);
        const b: LngLat = [Math.max(-180, Math.min(180, a[0] + dx)), a[1] + dy];
        expect(greatCirclePoints(a, b)).toHaveLength(2);
      }),
    );
  });

  it('follows the arc in order: the polyline is as long as the great circle', () => {
    fc.assert(
      fc.property(uniqueLeg, ([a, b]) => {
        const points = greatCirclePoints(a, b);
        let length = 0;
        for (let i = 1; i < points.length; i++) length += arcKm(points[i - 1]!, points[i]!);
        expect(length).toBeCloseTo(arcKm(a, b), 6);
      }),
    );
  });

  it('gives a two-position line for a zero-length leg', () => {
    expect(greatCirclePoints(HANGZHOU, HANGZHOU)).toEqual([HANGZHOU, HANGZHOU]);
    expect(greatCirclePoints([180, 10], [-180, 10])).toEqual([[180, 10], [180, 10]]);
    expect(greatCirclePoints([0, 90], [120, 90])).toEqual([[0, 90], [120, 90]]);
  });

  it('leaves legs along the equator and along a meridian straight', () => {
    expect(greatCirclePoints([0, 0], [170, 0])).toEqual([[0, 0], [170, 0]]);
    expect(greatCirclePoints([10, -80], [10, 85])).toEqual([[10, -80], [10, 85]]);
  });

  it('goes along the meridian to or from a pole, naming the pole with both longitudes', () => {
    expect(greatCirclePoints([0, 90], [50, 10])).toEqual([[0, 90], [50, 90], [50, 10]]);
    expect(greatCirclePoints([50, 10], [0, -90])).toEqual([[50, 10], [50, -90], [0, -90]]);
    expect(greatCirclePoints([20, 90], [50, -90])).toEqual([[20, 90], [20, -90], [50, -90]]);
  });

  it('crosses a pole on the meridians when the longitudes are 180° apart', () => {
    expect(greatCirclePoints([0, 80], [180, 70])).toEqual([[0, 80], [0, 90], [180, 90], [180, 70]]);
    expect(greatCirclePoints([30, -60], [-150, -70])).toEqual([[30, -60], [30, -90], [210, -90], [210, -70]]);
  });

  it('routes exactly antipodal points north along the meridian of a', () => {
    expect(greatCirclePoints([0, 0], [180, 0])).toEqual([[0, 0], [0, 90], [180, 90], [180, 0]]);
    expect(greatCirclePoints([10, -45], [-170, 45])).toEqual([[10, -45], [10, 90], [190, 90], [190, 45]]);
    expect(greatCirclePoints([10, 90], [70, -90])).toEqual([[10, 90], [10, -90], [70, -90]]);
  });

  it('follows the one great circle of nearly antipodal points, within the tolerance', () => {
    const a: LngLat = [0, 0];
    const b: LngLat = [179.99, 0.01];
    const points = greatCirclePoints(a, b);
    expect(maxDeviationKm(points, a, b)).toBeLessThanOrEqual(1);
    for (const p of points) expect(crossTrackKm(p, a, b)).toBeLessThan(1e-6);
  });

  it('continues past ±180 when crossing the antimeridian, in both directions', () => {
    const east = greatCirclePoints([179, -16], [-179, -18]);
    expect(east[east.length - 1]).toEqual([181, -18]);
    expect(east.every((p, i) => i === 0 || p[0] > east[i - 1]![0])).toBe(true);
    const west = greatCirclePoints([-179, -18], [179, -16]);
    expect(west[west.length - 1]).toEqual([-181, -16]);
    expect(greatCirclePoints([180, 0], [-170, 5]).at(-1)).toEqual([190, 5]);
    expect(greatCirclePoints([-170, 5], [180, 0]).at(-1)).toEqual([-180, 0]);
  });

  it('rejects bad coordinates and tolerances, naming them', () => {
    expect(() => greatCirclePoints([0, 95], [0, 0])).toThrow('greatCirclePoints: a[1]: latitude 95 is outside [-90, 90]');
    expect(() => greatCirclePoints([0, 0], [200, 0])).toThrow('greatCirclePoints: b[0]: longitude 200 is outside [-180, 180]');
    expect(() => greatCirclePoints([0, 0], [Number.NaN, 0])).toThrow('b[0] must be a finite longitude');
    expect(() => greatCirclePoints([0, 0], [1, 1], { toleranceKm: 0 })).toThrow(/toleranceKm must be a finite number/);
    expect(() => greatCirclePoints([0, 0], [1, 1], { toleranceKm: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});
