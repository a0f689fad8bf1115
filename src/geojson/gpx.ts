import type { Position } from 'geojson';
import { isSafeUrl, localize } from '../itinerary/index';
import { route } from '../itinerary/localize';
import type { Itinerary, ItineraryJSON } from '../itinerary/types';
import { asItinerary } from './as-itinerary';
import { describeStop } from './describe';
import { escapeXml } from './escape-xml';
import { exportStrings, type LayerStrings } from './strings';
import { checkTolerance } from '../geo/tolerance';
import { flatRows, type FlatProperties } from './flat';
import { VISITMAP_XMLNS, xmlRows } from './flat-rows';
import { round } from './round';
import { instantOf, utcString } from './time';
import { legGeometryAt } from './leg-geometry-at';

/** Options of {@link toGPX}. */
export interface ToGPXOptions {
  /** Language of names and descriptions, falling back as `localize` does. Default `'en'`. */
  language?: string;
  /**
   * How legs are written. `'track'` (default): one `trk` with a segment per leg following
   * the great circle (split at ±180). `'route'`: one `rte` through the stops, for devices
   * that plan their own way between points.
   */
  legs?: 'track' | 'route';
  /** As for `toGeoJSON`: largest deviation from the great circle, km. Default `1`. */
  toleranceKm?: number;
  /**
   * The words visitmap writes itself, in the layer's table (names and notes come from the
   * data): `arrive` and `depart` ("Arrive {date}"), `inferred` and `with`, in a stop's
   * description. The layer's other words are ignored. Default: English. The CLI gives
   * Chinese ones for `--language zh…`.
   */
  strings?: Partial<LayerStrings>;
}

const e = escapeXml;
// gpx.xsd's longitudeType excludes 180: a track that ends a part there (split at the
// antimeridian) ends 0.1 m short of it; -180 would draw the part across the whole map.
const latLon = ([lon, lat]: Position) => `lat="${round(lat!, 6)}" lon="${Math.min(round(lon!, 6), 179.999999)}"`;
const tag = (name: string, text: string | undefined) => (text ? `<${name}>${e(text)}</${name}>` : '');
/** A row of flat columns as `<visitmap:column>` elements (the column names are XML names). */
const extensions = (row: FlatProperties, skip: ReadonlySet<string> = NONE) =>
  `<extensions>${Object.entries(row)
    .filter(([k]) => !skip.has(k))
    .map(([k, v]) => `<visitmap:${k}>${e(String(v))}</visitmap:${k}>`)
    .join('')}</extensions>`;
const NONE: ReadonlySet<string> = new Set();
const KIND: ReadonlySet<string> = new Set(['kind']);

/**
 * GPX 1.1: a waypoint per stop (name, a description with its dates and meetings, `time`
 * where a date-time is known, links to meeting pages) and the legs as a track each (its
 * mode in `<type>`) or as one route. Every text is escaped; characters XML 1.0 forbids
 * are dropped. GPX times are UTC, so a wall-clock time is converted with the itinerary's
 * time zone and left out without one.
 *
 * The whole itinerary rides along in `<extensions>` under the visitmap namespace, as the
 * columns of the flat profile (`fromGPX` in `visitmap/import` reads it back): a stop's and
 * its meetings' (`m1_name`, `m1_url`, …) in its waypoint, the itinerary's in the first
 * waypoint too (GDAL and QGIS keep a waypoint's extensions when they re-save the file, and
 * drop the metadata's), a leg's (`from`, `to`, `mode`, `dist_km`) in its track, or in the
 * route point it arrives at.
 *
 * @example
 * await writeFile('visit.gpx', toGPX(itinerary, { language: 'zh-Hans' }));
 */
export function toGPX(itinerary: Itinerary | ItineraryJSON, options: ToGPXOptions = {}): string {
  const it = asItinerary(itinerary);
  const { language = 'en', legs = 'track' } = options;
  const toleranceKm = checkTolerance(options, 'toGPX');
  const words = exportStrings(options, 'toGPX');
  const rows = xmlRows(flatRows(it, { pieces: false }));
  const name = (t: Parameters<typeof localize>[0]) => localize(t, language);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="visitmap" xmlns="http://www.topografix.com/GPX/1/1" ' +
      `xmlns:visitmap="${VISITMAP_XMLNS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      'xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">',
    `<metadata>${tag('name', name(it.title))}${tag('desc', it.description && name(it.description))}</metadata>`,
  ];
  it.stops.forEach((s, i) => {
    const when = s.arrive ?? s.depart;
    const instant = when === undefined ? undefined : instantOf(when, it.timezone);
    const links = s.meetings
      .filter((m) => m.url !== undefined && isSafeUrl(m.url))
      .map((m) => `<link href="${e(m.url!)}"><text>${e(name(m.title))}</text></link>`)
      .join('');
    out.push(
      `<wpt ${latLon(s.coordinates)}>${instant === undefined ? '' : `<time>${utcString(instant)}</time>`}` +
        `${tag('name', name(s.name))}${tag('desc', describeStop(s, language, words))}${links}<type>${s.precision}</type>` +
        // The itinerary's columns ride on the first waypoint, as in KML: GDAL (ogr2ogr, QGIS) keeps a
        // waypoint's extensions (as `<ogr:visitmap_id>`, …) and drops the metadata's. A stop at
        // longitude 180 says so, as the waypoint cannot (see latLon).
        `${extensions({ ...rows.stops[i]!, ...(i ? {} : rows.trip), ...(s.coordinates[0] === 180 ? { lon: 180 } : {}) }, KIND)}</wpt>`,
    );
  });
  if (it.legs.length > 0 && legs === 'route') {
    out.push(`<rte>${tag('name', name(it.title))}`);
    it.stops.forEach((s, i) => {
      const leg = i === 0 ? '' : extensions(rows.legs[i - 1]!, KIND);
      out.push(`<rtept ${latLon(s.coordinates)}>${tag('name', name(s.name))}${leg}</rtept>`);
    });
    out.push('</rte>');
  } else {
    it.legs.forEach((leg, j) => {
      const g = legGeometryAt(it, j, toleranceKm);
      const title = route([name(it.stops[j]!.name), name(it.stops[j + 1]!.name)]);
      out.push(`<trk>${tag('name', title)}<type>${leg.mode}</type>${extensions(rows.legs[j]!, KIND)}`);
      for (const part of g.type === 'LineString' ? [g.coordinates] : g.coordinates) {
        out.push(`<trkseg>${part.map((p) => `<trkpt ${latLon(p)}/>`).join('')}</trkseg>`);
      }
      out.push('</trk>');
    });
  }
  out.push('</gpx>', '');
  return out.join('\n');
}
