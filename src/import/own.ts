import type { FlatProperties } from '../geojson/flat';
import { NUMBER_COLUMNS, rowsFromXml, type XmlRows } from '../geojson/flat-rows';
import { fromGeoJSON } from '../geojson/from-geojson';
import { ItineraryError } from '../itinerary/index';
import type { Itinerary, LngLat } from '../itinerary/types';

/** Columns read from XML text, with the ones that hold numbers turned back into numbers. */
export function typedColumns(entries: Iterable<readonly [string, string]>): FlatProperties {
  const row: FlatProperties = {};
  for (const [k, v] of entries) row[k] = NUMBER_COLUMNS.includes(k) && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
  return row;
}

/** Where each row of the file came from: element paths of the itinerary, its stops and its legs. */
export interface Origins {
  trip: string;
  stops: string[];
  legs: string[];
  /** How the file names a column, before its name: `visitmap:` (default), or `ogr:visitmap_` in a GPX that GDAL re-saved. */
  column?: string;
}

/**
 * Rebuilds an itinerary that visitmap wrote into a GPX or KML file from its flat columns
 * (see `toGPX`, `toKML`), through `fromGeoJSON`, so both readers validate alike. Each
 * stop is at `points[i]`; problems are located at the element the value came from
 * (`gpx/wpt[2]/visitmap:arrive`).
 */
export function fromOwnRows(rows: XmlRows, points: LngLat[], origins: Origins): Itinerary {
  const column = origins.column ?? 'visitmap:';
  const features: unknown[] = [];
  const from: string[] = [];
  let stop = -1;
  let leg = -1;
  for (const p of rowsFromXml(rows)) {
    if (p.kind === 'stop') stop++;
    if (p.kind === 'leg') leg++;
    features.push({
      type: 'Feature',
      geometry: p.kind === 'leg' ? null : { type: 'Point', coordinates: points[stop] },
      properties: p,
    });
    from.push(p.kind === 'leg' ? origins.legs[leg]! : origins.stops[stop]!);
  }
  try {
    return fromGeoJSON({ type: 'FeatureCollection', features });
  } catch (error) {
    if (!(error instanceof ItineraryError)) throw error;
    throw new ItineraryError(
      error.issues.map((i) => {
        const m = /^features\[(\d+)\](?:\.properties\.?)?(.*)$/.exec(i.path);
        if (m) return { path: `${from[Number(m[1])]}${m[2] ? `/${column}${m[2]}` : ''}`, message: i.message };
        return { path: i.path.startsWith('visitmap.') ? `${origins.trip}/${column}${i.path.slice(9)}` : i.path, message: i.message };
      }),
    );
  }
}
