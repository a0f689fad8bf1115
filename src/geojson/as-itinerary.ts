import { parseItinerary } from '../itinerary/index';
import type { Itinerary } from '../itinerary/types';

// Itineraries this module has parsed or rebuilt itself: trusted without a second pass.
const trusted = new WeakSet<object>();

/** Marks an itinerary built by our own parser, so exporting it does not validate it twice. */
export function trust(itinerary: Itinerary): Itinerary {
  trusted.add(itinerary);
  return itinerary;
}

/**
 * The itinerary to export: one this module has seen is used as is; anything else (raw
 * JSON, or a hand-built object) goes through `parseItinerary`, whose `ItineraryError`
 * passes through, so no export is ever drawn from unchecked data.
 */
export function asItinerary(input: unknown): Itinerary {
  if (typeof input === 'object' && input !== null && trusted.has(input)) return input as Itinerary;
  return trust(parseItinerary(input));
}
