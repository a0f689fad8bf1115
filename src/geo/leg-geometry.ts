import type { LineString, MultiLineString, Position } from 'geojson';
import type { LngLat } from '../itinerary/types';
import { assertLngLat } from './assert-lnglat';
import { densified, densify } from './densify';
import { round6, splitFlat } from './split-antimeridian';
import { checkTolerance, type LegGeometryOptions } from './tolerance';

/**
 * The RFC 7946 geometry of the leg from `a` to `b`: the great circle densified as
 * `greatCirclePoints` does it, as a `LineString`, or as a `MultiLineString` cut exactly at
 * ±180 where the leg crosses the antimeridian (§3.1.9). Longitudes lie in [-180, 180].
 * Coordinates are rounded once, at the end, to 6 decimals (about 0.1 m); the cut points are
 * whole degrees of longitude, so rounding keeps them on ±180, and both sides of a cut share
 * one latitude. A zero-length leg gives a LineString of two equal positions.
 *
 * @param a - start, `[lon, lat]` in degrees, longitude in [-180, 180].
 * @param b - end, likewise.
 * @param options - `toleranceKm` (default 1): see {@link LegGeometryOptions}.
 * @throws RangeError when a coordinate or the tolerance is out of range, naming which.
 * @example
 * legGeometry([179, -16.5], [-178, -18]); // Fiji, both sides of ±180
 * // → { type: 'MultiLineString', coordinates: [[[179, -16.5], [180, -17.0…]], [[-180, -17.0…], [-178, -18]]] }
 */
export function legGeometry(a: LngLat, b: LngLat, options?: LegGeometryOptions): LineString | MultiLineString {
  assertLngLat(a, 'legGeometry: a', true);
  assertLngLat(b, 'legGeometry: b', true);
  densify(a[0], a[1], b[0], b[1], checkTolerance(options, 'legGeometry'));
  const { coords, count } = densified;
  let inside = true;
  for (let i = 0; i < 2 * count; i += 2) {
    const lon = coords[i]!;
    if (lon > 180 || lon < -180) {
      inside = false;
      break;
    }
  }
  if (!inside) {
    const parts = splitFlat(coords, count, true);
    if (parts.length > 1) return { type: 'MultiLineString', coordinates: parts };
    return { type: 'LineString', coordinates: parts[0]! };
  }
  const line: Position[] = [];
  let x = NaN;
  let y = NaN;
  for (let i = 0; i < 2 * count; i += 2) {
    const nx = round6(coords[i]!);
    const ny = round6(coords[i + 1]!);
    if (nx !== x || ny !== y) line.push([(x = nx), (y = ny)]);
  }
  if (line.length === 1) line.push([x, y]);
  return { type: 'LineString', coordinates: line };
}
