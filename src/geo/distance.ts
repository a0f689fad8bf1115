import type { LngLat } from '../itinerary/types';
import { assertLngLat } from './assert-lnglat';
import { RAD, WGS84_A_KM, WGS84_F } from './earth';

const B_KM = WGS84_A_KM * (1 - WGS84_F);

/**
 * Distance in km between two points on the WGS 84 ellipsoid: Vincenty's inverse formula
 * (about 0.5 mm), and, for the nearly antipodal pairs where its iteration does not
 * converge, Lambert's formula (within 0.2% there: the true distance is about 20 000 km).
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
  return vincentyKm(a[0], a[1], b[0], b[1]) ?? lambertKm(a[0], a[1], b[0], b[1]);
}

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

/** Reduced (parametric) latitude's cosine and sine. */
function reduced(lat: number): [number, number] {
  const phi = lat * RAD;
  const c = Math.cos(phi);
  const s = (1 - WGS84_F) * Math.sin(phi);
  const h = Math.hypot(c, s);
  return [c / h, s / h];
}

/** Vincenty's inverse formula; undefined when the iteration does not settle (nearly antipodal points). */
function vincentyKm(lon1: number, lat1: number, lon2: number, lat2: number): number | undefined {
  const f = WGS84_F;
  let L = ((lon2 - lon1) % 360) * RAD;
  if (L > Math.PI) L -= 2 * Math.PI;
  else if (L < -Math.PI) L += 2 * Math.PI;
  const [cosU1, sinU1] = reduced(lat1);
  const [cosU2, sinU2] = reduced(lat2);
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
 * Lambert's formula for long lines (an error of O(f²) of the distance). Its two ratios are
 * at most 1 in exact arithmetic; near the antipode, where both parts of one vanish,
 * rounding could push it beyond, so it is capped.
 */
function lambertKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const [c1, s1] = reduced(lat1);
  const [c2, s2] = reduced(lat2);
  const beta1 = Math.atan2(s1, c1);
  const beta2 = Math.atan2(s2, c2);
  const dl = (lon2 - lon1) * RAD;
  // Central angle between the reduced-latitude points (haversine form, robust everywhere).
  const h = Math.sin((beta2 - beta1) / 2) ** 2 + c1 * c2 * Math.sin(dl / 2) ** 2;
  const sigma = 2 * Math.atan2(Math.sqrt(h), Math.sqrt(Math.max(0, 1 - h)));
  if (sigma === 0) return 0;
  const P = (beta1 + beta2) / 2;
  const Q = (beta2 - beta1) / 2;
  const cosHalf2 = Math.cos(sigma / 2) ** 2;
  const sinHalf2 = Math.sin(sigma / 2) ** 2;
  // Both ratios lie in [0, 1]; at the exact antipode (0/0) x tends to cos²Q.
  const x = cosHalf2 > 0 ? Math.min(1, (Math.sin(P) ** 2 * Math.cos(Q) ** 2) / cosHalf2) : Math.cos(Q) ** 2;
  const y = Math.min(1, (Math.cos(P) ** 2 * Math.sin(Q) ** 2) / sinHalf2);
  return WGS84_A_KM * (sigma - (WGS84_F / 2) * ((sigma - Math.sin(sigma)) * x + (sigma + Math.sin(sigma)) * y));
}
