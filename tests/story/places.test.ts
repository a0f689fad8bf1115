import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterPoints, spreadOffsets } from '../../src/story/cluster';
import { groupPlaces, numbersLabel } from '../../src/story/places';
import type { Stop } from '../../src/itinerary/types';
import { seed } from '../leaflet/fixtures';

const stop = (id: string, coordinates: [number, number], place?: string): Stop => ({
  id,
  name: id,
  coordinates,
  precision: 'city',
  meetings: [],
  source: [],
  ...(place ? { place } : {}),
});

describe('groupPlaces', () => {
  it('gives the seed visit one place per city, Hong Kong and Shanghai holding two stops each', () => {
    expect(groupPlaces(seed().stops).map((p) => p.stops)).toEqual([[0, 6], [1], [2, 5], [3], [4]]);
  });

  it('joins stops at identical coordinates even without a place id', () => {
    const places = groupPlaces([stop('a', [1, 2]), stop('b', [3, 4]), stop('c', [1, 2])]);
    expect(places.map((p) => p.stops)).toEqual([[0, 2], [1]]);
  });

  it('joins stops sharing a place id even at different coordinates, at the first visit point', () => {
    const places = groupPlaces([stop('a', [1, 2], 'x'), stop('b', [3, 4]), stop('c', [1.001, 2], 'x')]);
    expect(places.map((p) => p.stops)).toEqual([[0, 2], [1]]);
    expect(places[0]!.coordinates).toEqual([1, 2]);
  });

  it('chains a place id and a shared point into one place', () => {
    const places = groupPlaces([stop('a', [1, 2], 'x'), stop('b', [5, 5], 'x'), stop('c', [5, 5])]);
    expect(places.map((p) => p.stops)).toEqual([[0, 1, 2]]);
  });

  it('treats longitude -0 and 0 as one point, as a written coordinate does', () => {
    expect(groupPlaces([stop('a', [-0, 5]), stop('b', [0, 5])]).map((p) => p.stops)).toEqual([[0, 1]]);
  });

  it('gives the places a pairwise reference gives: same point or same place id, chained, in order of first visit (property)', () => {
    // Few distinct values, so that shared points, shared ids and chains of both are common.
    const coordinate = fc.constantFrom(-180, -0, 0, 0.5, 1e-7, 179.99999);
    const arbStop = fc.record({ lon: coordinate, lat: fc.constantFrom(-90, 0, 0.5, 45), place: fc.option(fc.constantFrom('x', 'y', 'z'), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(arbStop, { maxLength: 30 }), (specs) => {
        const stops = specs.map((s, i) => stop(`s${i}`, [s.lon, s.lat], s.place));
        // Reference: flood fill over "same point (===) or same place id".
        const group = specs.map(() => -1);
        const reference: number[][] = [];
        specs.forEach((_, start) => {
          if (group[start]! >= 0) return;
          const members = [start];
          group[start] = reference.length;
          for (let k = 0; k < members.length; k++) {
            const a = specs[members[k]!]!;
            specs.forEach((b, j) => {
              if (group[j]! < 0 && ((a.lon === b.lon && a.lat === b.lat) || (a.place !== undefined && a.place === b.place))) {
                group[j] = reference.length;
                members.push(j);
              }
            });
          }
          reference.push(members.sort((x, y) => x - y));
        });
        const places = groupPlaces(stops);
        expect(places.map((p) => p.stops)).toEqual(reference);
        places.forEach((p, i) => {
          expect(p.index).toBe(i);
          expect(p.coordinates).toEqual(stops[p.stops[0]!]!.coordinates);
        });
      }),
    );
  });
});

describe('numbersLabel', () => {
  it('joins a place visited twice with a middle dot', () => {
    expect(numbersLabel([1, 7])).toBe('1 · 7');
  });
  it('writes runs of three or more as a range', () => {
    expect(numbersLabel([6, 3, 4, 5])).toBe('3–6');
    expect(numbersLabel([2, 3, 4, 9])).toBe('2–4 · 9');
  });
  it('keeps two consecutive numbers apart', () => {
    expect(numbersLabel([3, 4])).toBe('3 · 4');
  });
});

describe('clusterPoints', () => {
  it('groups points closer than the radius and leaves the rest alone', () => {
    expect(clusterPoints([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 200, y: 0 }], 30)).toEqual([[0, 1], [2]]);
  });

  it('groups a chain of close points as one', () => {
    expect(clusterPoints([{ x: 0, y: 0 }, { x: 25, y: 0 }, { x: 50, y: 0 }], 30)).toEqual([[0, 1, 2]]);
  });

  it('puts every point in exactly one group, and no two groups within the radius', () => {
    const point = fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), fc.integer({ min: 1, max: 80 }), (points, radius) => {
        const groups = clusterPoints(points, radius);
        expect(groups.flat().sort((a, b) => a - b)).toEqual(points.map((_, i) => i));
        for (let a = 0; a < groups.length; a++) {
          for (let b = a + 1; b < groups.length; b++) {
            for (const i of groups[a]!) {
              for (const j of groups[b]!) {
                expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThanOrEqual(radius);
              }
            }
          }
        }
      }),
    );
  });
});

describe('spreadOffsets', () => {
  it('spreads any number of markers at least the spacing apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), (n) => {
        const offsets = spreadOffsets(n, 40);
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) {
            expect(Math.hypot(offsets[i]!.x - offsets[j]!.x, offsets[i]!.y - offsets[j]!.y)).toBeGreaterThan(28);
          }
        }
      }),
    );
  });
});
