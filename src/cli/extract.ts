import { ADD_PLACES, ExtractOptionError } from '../extract/errors';
import { checkPublished, extractItinerary, type ExtractResult } from '../extract/extract-itinerary';
import { userEntries } from '../extract/gazetteer';
import type { PlaceInput } from '../extract/types';
import type { CliIO } from './io';
import { CliFailure, displayName, readJSON } from './read-input';

/** The flags of `visitmap extract FILE [--published YYYY-MM-DD] [--home PLACE] [--places FILE] [-o OUT]`. */
export interface ExtractFlags {
  /** `--published`: the publication date, `YYYY-MM-DD`. */
  published?: string;
  /** `--home`: the traveller's home city. Default: the home the text names (the place it returns to, …; see `extractItinerary`), else none (and a warning). */
  home?: string;
  /**
   * `--places`: the parsed JSON of the places file: an array of `{ name, coordinates,
   * aliases?, country?, precision? }`, or a GeoJSON FeatureCollection of Points whose
   * `properties.name` names each place.
   */
  places?: unknown;
}

/**
 * Reads a places file's JSON (list or GeoJSON points) into {@link PlaceInput}s, each checked as
 * the extractor checks them; throws a `TypeError` naming the bad entry where the file has it
 * (`places[2].coordinates[1]: …`, `places: features[0].properties.name must be a string`).
 */
function placesFromJSON(json: unknown): PlaceInput[] {
  if (Array.isArray(json)) {
    userEntries(json as PlaceInput[]);
    return json as PlaceInput[];
  }
  const fc = json as { type?: string; features?: unknown[] };
  if (fc && fc.type === 'FeatureCollection' && Array.isArray(fc.features)) {
    const places = fc.features.map((f, i): PlaceInput => {
      const feature = f as { geometry?: { type?: string; coordinates?: unknown }; properties?: Record<string, unknown> };
      if (feature?.geometry?.type !== 'Point') throw new TypeError(`places: features[${i}].geometry must be a Point`);
      const name = feature.properties?.name;
      if (typeof name !== 'string') throw new TypeError(`places: features[${i}].properties.name must be a string`);
      const { aliases, country, precision } = feature.properties ?? {};
      return {
        name,
        coordinates: feature.geometry.coordinates as [number, number],
        ...(Array.isArray(aliases) ? { aliases: aliases as string[] } : {}),
        ...(typeof country === 'string' ? { country } : {}),
        ...(precision !== undefined ? { precision: precision as PlaceInput['precision'] } : {}),
      };
    });
    // A place's name and coordinates are its feature's `properties.name` and `geometry.coordinates`.
    userEntries(places, (i, member) => `places: features[${i}]${member.replace(/^\.(?=name|aliases|country|precision)/, '.properties.').replace(/^\.(?=coordinates)/, '.geometry.')}`);
    return places;
  }
  throw new TypeError('places: expected an array of { name, coordinates } or a GeoJSON FeatureCollection of Points');
}

/**
 * Reads the `--places` FILE of `visitmap extract` ({@link placesFromJSON}). A bad file is
 * invalid input (exit 1), one line naming the file and where in it the problem is:
 * `places.json:2:5: …` for broken JSON, `places.json: places[2].coordinates[1]: latitude 95 …`.
 */
export async function readPlaces(file: string, io: CliIO): Promise<PlaceInput[]> {
  const json = await readJSON(file, io);
  try {
    return placesFromJSON(json);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new CliFailure([`${displayName(file)}: ${error.message.replace(/^places: /, '')}`], 1);
  }
}

/**
 * The logic of `visitmap extract`: text in, draft itinerary and warnings out. The CLI
 * reads FILE (or standard input for `-`) and the `--places` file, calls this, writes
 * `itinerary` as JSON to OUT (or standard output) and prints each warning on its own
 * line to standard error. A `TypeError` thrown here is bad usage (exit 2).
 * @example
 * const { itinerary, warnings } = await extractCommand(text, { published: '2023-12-13' });
 */
export async function extractCommand(text: string, flags: ExtractFlags = {}): Promise<ExtractResult> {
  // Named as the user gave it: the flag, not the library function behind it.
  checkPublished(flags.published, '--published');
  try {
    const result = await extractItinerary(text, {
      ...(flags.published !== undefined ? { published: flags.published } : {}),
      ...(flags.home !== undefined ? { home: flags.home } : {}),
      ...(flags.places !== undefined ? { gazetteer: placesFromJSON(flags.places) } : {}),
    });
    // "add it with the gazetteer option" is the library's option; the CLI's user adds a place in a --places file.
    return { ...result, warnings: result.warnings.map((w) => ({ ...w, message: w.message.split(ADD_PLACES).join('a --places file') })) };
  } catch (error) {
    // The library names its own option; the user typed the flag.
    if (error instanceof ExtractOptionError && error.code === 'unknown-home') throw new TypeError(`--home "${error.value}" is in no gazetteer: give a city it knows, or add this one in a --places file.`);
    throw error;
  }
}
