import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flattenRings, landRings, tracePaths, type PathSink } from '../../src/basemap/basemap-paths';

/** Records what tracePaths asks of a 2D context. */
function recorder(): PathSink & { calls: string[]; points: [number, number][] } {
  const calls: string[] = [];
  const points: [number, number][] = [];
  return {
    calls,
    points,
    moveTo: (x, y) => (calls.push(`M${x},${y}`), points.push([x, y])),
    lineTo: (x, y) => (calls.push(`L${x},${y}`), points.push([x, y])),
    closePath: () => void calls.push('Z'),
  };
}
const identity = (lon: number, lat: number) => ({ x: lon, y: lat });

describe('basemap paths', () => {
  it('traces a ring in view at round(p * scale) - origin and closes it', () => {
    const paths = flattenRings([[[0, 0], [10, 0], [10, 10], [0, 0]]], identity);
    const sink = recorder();
    tracePaths(sink, paths, 2, { x: 5, y: 5 }, [0, 0, 100, 100], 0, true);
    expect(sink.calls).toEqual(['M-5,-5', 'L15,-5', 'L15,15', 'L-5,-5', 'Z']);
  });

  it('leaves out a ring whose box is outside the view, and shifts a world copy by dx', () => {
    const paths = flattenRings([[[0, 0], [10, 10]], [[500, 500], [510, 510]]], identity);
    const sink = recorder();
    tracePaths(sink, paths, 1, { x: 0, y: 0 }, [0, 0, 100, 100], 0, false);
    expect(sink.calls).toEqual(['M0,0', 'L10,10']);
    const shifted = recorder();
    tracePaths(shifted, paths, 1, { x: 0, y: 0 }, [0, 0, 100, 100], 256, false);
    expect(shifted.calls).toEqual([]);
  });

  it('keeps every ring that meets the view, each from its first to its last point, with no two traced points within a pixel', () => {
    const ring = fc.array(fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true })), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(ring, fc.double({ min: 0.1, max: 8, noNaN: true }), (points, scale) => {
        const paths = flattenRings([points], identity);
        const sink = recorder();
        tracePaths(sink, paths, scale, { x: -400, y: -400 }, [0, 0, 800, 800], 0, false);
        const at = ([x, y]: number[]) => [Math.round(x! * scale) + 400, Math.round(y! * scale) + 400];
        expect(sink.points[0]).toEqual(at(points[0]!));
        expect(sink.points.at(-1)).toEqual(at(points.at(-1)!));
        for (let i = 1; i < sink.points.length - 1; i++) {
          const [[ax, ay], [bx, by]] = [sink.points[i - 1]!, sink.points[i]!];
          expect((ax - bx) ** 2 + (ay - by) ** 2).toBeGreaterThan(1);
        }
      }),
    );
  });

  it('gives one ring list per land feature, polygons and multipolygons alike', () => {
    const square = [[0, 0], [1, 0], [1, 1], [0, 0]];
    const rings = landRings({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square] } },
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[square], [square, square]] } },
      ],
    });
    expect(rings.map((r) => r.length)).toEqual([1, 3]);
  });
});
