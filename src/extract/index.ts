/**
 * visitmap/extract: drafts an itinerary from a visit announcement. DOM-free; the world
 * city list is loaded lazily on first use.
 * @packageDocumentation
 */
export { extractItinerary, extractWith, MAX_TEXT, type ExtractResult } from './extract-itinerary';
export { ExtractOptionError } from './errors';
export { loadGazetteer, Gazetteer } from './gazetteer';
export { splitSentences, type Sentence } from './segment';
export { findDates, findDuration, findPublished, type DateMention, type DateContext } from './dates';
export type { ExtractOptions, ExtractWarning, GazetteerEntry, PlaceInput, PlaceKind } from './types';
