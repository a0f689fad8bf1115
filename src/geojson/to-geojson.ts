import { bandBox } from '../geo/bbox';
import { densifier, unwrapNear } from '../geo/densify';
import { checkedDistanceKm } from '../geo/distance';
import { drawLeg } from '../geo/leg-geometry';
import { checkTolerance } from '../geo/tolerance';
import { localize } from '../itinerary/index';
import { isParsedItinerary, ItineraryError, run } from '../itinerary/parse';
import type { Itinerary, LngLat, Stop } from '../itinerary/types';
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
 * Raw input (parsed JSON) is validated in place as it is exported, in one pass: it throws
 * the same `ItineraryError` as `parseItinerary`, and gives the same output as
 * `toGeoJSON(parseItinerary(input))`, faster and with less memory. The output is
 * deterministic and shares names, meetings, sources and coordinate pairs with its input (the
 * itinerary, or the raw JSON) rather than copying them: clone it before mutating either.
 *
 * @example
 * const fc = toGeoJSON(JSON.parse(text), { toleranceKm: 0.5 });
 * await writeFile('visit.geojson', JSON.stringify(fc));
 */
export function toGeoJSON(itinerary: Itinerary | unknown, options: ToGeoJSONOptions = {}): ItineraryFeatureCollection {
  const d = densifier(checkTolerance(options, 'toGeoJSON')); // this call's own buffers
  const features: Array<StopFeature | LegFeature> = [];
  const points: LngLat[] = [];
  const ids: string[] = [];

  const addStop = (s: Stop, i: number): void => {
    // The stop's own pair unless rounding changes it (the common case in real data).
    const point: LngLat = roundPoint(s.coordinates);
    points[i] = point;
    ids[i] = s.id;
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
    features.push({ type: 'Feature', id: s.id, geometry: { type: 'Point', coordinates: point }, properties: p });
  };

  let it: Itinerary;
  if (isParsedItinerary(itinerary)) {
    it = itinerary;
    it.stops.forEach(addStop);
  } else {
    // Checked in place: each stop is exported as soon as it is checked.
    const [checked, issues] = run(itinerary, addStop);
    if (issues.length) throw new ItineraryError(issues);
    it = checked;
  }
  const legs = it.legs;

  // The bbox as the legs are drawn: each leg's longitudes run monotonically from stop to
  // stop (or it touches a pole, and the box spans every longitude), so the route's
  // unwrapped longitudes at the stops bound the band, and drawLeg reports the latitudes.
  const first = points[0]!;
  let lon = first[0]; // the route's unwrapped longitude at the current stop
  let west = lon;
  let east = lon;
  let south = first[1];
  let north = south;
  for (let j = 0; j < legs.length; j++) {
    const leg = legs[j]!;
    // The parser guarantees legs[j] joins stops[j] and stops[j + 1]; check rather than trust.
    if (leg.from !== ids[j] || leg.to !== ids[j + 1]) {
      throw new Error(`legs[${j}] does not join stops[${j}] and stops[${j + 1}]: was the itinerary changed after parsing?`);
    }
    const a = points[j]!;
    const b = points[j + 1]!;
    const geometry = drawLeg(a, b, d);
    if (d.south < south) south = d.south;
    if (d.north > north) north = d.north;
    lon += unwrapNear(b[0], a[0]) - a[0];
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    const p = {
      kind: 'leg',
      from: leg.from,
      to: leg.to,
      order: j + 1,
      mode: leg.mode,
      distanceKm: round(checkedDistanceKm(a, b), 1),
      source: leg.source,
    } as LegProperties;
    if (leg.note !== undefined) p.note = leg.note;
    p.stroke = MODE_COLORS[leg.mode];
    p['stroke-width'] = strokeWidth(leg.mode);
    p['stroke-opacity'] = STROKE_OPACITY;
    features.push({ type: 'Feature', geometry, properties: p });
  }

  return {
    type: 'FeatureCollection',
    // Wrapping can leave float noise (-175.19999999999993): round like the coordinates.
    bbox: bandBox(west, east - west, south, north).map((v) => round(v, 6)) as ItineraryFeatureCollection['bbox'],
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
