import { isParsedItinerary, parseItinerary } from '../itinerary/parse';
import type { Itinerary } from '../itinerary/types';

/**
 * The itinerary to export: one `parseItinerary` returned (`fromGeoJSON` returns those too)
 * is used as is; anything else (raw JSON, or a hand-built object) goes through
 * `parseItinerary`, whose `ItineraryError` passes through, so no export is ever drawn from
 * unchecked data.
 */
export function asItinerary(input: unknown): Itinerary {
  return isParsedItinerary(input) ? input : parseItinerary(input);
}
