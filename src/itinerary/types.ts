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

export const PRECISIONS: readonly Precision[] = ['venue', 'district', 'city'];
export const DATE_CERTAINTIES: readonly DateCertainty[] = ['stated', 'inferred'];
export const TRAVEL_MODES: readonly TravelMode[] = ['flight', 'rail', 'road', 'sea', 'unknown'];

/** A document that facts come from (a press release, a web page). */
export interface SourceDocument {
  /** Short id that {@link SourceRef.document} refers to. */
  id: string;
  title?: LocalizedText;
  url?: string;
  /** Publication date, ISO 8601. */
  published?: string;
  publisher?: string;
}

/**
 * Where in a document a fact comes from. Paragraphs and sentences count from 1;
 * `range` is `[start, end)` in UTF-16 code units of the whole document text.
 */
export interface SourceRef {
  /** The {@link SourceDocument.id}; may be omitted when the itinerary has one document. */
  document?: string;
  paragraph?: number;
  sentence?: number;
  range?: [start: number, end: number];
  /** The sentence itself: only for text the user supplied at run time (see `extractItinerary`). */
  text?: string;
  /** How confident an automatic extraction is, 0..1. */
  confidence?: number;
}

/** A person or an organisation taking part in a meeting. */
export interface Participant {
  name: LocalizedText;
  role?: LocalizedText;
  organisation?: LocalizedText;
  kind?: 'person' | 'organisation';
}

/** Something that happened at a stop: a meeting, a site visit, an event. */
export interface Meeting {
  id: string;
  title: LocalizedText;
  kind?: 'meeting' | 'visit' | 'event';
  /** ISO 8601 date or date-time. */
  date?: string;
  dateCertainty?: DateCertainty;
  with: Participant[];
  summary?: LocalizedText;
  /** Link to the meeting's details: `http:`, `https:`, `mailto:` or relative. */
  url?: string;
  topics: string[];
  source: SourceRef[];
  /** What is inferred or approximate, in words. */
  note?: string;
}

/** One stop of the itinerary, in visiting order. */
export interface Stop {
  id: string;
  name: LocalizedText;
  coordinates: LngLat;
  precision: Precision;
  /** Stops sharing a `place` are one place visited more than once (default: the same coordinates). */
  place?: string;
  /** ISO 8601 date or date-time (a date-time without offset is local to the itinerary's time zone). */
  arrive?: string;
  depart?: string;
  dateCertainty?: DateCertainty;
  meetings: Meeting[];
  source: SourceRef[];
  note?: string;
}

/** Travel between two consecutive stops. */
export interface Leg {
  from: string;
  to: string;
  mode: TravelMode;
  source: SourceRef[];
  note?: string;
}

/** A parsed, validated, normalised itinerary. */
export interface Itinerary {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  traveller?: Participant;
  /** IANA time zone name, e.g. `Asia/Shanghai`. */
  timezone?: string;
  /** The documents the facts come from. */
  sources: SourceDocument[];
  stops: Stop[];
  /** One leg per pair of consecutive stops, in order (derived; `legs` in the input only overrides). */
  legs: Leg[];
}

/** One problem found in the input, located by a path like `stops[2].coordinates[1]`. */
export interface Issue {
  path: string;
  message: string;
}
