import type { LineString, MultiLineString } from 'geojson';
import type { LngLat } from '../itinerary/types';

export interface LegGeometryOptions {
  /** Largest distance, in km, a straight segment may stray from the true great circle. Default 1. */
  toleranceKm?: number;
}

/**
 * STUB (owned by the geo helper). The great circle from `a` to `b`, densified adaptively,
 * with continuous (unwrapped) longitudes: a leg crossing the antimeridian goes past ±180
 * instead of jumping, as Leaflet wants for drawing. First and last points are `a` and `b`
 * (b's longitude shifted by 360 where the route crosses).
 */
export function greatCirclePoints(_a: LngLat, _b: LngLat, _options?: LegGeometryOptions): LngLat[] {
  throw new Error('not implemented');
}

/** STUB: cuts an unwrapped line exactly at ±180 into parts with longitudes in [-180, 180]. */
export function splitAntimeridian(_points: LngLat[]): LngLat[][] {
  throw new Error('not implemented');
}

/** STUB: the RFC 7946 geometry of a leg: a LineString, or a MultiLineString split at the antimeridian. */
export function legGeometry(_a: LngLat, _b: LngLat, _options?: LegGeometryOptions): LineString | MultiLineString {
  throw new Error('not implemented');
}
