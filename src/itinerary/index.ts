export * from './types';
export { parseItinerary, validateItinerary, ItineraryError } from './parse';
export { localize, languagesOf } from './localize';
export { isSafeUrl } from './url';
