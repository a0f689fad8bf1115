// @vitest-environment jsdom
import fc from 'fast-check';
import * as L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { ProjectedPoints } from '../../src/leaflet/layer/layer-pixels';

/** A map of 800×600 (jsdom has no layout) in `crs`, at a view. */
function mapAt(crs: L.CRS, center: [number, number], zoom: number): L.Map {
  const div = document.createElement('div');
  Object.defineProperty(div, 'clientWidth', { value: 800 });
  Object.defineProperty(div, 'clientHeight', { value: 600 });
  document.body.append(div);
  return L.map(div, { crs, center, zoom, fadeAnimation: false, zoomAnimation: false });
}

/** Distance of `v` from the nearest half-way point between two whole numbers. */
const fromTie = (v: number) => Math.abs(v - Math.floor(v) - 0.5);

const lat = fc.double({ min: -85, max: 85, noNaN: true });
const lng = fc.double({ min: -540, max: 540, noNaN: true });

describe('ProjectedPoints', () => {
  it.each([
    ['EPSG3857', L.CRS.EPSG3857],
    ['EPSG3395', L.CRS.EPSG3395],
    ['Simple', L.CRS.Simple],
  ] as const)('places every point on the pixel latLngToLayerPoint gives, in %s, at any zoom and view', (_name, crs) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(lat, lng), { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 18 }), fc.tuple(lat, fc.double({ min: -180, max: 180, noNaN: true })), (points, zoom, center) => {
        const map = mapAt(crs, center, zoom);
        const px = new ProjectedPoints(crs, points.flat()).toLayerPixels(map);
        points.forEach(([a, b], i) => {
          const leaflet = map.latLngToLayerPoint([a, b]);
          const exact = map.project([a, b]); // before Leaflet rounds it
          for (const [ours, theirs, raw] of [[px[2 * i]!, leaflet.x, exact.x], [px[2 * i + 1]!, leaflet.y, exact.y]] as const) {
            // The same pixel, unless the exact coordinate sits a rounding error from a half pixel.
            if (ours !== theirs) {
              expect(Math.abs(ours - theirs)).toBe(1);
              expect(fromTie(raw)).toBeLessThan(1e-6);
            }
          }
        });
        map.remove();
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a NaN pair as NaN, so that lines stay apart', () => {
    const map = mapAt(L.CRS.EPSG3857, [0, 0], 3);
    const px = new ProjectedPoints(L.CRS.EPSG3857, [10, 20, NaN, NaN, -10, 30]).toLayerPixels(map);
    expect(Number.isNaN(px[2]!) && Number.isNaN(px[3]!)).toBe(true);
    expect([px[0], px[1]]).toEqual([map.latLngToLayerPoint([10, 20]).x, map.latLngToLayerPoint([10, 20]).y]);
    expect([px[4], px[5]]).toEqual([map.latLngToLayerPoint([-10, 30]).x, map.latLngToLayerPoint([-10, 30]).y]);
    map.remove();
  });

  it('follows the map to a new zoom and view, writing into the array it is given', () => {
    const map = mapAt(L.CRS.EPSG3857, [30, 118], 4);
    const points = new ProjectedPoints(L.CRS.EPSG3857, [31.23, 121.47]);
    const out = points.toLayerPixels(map);
    map.setView([0, 0], 9, { animate: false });
    expect(points.toLayerPixels(map, out)).toBe(out);
    const p = map.latLngToLayerPoint([31.23, 121.47]);
    expect([...out]).toEqual([p.x, p.y]);
    expect(points.projectedWith(L.CRS.EPSG3857)).toBe(true);
    expect(points.projectedWith(L.CRS.EPSG3395)).toBe(false);
    map.remove();
  });
});
