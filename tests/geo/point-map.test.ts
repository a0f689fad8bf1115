import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PointMap } from '../../src/geo/point-map';

describe('PointMap: values keyed by a point’s exact longitude and latitude', () => {
  it('finds a value only at its own point, as a string key of both numbers would', () => {
    const coordinate = fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(0, -0, 180, -180, 90));
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { maxLength: 40 }), (points) => {
        const map = new PointMap<number>();
        const byString = new Map<string, number>();
        points.forEach(([lon, lat], i) => {
          map.set(lon, lat, i);
          byString.set(`${lon},${lat}`, i);
        });
        for (const [lon, lat] of points) expect(map.get(lon, lat)).toBe(byString.get(`${lon},${lat}`));
        expect(map.get(1000, 1000)).toBeUndefined();
      }),
    );
  });

  it('keeps longitude and latitude apart: (1, 2) is not (2, 1)', () => {
    const map = new PointMap<string>();
    map.set(1, 2, 'a');
    expect(map.get(2, 1)).toBeUndefined();
    expect(map.get(1, 2)).toBe('a');
  });
});
