import type { LineString, MultiLineString } from 'geojson';
import { legGeometry } from '../geo/index';
import type { Itinerary } from '../itinerary/types';
import { roundPoint } from './round';

/** Reads the `toleranceKm` option (default 1), refusing what would never finish or mean nothing. */
export function toleranceOption(toleranceKm: unknown = 1): number {
  if (typeof toleranceKm !== 'number' || !(toleranceKm > 0) || toleranceKm === Infinity) {
    throw new RangeError(`toleranceKm must be a positive number of kilometres, got ${String(toleranceKm)}`);
  }
  return toleranceKm;
}

/** The geometry of leg `j`, between the (rounded) points of stops `j` and `j + 1`, as every export draws it. */
export function legGeometryAt(it: Itinerary, j: number, toleranceKm: number): LineString | MultiLineString {
  const leg = it.legs[j]!;
  const a = it.stops[j];
  const b = it.stops[j + 1];
  // The model guarantees legs[j] joins stops[j] and stops[j + 1]; check rather than trust.
  if (!a || !b || leg.from !== a.id || leg.to !== b.id) {
    throw new Error(`legs[${j}] does not join stops[${j}] and stops[${j + 1}]: was the itinerary changed after parsing?`);
  }
  return legGeometry(roundPoint(a.coordinates), roundPoint(b.coordinates), { toleranceKm });
}
