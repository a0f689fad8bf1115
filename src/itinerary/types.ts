/**
 * The itinerary model: what `parseItinerary` returns. Every optional field is
 * absent (never `undefined`) when the input did not give it; list fields are
 * always present (empty when the input had none), so two parses of equal input
 * are deeply equal and survive a GeoJSON round trip.
 */

/** A `[longitude, latitude]` pair in degrees, WGS 84. */
export type LngLat = [longitude: number, latitude: number];

/** A plain string, or a map of BCP 47 language tag to string: `{ en: 'Hangzhou', 'zh-Hans': '杭州' }`. */
export type LocalizedText = string | { readonly [languageTag: string]: string };

/** How exact a stop's point is: the venue itself, a district or port area, or only the city. */
export type Precision = 'venue' | 'district' | 'city';

/** Whether a date is stated by the source or inferred from it. */
export type DateCertainty = 'stated' | 'inferred';

/** How a leg is travelled. `unknown` when no source says. */
export type TravelMode = 'flight' | 'rail' | 'road' | 'sea' | 'unknown';

/** Every {@link Precision}, from the most exact to the least. */
export const PRECISIONS: readonly Precision[] = ['venue', 'district', 'city'];
/** Every {@link DateCertainty}. */
export const DATE_CERTAINTIES: readonly DateCertainty[] = ['stated', 'inferred'];
/** Every {@link TravelMode}. */
export const TRAVEL_MODES: readonly TravelMode[] = ['flight', 'rail', 'road', 'sea', 'unknown'];

/** A document that facts come from (a press release, a web page). */
export interface SourceDocument {
  /** Short id that {@link SourceRef.document} refers to. */
  id: string;
  /** The document's title, plain or per language. */
  title?: LocalizedText;
  /** Where the document can be read: `http:`, `https:`, `mailto:` (with an address) or relative; anything else is rejected by `parseItinerary`. */
  url?: string;
  /** Publication date, ISO 8601. */
  published?: string;
  /** Whether the document states its own date (`stated`) or the date is worked out (`inferred`, say how in `note`). */
  publishedCertainty?: DateCertainty;
  /** Who published the document (an organisation's name). */
  publisher?: string;
  /** Whether the document names its publisher (`stated`) or the publisher is worked out (`inferred`, say how in `note`). */
  publisherCertainty?: DateCertainty;
  /** What a reader should know about the document: how its date or publisher were worked out, what is missing. */
  note?: string;
}

/**
 * Where in a document a fact comes from. Paragraphs and sentences count from 1;
 * `range` is `[start, end)` in UTF-16 code units of the whole document text.
 */
export interface SourceRef {
  /** The {@link SourceDocument.id}; may be omitted when the itinerary has one document. */
  document?: string;
  /** The paragraph, counting from 1. */
  paragraph?: number;
  /** The sentence within the paragraph, counting from 1. */
  sentence?: number;
  /** The quoted span as `[start, end)` in UTF-16 code units of the whole document text. */
  range?: [start: number, end: number];
  /** The sentence itself: only for text the user supplied at run time (see `extractItinerary`). */
  text?: string;
  /** How confident an automatic extraction is, 0..1. */
  confidence?: number;
}

/** A person or an organisation taking part in a meeting. */
export interface Participant {
  /** The person's or organisation's name (required). */
  name: LocalizedText;
  /** Their role or title, e.g. `Minister of Trade`. */
  role?: LocalizedText;
  /** The organisation a person represents. */
  organisation?: LocalizedText;
  /** Whether this is a person or an organisation; absent when the source does not make it clear. */
  kind?: 'person' | 'organisation';
}

/** Something that happened at a stop: a meeting, a site visit, an event. */
export interface Meeting {
  /** Identifier, unique among all meetings of the itinerary (a duplicate is an error naming its first use). */
  id: string;
  /** What the meeting was, plain or per language (required). */
  title: LocalizedText;
  /** A meeting with people, a visit to a site, or an event attended; absent when not stated. */
  kind?: 'meeting' | 'visit' | 'event';
  /** ISO 8601 date or date-time. */
  date?: string;
  /** Whether {@link Meeting.date} is stated by the source or inferred; absent when not said. */
  dateCertainty?: DateCertainty;
  /** Who took part besides the traveller; `[]` when the input gives none. */
  with: Participant[];
  /** A short summary in our own words (never copied from the source). */
  summary?: LocalizedText;
  /** Link to the meeting's details: `http:`, `https:`, `mailto:` (with an address: `mailto:?subject=x` is refused) or relative. */
  url?: string;
  /** Subjects discussed, as short free-text tags; `[]` when none. */
  topics: string[];
  /** Where the facts about this meeting come from; one reference in the input becomes a list of one, `[]` when none. */
  source: SourceRef[];
  /** What is inferred or approximate, in words. */
  note?: string;
}

/** One stop of the itinerary, in visiting order. */
export interface Stop {
  /** Identifier, unique among the stops; legs refer to stops by it. */
  id: string;
  /** The place's name, plain or per language (required). */
  name: LocalizedText;
  /** The stop's point as `[longitude, latitude]` in degrees, WGS 84 (longitude -180..180, latitude -90..90). */
  coordinates: LngLat;
  /** How exact {@link Stop.coordinates} is. Default `'city'` when the input does not say. */
  precision: Precision;
  /** Stops sharing a `place` are one place visited more than once (default: the same coordinates). */
  place?: string;
  /** ISO 8601 date or date-time (a date-time without offset is local to the itinerary's time zone). */
  arrive?: string;
  /** When the traveller left, ISO 8601 date or date-time like `arrive`; must not be before `arrive`. */
  depart?: string;
  /** Whether `arrive`/`depart` are stated by the source or inferred; absent when not said. */
  dateCertainty?: DateCertainty;
  /** What happened at this stop, in order; `[]` when nothing is known. */
  meetings: Meeting[];
  /** Where the facts about this stop come from; `[]` when none. */
  source: SourceRef[];
  /** What is inferred or approximate about this stop, in words. */
  note?: string;
}

/** Travel between two consecutive stops. */
export interface Leg {
  /** The {@link Stop.id} the leg leaves from. */
  from: string;
  /** The {@link Stop.id} the leg arrives at: always the stop after `from`. */
  to: string;
  /** How the leg is travelled. Default `'unknown'`. */
  mode: TravelMode;
  /** Where the travel mode comes from; `[]` when none. */
  source: SourceRef[];
  /** What is inferred or approximate about this leg, in words. */
  note?: string;
}

/** A parsed, validated, normalised itinerary. */
export interface Itinerary {
  /** Identifier of the itinerary, e.g. a slug used in file names (required). */
  id: string;
  /** The trip's title, plain or per language (required). */
  title: LocalizedText;
  /** A longer description of the trip in our own words. */
  description?: LocalizedText;
  /** Who travels; absent when the itinerary does not name them. */
  traveller?: Participant;
  /** IANA time zone name, e.g. `Asia/Shanghai`. */
  timezone?: string;
  /** The documents the facts come from. */
  sources: SourceDocument[];
  /** The stops in visiting order; at least one. */
  stops: Stop[];
  /** One leg per pair of consecutive stops, in order (derived; `legs` in the input only overrides). */
  legs: Leg[];
}

/**
 * Itinerary JSON as written by hand or read from a file: the shape `parseItinerary`
 * checks, loosely typed (the parser accepts shorthand, such as a single source reference
 * for a list, and reports each problem with its path). What the exporters (`toGeoJSON`,
 * `toGPX`, …) and `summarize` take besides a parsed `Itinerary`: `toGeoJSON(42)` is a type
 * error; a value from `response.json()` (`any`) passes and is checked at run time.
 */
export interface ItineraryJSON {
  /** Identifier of the itinerary. */
  id: string;
  /** The trip's title, plain or per language. */
  title: LocalizedText;
  /** The stops in visiting order (see `Stop`). */
  stops: readonly object[];
  /** Legs, sources, time zone and the rest: see `Itinerary`. */
  [field: string]: unknown;
}

/** One problem found in the input, located by a path like `stops[2].coordinates[1]`. */
export interface Issue {
  /** Where the problem is, e.g. `stops[2].coordinates[1]`; `(root)` for the whole input. */
  path: string;
  /** What is wrong, in words. */
  message: string;
}
