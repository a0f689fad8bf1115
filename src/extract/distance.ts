import type { LngLat } from '../itinerary/types';

/**
 * Great-circle distance in kilometres on a sphere of radius 6371 km (haversine): enough
 * to weigh "which Paris is near the other places", and it keeps the extract bundle free
 * of the geodesic code.
 */
export function distanceKm(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
