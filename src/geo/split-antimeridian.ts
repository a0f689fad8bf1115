import type { LngLat } from '../itinerary/types';
import { assertLngLat } from './assert-lnglat';
import { DEG, RAD } from './earth';

/**
 * Cuts an unwrapped line (longitudes continuous, possibly beyond ±180, as
 * `greatCirclePoints` returns them) at every crossing of the antimeridian, into parts whose
 * longitudes all lie in [-180, 180] (RFC 7946 §3.1.9).
 *
 * The part before a crossing ends at +180 (or -180) and the next starts at -180 (or +180),
 * both at the same latitude: where the great circle through the two vertices on either side
 * of the crossing meets the 180° meridian, not a linear interpolation. A vertex exactly on
 * ±180 ends one part and starts the next. A line that crosses several times gives several
 * parts. Segments spanning 180° of longitude or more (a great-circle leg has them only along
 * a pole) are cut by linear interpolation.
 *
 * @param points - at least one `[lon, lat]`; consecutive longitudes less than 360° apart.
 * @returns the parts, in order; a single part (shifted into [-180, 180]) when nothing crosses.
 * @throws RangeError naming the offending point when a coordinate is not finite, a latitude
 *   is outside [-90, 90] or a segment spans more than 360° of longitude.
 * @example
 * splitAntimeridian([[170, 10], [190, 20]]);
 * // → [[[170, 10], [180, 15.3398…]], [[-180, 15.3398…], [-170, 20]]] (a straight line would say 15)
 */
export function splitAntimeridian(points: LngLat[]): LngLat[][] {
  if (!Array.isArray(points) || points.length === 0) {
    throw new RangeError('splitAntimeridian: points must be a non-empty array of [longitude, latitude]');
  }
  const flat = new Float64Array(points.length * 2);
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    assertLngLat(p, 'splitAntimeridian: points', false, i);
    flat[2 * i] = p![0];
    flat[2 * i + 1] = p![1];
    if (i > 0 && Math.abs(flat[2 * i]! - flat[2 * i - 2]!) > 360) {
      throw new RangeError(`splitAntimeridian: points[${i}][0]: longitude jumps by more than 360° from the previous point`);
    }
  }
  return splitFlat(flat, points.length, false);
}

/** Rounds to 6 decimals (about 0.1 m), turning -0 into 0. ±180 and every integer stay exact. */
export function round6(v: number): number {
  // Adding +0 turns -0 into 0 without a branch.
  return Math.round(v * 1e6) / 1e6 + 0;
}

/**
 * {@link splitAntimeridian} on `count` interleaved lon/lat pairs. With `round`, positions are
 * rounded to 6 decimals as they are written (the cut points first computed exactly, so they
 * stay on ±180), consecutive positions made equal by rounding are merged, and a part left
 * with a single position is dropped unless it is the only one.
 */
export function splitFlat(c: ArrayLike<number>, count: number, round: boolean): LngLat[][] {
  // Start in the 360°-wide cell [-180 + 360k, 180 + 360k] of the first vertex; when it lies
  // on a boundary, in the cell on the side the line moves on to.
  const lon0 = c[0]!;
  let k = Math.round(lon0 / 360);
  if ((lon0 - 180) % 360 === 0) {
    const j = (lon0 - 180) / 360; // lon0 is the east edge of cell j, the west edge of cell j + 1
    k = lon0 >= -180 && lon0 <= 180 ? 0 : j + 1;
    for (let i = 1; i < count; i++) {
      const lon = c[2 * i]!;
      if (lon !== lon0) {
        k = lon > lon0 ? j + 1 : j;
        break;
      }
    }
  }
  const parts: LngLat[][] = [];
  let part: LngLat[] = [];
  let shift = -360 * k;
  // The part's last rounded position (NaN when it is empty), to merge positions rounding made equal.
  let lastX = NaN;
  let lastY = NaN;
  const push = (lon: number, lat: number): void => {
    if (!round) {
      part.push([lon, lat]);
      return;
    }
    const x = round6(lon);
    const y = round6(lat);
    if (x !== lastX || y !== lastY) part.push([x, y]);
    lastX = x;
    lastY = y;
  };
  push(c[0]! + shift, c[1]!);
  for (let i = 1; i < count; i++) {
    const plon = c[2 * i - 2]!;
    const plat = c[2 * i - 1]!;
    const lon = c[2 * i]!;
    const lat = c[2 * i + 1]!;
    while (lon + shift > 180 || lon + shift < -180) {
      const east = lon + shift > 180;
      const edge = (east ? 180 : -180) - shift; // the boundary crossed, in unwrapped longitude
      const y = plon === edge ? plat : crossingLatitude(plon, plat, lon, lat, edge);
      if (plon !== edge) push(edge + shift, y);
      parts.push(part);
      part = [];
      lastX = NaN;
      shift += east ? -360 : 360;
      push(edge + shift, y);
    }
    push(lon + shift, lat);
  }
  parts.push(part);
  if (!round) return parts;
  const kept = parts.filter((p) => p.length >= 2);
  if (kept.length > 0) return kept;
  const only = parts[0]!;
  return [only.length >= 2 ? only : [only[0]!, [only[0]![0], only[0]![1]]]];
}

/**
 * Latitude, in degrees, where the great circle through P and Q meets the meridian `edge`
 * (±180 + 360k) between them: the intersection of the circle's plane with the plane of the
 * 0°/180° meridians (y = 0), on the side of the minor arc.
 */
function crossingLatitude(plon: number, plat: number, qlon: number, qlat: number, edge: number): number {
  const linear = plat + ((qlat - plat) * (edge - plon)) / (qlon - plon);
  if (Math.abs(qlon - plon) >= 180) return linear;
  const cp = Math.cos(plat * RAD);
  const px = cp * Math.cos(plon * RAD);
  const py = cp * Math.sin(plon * RAD);
  const pz = Math.sin(plat * RAD);
  const cq = Math.cos(qlat * RAD);
  const qx = cq * Math.cos(qlon * RAD);
  const qy = cq * Math.sin(qlon * RAD);
  const qz = Math.sin(qlat * RAD);
  const nx = py * qz - pz * qy;
  const nz = px * qy - py * qx;
  // The line of the two planes: n × (0, 1, 0) = (-nz, 0, nx).
  let dx = -nz;
  let dz = nx;
  if (dx * dx + dz * dz < 1e-30) return linear; // P and Q (nearly) the same point, or the circle is that meridian
  if (dx * (px + qx) + dz * (pz + qz) < 0) {
    dx = -dx;
    dz = -dz;
  }
  return Math.atan2(dz, Math.abs(dx)) * DEG;
}
