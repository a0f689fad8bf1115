import { bandBox } from '../geo/bbox';
import { densifier, unwrapNear } from '../geo/densify';
import { drawLeg } from '../geo/leg-geometry';
import { checkTolerance } from '../geo/tolerance';
import { NONE } from '../itinerary/checks';
import { localize } from '../itinerary/index';
import { isParsedItinerary, ItineraryError, run } from '../itinerary/parse';
import { quickStop } from '../itinerary/quick-stop';
import { inPlace } from '../itinerary/schema';
import type { DateCertainty, Itinerary, ItineraryJSON, LngLat, LocalizedText, Meeting, Precision, SourceRef, TravelMode } from '../itinerary/types';
import { legKm } from './leg-km';
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
 * itinerary, or the raw JSON) rather than copying them: clone it before mutating either. From
 * raw input, the empty lists it fills in (`meetings` and `source` a stop or leg leaves out)
 * are one frozen empty array, shared: they hold nothing, and a frozen array cannot be filled.
 *
 * @example
 * const fc = toGeoJSON(JSON.parse(text), { toleranceKm: 0.5 });
 * await writeFile('visit.geojson', JSON.stringify(fc));
 */
export function toGeoJSON(itinerary: Itinerary | ItineraryJSON, options: ToGeoJSONOptions = {}): ItineraryFeatureCollection {
  // The flat profile's old spelling (design.md's first contract) must not give the nested one.
  if ((options as { flat?: unknown }).flat) throw new TypeError('toGeoJSON: the flat profile is toFlatGeoJSON(itinerary, options)');
  const d = densifier(checkTolerance(options, 'toGeoJSON')); // this call's own buffers
  let it: Itinerary;
  let overrides: unknown[] | undefined;
  // Stop features first, in order, then the legs, in one list made at its final length at
  // once (growing it one feature at a time cost a tenth of the export).
  let features: (StopFeature | LegFeature)[];
  if (isParsedItinerary(itinerary)) {
    it = itinerary;
    const n = it.stops.length;
    features = new Array(2 * n - 1); // a parsed itinerary has a stop
    it.stops.forEach((s, i) => (features[i] = stopFeature(i, s.id, s.name, s.coordinates, s.precision, s.place, s.arrive, s.depart, s.dateCertainty, s.meetings, s.source, s.note)));
  } else {
    // Checked in place: each stop is exported into the list as soon as it is checked, and the
    // legs are exported from the input's overrides, with no Itinerary built in between.
    const [checked, issues, legs, out] = run(itinerary, inPlace(stopFeature, quickStop));
    if (issues.length) throw new ItineraryError(issues);
    it = checked;
    overrides = legs;
    features = out as StopFeature[];
  }
  const n = it.stops.length;

  // The bbox as the legs are drawn: each leg's longitudes run monotonically from stop to
  // stop (or it touches a pole, and the box spans every longitude), so the route's
  // unwrapped longitudes at the stops bound the band, and drawLeg reports the latitudes.
  let a = features[0]!.geometry.coordinates as LngLat;
  let lon = a[0]; // the route's unwrapped longitude at the current stop
  let west = lon;
  let east = lon;
  let south = a[1];
  let north = south;
  for (let j = 0; j + 1 < n; j++) {
    const from = (features[j] as StopFeature).id;
    const to = features[j + 1] as StopFeature;
    let mode: TravelMode;
    let source: SourceRef[];
    let note: string | undefined;
    if (overrides) {
      // The input's override of this leg (see parse's `leg`), else the default.
      const given = overrides[3 * j] as TravelMode | undefined;
      mode = given ?? 'unknown';
      source = given === undefined ? NONE : (overrides[3 * j + 1] as SourceRef[]);
      note = overrides[3 * j + 2] as string | undefined;
    } else {
      const leg = it.legs[j];
      // The parser guarantees legs[j] joins stops[j] and stops[j + 1]; check rather than trust.
      if (!leg || leg.from !== from || leg.to !== to.id) {
        throw new Error(`legs[${j}] does not join stops[${j}] and stops[${j + 1}]: was the itinerary changed after parsing?`);
      }
      ({ mode, source, note } = leg);
    }
    const b = to.geometry.coordinates as LngLat;
    const geometry = drawLeg(a, b, d);
    if (d.south < south) south = d.south;
    if (d.north > north) north = d.north;
    lon += unwrapNear(b[0], a[0]) - a[0];
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    const order = j + 1;
    const distanceKm = legKm(a, b);
    const stroke = MODE_COLORS[mode];
    const width = strokeWidth(mode);
    // One literal, in the file's order of members: one object of a fixed layout, nothing grown.
    const properties: LegProperties =
      note === undefined
        ? { kind: 'leg', from, to: to.id, order, mode, distanceKm, source, stroke, 'stroke-width': width, 'stroke-opacity': STROKE_OPACITY }
        : { kind: 'leg', from, to: to.id, order, mode, distanceKm, source, note, stroke, 'stroke-width': width, 'stroke-opacity': STROKE_OPACITY };
    features[n + j] = { type: 'Feature', geometry, properties };
    a = b;
  }

  return {
    type: 'FeatureCollection',
    // Wrapping can leave float noise (-175.19999999999993): round like the coordinates.
    bbox: bandBox(west, east - west, south, north).map((v) => round(v, 6)) as ItineraryFeatureCollection['bbox'],
    visitmap: meta(it),
    features,
  };
}

/** The Point feature of stop `i`, from its members. */
function stopFeature(
  i: number, id: string, name: LocalizedText, coordinates: LngLat, precision: Precision, place: string | undefined, arrive: string | undefined,
  depart: string | undefined, dateCertainty: DateCertainty | undefined, meetings: Meeting[], source: SourceRef[], note: string | undefined,
): StopFeature {
  const order = i + 1;
  const title = localize(name, 'en');
  const color = PRECISION_COLORS[precision];
  const symbol = String(order);
  let p: StopProperties;
  // The common shapes as one literal each, in the file's order of members (one object of a
  // fixed layout, nothing grown); any other member by member.
  if (place === undefined && note === undefined && arrive !== undefined && depart !== undefined && dateCertainty !== undefined) {
    p = { kind: 'stop', order, name, precision, arrive, depart, dateCertainty, meetings, source, title, 'marker-color': color, 'marker-symbol': symbol };
  } else if (place === undefined && note === undefined && depart === undefined && dateCertainty === undefined) {
    p =
      arrive === undefined
        ? { kind: 'stop', order, name, precision, meetings, source, title, 'marker-color': color, 'marker-symbol': symbol }
        : { kind: 'stop', order, name, precision, arrive, meetings, source, title, 'marker-color': color, 'marker-symbol': symbol };
  } else {
    p = { kind: 'stop', order, name, precision } as StopProperties;
    if (arrive !== undefined) p.arrive = arrive;
    if (depart !== undefined) p.depart = depart;
    if (dateCertainty !== undefined) p.dateCertainty = dateCertainty;
    if (place !== undefined) p.place = place;
    p.meetings = meetings;
    p.source = source;
    if (note !== undefined) p.note = note;
    p.title = title;
    p['marker-color'] = color;
    p['marker-symbol'] = symbol;
  }
  // The stop's own pair unless rounding changes it (the common case in real data).
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates: roundPoint(coordinates) }, properties: p };
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
