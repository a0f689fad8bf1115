import { kml } from '@tmcw/togeojson';
import type { Feature, Geometry } from 'geojson';
import type { FlatProperties } from '../geojson/flat';
import { ItineraryError } from '../itinerary/index';
import type { Itinerary, LngLat } from '../itinerary/types';
import { draftItinerary, labelOf, nonBlank, type DraftLine, type DraftPoint, type ImportOptions, type ImportWarning } from './draft';
import { detailLines, htmlText } from './html-text';
import { fromOwnRows, typedColumns } from './own';
import { children, elementPath, parseXml } from './xml';

/**
 * A placemark's row of visitmap's flat columns, with its `kind`: the `SchemaData` of schema
 * `#visitmap-stop` or `#visitmap-leg`, or, in a file GDAL re-saved (which renames each
 * schema for its layer, `#Stops` or `#Stops.schema`), one holding a stop's columns on a
 * point or a leg's on a line.
 */
function ownRow(placemark: Element, geometry: Geometry | null): FlatProperties | undefined {
  for (const data of Array.from(placemark.getElementsByTagName('SchemaData'))) {
    const url = data.getAttribute('schemaUrl');
    const row = typedColumns(children(data, 'SimpleData').map((s) => [s.getAttribute('name') ?? '', s.textContent ?? ''] as const));
    const has = (...columns: string[]) => columns.every((c) => c in row);
    if (url === '#visitmap-stop' || (url !== '#visitmap-leg' && geometry?.type === 'Point' && has('order', 'id', 'precision'))) {
      // GDAL's KML driver makes a `name` column the placemark's <name> (a name in languages is `n_en`, …).
      const named = Object.keys(row).some((k) => k === 'name' || k.startsWith('n_'));
      return { ...row, ...(named ? {} : { name: children(placemark, 'name')[0]?.textContent ?? '' }), kind: 'stop' };
    }
    if (url === '#visitmap-leg' || (linesOf(geometry).length > 0 && has('order', 'from', 'to', 'mode'))) return { ...row, kind: 'leg' };
  }
  return undefined;
}

/** What a geometry that is not a point or a line is, in words. */
const AREAS: Readonly<Record<string, string>> = { Polygon: 'an area (a polygon)', MultiPolygon: 'areas (polygons)', GeometryCollection: 'areas (polygons)' };

/** Every point of a geometry (a Point, a MultiPoint, or points in a MultiGeometry). */
function pointsOf(g: Geometry | null): LngLat[] {
  if (!g) return [];
  if (g.type === 'Point') return [g.coordinates.slice(0, 2) as LngLat];
  if (g.type === 'MultiPoint') return g.coordinates.map((c) => [c[0]!, c[1]!]);
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(pointsOf);
  return [];
}

/** Every line of a geometry (a LineString, a MultiLineString, or lines in a collection). */
function linesOf(g: Geometry | null): LngLat[][] {
  if (!g) return [];
  if (g.type === 'LineString') return [g.coordinates.map((c) => [c[0]!, c[1]!])];
  if (g.type === 'MultiLineString') return g.coordinates.map((l) => l.map((c) => [c[0]!, c[1]!]));
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(linesOf);
  return [];
}

/**
 * Reads a KML 2.2 file into an itinerary.
 *
 * - A KML that visitmap wrote (`toKML`) comes back as the same itinerary: its data rides
 *   in each placemark's typed `SchemaData`. So does one that GDAL or QGIS re-saved
 *   (`ogr2ogr -f KML` or `-f LIBKML`), which renames the schemas and adds fields of its own.
 * - Any other KML (Google Earth, My Maps) gives a draft: placemarks with a point become
 *   stops in document order, through folders; paths give legs their mode where a `mode`
 *   or `type` field, or the path's name, names one (`Drive`, `Ferry to …`). A
 *   `TimeStamp` or `TimeSpan` is a `stated` date. Precision is `city`: a placemark does
 *   not say what it stands for. A MultiGeometry with one point is that point.
 * - A placemark's description (HTML made text), ExtendedData fields and folder names
 *   open its stop's note (`Description: …`, `Date: 2025-05-07`, `Folder: Day 1`); the
 *   document's description is the itinerary's.
 * - A placemark that gives no stop (an area, a MultiGeometry of several points, a path or
 *   a `gx:Track` when the file has points) is named in a warning to `options.onWarning`.
 *
 * Works in browsers (the platform's DOMParser) and in Node (`@xmldom/xmldom`).
 *
 * @throws ItineraryError located by line and column for XML that is not well-formed, and
 *   by element path for bad content (`kml/Document/Folder[1]/Placemark[2].coordinates[1]`).
 * @example
 * const draft = fromKML(await readFile('my-trip.kml', 'utf8'), { onWarning: (w) => console.warn(`${w.path}: ${w.message}`) });
 */
export function fromKML(text: string, options: ImportOptions = {}): Itinerary {
  const doc = parseXml(text, 'kml');
  const root = doc.documentElement;
  const placemarks = Array.from(root.getElementsByTagName('Placemark'));
  const features = kml(doc).features as Feature[];
  if (features.length !== placemarks.length) throw new ItineraryError([{ path: 'kml', message: 'could not read every placemark' }]);
  const document = children(root, 'Document')[0];

  const hasSchema = Array.from(root.getElementsByTagName('Schema')).some((s) => s.getAttribute('id') === 'visitmap-stop');
  const rows = placemarks.map((pm, i) => ownRow(pm, features[i]!.geometry));
  if (document && (hasSchema || (rows.some((r) => r?.kind === 'stop') && rows.every(Boolean)))) {
    // Files of earlier visitmap releases keep the itinerary's columns in the document's ExtendedData.
    const extended = children(document, 'ExtendedData')[0];
    const trip = typedColumns(
      (extended ? children(extended, 'Data') : []).map((d) => [d.getAttribute('name') ?? '', children(d, 'value')[0]?.textContent ?? ''] as const),
    );
    const stops: Array<[FlatProperties, LngLat, string]> = [];
    const legs: Array<[FlatProperties, string]> = [];
    placemarks.forEach((pm, i) => {
      const row = rows[i];
      const g = features[i]!.geometry;
      if (row?.kind === 'stop') stops.push([row, g?.type === 'Point' ? (g.coordinates.slice(0, 2) as LngLat) : [NaN, NaN], elementPath(pm)]);
      else if (row) legs.push([row, elementPath(pm)]);
    });
    return fromOwnRows(
      { trip, stops: stops.map((s) => s[0]), legs: legs.map((l) => l[0]) },
      stops.map((s) => s[1]),
      { trip: `${elementPath(document)}/ExtendedData`, stops: stops.map((s) => s[2]), legs: legs.map((l) => l[1]) },
    );
  }

  const points: DraftPoint[] = [];
  const lines: DraftLine[] = [];
  // Placemarks that give no stop, and why; those with lines only once it is known whether any placemark gives a point.
  const skipped: Array<[number, string]> = [];
  const lineOnly: number[] = [];
  features.forEach((f, i) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const pm = placemarks[i]!;
    // TimeStamp and TimeSpan in any namespace: Google Earth writes gx:TimeStamp and gx:TimeSpan too.
    const when = (parent: string, child: string) => nonBlank(children(pm, parent).flatMap((e) => children(e, child))[0]?.textContent);
    const found = pointsOf(f.geometry);
    if (found.length === 1) {
      const name = nonBlank(p.name);
      points.push({
        name,
        coordinates: found[0]!,
        time: gdalTime(p.timestamp) ?? when('TimeStamp', 'when') ?? nonBlank(p.timestamp) ?? when('TimeSpan', 'begin') ?? gdalTime(p.begin),
        until: when('TimeSpan', 'end') ?? gdalTime(p.end),
        certainty: 'stated',
        details: placemarkDetails(pm),
        path: elementPath(pm),
        label: labelOf('placemark', i, name),
      });
    } else if (found.length > 1) {
      skipped.push([i, `has ${found.length} points (a MultiGeometry), and which one is the stop is not clear: no stop made of it`]);
    } else {
      const own = linesOf(f.geometry);
      for (const line of own) lines.push({ name: nonBlank(p.name), type: nonBlank(p.mode) ?? nonBlank(p.type), coordinates: line });
      if (own.length > 0) lineOnly.push(i);
      else skipped.push([i, `${f.geometry ? `is ${AREAS[f.geometry.type] ?? `a ${f.geometry.type}`}, not a point` : unread(pm)}: no stop made of it`]);
    }
  });
  // Without any point the lines' ends are the stops; with points, a line gives at most the legs' mode.
  if (points.length > 0) {
    for (const i of lineOnly) skipped.push([i, "is a line (a path or a recorded track), not a point: no stop made of it (its name or type may give the legs' travel mode)"]);
  }
  // The warnings in document order: those of the stops' times by their placemark's place.
  const warnings: Array<[number, ImportWarning]> = skipped.map(([i, why]) => {
    const name = nonBlank(features[i]!.properties?.name);
    return [i, { path: elementPath(placemarks[i]!), message: `${labelOf('placemark', i, name)} ${why}`, skipped: true }];
  });
  const at = new Map(placemarks.map((pm, i) => [elementPath(pm), i]));
  const title = document ? children(document, 'name')[0]?.textContent ?? undefined : undefined;
  const about = document ? children(document, 'description')[0]?.textContent : undefined;
  try {
    return draftItinerary('KML', title, points, lines, about ? htmlText(about) || undefined : undefined, { onWarning: (w) => warnings.push([at.get(w.path) ?? Infinity, w]) });
  } finally {
    for (const [, w] of warnings.sort((a, b) => a[0] - b[0])) options.onWarning?.(w);
  }
}

/** Why a placemark without a geometry has none: coordinates that are not numbers (quoted), or none at all. */
function unread(pm: Element): string {
  const text = Array.from(pm.getElementsByTagName('*'))
    .filter((e) => e.localName === 'coordinates' || e.localName === 'coord')
    .map((e) => e.textContent?.trim())
    .find(Boolean);
  return text === undefined ? 'has no geometry' : `has coordinates ${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)} that are not longitude,latitude numbers`;
}

/**
 * What a placemark says in words besides its name: its description (as text, if HTML),
 * each field of its ExtendedData (`Data` by display name or name, `SimpleData` by name)
 * and the names of the folders it is in, as `Label: text` lines.
 */
function placemarkDetails(pm: Element): string[] {
  const data = children(pm, 'ExtendedData')[0];
  const fields = data
    ? [
        ...children(data, 'Data').map((d) => [children(d, 'displayName')[0]?.textContent?.trim() || d.getAttribute('name') || 'Data', children(d, 'value')[0]?.textContent] as const),
        ...children(data, 'SchemaData').flatMap((sd) => children(sd, 'SimpleData').map((d) => [d.getAttribute('name') || 'Data', d.textContent] as const)),
      ]
    : [];
  const folders: string[] = [];
  for (let e = pm.parentNode as Element | null; e && e.nodeType === 1; e = e.parentNode as Element | null) {
    const name = e.localName === 'Folder' ? children(e, 'name')[0]?.textContent?.trim() : undefined;
    if (name) folders.unshift(name);
  }
  const description = children(pm, 'description')[0]?.textContent;
  return detailLines([['Description', description && htmlText(description)], ...fields, ['Folder', folders.join(' / ')]]);
}

/**
 * GDAL's KML driver (`ogr2ogr -f KML`) writes a placemark's times as fields `timestamp`,
 * `begin` and `end` in its own form (`2025/05/02 21:00:00+00`, `2025/05/15`): as ISO 8601,
 * or undefined for any other text.
 */
function gdalTime(v: unknown): string | undefined {
  const m = typeof v === 'string' ? /^(\d{4})\/(\d\d)\/(\d\d)(?: (\d\d:\d\d:\d\d(?:\.\d+)?)([+-]\d\d)?:?(\d\d)?)?$/.exec(v.trim()) : null;
  if (!m) return undefined;
  const [, y, mo, d, time, zone, minutes] = m;
  return `${y}-${mo}-${d}${time === undefined ? '' : `T${time}${zone === undefined ? '' : `${zone}:${minutes ?? '00'}`}`}`;
}
