import type { LngLat, Precision, SourceRef } from '../itinerary/types';

/** What kind of place a gazetteer entry is. Regions give context and never become stops. */
export type PlaceKind = 'city' | 'district' | 'port' | 'zone' | 'landmark' | 'control-point' | 'airport' | 'region';

/** One place the extractor can recognise. */
export interface GazetteerEntry {
  /** Stable id, e.g. `geonames:Hangzhou:CN` or `curated:yangshan-port`. */
  id: string;
  /** The name shown on the stop. */
  name: string;
  /** Other spellings that refer to the same place ("Macao", "Yangshan Deep-Water Port"). */
  aliases: string[];
  /** ISO 3166-1 alpha-2 code; empty when unknown. */
  country: string;
  /** The place's point as `[longitude, latitude]` in degrees, WGS 84. */
  coordinates: LngLat;
  /** Number of inhabitants, used to prefer the larger of two places sharing a name; `0` when unknown. */
  population: number;
  /** How exact the point is, copied to the stop made from it. */
  precision: Precision;
  /** What kind of place it is; a `region` never becomes a stop. */
  kind: PlaceKind;
  /** Where the entry comes from: `world` (GeoNames cities), `curated` (data/gazetteer/places.json) or `user`. */
  origin: 'world' | 'curated' | 'user';
  /** The city a district, port or landmark belongs to (its name), if any. */
  within?: string;
  /** A national capital. */
  capital?: boolean;
  /** The seat of a country's first-level division: a state's or a province's capital ("Honolulu", "Perth"). */
  seat?: boolean;
}

/** A place the caller adds, e.g. from `--places FILE`. Only `name` and `coordinates` are required. */
export interface PlaceInput {
  /** The place's name as the text writes it (required). */
  name: string;
  /** The place's point as `[longitude, latitude]` in degrees, WGS 84 (required). */
  coordinates: LngLat;
  /** Other spellings that refer to the same place. Default `[]`. */
  aliases?: string[];
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
  /**
   * How closely the point places the stop: `venue` (the building or site itself), `district` or `city`. Default `city`, which
   * claims least: a place given without it may be a town.
   */
  precision?: Precision;
  /** Default 0. */
  population?: number;
  /** Default `landmark`. */
  kind?: PlaceKind;
  /** The name of the city the place belongs to, if any. */
  within?: string;
}

/** Something the extractor could not do, or did on a guess that a person should check. */
export interface ExtractWarning {
  /**
   * `unplaced`: looks like a visited place but no gazetteer knows it;
   * `ambiguous`: a name that several places carry, resolved by context;
   * `no-date`: no publication date or year, so relative dates could not be resolved;
   * `no-places`: nothing visited was found;
   * `date-conflict`: the text's days would go backwards between two stops, a meeting is dated outside its stop's stay,
   *   or a sentence dates something after the trip that no stop or meeting of the draft holds (`source` is that sentence);
   * `no-home`: no home city was given or found, so the draft has no departure or return stop.
   */
  code: 'unplaced' | 'ambiguous' | 'no-date' | 'no-places' | 'date-conflict' | 'no-home';
  /** For `unplaced`: the name as the text writes it, so a caller can offer to place it. */
  name?: string;
  /** What happened, in words, naming the place or date concerned. */
  message: string;
  /** Where in the text the problem is; absent when it concerns the whole text. */
  source?: SourceRef;
}

/** Options of {@link extractItinerary}. */
export interface ExtractOptions {
  /**
   * Publication date of the text (ISO `YYYY-MM-DD`): the anchor for "tomorrow", weekday
   * names and years. Default: a date line in the text ("Ends/Wednesday, December 13, 2023",
   * "Issued at … on …"), else none (relative dates become warnings).
   */
  published?: string;
  /**
   * The traveller's home city, where the trip starts and ends. Default: the place the text
   * says the traveller returns to; else the dateline's city of a report that the traveller
   * "returned home", or the last place set off for in the traveller's own country
   * ("Departure for Tashkent"); else none, and the result has a `no-home` warning.
   */
  home?: string;
  /** The caller's own places; they win over the built-in gazetteer on equal names. Default `[]`. */
  gazetteer?: PlaceInput[];
  /**
   * Whether to load the world-cities list (about 25,000 places, 1.2 MB, loaded lazily on
   * first use). Default `true`; `false` keeps only the curated and the caller's places.
   */
  worldCities?: boolean;
}
