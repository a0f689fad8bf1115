import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bboxOf, greatCirclePoints } from '../../src/geo/index';
import type { LngLat } from '../../src/itinerary/types';
import { lngLat } from './sphere';

/** Whether longitude x lies in the band from west to east (crossing ±180 when west > east). */
const inBand = (x: number, west: number, east: number): boolean => {
  const l = ((((x + 180) % 360) + 360) % 360) - 180;
  // ±180 is one meridian: a longitude at (or, by float noise, within 1e-9 of) it lies on both edges.
  const ls = Math.abs(l) >= 180 - 1e-9 ? [-180, 180] : [l];
  return ls.some((v) => (west <= east ? v >= west - 1e-9 && v <= east + 1e-9 : v >= west - 1e-9 || v <= east + 1e-9));
};

describe('bboxOf', () => {
  it('bounds lines that stay on one side of ±180 as usual', () => {
    expect(bboxOf([[[10, 0], [20, 5]], [[-30, 1]]])).toEqual([-30, 0, 20, 5]);
  });

  it('crosses the antimeridian (west > east) for an unwrapped line across it', () => {
    expect(bboxOf([[[170, -10], [190, 5]]])).toEqual([170, -10, -170, 5]);
  });

  it('crosses the antimeridian for parts already split at ±180', () => {
    expect(bboxOf([[[170, 0], [180, 5]], [[-180, 5], [-170, 10]]])).toEqual([170, 0, -170, 10]);
  });

  it('chooses the narrower band: two points either side of ±180 are 20° apart, not 340°', () => {
    expect(bboxOf([[[-170, 0]], [[170, 1]]])).toEqual([170, 0, -170, 1]);
  });

  it('includes the poleward bulge of a densified great circle', () => {
    const line = greatCirclePoints([-74, 40.7], [139.7, 35.7]);
    const [, , , north] = bboxOf([line]);
    expect(north).toBeGreaterThan(69);
    expect(bboxOf([[[-74, 40.7], [139.7, 35.7]]])[3]).toBe(40.7);
  });

  it('spans every longitude for a line through a pole', () => {
    expect(bboxOf([greatCirclePoints([0, 80], [180, 70])])).toEqual([-180, 70, 180, 90]);
  });

  it('bounds a leg whose unwrapped end lies a float step past -180 (a counterexample fast-check found)', () => {
    // 180° along the equator, less 6e-8°: greatCirclePoints unwraps the end to -180.00000000000006.
    const line = greatCirclePoints([-5.7295837418666525e-8, 0], [179.99999999999994, 0]);
    expect(line.at(-1)![0]).toBeLessThan(-180);
    const [west, south, east, north] = bboxOf([line]) as [number, number, number, number];
    expect([west, south, north]).toEqual([-180, 0, 0]);
    expect(east).toBeCloseTo(-5.7295837418666525e-8, 12);
    for (const [lon] of line) expect(inBand(lon, west, east)).toBe(true);
  });

  it('holds every vertex and is never wider than needed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(lngLat(), lngLat()), { minLength: 1, maxLength: 4 }), (legs) => {
        const lines = legs.map(([a, b]) => greatCirclePoints(a, b));
        const [west, south, east, north] = bboxOf(lines) as [number, number, number, number];
        const all = lines.flat();
        expect(south).toBe(Math.min(...all.map((p) => p[1])));
        expect(north).toBe(Math.max(...all.map((p) => p[1])));
        for (const [lon] of all) expect(inBand(lon, west, east)).toBe(true);
        expect(west).toBeGreaterThanOrEqual(-180);
        expect(west).toBeLessThan(180);
        // The band must start at a vertex's longitude (or be the whole world).
        if (!(west === -180 && east === 180)) expect(all.some(([lon]) => inBand(lon, west, west))).toBe(true);
      }),
    );
  });

  it('rejects empty input and bad coordinates, naming them', () => {
    expect(() => bboxOf([])).toThrow('bboxOf: no position to bound');
    expect(() => bboxOf([[]])).toThrow('bboxOf: no position to bound');
    expect(() => bboxOf([[[0, 0]], [[0, Number.NaN] as LngLat]])).toThrow('bboxOf: lines[1][0][1] must be a finite latitude');
  });
});
