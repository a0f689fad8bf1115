import { type Context, fail } from './checks';
import { IdTable } from './id-table';
import { inPlace, itinerary } from './schema';
import type { Issue, Itinerary, Leg, SourceRef, Stop, TravelMode } from './types';

/** Thrown by {@link parseItinerary}: `issues` lists every problem found, each with its path. */
export class ItineraryError extends Error {
  /** Every problem found; the error's `message` lists them one per line as `path: message`. */
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    this.name = 'ItineraryError';
    this.issues = issues;
  }
}

/**
 * Validates and normalises in one pass; the itinerary is only meaningful when there are no
 * issues. With `stopsInPlace` (made by `inPlace`), validates in place for toGeoJSON: values that
 * need no normalising are kept (shared with the input), each checked stop's members are handed
 * to a StopSink instead of kept, the result's `stops` is the input's list, and its `legs` are not
 * built: the third item holds the input's leg overrides instead, as `Context.legs` describes, and
 * the fourth what the StopSink returned for each stop.
 */
export function run(input: unknown, stopsInPlace?: Context['stopsInPlace']): [Itinerary, Issue[], unknown[], unknown[]] {
  const c: Context = {
    copy: !stopsInPlace, stopsInPlace, out: [], issues: [], path: [], pool: [], kept: false, docs: new IdTable(), stops: new IdTable(), order: [], meetings: new IdTable(), legs: [], legAt: [], next: 0, last: '', lastStop: 0, lastId: undefined,
  };
  const it = {} as Record<string, unknown>;
  try {
    const o = itinerary(input, c) as Record<string, unknown> | undefined;
    if (o) {
      if (o.source && o.sources) fail(c, 'give either "source" or "sources", not both', 'sources');
      for (const k of ['id', 'title', 'description', 'traveller', 'timezone'] as const) if (k in o) it[k] = o[k];
      it.sources = o.sources ?? (o.source ? [o.source] : []);
      const stops = (it.stops = (o.stops ?? []) as Stop[]);
      // One leg per pair of consecutive stops; the input's legs only override.
      if (!stopsInPlace) it.legs = stops.slice(1).map((s, i) => leg(stops[i]!.id, s.id, c.legs, i));
    }
  } catch (e) {
    // Only a hostile object (a throwing getter, a proxy) gets here: still report, never throw,
    // at the object being read when it threw (the path stack is where the walk had got to).
    fail(c, `could not be read (${e instanceof Error ? e.message : 'unknown error'})`);
  }
  return [it as unknown as Itinerary, c.issues, c.legs, c.out];
}

/** The leg from stop `i` (id `from`) to the next (id `to`): its override in `legs` (see `Context.legs`), else the default. */
function leg(from: string, to: string, legs: unknown[], i: number): Leg {
  const mode = legs[3 * i] as TravelMode | undefined;
  if (mode === undefined) return { from, to, mode: 'unknown', source: [] };
  const l: Leg = { from, to, mode, source: legs[3 * i + 1] as SourceRef[] };
  const note = legs[3 * i + 2] as string | undefined;
  if (note !== undefined) l.note = note;
  return l;
}

/**
 * Every problem in an itinerary, each located by a path such as `stops[2].coordinates[1]`;
 * `[]` when it is valid. Never throws.
 *
 * @example
 * validateItinerary({ id: 'x', title: 'X', stops: [{ id: 'a', name: 'A', coordinates: [0, 95] }] });
 * // [{ path: 'stops[0].coordinates[1]', message: 'latitude 95 is outside [-90, 90]' }]
 */
export function validateItinerary(input: unknown): Issue[] {
  // In place, as toGeoJSON checks raw input: the result is not kept, so nothing is copied or
  // normalised (the same checks and the same issues as parseItinerary, in half the time).
  return run(input, inPlace(() => 0))[1];
}

/**
 * Validates and normalises an itinerary (usually parsed JSON). `source` becomes `sources`,
 * one source reference becomes a list of one, `meetings`, `with`, `topics` and `source`
 * default to `[]`, `precision` to `'city'`, and `legs` holds one leg per pair of
 * consecutive stops (mode `'unknown'` unless the input's `legs` says). Optional members the
 * input leaves out stay absent. Any other member is an issue (with the likely intended name),
 * except `$schema` at the top and `$comment` anywhere, which are dropped. The input is never
 * changed, and parsing the result again gives an equal itinerary. It reads values, not
 * text: a key given twice in the JSON text was already dropped by `JSON.parse`, which keeps
 * the last (`visitmap validate FILE` refuses such a file, naming line, column and path).
 *
 * @throws {ItineraryError} listing every problem, never any other error.
 * @example
 * const it = parseItinerary(JSON.parse(text));
 * it.legs[0].mode; // 'unknown' unless given
 */
export function parseItinerary(input: unknown): Itinerary {
  const [it, issues] = run(input);
  if (issues.length) throw new ItineraryError(issues);
  parsed.add(it);
  return it;
}

// What parseItinerary returned: exports trust these instead of validating them twice.
const parsed = new WeakSet<object>();

/**
 * True for an object that {@link parseItinerary} returned. The exports use it to skip a
 * second validation of `toGeoJSON(parseItinerary(x))`; a parsed itinerary is meant to be
 * read, not edited: parse again after changing one.
 */
export function isParsedItinerary(value: unknown): value is Itinerary {
  return typeof value === 'object' && value !== null && parsed.has(value);
}
