import type { TravelMode } from '../itinerary/types';

/**
 * The words visitmap writes itself (not data): the layer's and its controls', and those of
 * the GPX and KML exports (`toGPX` and `toKML` take them as their `strings` option). Override
 * some or all of them for another language. One table serves both: the optional words are
 * used by one part only and default in it.
 */
export interface LayerStrings {
  /** The word for a stop, e.g. in the timeline's readout. Default `'Stop'`. */
  stop: string;
  /** `{n}` and `{total}` are replaced: "Stop {n} of {total}". */
  stopOfTotal: string;
  /** `{list}` is replaced: "Stops {list}". */
  stopsGroup: string;
  /** Marks dates the source states. Default `'stated'`. */
  stated: string;
  /** Marks dates inferred from the source (the exports put it in brackets after a stop's dates). Default `'inferred'`. */
  inferred: string;
  /** A stop's time of arrival on the day it leaves, with no time of leaving: "6 May 2025, from 06:00". `{time}` is replaced. Default `'from {time}'`. */
  fromTime?: string;
  /** A stop's time of leaving on the day it is reached, with no time of arrival: "6 May 2025, until 18:00". `{time}` is replaced. Default `'until {time}'`. */
  untilTime?: string;
  /** Label before a meeting's participants. Default `'With'`; the exports write it mid-line, where their default is `'with'`. */
  with: string;
  /** A stop's arrival in the exports' descriptions: `{date}` is replaced. Default `'Arrive {date}'`. */
  arrive?: string;
  /** A stop's departure in the exports' descriptions: `{date}` is replaced. Default `'Depart {date}'`. */
  depart?: string;
  /** Name of the KML folder of stops (GDAL reads it as a layer's name). Default `'Stops'`. */
  stopsFolder?: string;
  /** Name of the KML folder of legs (GDAL reads it as a layer's name). Default `'Legs'`. */
  legsFolder?: string;
  /** Text of the link to a meeting's details (a page, or the built-in details view). Default `'Meeting details'`. */
  details: string;
  /** Text of the link of a meeting whose `url` is a `mailto:` address, in its place. Default `'Email'`. */
  email?: string;
  /** The meeting details view's close button. Default `'Close'` (the defaults of the view's words are in its module, `MEETING_DETAILS_STRINGS`). */
  close?: string;
  /** Heading of a meeting's topics, in its details view. Default `'Topics'`. */
  topics?: string;
  /** Heading of a meeting's sources, in its details view. Default `'Source'`. */
  source?: string;
  /** Where in a source document, in the details view: `{n}` is replaced. Default `'paragraph {n}'`. */
  paragraph?: string;
  /** Where in a paragraph: `{n}` is replaced. Default `'sentence {n}'`. */
  sentence?: string;
  /** A leg's great-circle distance in its popup: `{n}` is replaced by the kilometres. Default `'{n} km'`. */
  km?: string;
  /** Label before the other stops at the same place, in a popup. Default `'Also here'`. */
  alsoHere: string;
  /** Summary of the folded note on how a stop's facts were worked out. */
  aboutData: string;
  /** Accessible name of the stop list. Default `'Itinerary'`. */
  stopList: string;
  /** Accessible name of the legend. Default `'Legend'`. */
  legend: string;
  /** Appended to a grouped marker's label, telling keyboard users how to open the group. Default `'press Enter to show them'`. */
  zoomToGroup: string;
  /** Name of each travel mode, in the legend. Default `Flight`, `Rail`, `Road`, `Sea`, `Travel (mode not stated)`. */
  modes: Record<TravelMode, string>;
  /** Name of each stop precision, in the legend. Default `Exact place`, `District`, `City (approximate)`. */
  precision: {
    /** Legend entry for `venue` points. Default `'Exact place'`. */
    venue: string;
    /** Legend entry for `district` points. Default `'District'`. */
    district: string;
    /** Legend entry for `city` points. Default `'City (approximate)'`. */
    city: string;
  };
}

/** The words of the GPX and KML exports. */
export type ExportStrings = Required<Pick<LayerStrings, 'arrive' | 'depart' | 'inferred' | 'with' | 'stopsFolder' | 'legsFolder'>>;

/** The exports' built-in words: English. */
const EXPORT_STRINGS: Readonly<ExportStrings> = {
  arrive: 'Arrive {date}',
  depart: 'Depart {date}',
  inferred: 'inferred',
  with: 'with',
  stopsFolder: 'Stops',
  legsFolder: 'Legs',
};

/**
 * The exports' words: `options.strings` over the English ones, where a word left out or
 * `undefined` keeps its default (as does `strings` `null`, as for the layer); a
 * `TypeError` naming the word for one that is not a string.
 */
export function exportStrings(options: { strings?: Partial<LayerStrings> | null }, owner: string): ExportStrings {
  const given = options.strings ?? {};
  if (typeof given !== 'object') throw new TypeError(`${owner}: options.strings must be an object of words (LayerStrings), got ${typeof given}`);
  const words = { ...EXPORT_STRINGS };
  for (const key of Object.keys(words) as (keyof ExportStrings)[]) {
    const word: unknown = (given as Record<string, unknown>)[key];
    if (word === undefined) continue;
    if (typeof word !== 'string') throw new TypeError(`${owner}: options.strings.${key} must be a string, got ${typeof word}`);
    words[key] = word;
  }
  return words;
}
