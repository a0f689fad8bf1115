import type { LineString, MultiLineString, Position } from 'geojson';
import type { LngLat } from '../itinerary/types';
import { assertLngLat } from './assert-lnglat';
import { type Densifier, densifier, densify } from './densify';
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
  // Copies: the geometry never shares the caller's arrays.
  return drawLeg([a[0], a[1]], [b[0], b[1]], densifier(checkTolerance(options, 'legGeometry')));
}

/**
 * {@link legGeometry} from checked points, with the caller's densifier `d` (the exports make
 * one per call and draw every leg with it). Besides the geometry, it returns in `d.south` and
 * `d.north` the latitude range of the positions it drew. The line starts with `a` itself and
 * ends with `b` itself where rounding leaves them as they are (no copy: most legs are a single
 * segment, and position arrays are most of the output).
 */
export function drawLeg(a: LngLat, b: LngLat, d: Densifier): LineString | MultiLineString {
  densify(d, a[0], a[1], b[0], b[1]);
  const { coords, count } = d;
  const n = 2 * count;
  // From the end: a leg that crosses ±180 ends past it, so a crossing is found at once.
  let inside = true;
  for (let i = n - 2; i > 0 && inside; i -= 2) inside = coords[i]! <= 180 && coords[i]! >= -180;
  let south = Infinity;
  let north = -Infinity;
  let geometry: LineString | MultiLineString;
  if (inside) {
    // Filled by index, trimmed at the end if rounding merged vertices: no growth by push. Most
    // legs (short hops, city walks) are one segment, made from a literal: `new Array(n)` of a
    // length known only at run time was the city profile's costliest line.
    const line: Position[] = count == 2 ? [a, b] : new Array(count);
    let x = round6(coords[0]!);
    let y = round6(coords[1]!);
    line[0] = x === a[0] && y === a[1] ? a : [x, y];
    let j = 1;
    if (y < south) south = y;
    if (y > north) north = y;
    for (let i = 2; i < n; i += 2) {
      const nx = round6(coords[i]!);
      const ny = round6(coords[i + 1]!);
      if (nx === x && ny === y) continue;
      line[j++] = nx === b[0] && ny === b[1] ? b : [nx, ny];
      x = nx;
      y = ny;
      if (y < south) south = y;
      if (y > north) north = y;
    }
    if (j === 1) line[j++] = [x, y];
    if (j < count) line.length = j;
    geometry = { type: 'LineString', coordinates: line };
  } else {
    const parts = splitFlat(coords, count, true);
    // The cut points' latitudes are not vertices of the densified arc: bound what was written.
    for (const part of parts) for (const p of part) {
      if (p[1] < south) south = p[1];
      if (p[1] > north) north = p[1];
    }
    geometry = parts.length > 1 ? { type: 'MultiLineString', coordinates: parts } : { type: 'LineString', coordinates: parts[0]! };
  }
  d.south = south;
  d.north = north;
  return geometry;
}
