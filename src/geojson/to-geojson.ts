import { bandBox } from '../geo/bbox';
import { unwrapNear } from '../geo/densify';
import { distanceKm } from '../geo/distance';
import { drawn } from '../geo/leg-geometry';
import { checkTolerance } from '../geo/tolerance';
import { localize } from '../itinerary/index';
import type { Itinerary, LngLat } from '../itinerary/types';
import { asItinerary } from './as-itinerary';
import { legGeometryAt } from './leg-geometry-at';
import { round, roundPoint } from './round';
import { MODE_COLORS, PRECISION_COLORS, STROKE_OPACITY, strokeWidth } from './style';
import {
  FORMAT_VERSION,
  type ItineraryFeatureCollection,
  type ItineraryMeta,
  type LegFeature,
  type LegProperties,
  type StopFeature,
  type StopProperties,
} from './types';

export type {
  ItineraryFeatureCollection,
  ItineraryMeta,
  LegFeature,
  LegProperties,
  StopFeature,
  StopProperties,
} from './types';

/** Options of {@link toGeoJSON}. */
export interface ToGeoJSONOptions {
  /**
   * Largest distance, in km, that a drawn leg may stray from the true great circle:
   * smaller values give more vertices. Default `1`.
   */
  toleranceKm?: number;
}

/**
 * Turns an itinerary into one RFC 7946 FeatureCollection: a Point per stop (in order),
 * then a LineString per leg following the great circle (a MultiLineString split at
 * ±180 where it crosses the antimeridian). Itinerary-level data sits in the foreign
 * member `visitmap`; `bbox` is antimeridian-aware; coordinates have at most 6 decimals.
 * Stops and legs carry simplestyle hints (`marker-color`, `stroke`) so the file looks
 * right in any GeoJSON viewer.
 *
 * Raw input is parsed first (its `ItineraryError` passes through). The output is
 * deterministic and shares names, meetings and sources with the itinerary rather than
 * copying them: clone it before mutating either.
 *
 * @example
 * const fc = toGeoJSON(parseItinerary(json), { toleranceKm: 0.5 });
 * await writeFile('visit.geojson', JSON.stringify(fc));
 */
export function toGeoJSON(itinerary: Itinerary | unknown, options: ToGeoJSONOptions = {}): ItineraryFeatureCollection {
  const it = asItinerary(itinerary);
  const toleranceKm = checkTolerance(options, 'toGeoJSON');
  const { stops, legs } = it;
  const features: Array<StopFeature | LegFeature> = new Array(stops.length + legs.length);
  const points: LngLat[] = new Array(stops.length);

  for (let i = 0; i < stops.length; i++) {
    const s = stops[i]!;
    // The itinerary's own pair unless rounding changes it (the common case in real data).
    const point: LngLat = roundPoint(s.coordinates);
    points[i] = point;
    const p = { kind: 'stop', order: i + 1, name: s.name, precision: s.precision } as StopProperties;
    if (s.arrive !== undefined) p.arrive = s.arrive;
    if (s.depart !== undefined) p.depart = s.depart;
    if (s.dateCertainty !== undefined) p.dateCertainty = s.dateCertainty;
    if (s.place !== undefined) p.place = s.place;
    p.meetings = s.meetings;
    p.source = s.source;
    if (s.note !== undefined) p.note = s.note;
    p.title = localize(s.name, 'en');
    p['marker-color'] = PRECISION_COLORS[s.precision];
    p['marker-symbol'] = String(i + 1);
    features[i] = { type: 'Feature', id: s.id, geometry: { type: 'Point', coordinates: point }, properties: p };
  }

  // The bbox as the legs are drawn: each leg's longitudes run monotonically from stop to
  // stop (or it touches a pole, and the box spans every longitude), so the route's
  // unwrapped longitudes at the stops bound the band, and drawLeg reports the latitudes.
  const first = points[0]!;
  let lon = first[0]; // the route's unwrapped longitude at the current stop
  let west = lon;
  let east = lon;
  drawn.south = drawn.north = first[1];
  for (let j = 0; j < legs.length; j++) {
    const leg = legs[j]!;
    const a = points[j]!;
    const b = points[j + 1]!;
    const geometry = legGeometryAt(it, j, toleranceKm);
    lon += unwrapNear(b[0], a[0]) - a[0];
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    const p = {
      kind: 'leg',
      from: leg.from,
      to: leg.to,
      order: j + 1,
      mode: leg.mode,
      distanceKm: round(distanceKm(a, b), 1),
      source: leg.source,
    } as LegProperties;
    if (leg.note !== undefined) p.note = leg.note;
    p.stroke = MODE_COLORS[leg.mode];
    p['stroke-width'] = strokeWidth(leg.mode);
    p['stroke-opacity'] = STROKE_OPACITY;
    features[stops.length + j] = { type: 'Feature', geometry, properties: p };
  }

  return {
    type: 'FeatureCollection',
    // Wrapping can leave float noise (-175.19999999999993): round like the coordinates.
    bbox: bandBox(west, east - west, drawn.south, drawn.north).map((v) => round(v, 6)) as ItineraryFeatureCollection['bbox'],
    visitmap: meta(it),
    features,
  };
}

function meta(it: Itinerary): ItineraryMeta {
  const m = { version: FORMAT_VERSION, id: it.id, title: it.title } as ItineraryMeta;
  if (it.description !== undefined) m.description = it.description;
  if (it.traveller !== undefined) m.traveller = it.traveller;
  if (it.timezone !== undefined) m.timezone = it.timezone;
  // `sources` last, as it is the bulkiest: the readable fields stay at the top of the file.
  m.sources = it.sources;
  return m;
}
