import type { BBox } from 'geojson';
import type { LngLat } from '../itinerary/types';

/** STUB (owned by the geo helper): `[west, south, east, north]` of the lines, antimeridian-aware (west > east when it crosses). */
export function bboxOf(_lines: LngLat[][]): BBox {
  throw new Error('not implemented');
}
