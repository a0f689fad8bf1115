import type { LngLat } from '../itinerary/types';
import { assertLngLat } from './assert-lnglat';
import { RAD, WGS84_A_KM, WGS84_B_KM as B_KM, WGS84_F } from './earth';


/**
 * Distance in km between two points on the WGS 84 ellipsoid: Vincenty's inverse formula
 * (about 0.5 mm), and, for the nearly antipodal pairs where its iteration does not
 * converge, the shortest sum of two Vincenty halves through a point between them (as
 * exact; through a pole where that is shorter, as the drawn leg goes).
 *
 * @param a - `[lon, lat]` in degrees.
 * @param b - `[lon, lat]` in degrees.
 * @throws RangeError when a coordinate is not finite or a latitude is outside [-90, 90].
 * @example
 * distanceKm([114.17, 22.3], [120.16, 30.27]); // Hong Kong → Hangzhou: ≈ 1066.1
 */
export function distanceKm(a: LngLat, b: LngLat): number {
  assertLngLat(a, 'distanceKm: a', false);
  assertLngLat(b, 'distanceKm: b', false);
  return checkedDistanceKm(a, b);
}

/** {@link distanceKm} of points already checked: what the exports call once per leg. */
export const checkedDistanceKm = (a: LngLat, b: LngLat): number => vincentyKm(a[0], a[1], b[0], b[1]) ?? antipodalKm(a[0], a[1], b[0], b[1]);

/**
 * The total distance in km along consecutive points (each pair measured by {@link distanceKm}).
 * 0 for fewer than two points.
 *
 * @example
 * routeDistanceKm([[114.17, 22.3], [120.16, 30.27], [121.47, 31.23]]);
 */
export function routeDistanceKm(points: readonly LngLat[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distanceKm(points[i - 1]!, points[i]!);
  return total;
}

/** Vincenty's inverse formula; undefined when the iteration does not settle (nearly antipodal points). */
function vincentyKm(lon1: number, lat1: number, lon2: number, lat2: number): number | undefined {
  const f = WGS84_F;
  let L = ((lon2 - lon1) % 360) * RAD;
  if (L > Math.PI) L -= 2 * Math.PI;
  else if (L < -Math.PI) L += 2 * Math.PI;
  // The reduced (parametric) latitudes' cosines and sines, tan U = (1 - f) tan φ (no arrays
  // and no Math.hypot, which is slow: this runs once per leg of every export).
  let cosU1 = Math.cos(lat1 * RAD);
  let sinU1 = (1 - f) * Math.sin(lat1 * RAD);
  let cosU2 = Math.cos(lat2 * RAD);
  let sinU2 = (1 - f) * Math.sin(lat2 * RAD);
  const h1 = Math.sqrt(cosU1 * cosU1 + sinU1 * sinU1);
  const h2 = Math.sqrt(cosU2 * cosU2 + sinU2 * sinU2);
  cosU1 /= h1;
  sinU1 /= h1;
  cosU2 /= h2;
  sinU2 /= h2;
  let lambda = L;
  for (let i = 0; i < 200; i++) {
    const sinL = Math.sin(lambda);
    const cosL = Math.cos(lambda);
    const t = cosU1 * sinU2 - sinU1 * cosU2 * cosL;
    const sinSigma = Math.sqrt((cosU2 * sinL) ** 2 + t * t);
    if (sinSigma === 0) return 0; // the same point
    const cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    const sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    const cos2Alpha = 1 - sinAlpha * sinAlpha;
    const cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha; // 0 on the equator
    const C = (f / 16) * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
    const previous = lambda;
    lambda = L + (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (2 * cos2SigmaM ** 2 - 1)));
    if (Math.abs(lambda) > Math.PI) return undefined;
    if (Math.abs(lambda - previous) < 1e-12) {
      const u2 = (cos2Alpha * (WGS84_A_KM ** 2 - B_KM ** 2)) / B_KM ** 2;
      const A = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
      const B = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
      const deltaSigma =
        B * sinSigma * (cos2SigmaM + (B / 4) * (cosSigma * (2 * cos2SigmaM ** 2 - 1) -
          (B / 6) * cos2SigmaM * (4 * sinSigma ** 2 - 3) * (4 * cos2SigmaM ** 2 - 3)));
      return B_KM * A * (sigma - deltaSigma);
    }
  }
  return undefined;
}

/**
 * The distance between nearly antipodal points, where Vincenty's iteration does not settle:
 * the least `d(a, m) + d(m, b)` over points `m`, each half measured by Vincenty (a half is
 * far from antipodal, so it converges). The sum equals the geodesic distance when `m` is on
 * the shortest geodesic and grows only with the square of `m`'s distance from it, so a
 * compass search to about a metre gives the distance to well under a millimetre.
 *
 * Such points are joined by more than one locally shortest geodesic (near the equator, one
 * on each side of it, their lengths apart by kilometres), and a search ends in the valley it
 * starts in. So five searches: from the spherical midpoint, free and kept to each side of the
 * plane through the two points and the Earth's centre, and from the poles (near the antipode
 * the shortest geodesic of an oblate Earth can run close to a meridian rather than the great
 * circle).
 */
function antipodalKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const unit = (lon: number, lat: number): Vec => {
    const c = Math.cos(lat * RAD);
    return [c * Math.cos(lon * RAD), c * Math.sin(lon * RAD), Math.sin(lat * RAD)];
  };
  const sum = (m: Vec): number => {
    const lat = Math.asin(Math.max(-1, Math.min(1, m[2]))) / RAD;
    const lon = Math.atan2(m[1], m[0]) / RAD;
    const d = (vincentyKm(lon1, lat1, lon, lat) ?? NaN) + (vincentyKm(lon, lat, lon2, lat2) ?? NaN);
    return d === d ? d : Infinity;
  };
  const a = unit(lon1, lat1);
  const b = unit(lon2, lat2);
  let best = Math.min(descend([0, 0, 1], sum), descend([0, 0, -1], sum));
  // From the midpoint (exact antipodes have none, nor a plane): free (side 0), then kept to each side.
  const mid = normalize([a[0] + b[0], a[1] + b[1], a[2] + b[2]]);
  const n = normalize(cross(a, b));
  if (mid && n) for (const side of [0, 1, -1]) best = Math.min(best, descend(mid, (m) => (side * (m[0] * n[0] + m[1] * n[1] + m[2] * n[2]) < 0 ? Infinity : sum(m))));
  return best;
}

type Vec = [number, number, number];

const cross = (u: Vec, v: Vec): Vec => [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];

function normalize(v: Vec): Vec | undefined {
  const n = Math.hypot(v[0], v[1], v[2]);
  return n > 1e-12 ? [v[0] / n, v[1] / n, v[2] / n] : undefined;
}

/**
 * Directions of the compass search: sixteen, every 22.5°, so that a valley running across the
 * axes is followed too. With eight, every 45°, the search came to rest in the narrow valley beside
 * some nearly antipodal pairs on the equator, 36 mm too long.
 */
const COMPASS = /* @__PURE__ */ Array.from({ length: 16 }, (_, k) => [Math.cos((k * Math.PI) / 8), Math.sin((k * Math.PI) / 8)] as const);

/** Compass search on the unit sphere from `m` for the least `f`: steps from about 11° down to about 0.6 m. */
function descend(start: Vec, f: (m: Vec) => number): number {
  let m = start;
  let best = f(m);
  for (let step = 0.2; step > 1e-7; ) {
    // Two directions tangent to the sphere at m.
    const e1 = normalize(Math.abs(m[2]) < 0.9 ? [-m[1], m[0], 0] : [0, -m[2], m[1]])!;
    const e2 = cross(m, e1);
    let moved = false;
    for (const [c, s] of COMPASS) {
      const dx = step * (c * e1[0] + s * e2[0]);
      const dy = step * (c * e1[1] + s * e2[1]);
      const dz = step * (c * e1[2] + s * e2[2]);
      const next = normalize([m[0] + dx, m[1] + dy, m[2] + dz])!;
      const value = f(next);
      if (value < best) {
        best = value;
        m = next;
        moved = true;
        break;
      }
    }
    if (!moved) step /= 2;
  }
  return best;
}
