import type * as L from 'leaflet';

/** A line and how far along it each vertex is, for cutting it at a fraction of its length. */
export interface MeasuredLine {
  points: readonly L.LatLng[];
  /** `lengths[i]`: distance from the start to vertex `i`; the last is the total. */
  lengths: Float64Array;
}

/**
 * Measures a line in locally flat degrees (longitude scaled by the cosine of latitude):
 * close enough to ground distance between a densified great circle's vertices, so
 * a constant playback speed looks constant.
 */
export function measureLine(points: readonly L.LatLng[]): MeasuredLine {
  const lengths = new Float64Array(points.length);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const dx = (b.lng - a.lng) * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
    const dy = b.lat - a.lat;
    lengths[i] = lengths[i - 1]! + Math.hypot(dx, dy);
  }
  return { points, lengths };
}

/**
 * The start of a line up to `fraction` of its length: the vertices passed, then a point
 * interpolated on the segment reached. `0` gives the first point alone, `1` the whole line.
 *
 * @example
 * lineUpTo(measureLine(latlngs), 0.5, (lat, lng) => L.latLng(lat, lng)); // the first half
 */
export function lineUpTo(line: MeasuredLine, fraction: number, make: (lat: number, lng: number) => L.LatLng): L.LatLng[] {
  const { points, lengths } = line;
  const n = points.length;
  if (n === 0) return [];
  const total = lengths[n - 1]!;
  const f = Math.min(Math.max(fraction, 0), 1);
  if (f >= 1 || total === 0) return f >= 1 ? points.slice() : [points[0]!];
  const target = f * total;
  let lo = 0;
  let hi = n - 1; // lengths[lo] <= target < lengths[hi]
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (lengths[mid]! <= target) lo = mid;
    else hi = mid;
  }
  const a = points[lo]!;
  const b = points[hi]!;
  const span = lengths[hi]! - lengths[lo]!;
  const t = span > 0 ? (target - lengths[lo]!) / span : 0;
  const out = points.slice(0, lo + 1);
  out.push(make(a.lat + (b.lat - a.lat) * t, a.lng + (b.lng - a.lng) * t));
  return out;
}
