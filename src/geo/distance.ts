import type { LngLat } from '../itinerary/types';

/** STUB (owned by the geo helper): distance in km on the WGS 84 ellipsoid, within 0.5% of the geodesic. */
export function distanceKm(_a: LngLat, _b: LngLat): number {
  throw new Error('not implemented');
}
