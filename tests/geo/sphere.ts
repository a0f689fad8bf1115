// Independent spherical checks for the geometry tests: plain vector maths on the sphere
// of mean radius, written apart from src/geo so that the tests do not grade their own homework.
import type { LngLat } from '../../src/itinerary/types';
import fc from 'fast-check';

export const R = 6371.0088;
const rad = Math.PI / 180;
type V = [number, number, number];

export function unit([lon, lat]: readonly number[]): V {
  const c = Math.cos(lat! * rad);
  return [c * Math.cos(lon! * rad), c * Math.sin(lon! * rad), Math.sin(lat! * rad)];
}
export const dot = (u: V, v: V): number => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
export const cross = (u: V, v: V): V => [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
export const norm = (u: V): number => Math.hypot(u[0], u[1], u[2]);

/** Great-circle distance in km on the sphere. */
export function arcKm(a: readonly number[], b: readonly number[]): number {
  const A = unit(a);
  const B = unit(b);
  return R * Math.atan2(norm(cross(A, B)), dot(A, B));
}

/** |A × B|: how far from the same or opposite point a and b are (0 when the circle is not unique). */
export const uniqueness = (a: LngLat, b: LngLat): number => norm(cross(unit(a), unit(b)));

/** Distance in km from p to the great circle through a and b (the whole circle). */
export function crossTrackKm(p: readonly number[], a: LngLat, b: LngLat): number {
  const n = cross(unit(a), unit(b));
  const s = dot(unit(p), n) / norm(n);
  return R * Math.abs(Math.asin(Math.max(-1, Math.min(1, s))));
}

/** Latitude where the great circle through a and b meets the 180° meridian (between them). */
export function latitudeAt180(a: LngLat, b: LngLat): number {
  const A = unit(a);
  const B = unit(b);
  const n = cross(A, B);
  // Points of the circle with y = 0 and x < 0 (longitude 180): d = n × (0, 1, 0), either sign.
  let d: V = [-n[2], 0, n[0]];
  if (d[0] > 0) d = [-d[0], 0, -d[2]];
  return Math.atan2(d[2], -d[0]) / rad;
}

/** A point anywhere: longitudes in [-180, 180], latitudes in [-90, 90], edges included (fast-check favours them). */
export const lngLat = (): fc.Arbitrary<LngLat> =>
  fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })).map(([lon, lat]) => [lon === 0 ? 0 : lon, lat === 0 ? 0 : lat] as LngLat);

/** The positions of a LineString or MultiLineString, part by part. */
export const partsOf = (g: { type: string; coordinates: unknown }): number[][][] =>
  (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as number[][][];

/** A small seeded PRNG (mulberry32, the bench's) for fixed sets of legs. */
export { random as seeded } from '../../bench/synthetic.mjs';
