import { isoCheck } from '../itinerary/iso-date';
import type { Itinerary } from '../itinerary/types';
import { attachMeetings } from './attach-meetings';
import { fillDays, meetingDays, outsideTrip } from './days';
import { mergeDistricts } from './districts';
import { ADD_PLACES } from './errors';
import { loadGazetteer, type Gazetteer } from './gazetteer';
import { slug } from './normalize';
import { orderStops } from './order';
import { placeWarnings } from './place-warnings';
import { findHome, placesOf } from './places';
import { anchorOf, readSentences } from './sentences';
import { buildLegs, buildStops } from './stops';
import { findTraveller } from './traveller';
import type { ExtractOptions, ExtractWarning } from './types';
import { capitalVisits, findVisits } from './visits';

/** What {@link extractItinerary} returns: a draft to check, and what to check first. */
export interface ExtractResult {
  /** The draft itinerary, valid for `parseItinerary`. */
  itinerary: Itinerary;
  /** What could not be done, or was guessed and should be checked by a person; `[]` when none. */
  warnings: ExtractWarning[];
}

/**
 * Reads a visit announcement and drafts its itinerary: the places visited in order
 * (with the departure from and return to the home city, when there is one), their dates,
 * travel modes, and the meetings, site visits and events at each. Every fact carries its
 * `source` (paragraph, sentence, range, the sentence itself and a confidence); dates the
 * text does not give are marked `inferred`; names it cannot place are `warnings`, never
 * guesses. The draft is for a person to check before it is published.
 *
 * Loads the world-city list on first use (a dynamic import, so bundles that never call
 * this never carry it).
 * @param text The announcement, as plain text.
 * @param options `published` (ISO date; default: a date line in the text), `home`
 *   (default: the place the text "returns to", a dateline's city the traveller "returned home" to, or
 *   a last departure for the traveller's own country; else none, with a `no-home` warning),
 *   `gazetteer` (your own places; default none), `worldCities` (default `true`).
 * @throws {TypeError} when `published` is not a real YYYY-MM-DD date, or, an {@link ExtractOptionError} whose `code` is `unknown-home`, when the home city given is in no gazetteer (a country is its capital).
 * @example
 * const { itinerary, warnings } = await extractItinerary(
 *   'The Secretary will depart tomorrow (January 8) for a three-day visit to Guangzhou and Shenzhen.',
 *   { published: '2024-01-07', home: 'Hong Kong' },
 * );
 * itinerary.stops.map((s) => s.name); // ['Hong Kong', 'Guangzhou', 'Shenzhen', 'Hong Kong']
 */
export async function extractItinerary(text: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  if (typeof text !== 'string') throw new TypeError('extractItinerary: text must be a string');
  checkPublished(options.published, 'extractItinerary: published');
  const gazetteer = await loadGazetteer(options);
  return extractWith(gazetteer, text, options);
}

/**
 * The longest text drafted, in UTF-16 code units: three hundred times the seed's press release, the
 * longest announcement here (3.3 kB). The time grows with the text (an outside tester's 1.6 MB took 47 s, and 20 MB ran for minutes
 * with no word); a file that long is not one announcement.
 */
export const MAX_TEXT = 1_000_000;

/** What the `no-places` warning says of a text written mostly in letters other than Latin ones (a release in Chinese). */
const NOT_ENGLISH = 'No visited place was found: the extractor reads announcements in English, and this text is mostly in another script. Give its English version.';

/** Whether most of the letters of `text` are not Latin ones ("行政長官李家超明日啟程前往北京"): not an English text. */
const notEnglish = (text: string) => (text.match(/\p{Script=Latin}/gu)?.length ?? 0) * 2 < (text.match(/\p{L}/gu)?.length ?? 0);

/** A TypeError, naming `what` (the option, or the CLI's flag), unless `p` is absent or a real `YYYY-MM-DD` day (not 2023-02-30). */
export function checkPublished(p: unknown, what: string): void {
  if (p !== undefined && (typeof p !== 'string' || p.length !== 10 || isoCheck(p) !== 0)) {
    throw new TypeError(`${what} must be a real YYYY-MM-DD date, got ${JSON.stringify(p)}`);
  }
}

/**
 * {@link extractItinerary} with a gazetteer already loaded (synchronous); `options.gazetteer` is ignored: load it into `gazetteer`.
 * Load the gazetteer once to draft many texts. The stages, each in its own module:
 * sentences (dates and place names per sentence) → visits (which names are places
 * visited, and their days; districts as their city) → order (one stop per place, by date) → days (home stops,
 * inferred days) → stops (stops, legs and meetings, each with its sentence; a stop's stay then covers its dated meetings).
 * @throws {TypeError} when `published` is not a real YYYY-MM-DD date, or, an {@link ExtractOptionError} whose `code` is `unknown-home`, when the home city given is in no gazetteer (a country is its capital).
 * @throws {RangeError} when the text is longer than {@link MAX_TEXT}.
 * @example
 * const gazetteer = await loadGazetteer();
 * const { itinerary } = extractWith(gazetteer, 'The Secretary will depart tomorrow (January 8) for a two-day visit to Guangzhou and Shenzhen.', {
 *   published: '2024-01-07', home: 'Hong Kong',
 * });
 * itinerary.stops.map((s) => s.arrive); // [null, '2024-01-08', '2024-01-08', '2024-01-09']
 */
export function extractWith(gazetteer: Gazetteer, text: string, options: ExtractOptions = {}): ExtractResult {
  checkPublished(options.published, 'extractWith: published');
  if (text.length > MAX_TEXT) throw new RangeError(`the text is ${text.length} characters long: an announcement is a few thousand, and drafting one of over ${MAX_TEXT} would take minutes. Give the announcement alone.`);
  const warnings: ExtractWarning[] = [];
  const anchor = anchorOf(text, options.published);
  if (!anchor.published && !anchor.year) {
    warnings.push({ code: 'no-date', message: 'No publication date and no year in the text: give the publication date to resolve dates.' });
  }
  const infos = readSentences(text, gazetteer, anchor);
  const home = findHome(infos, gazetteer, options.home, warnings);
  const places = placesOf(infos, home);
  const found = findVisits(infos, places);
  const unknown = placeWarnings(infos, found.visits, places, gazetteer);
  // A country visited is its capital only where the text names no place visited, known or not ("Pituffik Space Base").
  if (!found.visits.length && !unknown.some((w) => w.code === 'unplaced')) found.visits.push(...capitalVisits(infos, places, gazetteer.capitals));
  warnings.push(...unknown);
  mergeDistricts(found.visits, infos, gazetteer);
  const ordered = orderStops(found.visits, found.located);
  if (!ordered.length) warnings.push({ code: 'no-places', message: notEnglish(text) ? NOT_ENGLISH : `No visited place was found: check the text, or add its places with ${ADD_PLACES}.` });
  else if (!home) warnings.push({ code: 'no-home', message: 'No home city given and none named as the place of return: the draft has no departure or return stop. Give the home city to add them.' });
  const drafts = fillDays(ordered, home, found, warnings, infos);
  const stops = buildStops(drafts, infos, found);
  attachMeetings(stops, drafts, infos, places.entryOf, gazetteer.countryByKey);
  meetingDays(stops, warnings);
  const legs = buildLegs(stops, drafts, infos, found);
  outsideTrip(infos, stops, legs, !!home, anchor.published, warnings);

  const sentences = infos.map((i) => i.s);
  const first = sentences[0];
  const title = (first && first.paragraph === 1 && !sentences.some((s) => s.paragraph === 1 && s.sentence > 1) && first.text.length < 200 && titleOf(first.text)) || 'Draft itinerary';
  const traveller = findTraveller(sentences);
  const itinerary: Itinerary = {
    id: idOf(title),
    title,
    description: 'Draft extracted automatically from the text: check every place, date and meeting before publishing.',
    ...(traveller ? { traveller } : {}),
    sources: [{ id: 'text', ...(title !== 'Draft itinerary' ? { title } : {}), ...(anchor.published ? { published: anchor.published } : {}) }],
    stops,
    legs,
  };
  return { itinerary, warnings };
}

/**
 * The title a first paragraph gives: its first line ("Foreign Secretary visits China⏎30 August 2023": the date line is no part of
 * the heading), and of a first sentence of body (no heading), its words up to the first comma after the first thirty letters
 *  without its full stop, cut at a word with "…" past 120 letters.
 */
function titleOf(text: string): string {
  let line = text.split('\n')[0]!.trim();
  if (line.length > 100) line = line.replace(/^(.{30,}?),\s.*$/s, '$1');
  line = line.replace(/(?<!\b\p{Lu})\.$/u, '');
  return line.length > 120 ? `${line.slice(0, 120).replace(/\s+\S*$/, '')}…` : line;
}

/**
 * The itinerary's id, which the extract page names its download by: the title's slug without an aside in brackets ("… to Canada
 * (24–30 July 2022)") and cut at a whole word within 60 letters, not in the middle of one ("…-to-canada-24").
 */
function idOf(title: string): string {
  const s = slug(title.replace(/\s*\([^()]*\)/g, ' ')) || slug(title);
  return (s.length > 60 ? s.slice(0, 61).replace(/-[^-]*$/, '') : s) || 'draft-itinerary';
}
