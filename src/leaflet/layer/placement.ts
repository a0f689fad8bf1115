import * as L from 'leaflet';
import { greatCirclePoints } from '../../geo/great-circle';
import { unwrapRoute } from '../../geo/unwrap';
import type { Itinerary, LngLat } from '../../itinerary/types';

/**
 * Where an itinerary is drawn on a Leaflet map: every leg and stop in the world copy
 * `unwrapRoute` chooses (issue 14), so the route is one line across ±180.
 */
export interface Placement {
  /** Each leg's points, `[lat, lng]`, longitudes continuous: a leg starts and ends at its stops' markers. */
  lines: L.LatLng[][];
  /** Per stop: the world copies its marker is shown in, in degrees (`[0]` for most; two for the start of a trip round the world). */
  copies: number[][];
  /** Per stop: the copy where its legs meet. */
  offsets: number[];
}

/** Places an itinerary's legs (great circles, or straight when `straight`) and stops in the world copies that keep the route continuous. */
export function placeRoute(itinerary: Itinerary, straight: boolean, toleranceKm: number): Placement {
  const stops: LngLat[] = itinerary.stops.map((s) => s.coordinates);
  // Legs join consecutive stops (parseItinerary makes one per pair).
  const legs = stops.slice(1).map((b, i) => (straight ? [stops[i]!, b] : greatCirclePoints(stops[i]!, b, { toleranceKm })));
  const route = unwrapRoute(stops, legs);
  return {
    lines: route.legs.map((leg) => leg.points.map((p) => L.latLng(p[1], p[0]))),
    copies: route.stops.map((s) => s.copies),
    offsets: route.stops.map((s) => s.offset),
  };
}

/** Of some world copies (degrees), the one that puts `lng` nearest `near`; ties go to `preferred`. */
export function nearestCopy(copies: readonly number[], lng: number, near: number, preferred: number): number {
  let best = preferred;
  for (const c of copies) if (Math.abs(lng + c - near) < Math.abs(lng + best - near)) best = c;
  return best;
}
