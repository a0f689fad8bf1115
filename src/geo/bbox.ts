import type { BBox } from 'geojson';
import type { LngLat } from '../itinerary/types';
import { assertLngLat } from './assert-lnglat';

/**
 * `[west, south, east, north]` of the lines, as RFC 7946 §5 wants it: the narrowest band of
 * longitudes that holds every vertex and every segment between consecutive vertices (each
 * taken as drawn: straight in lon/lat), so `west > east` when that band crosses the antimeridian
 * (§5.2). Lines may be unwrapped (longitudes past ±180, as `greatCirclePoints` gives them) or
 * already split. A line that touches a pole spans every longitude: west -180, east 180 (§5.3).
 * Pass densified lines (`greatCirclePoints`) to include the great circles' poleward bulge.
 *
 * @param lines - lines of `[lon, lat]`; at least one position in all.
 * @returns west in [-180, 180), east in [-180, 180].
 * @throws RangeError for an empty input or a bad coordinate, naming where it is.
 * @example
 * bboxOf([[[170, -10], [190, 5]]]); // [170, -10, -170, 5]
 */
export function bboxOf(lines: LngLat[][]): BBox {
  if (!Array.isArray(lines)) throw new RangeError('bboxOf: lines must be an array of lines of [longitude, latitude]');
  // Each segment (or lone point) covers the longitudes [start, start + width], start in [-180, 180).
  const starts: number[] = [];
  const widths: number[] = [];
  let south = Infinity;
  let north = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const where = `bboxOf: lines[${i}]`;
    if (!Array.isArray(line)) throw new RangeError(`${where} must be an array of [longitude, latitude]`);
    for (let j = 0; j < line.length; j++) {
      const p = line[j];
      assertLngLat(p, where, false, j);
      const [lon, lat] = p!;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      if (j === 0) {
        if (line.length === 1) {
          starts.push(normalize(lon));
          widths.push(0);
        }
        continue;
      }
      const prev = line[j - 1]![0];
      starts.push(normalize(Math.min(prev, lon)));
      widths.push(Math.min(Math.abs(lon - prev), 360));
    }
  }
  if (starts.length === 0) throw new RangeError('bboxOf: no position to bound');

  // The box is the complement of the widest gap between the covered intervals on the circle.
  const order = starts.map((_, i) => i).sort((x, y) => starts[x]! - starts[y]!);
  const first = starts[order[0]!]!;
  const gaps: number[] = []; // west, east of each inner gap
  let reach = first; // furthest east covered so far
  for (const i of order) {
    const start = starts[i]!;
    if (start > reach) gaps.push(reach, start);
    reach = Math.max(reach, start + widths[i]!);
  }
  // The wrap-around gap runs from reach to first + 360. Intervals reaching past 180 cover
  // [-180, reach - 360] once more: trim the inner gaps there.
  let gap = first + 360 - reach;
  let west = first;
  for (let g = 0; g < gaps.length; g += 2) {
    const length = gaps[g + 1]! - Math.max(gaps[g]!, reach - 360);
    if (length > gap) {
      gap = length;
      west = gaps[g + 1]!;
    }
  }
  return bandBox(west, 360 - gap, south, north);
}

/**
 * The box of the band of longitudes `width` degrees east of `lo` and latitudes from `south`
 * to `north`: every longitude when the band is 360° wide or a pole is in it.
 */
export function bandBox(lo: number, width: number, south: number, north: number): BBox {
  if (width >= 360 || south === -90 || north === 90) return [-180, south, 180, north];
  const west = normalize(lo);
  const east = west + width;
  return [west, south, east > 180 ? east - 360 : east, north];
}

/** A longitude in [-180, 180). */
function normalize(lon: number): number {
  const l = ((((lon + 180) % 360) + 360) % 360) - 180;
  return l === 0 ? 0 : l;
}
