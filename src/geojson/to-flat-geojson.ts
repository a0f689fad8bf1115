import type { Itinerary, ItineraryJSON } from '../itinerary/types';
import { asItinerary } from './as-itinerary';
import { flatRows, type FlatFeature, type FlatFeatureCollection } from './flat';
import { toGeoJSON, type ToGeoJSONOptions } from './to-geojson';

/**
 * The flat profile of {@link toGeoJSON}, for tools that store tables (GeoPackage,
 * FlatGeobuf, Shapefile, CSV, spreadsheets): the same geometry and `bbox`, but only
 * scalar properties under names of at most 10 characters, texts in pieces of at most
 * 254 bytes, a Point row per meeting (at its stop), dates as ISO 8601 basic text
 * (`20231210T0930+0800`, which GDAL keeps as text) and a column per language. The
 * itinerary's id, title and time zone are on every row. The README lists the columns;
 * {@link fromGeoJSON} reads it back, also after a round trip through those formats.
 *
 * A separate function, so that `toGeoJSON` alone stays small in a bundle.
 *
 * @example
 * await writeFile('visit-flat.geojson', JSON.stringify(toFlatGeoJSON(itinerary)));
 * // ogr2ogr -f GPKG visit.gpkg visit-flat.geojson
 */
export function toFlatGeoJSON(itinerary: Itinerary | ItineraryJSON, options: ToGeoJSONOptions = {}): FlatFeatureCollection {
  const it = asItinerary(itinerary);
  const nested = toGeoJSON(it, options);
  const stops = nested.features.slice(0, it.stops.length);
  let stop = -1;
  let leg = it.stops.length;
  const features = flatRows(it).map((properties): FlatFeature => {
    if (properties.kind === 'stop') stop++;
    const geometry = (properties.kind === 'leg' ? nested.features[leg++]! : stops[stop]!).geometry;
    return { type: 'Feature', geometry, properties };
  });
  return { type: 'FeatureCollection', bbox: nested.bbox, features };
}
