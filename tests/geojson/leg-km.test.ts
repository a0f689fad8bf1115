import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedDistanceKm } from '../../src/geo/distance';
import { round } from '../../src/geojson/round';
import { legKm, planeKm } from '../../src/geojson/leg-km';
import { lngLat } from '../arbitraries';

/** A degree count with at most 6 decimals in [min, max]. */
const degrees = (min: number, max: number) => fc.integer({ min: Math.round(min * 1e6), max: Math.round(max * 1e6) }).map((n) => n / 1e6);

/** A leg of up to about 6 km (0.055° of latitude, up to 0.16° of longitude at 70°), anywhere, across ±180 too. */
const shortLeg = fc
  .tuple(lngLat(), degrees(-0.16, 0.16), degrees(-0.055, 0.055))
  .map(([[lon, lat], dx, dy]): [[number, number], [number, number]] => {
    const lat2 = Math.max(-90, Math.min(90, Math.round((lat + dy) * 1e6) / 1e6));
    let lon2 = Math.round((lon + dx * Math.min(1, Math.cos((lat * Math.PI) / 180) * 3 || 1)) * 1e6) / 1e6;
    if (lon2 > 180) lon2 -= 360;
    if (lon2 < -180) lon2 += 360;
    return [[lon, lat], [lon2, lat2]];
  });

describe('legKm', () => {
  it('rounds as Vincenty rounds, on short legs anywhere and on any leg', () => {
    fc.assert(
      fc.property(fc.oneof(shortLeg, fc.tuple(lngLat(), lngLat())), ([a, b]) => {
        expect(legKm(a, b)).toBe(round(checkedDistanceKm(a, b), 1));
      }),
      { numRuns: 20_000 },
    );
  });

  it('measures on the tangent plane within 1e-5 km of Vincenty wherever it is trusted: under 5 km, within 70° of the equator', () => {
    fc.assert(
      fc.property(shortLeg, ([a, b]) => {
        const d = planeKm(a, b);
        fc.pre(d < 5 && Math.abs(a[1] + b[1]) < 140);
        expect(Math.abs(d - checkedDistanceKm(a, b))).toBeLessThan(1e-5);
      }),
      { numRuns: 20_000 },
    );
  });

  it('rounds a length near a rounding boundary by Vincenty: 0.15 km due north on the equator', () => {
    // 0.15 km of meridian at the equator, to the micro-degree: within 1e-4 km of 0.15.
    const b: [number, number] = [0, 0.001357];
    expect(Math.abs(planeKm([0, 0], b) * 10 - 1.5)).toBeLessThan(1e-2);
    expect(legKm([0, 0], b)).toBe(round(checkedDistanceKm([0, 0], b), 1));
  });
});
