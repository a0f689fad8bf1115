import type { BBox, Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { LocalizedText, Meeting, Stop } from '../itinerary/types';
import { basicDate, chunkColumn, chunks, languageColumn } from './flat-columns';
import type { ItineraryFeatureCollection, LegProperties, StopProperties } from './types';

/** A property of the flat profile: text or a number, never a list or an object. */
export type FlatValue = string | number;
/** The properties of a feature of the flat profile: scalar values under names of at most 10 characters. */
export type FlatProperties = Record<string, FlatValue>;
/** A feature of the flat profile: a stop or a meeting (a Point) or a leg (a line). */
export type FlatFeature = Feature<Point | LineString | MultiLineString, FlatProperties>;
/** What `toGeoJSON(itinerary, { flat: true })` returns. */
export interface FlatFeatureCollection extends FeatureCollection<Point | LineString | MultiLineString, FlatProperties> {
  bbox: BBox;
  features: FlatFeature[];
}

/** Every language tag of the texts that get a column per language, in order of first use. */
function languagesOf(fc: ItineraryFeatureCollection): string[] {
  const tags = new Set<string>();
  const add = (t: LocalizedText | undefined) => {
    if (t !== undefined && typeof t !== 'string') for (const k of Object.keys(t)) tags.add(k);
  };
  add(fc.visitmap.title);
  add(fc.visitmap.description);
  for (const f of fc.features) {
    if (f.properties.kind !== 'stop') continue;
    add(f.properties.name);
    for (const m of f.properties.meetings) {
      add(m.title);
      add(m.summary);
    }
  }
  return [...tags];
}

/**
 * Rewrites a collection from `toGeoJSON` in the flat profile, for tools that store
 * tables (GeoPackage, FlatGeobuf, Shapefile, CSV, spreadsheets): scalar properties only,
 * under names of at most 10 characters; one row per meeting; dates in ISO 8601 basic form;
 * a column per language. The README lists the columns; `fromGeoJSON` reads it back.
 */
export function flatten(fc: ItineraryFeatureCollection, { pieces = true }: { pieces?: boolean } = {}): FlatFeatureCollection {
  const meta = fc.visitmap;
  const langs = languagesOf(fc);
  // Formats without a length limit (GPX and KML extensions) keep each text whole.
  const cut = pieces ? chunks : (text: string) => [text];
  const put = (p: FlatProperties, column: string, value: FlatValue | undefined) => {
    if (typeof value === 'number') p[column] = value;
    else if (value !== undefined) cut(value).forEach((c, i) => (p[chunkColumn(column, i + 1)] = c));
  };
  const text = (p: FlatProperties, plain: string, value: LocalizedText | undefined) => {
    if (value === undefined || typeof value === 'string') return put(p, plain, value);
    for (const [tag, v] of Object.entries(value)) {
      cut(v).forEach((c, i) => (p[languageColumn(plain, tag, langs, i + 1)] = c));
    }
  };
  // Lists and objects below the row's level (sources, participants, topics) as JSON text; empty ones are left out.
  const json = (p: FlatProperties, column: string, value: unknown) => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) put(p, column, JSON.stringify(value));
  };
  const common = (kind: string, order: number): FlatProperties => {
    const p: FlatProperties = { kind, order, trip_id: meta.id };
    text(p, 'trip', meta.title);
    put(p, 'tz', meta.timezone);
    if (langs.length > 0) p.langs = langs.join(' ');
    return p;
  };

  const features: FlatFeature[] = [];
  let first = true;
  for (const f of fc.features) {
    if (f.properties.kind === 'leg') {
      const l = f.properties as LegProperties;
      const p = common('leg', l.order);
      put(p, 'from', l.from);
      put(p, 'to', l.to);
      put(p, 'mode', l.mode);
      p.dist_km = l.distanceKm;
      json(p, 'src', l.source);
      put(p, 'note', l.note);
      features.push({ type: 'Feature', geometry: f.geometry, properties: p });
      continue;
    }
    const s = f.properties as StopProperties;
    const p = common('stop', s.order);
    put(p, 'id', f.id as Stop['id']);
    text(p, 'name', s.name);
    put(p, 'precision', s.precision);
    put(p, 'place', s.place);
    put(p, 'arrive', s.arrive === undefined ? undefined : basicDate(s.arrive));
    put(p, 'depart', s.depart === undefined ? undefined : basicDate(s.depart));
    put(p, 'datecert', s.dateCertainty);
    p.meetings = s.meetings.length;
    json(p, 'src', s.source);
    put(p, 'note', s.note);
    if (first) {
      // The rest of the itinerary, once: on the first stop.
      text(p, 'desc', meta.description);
      json(p, 'travlr', meta.traveller);
      json(p, 'sources', meta.sources);
      p.version = meta.version;
      first = false;
    }
    features.push({ type: 'Feature', geometry: f.geometry, properties: p });
    s.meetings.forEach((m, j) => features.push({ type: 'Feature', geometry: f.geometry, properties: meetingRow(m, j + 1, f.id as string) }));
  }
  return { type: 'FeatureCollection', bbox: fc.bbox, features };

  function meetingRow(m: Meeting, order: number, stop: string): FlatProperties {
    const p = common('meeting', order);
    put(p, 'stop', stop);
    put(p, 'id', m.id);
    text(p, 'name', m.title);
    put(p, 'mkind', m.kind);
    put(p, 'date', m.date === undefined ? undefined : basicDate(m.date));
    put(p, 'datecert', m.dateCertainty);
    json(p, 'with', m.with);
    text(p, 'summary', m.summary);
    put(p, 'url', m.url);
    json(p, 'topics', m.topics);
    json(p, 'src', m.source);
    put(p, 'note', m.note);
    return p;
  }
}
