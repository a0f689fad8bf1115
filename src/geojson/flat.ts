import type { BBox, Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Itinerary, LocalizedText } from '../itinerary/types';
import { legKm } from './leg-km';
import {
  basicDate,
  chunkColumn,
  chunks,
  type Column,
  FIRST_STOP_COLUMNS,
  languageColumn,
  LEG_COLUMNS,
  MEETING_COLUMNS,
  STOP_COLUMNS,
  TRIP_COLUMNS,
} from './flat-columns';
import { roundPoint } from './round';
import { FORMAT_VERSION } from './types';

/** A property of the flat profile: text or a number, never a list or an object. */
export type FlatValue = string | number;
/** The properties of a feature of the flat profile: scalar values under names of at most 10 characters. */
export type FlatProperties = Record<string, FlatValue>;
/** A feature of the flat profile: a stop or a meeting (a Point) or a leg (a line). */
export type FlatFeature = Feature<Point | LineString | MultiLineString, FlatProperties>;
/** What {@link toFlatGeoJSON} returns. */
export interface FlatFeatureCollection extends FeatureCollection<Point | LineString | MultiLineString, FlatProperties> {
  /** The same `bbox` as {@link toGeoJSON}'s. */
  bbox: BBox;
  /** Each stop followed by a row per meeting, then a row per leg. */
  features: FlatFeature[];
}

/** Every language tag of the texts that get a column per language, in order of first use. */
function languagesOf(it: Itinerary): string[] {
  const tags = new Set<string>();
  const add = (t: LocalizedText | undefined) => {
    if (t !== undefined && typeof t !== 'string') for (const k of Object.keys(t)) tags.add(k);
  };
  add(it.title);
  add(it.description);
  for (const s of it.stops) {
    add(s.name);
    for (const m of s.meetings) {
      add(m.title);
      add(m.summary);
    }
  }
  return [...tags];
}

/**
 * The rows of the flat profile, in order: each stop followed by a row per meeting, then
 * a row per leg. `pieces: false` keeps each text whole (for GPX and KML, which have no
 * length limit); by default a text over 254 bytes continues in `<column>~2`, ….
 */
export function flatRows(it: Itinerary, { pieces = true }: { pieces?: boolean } = {}): FlatProperties[] {
  const langs = languagesOf(it);
  const cut = pieces ? chunks : (text: string) => [text];
  const put = (p: FlatProperties, column: string, value: string) => cut(value).forEach((c, i) => (p[chunkColumn(column, i + 1)] = c));
  /** Writes `columns` of `from` into `p`; absent fields and empty lists are left out. */
  const fill = (p: FlatProperties, columns: readonly Column[], from: object): FlatProperties => {
    for (const [column, field, kind] of columns) {
      const value = (from as Record<string, unknown>)[field];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      if (kind === 'json') put(p, column, JSON.stringify(value));
      else if (kind === 'date') put(p, column, basicDate(value as string));
      else if (kind === 'text' || typeof value === 'string') put(p, column, value as string);
      else for (const [tag, v] of Object.entries(value as object)) cut(v).forEach((c, i) => (p[languageColumn(column, tag, langs, i + 1)] = c));
    }
    return p;
  };
  const row = (kind: string, order: number): FlatProperties => {
    const p = fill({ kind, order }, TRIP_COLUMNS, it);
    if (langs.length > 0) p.langs = langs.join(' ');
    return p;
  };

  const rows: FlatProperties[] = [];
  it.stops.forEach((s, i) => {
    const p = fill(row('stop', i + 1), STOP_COLUMNS, s);
    p.meetings = s.meetings.length;
    if (i === 0) {
      // The rest of the itinerary, once: on the first stop.
      fill(p, FIRST_STOP_COLUMNS, it);
      p.version = FORMAT_VERSION;
    }
    rows.push(p, ...s.meetings.map((m, j) => fill({ ...row('meeting', j + 1), stop: s.id }, MEETING_COLUMNS, m)));
  });
  it.legs.forEach((l, j) => {
    const p = fill(row('leg', j + 1), LEG_COLUMNS, l);
    // As toGeoJSON's `distanceKm`: between the points as exported (6 decimals).
    p.dist_km = legKm(roundPoint(it.stops[j]!.coordinates), roundPoint(it.stops[j + 1]!.coordinates));
    rows.push(p);
  });
  return rows;
}
