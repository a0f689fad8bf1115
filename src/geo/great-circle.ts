import type { LngLat } from '../itinerary/types';
import { assertLngLat } from './assert-lnglat';
import { densifier, densify, type Densifier } from './densify';
import { checkTolerance, type LegGeometryOptions } from './tolerance';

export type { LegGeometryOptions } from './tolerance';
export { splitAntimeridian } from './split-antimeridian';
export { legGeometry } from './leg-geometry';

/**
 * The great circle from `a` to `b`, densified adaptively: as few vertices as needed so that
 * the straight lon/lat segment between consecutive vertices (how RFC 7946 reads a GeoJSON
 * segment, and how Leaflet draws it) never strays more than `toleranceKm` from the true
 * great-circle arc, checked along the whole segment, not only at its middle. A short hop
 * gives 2 vertices. Legs clear of the poles get even longitude steps (per stretch of at most
 * 20°) sized from a closed-form bound on that error; legs near a pole are bisected where
 * needed. Either way, halving the tolerance never gives fewer vertices.
 *
 * Longitudes are continuous (unwrapped): a leg crossing the antimeridian goes on past ±180
 * (179 → 181) instead of jumping, which is what Leaflet wants for drawing. The first point
 * is exactly `a`; the last is `b`, its longitude shifted by ±360 when the leg crosses.
 *
 * Special legs, chosen deterministically:
 * - `a` and `b` the same place: `[a, b]`.
 * - Along a meridian, or to or from a pole: straight in lon/lat, so no vertex in between.
 *   A pole, where longitude means nothing, appears twice when the line arrives by one
 *   meridian and leaves by another: `[[0, 80], [0, 90], [180, 90], [180, 80]]`.
 * - Through a pole (longitudes exactly 180° apart): up `a`'s meridian, along the pole, down
 *   `b`'s; by the north pole when `a[1] + b[1] >= 0`, else the south pole.
 * - Antipodal points (within about 6 m of it), where every meridian is a shortest route:
 *   the same rule, so they go north along `a`'s meridian, over the north pole and down
 *   `b`'s. Near-antipodal points farther apart have one great circle, which is followed.
 *
 * @param a - start, `[lon, lat]` in degrees, longitude in [-180, 180].
 * @param b - end, likewise.
 * @param options - `toleranceKm` (default 1, at least 1 mm).
 * @throws RangeError when a coordinate or the tolerance is out of range, naming which.
 * @example
 * greatCirclePoints([114.17, 22.3], [121.47, 31.23]); // Hong Kong → Shanghai: a handful of vertices
 * greatCirclePoints([179, 0], [-179, 10]); // [[179, 0], …, [181, 10]]
 */
export function greatCirclePoints(a: LngLat, b: LngLat, options?: LegGeometryOptions): LngLat[] {
  assertLngLat(a, 'greatCirclePoints: a', true);
  assertLngLat(b, 'greatCirclePoints: b', true);
  const d = densifier(checkTolerance(options, 'greatCirclePoints'));
  densify(d, a[0], a[1], b[0], b[1]);
  const { coords, count } = d;
  const points: LngLat[] = new Array<LngLat>(count);
  for (let i = 0; i < count; i++) points[i] = [coords[2 * i]!, coords[2 * i + 1]!];
  return points;
}

/** A densifier for `toleranceKm`, or the `RangeError` {@link greatCirclePoints} throws for it: make one per route, for {@link densifiedPoints}. */
export function checkedDensifier(toleranceKm: number): Densifier {
  return densifier(checkTolerance({ toleranceKm }, 'greatCirclePoints'));
}

/**
 * {@link greatCirclePoints} with `d`'s tolerance, for a caller that checked its stops and the
 * tolerance itself: the layer, placing a parsed itinerary's legs with one densifier, leaves the
 * coordinate checker out of its bundle.
 */
export function densifiedPoints(d: Densifier, a: LngLat, b: LngLat): LngLat[] {
  densify(d, a[0], a[1], b[0], b[1]);
  const points: LngLat[] = [];
  for (let i = 0; i < d.count; i++) points.push([d.coords[2 * i]!, d.coords[2 * i + 1]!]);
  return points;
}
