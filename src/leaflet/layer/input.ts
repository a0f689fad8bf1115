import type { ItineraryFeatureCollection } from '../../geojson/to-geojson';
import { isParsedItinerary, parseItinerary } from '../../itinerary/parse';
import type { Itinerary, ItineraryJSON } from '../../itinerary/types';

/**
 * What {@link ItineraryLayer} accepts: itinerary JSON, a parsed itinerary, or a visitmap
 * GeoJSON export (read with the `fromGeoJSON` option). `itineraryLayer(42)` is a type
 * error; a value from `response.json()` (`any`) passes and is checked at run time.
 */
export type ItineraryInput = ItineraryJSON | Itinerary | ItineraryFeatureCollection;

/**
 * Normalises the accepted inputs; invalid data throws the core's `ItineraryError`, and
 * GeoJSON without a reader a `TypeError` saying what to pass instead. What `parseItinerary`
 * returned is used as it is, not checked again (a page can parse in a task of its own:
 * that is most of making a 5,000-stop layer).
 */
export function toItinerary(data: ItineraryInput, fromGeoJSON: ((fc: ItineraryFeatureCollection) => Itinerary) | null): Itinerary {
  if ((data as { type?: unknown } | null)?.type === 'FeatureCollection') {
    if (!fromGeoJSON) {
      throw new TypeError("ItineraryLayer: the data is GeoJSON: pass fromGeoJSON(data) (import { fromGeoJSON } from 'visitmap'), or the option { fromGeoJSON }");
    }
    return fromGeoJSON(data as ItineraryFeatureCollection);
  }
  return isParsedItinerary(data) ? data : parseItinerary(data);
}
