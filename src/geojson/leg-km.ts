import { unwrapNear } from '../geo/densify';
import { checkedDistanceKm } from '../geo/distance';
import { RAD, WGS84_A_KM, WGS84_F } from '../geo/earth';
import type { LngLat } from '../itinerary/types';
import { round } from './round';

/** WGS 84's first eccentricity squared, f (2 − f). */
const E2 = WGS84_F * (2 - WGS84_F);

/**
 * The length in km of the leg from `a` to `b` as the exports give it: the WGS 84 distance
 * (Vincenty, see `distanceKm`) rounded to 0.1 km. A short leg away from the poles (under 5
 * km, its middle within 70° of the equator: every leg of a city walk) is measured on the
 * ellipsoid's tangent plane at its middle latitude, with the meridian and prime-vertical radii
 * of curvature there. That plane's error grows with the cube of the length: under 1e-5 km
 * there (a property test holds it to Vincenty), so wherever the length is more than 1e-4 km
 * from a rounding boundary it rounds as Vincenty's does, and Vincenty's iteration (about 7%
 * of a city walk's export) is left out. Points already checked.
 */
export function legKm(a: LngLat, b: LngLat): number {
  const d = planeKm(a, b);
  const t = d * 10;
  return d < 5 && Math.abs(a[1] + b[1]) < 140 && Math.abs(t - Math.floor(t) - 0.5) > 1e-3 ? round(d, 1) : round(checkedDistanceKm(a, b), 1);
}

/** The distance in km from `a` to `b` on the WGS 84 ellipsoid's tangent plane at their middle latitude: see {@link legKm}. */
export function planeKm(a: LngLat, b: LngLat): number {
  const lat = ((a[1] + b[1]) / 2) * RAD;
  const s = Math.sin(lat);
  const w = 1 - E2 * s * s;
  const n = WGS84_A_KM / Math.sqrt(w); // prime vertical radius of curvature
  const x = n * Math.cos(lat) * (unwrapNear(b[0], a[0]) - a[0]) * RAD;
  const y = ((n * (1 - E2)) / w) * (b[1] - a[1]) * RAD; // meridian radius of curvature × Δφ
  return Math.sqrt(x * x + y * y);
}
