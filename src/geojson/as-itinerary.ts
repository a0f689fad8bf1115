import { isParsedItinerary, parseItinerary } from '../itinerary/parse';
import type { Itinerary } from '../itinerary/types';

// Itineraries this module rebuilt itself (fromGeoJSON): trusted without a second pass.
const trusted = new WeakSet<object>();

/** Marks an itinerary built by our own code, so exporting it does not validate it twice. */
export function trust(itinerary: Itinerary): Itinerary {
  trusted.add(itinerary);
  return itinerary;
}

/**
 * The itinerary to export: one `parseItinerary` returned, or this module built, is used
 * as is; anything else (raw JSON, or a hand-built object) goes through `parseItinerary`,
 * whose `ItineraryError` passes through, so no export is ever drawn from unchecked data.
 */
export function asItinerary(input: unknown): Itinerary {
  if (isParsedItinerary(input) || (typeof input === 'object' && input !== null && trusted.has(input))) return input as Itinerary;
  return trust(parseItinerary(input));
}
