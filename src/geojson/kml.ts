import type { Position } from 'geojson';
import { localize } from '../itinerary/index';
import { route } from '../itinerary/localize';
import type { Itinerary, ItineraryJSON, LocalizedText, Precision, TravelMode } from '../itinerary/types';
import { asItinerary } from './as-itinerary';
import { describeStop } from './describe';
import { escapeXml } from './escape-xml';
import { exportStrings, type LayerStrings } from './strings';
import { checkTolerance } from '../geo/tolerance';
import { flatRows, type FlatProperties } from './flat';
import { xmlRows } from './flat-rows';
import { round } from './round';
import { MODE_COLORS, PRECISION_COLORS, STROKE_OPACITY, strokeWidth } from './style';
import { instantOf, utcString } from './time';
import { legGeometryAt } from './leg-geometry-at';

/** Options of {@link toKML}. */
export interface ToKMLOptions {
  /** Language of names and descriptions, falling back as `localize` does. Default `'en'`. */
  language?: string;
  /** As for `toGeoJSON`: largest deviation from the great circle, km. Default `1`. */
  toleranceKm?: number;
  /**
   * The words visitmap writes itself, in the layer's table (names and notes come from the
   * data): `arrive` and `depart` ("Arrive {date}"), `inferred` and `with`, in a stop's
   * description; `stopsFolder` and `legsFolder`, the folders' names. The layer's other
   * words are ignored. Default: English. The CLI gives Chinese ones for `--language zh…`.
   */
  strings?: Partial<LayerStrings>;
}

const e = escapeXml;
/**
 * A description as KML wants it: KML 2.2 defines `<description>` as HTML (Google Earth
 * renders it in the balloon), so the text's `&`, `<` and `>` are escaped for HTML first (quotes
 * need it only in attributes), then the whole for XML. A reader that renders it shows the text,
 * `<script>` included, as text; one that shows it raw shows those three as entities.
 */
const html = (text: string) => e(text.replace(/[&<>]/g, (c) => (c == '&' ? '&amp;' : c == '<' ? '&lt;' : '&gt;')));

/** KML colours are `aabbggrr`. */
function kmlColor(hex: string, opacity = 1): string {
  const alpha = Math.round(opacity * 255).toString(16).padStart(2, '0');
  return `${alpha}${hex.slice(5, 7)}${hex.slice(3, 5)}${hex.slice(1, 3)}`;
}

const coordinates = (line: Position[]) => line.map(([lon, lat]) => `${round(lon!, 6)},${round(lat!, 6)}`).join(' ');

/**
 * A `<Schema>` for rows of flat columns, typed so that tools sort and filter them right:
 * `int` for whole numbers (`order`), `double` for other numbers (`dist_km`), else `string`.
 */
function schema(id: string, rows: FlatProperties[]): string {
  const types = new Map<string, string>();
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      if (k === 'kind') continue;
      const type = typeof v === 'string' ? 'string' : Number.isInteger(v) ? 'int' : 'double';
      const was = types.get(k);
      types.set(k, was === undefined || was === type ? type : was === 'string' || type === 'string' ? 'string' : 'double');
    }
  }
  const fields = [...types].map(([k, type]) => `<SimpleField type="${type}" name="${e(k)}"/>`).join('');
  return `<Schema name="${id}" id="${id}">${fields}</Schema>`;
}

/** A row's columns as typed `SchemaData` of schema `id`. */
const schemaData = (id: string, row: FlatProperties) =>
  `<ExtendedData><SchemaData schemaUrl="#${id}">${Object.entries(row)
    .filter(([k]) => k !== 'kind')
    .map(([k, v]) => `<SimpleData name="${e(k)}">${e(String(v))}</SimpleData>`)
    .join('')}</SchemaData></ExtendedData>`;

/**
 * KML 2.2 for Google Earth, QGIS and GDAL: a Placemark per stop (folder "Stops", or the
 * `strings.stopsFolder` option) and per leg (folder "Legs", `strings.legsFolder`: a LineString, or a MultiGeometry split at ±180), shared styles per
 * precision and per travel mode, `TimeSpan`/`TimeStamp` where dates are known (a departure alone is a `TimeSpan` with only its `end`). A stop's
 * description lists its meetings with their links. Every text is escaped, and a
 * description, which KML defines as HTML, is escaped for HTML as well; characters XML 1.0
 * forbids are dropped.
 *
 * The whole itinerary rides along as the columns of the flat profile, in each placemark's
 * typed `SchemaData` (`<Schema>` `visitmap-stop` and `visitmap-leg`: `order` is an `int`,
 * `dist_km` a `double`): a stop's and its meetings' (`m1_name`, `m1_url`, …), a leg's, and
 * the itinerary's on the first stop, where GDAL and QGIS keep them when they re-save the
 * file. `fromKML` in `visitmap/import` reads it back, re-saved or not.
 *
 * @example
 * await writeFile('visit.kml', toKML(itinerary, { language: 'zh-Hant' }));
 */
export function toKML(itinerary: Itinerary | ItineraryJSON, options: ToKMLOptions = {}): string {
  const it = asItinerary(itinerary);
  const { language = 'en' } = options;
  const toleranceKm = checkTolerance(options, 'toKML');
  const words = exportStrings(options, 'toKML');
  const rows = xmlRows(flatRows(it, { pieces: false }));
  const name = (t: LocalizedText) => localize(t, language);
  // A time as KML wants it: UTC where the instant is known, else as written (a date, or a
  // local time with its seconds, which xsd:dateTime requires: 09:00 → 09:00:00).
  const time = (v: string) => {
    const instant = instantOf(v, it.timezone);
    return instant === undefined ? (v.length === 16 ? `${v}:00` : v) : utcString(instant);
  };
  // A moment (only an arrival, or arrival and departure the same) is a TimeStamp. A stop
  // only left (or a leg from a stop without dates) is a TimeSpan with only its end: every
  // reader takes a TimeStamp for the arrival. A day alone after a time on that day (or on a
  // later one, once the time is in UTC) adds nothing a reader could place after the time: a
  // span to that day's midnight would end before it begins, so the time stands alone too.
  const when = (begin?: string, end?: string) =>
    begin !== undefined && (end === undefined || begin === end || (end.length == 10 && time(begin).slice(0, 10) >= end))
      ? `<TimeStamp><when>${e(time(begin))}</when></TimeStamp>`
      : end === undefined
        ? ''
        : `<TimeSpan>${begin === undefined ? '' : `<begin>${e(time(begin))}</begin>`}<end>${e(time(end))}</end></TimeSpan>`;

  const precisions = [...new Set(it.stops.map((s) => s.precision))].sort() as Precision[];
  const modes = [...new Set(it.legs.map((l) => l.mode))].sort() as TravelMode[];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    '<Document>',
    `<name>${e(name(it.title))}</name>`,
  ];
  if (it.description !== undefined) out.push(`<description>${html(name(it.description))}</description>`);
  for (const p of precisions) {
    out.push(
      `<Style id="stop-${p}"><IconStyle><color>${kmlColor(PRECISION_COLORS[p])}</color>` +
        '<Icon><href>http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png</href></Icon></IconStyle></Style>',
    );
  }
  for (const m of modes) {
    out.push(
      `<Style id="leg-${m}"><LineStyle><color>${kmlColor(MODE_COLORS[m], STROKE_OPACITY)}</color>` +
        `<width>${strokeWidth(m)}</width></LineStyle></Style>`,
    );
  }

  // The itinerary's columns ride on the first stop, as the flat profile's first-stop columns
  // do: GDAL (ogr2ogr, QGIS) keeps a placemark's SchemaData and drops the document's ExtendedData.
  const stops = rows.stops.map((row, i) => (i === 0 ? { ...row, ...rows.trip } : row));
  out.push(schema('visitmap-stop', stops));
  if (rows.legs.length > 0) out.push(schema('visitmap-leg', rows.legs));
  out.push(`<Folder><name>${e(words.stopsFolder)}</name>`);
  it.stops.forEach((s, i) => {
    const [lon, lat] = s.coordinates;
    out.push(
      `<Placemark><name>${e(name(s.name))}</name><description>${html(describeStop(s, language, words))}</description>` +
        `${when(s.arrive, s.depart)}<styleUrl>#stop-${s.precision}</styleUrl>` +
        schemaData('visitmap-stop', stops[i]!) +
        `<Point><coordinates>${round(lon, 6)},${round(lat, 6)}</coordinates></Point></Placemark>`,
    );
  });
  out.push('</Folder>');

  if (it.legs.length > 0) {
    out.push(`<Folder><name>${e(words.legsFolder)}</name>`);
    it.legs.forEach((leg, j) => {
      const from = it.stops[j]!;
      const to = it.stops[j + 1]!;
      const g = legGeometryAt(it, j, toleranceKm);
      const line = (part: Position[]) => `<LineString><tessellate>1</tessellate><coordinates>${coordinates(part)}</coordinates></LineString>`;
      const geometry = g.type === 'LineString' ? line(g.coordinates) : `<MultiGeometry>${g.coordinates.map(line).join('')}</MultiGeometry>`;
      out.push(
        `<Placemark><name>${e(route([name(from.name), name(to.name)]))}</name>` +
          `${when(from.depart ?? from.arrive, to.arrive ?? to.depart)}<styleUrl>#leg-${leg.mode}</styleUrl>` +
          schemaData('visitmap-leg', rows.legs[j]!) +
          `${geometry}</Placemark>`,
      );
    });
    out.push('</Folder>');
  }
  out.push('</Document>', '</kml>', '');
  return out.join('\n');
}
