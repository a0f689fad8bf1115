import type { LineString, MultiLineString } from 'geojson';
import { type Densifier, densifier } from '../geo/densify';
import { drawLeg } from '../geo/leg-geometry';
import type { Itinerary } from '../itinerary/types';
import { roundPoint } from './round';

/**
 * The geometry of leg `j`, between the (rounded) points of stops `j` and `j + 1`, as every
 * export draws it. Pass the export's own densifier (see `densifier`) rather than a tolerance
 * when drawing many legs: a tolerance makes a fresh one for this leg alone.
 */
export function legGeometryAt(it: Itinerary, j: number, tolerance: number | Densifier): LineString | MultiLineString {
  const leg = it.legs[j]!;
  const a = it.stops[j];
  const b = it.stops[j + 1];
  // The model guarantees legs[j] joins stops[j] and stops[j + 1]; check rather than trust.
  if (!a || !b || leg.from !== a.id || leg.to !== b.id) {
    throw new Error(`legs[${j}] does not join stops[${j}] and stops[${j + 1}]: was the itinerary changed after parsing?`);
  }
  // Parsed coordinates are already checked: straight to the drawing.
  return drawLeg(roundPoint(a.coordinates), roundPoint(b.coordinates), typeof tolerance == 'number' ? densifier(tolerance) : tolerance);
}
