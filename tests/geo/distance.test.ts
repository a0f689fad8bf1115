import fc from 'fast-check';
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { distanceKm, routeDistanceKm } from '../../src/geo/distance';
import type { LngLat } from '../../src/itinerary/types';
import { WGS84_A_KM, WGS84_B_KM, WGS84_F } from '../../src/geo/earth';
import { lngLat } from './sphere';

const WGS84 = geodesic.Geodesic.WGS84;
/** The geodesic distance in km by GeographicLib (Karney), the reference. */
const referenceKm = (a: LngLat, b: LngLat): number => WGS84.Inverse(a[1], a[0], b[1], b[0]).s12! / 1000;
/** Relative error; below a micrometre, where float rounding is all there is, the absolute error in metres. */
const relativeError = (a: LngLat, b: LngLat): number => {
  const ref = referenceKm(a, b);
  const error = Math.abs(distanceKm(a, b) - ref);
  return ref < 1e-9 ? error * 1000 : error / ref;
};

/** The difference from the reference, in millimetres. */
const errorMm = (a: LngLat, b: LngLat): number => Math.abs(distanceKm(a, b) - referenceKm(a, b)) * 1e6;

describe('distanceKm', () => {
  it('matches the WGS 84 geodesic within a millimetre for any two points', () => {
    fc.assert(fc.property(lngLat(), lngLat(), (a, b) => {
      expect(errorMm(a, b)).toBeLessThan(1);
    }), { numRuns: 2000 });
  });

  it('matches the WGS 84 geodesic within a millimetre for nearly antipodal points, where Vincenty does not converge', () => {
    const near = fc.tuple(lngLat(), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })).map(([a, dx, dy]) => {
      const lon = a[0] + 180 + dx;
      return [a, [lon > 180 ? lon - 360 : lon, Math.max(-90, Math.min(90, -a[1] + dy))]] as [LngLat, LngLat];
    });
    fc.assert(fc.property(near, ([a, b]) => {
      expect(errorMm(a, b)).toBeLessThan(1);
    }), { numRuns: 2000 });
    // Exact antipodes on the equator: the geodesic runs over a pole (20,003.9 km), not
    // along the equator (20,037.5 km), as the drawn leg does.
    expect(errorMm([0, 0], [180, 0])).toBeLessThan(1);
    expect(distanceKm([0, 0], [180, 0])).toBeCloseTo(20003.931, 3);
    expect(errorMm([0, 0], [179.7, 0.1])).toBeLessThan(1);
    expect(errorMm([10, 45], [-170, -45])).toBeLessThan(1);
    expect(errorMm([-65.471735, 15.114226], [116.304606, -15.730678])).toBeLessThan(1);
    // Found by this property: the shortest path passes beside the pole, along a valley
    // that a search in two directions did not follow.
    expect(errorMm([0, 0], [-179.99860864760058, 0])).toBeLessThan(1);
  });

  it('matches the WGS 84 geodesic within a millimetre on and near the equator, nearly antipodal, where the geodesic leaves the equator', () => {
    const near = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.double({ min: -0.01, max: 0.01, noNaN: true }), fc.double({ min: -0.01, max: 0.01, noNaN: true }));
    fc.assert(fc.property(near, ([lon, lat, dx, dy]) => {
      const b = lon + 180 + dx;
      expect(errorMm([lon, lat], [b > 180 ? b - 360 : b, -lat + dy])).toBeLessThan(1);
    }), { numRuns: 300 });
  });

  it('finds the shorter of the two geodesics that leave the equator, with the points on either side of it by any amount', () => {
    // Points near the equator less than 0.6° from antipodal are joined by two locally shortest
    // geodesics, one north and one south, whose lengths differ by about 165 m per 0.001° of
    // latitude; a search that ended in the first valley it met was 2 km out. Offsets from a
    // nanodegree to a tenth of a degree, each point on its own side.
    const lat = fc.tuple(fc.integer({ min: -9, max: -1 }), fc.double({ min: -1, max: 1, noNaN: true })).map(([e, m]) => m * 10 ** e);
    const pair = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), lat, fc.double({ min: 179.2, max: 180, noNaN: true }), lat, fc.boolean());
    fc.assert(fc.property(pair, ([lon, lat1, gap, lat2, west]) => {
      let lon2 = lon + (west ? -gap : gap);
      if (lon2 > 180) lon2 -= 360;
      if (lon2 < -180) lon2 += 360;
      expect(errorMm([lon, lat1], [lon2, lat2])).toBeLessThan(1);
    }), { numRuns: 400 });
    // Found by the property tests: 1 mm, 165 m and 1.6 km too long before.
    expect(errorMm([0, -5.782598779352091e-9], [-179.59783629945224, 0])).toBeLessThan(1);
    expect(errorMm([0, -0.001], [-179.5978, 0])).toBeLessThan(1);
    expect(errorMm([0, -0.01], [-179.5978, 0])).toBeLessThan(1);
    // Found by the property with a compass of eight directions: the search stopped across a narrow valley, 36 mm and 1.0 mm too long.
    expect(errorMm([0, 0], [-179.99912792454128, 0.0001074081916401361])).toBeLessThan(1);
    expect(errorMm([0, 0], [-179.41943458728156, -0.00009999811565014921])).toBeLessThan(1);
    // Just past the point where the geodesic leaves the equator: the two valleys are shallow.
    expect(errorMm([0, -1e-6], [-179.4, 0])).toBeLessThan(1);
  });

  it('measures the seed legs to the metre', () => {
    const legs: [LngLat, LngLat][] = [
      [[114.17, 22.3], [120.16, 30.27]], // Hong Kong → Hangzhou
      [[120.16, 30.27], [121.47, 31.23]], // Hangzhou → Shanghai
      [[121.47, 31.23], [122.07, 30.62]], // Shanghai → Yangshan
      [[121.93, 30.9], [121.47, 31.23]], // Lingang → Shanghai
    ];
    for (const [a, b] of legs) expect(Math.abs(distanceKm(a, b) - referenceKm(a, b))).toBeLessThan(0.001);
  });

  it('is 0 for the same point and symmetric', () => {
    expect(distanceKm([121.47, 31.23], [121.47, 31.23])).toBe(0);
    expect(distanceKm([180, 10], [-180, 10])).toBe(0);
    fc.assert(fc.property(lngLat(), lngLat(), (a, b) => {
      expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 6);
    }));
  });

  it('measures short hops, poles and the equator', () => {
    for (const [a, b] of [
      [[121.47, 31.23], [121.4701, 31.2301]],
      [[0, 89.9], [180, 89.9]],
      [[0, 90], [0, -90]],
      [[0, 0], [90, 0]],
    ] as [LngLat, LngLat][]) {
      expect(relativeError(a, b)).toBeLessThan(1e-6);
    }
  });

  it('adds up a route leg by leg', () => {
    const route: LngLat[] = [[114.17, 22.3], [120.16, 30.27], [121.47, 31.23]];
    expect(routeDistanceKm(route)).toBeCloseTo(distanceKm(route[0]!, route[1]!) + distanceKm(route[1]!, route[2]!), 9);
    expect(routeDistanceKm([[0, 0]])).toBe(0);
  });

  it('rejects a bad coordinate, naming it', () => {
    expect(() => distanceKm([0, 0], [0, 91])).toThrow('distanceKm: b[1]: latitude 91 is outside [-90, 90]');
    expect(() => distanceKm([Number.POSITIVE_INFINITY, 0], [0, 1])).toThrow('distanceKm: a[0] must be a finite longitude');
  });
});

describe('WGS 84 constants', () => {
  it('writes the semi-minor axis as a × (1 − f), to the last digit', () => {
    expect(WGS84_B_KM).toBe(WGS84_A_KM * (1 - WGS84_F));
  });
});
