/**
 * fast-check arbitraries for itinerary inputs, shared by the test suites.
 *
 * `validItinerary()` gives plain JSON values that `parseItinerary` must accept: language
 * maps, every date form, meetings with people and links, source references (single and
 * listed), leg overrides with modes, and stops anywhere on the globe with extra weight near
 * the poles and on both sides of the antimeridian. Coordinates have at most 6 decimals, so
 * they survive an export that rounds to 6 decimals unchanged.
 */
import fc from 'fast-check';
import { DATE_CERTAINTIES, PRECISIONS, TRAVEL_MODES, type ItineraryJSON } from '../src/itinerary/types';

type Json = Record<string, unknown>;

const plain = { noNullPrototype: true } as const;
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 2 });

/** Drops the keys whose value is `undefined`, as JSON would. */
function defined(o: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

/** A number of degrees in [min, max] with at most 6 decimals. */
const degrees = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(min * 1e6), max: Math.round(max * 1e6) }).map((n) => n / 1e6);

/** `[longitude, latitude]` anywhere, often near a pole or the antimeridian, sometimes exactly on an edge. */
export const lngLat = (): fc.Arbitrary<[number, number]> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(degrees(-180, 180), degrees(-90, 90)) },
    { weight: 2, arbitrary: fc.tuple(degrees(-180, 180), fc.oneof(degrees(89, 90), degrees(-90, -89))) },
    { weight: 2, arbitrary: fc.tuple(fc.oneof(degrees(179, 180), degrees(-180, -179)), degrees(-80, 80)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(-180, 0, 180), fc.constantFrom(-90, 0, 90)) },
  );

/** Text that is not blank, in any script. */
export const nonBlank = (): fc.Arbitrary<string> =>
  fc.string({ minLength: 1, maxLength: 24, unit: 'grapheme' }).filter((s) => s.trim() !== '');

export const languageTag = (): fc.Arbitrary<string> => fc.constantFrom('en', 'zh-Hans', 'zh-Hant', 'zh-Hans-CN', 'pt-BR', 'fr', 'ja', 'ar', 'mi');

/** A plain string or a map of one to four languages. */
export const localizedText = (): fc.Arbitrary<string | Record<string, string>> =>
  fc.oneof(nonBlank(), fc.dictionary(languageTag(), nonBlank(), { minKeys: 1, maxKeys: 4, ...plain }));

const link = (): fc.Arbitrary<string> =>
  fc.oneof(fc.webUrl(), fc.constantFrom('meetings/hangzhou.html', '../m/1', '#m2', 'mailto:press@example.org', 'HTTPS://EXAMPLE.ORG/A'));

const participant = (): fc.Arbitrary<Json> =>
  fc.record(
    { name: localizedText(), role: localizedText(), organisation: localizedText(), kind: fc.constantFrom('person', 'organisation') },
    { requiredKeys: ['name'], ...plain },
  );

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Formats minutes since 1970 on some clock as a date (`date`), a local date-time (`local`) or a date-time with `offset`. */
function isoText(minutes: number, form: 'date' | 'local' | 'offset', offset: string, seconds: 0 | 1 | 2): string {
  const t = new Date(minutes * 6e4);
  const day = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  if (form == 'date') return day;
  const time = `T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}${['', ':00', ':00.000'][seconds]}`;
  return day + time + (form == 'offset' ? offset : '');
}

const dateForm = (): fc.Arbitrary<'date' | 'local' | 'offset'> => fc.constantFrom('date', 'local', 'offset');
const seconds = (): fc.Arbitrary<0 | 1 | 2> => fc.constantFrom(0, 1, 2);
/** From 1900 to about 2100, in minutes since 1970. */
const minutes = (): fc.Arbitrary<number> => fc.integer({ min: -36_816_480, max: 68_400_000 });

/** Any real date or date-time, for a meeting or a source's publication. */
export const isoDate = (): fc.Arbitrary<string> =>
  fc
    .tuple(minutes(), dateForm(), fc.constantFrom('Z', '+08:00', '-05:30', '+14:00', '-12:00'), seconds())
    .map(([m, form, offset, s]) => isoText(m, form, offset, s));

/** A source reference before its document is chosen: `doc` picks one of the itinerary's documents. */
const rawReference = (): fc.Arbitrary<Json> =>
  fc.record(
    {
      doc: fc.nat(),
      paragraph: fc.integer({ min: 1, max: 40 }),
      sentence: fc.integer({ min: 1, max: 12 }),
      range: fc.tuple(fc.nat(5000), fc.nat(400)).map(([start, length]) => [start, start + length]),
      text: nonBlank(),
      confidence: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
    },
    { requiredKeys: ['doc'], ...plain },
  );

/** Zero to two references: a list, or now and then one reference alone (which parses to a list of one). */
const rawSource = (): fc.Arbitrary<Json[] | Json | undefined> =>
  fc.oneof(maybe(fc.array(rawReference(), { maxLength: 2 })), rawReference());

const rawMeeting = (): fc.Arbitrary<Json> =>
  fc.record(
    {
      title: localizedText(),
      kind: fc.constantFrom('meeting', 'visit', 'event'),
      date: isoDate(),
      dateCertainty: fc.constantFrom(...DATE_CERTAINTIES),
      with: fc.array(participant(), { maxLength: 3 }),
      summary: localizedText(),
      url: link(),
      topics: fc.array(nonBlank(), { maxLength: 3 }),
      source: rawSource(),
      note: nonBlank(),
    },
    { requiredKeys: ['title'], ...plain },
  );

const rawStop = (): fc.Arbitrary<Json> =>
  fc.record(
    {
      name: localizedText(),
      coordinates: lngLat(),
      precision: maybe(fc.constantFrom(...PRECISIONS)),
      place: maybe(fc.constantFrom('home', 'harbour')),
      dates: fc.constantFrom('none', 'arrive', 'depart', 'both'),
      form: dateForm(),
      seconds: seconds(),
      stay: fc.integer({ min: 0, max: 4 * 24 * 60 }),
      travel: fc.integer({ min: 0, max: 3 * 24 * 60 }),
      dateCertainty: maybe(fc.constantFrom(...DATE_CERTAINTIES)),
      meetings: maybe(fc.array(rawMeeting(), { maxLength: 3 })),
      source: rawSource(),
      note: maybe(nonBlank()),
      leg: maybe(
        fc.record(
          { mode: fc.constantFrom(...TRAVEL_MODES), source: rawSource(), note: nonBlank() },
          { requiredKeys: [], ...plain },
        ),
      ),
    },
    plain,
  );

const rawDocument = (): fc.Arbitrary<Json> =>
  fc.record(
    { title: localizedText(), url: link(), published: isoDate(), publisher: nonBlank() },
    { requiredKeys: [], ...plain },
  );

/**
 * A valid itinerary input (plain JSON): one to `maxStops` stops with unique ids, dates that
 * never go backwards (mixing dates, local date-times and date-times with one offset),
 * globally unique meeting ids, and references that name a document whenever there are
 * several.
 */
export function validItinerary({ maxStops = 8 }: { maxStops?: number } = {}): fc.Arbitrary<ItineraryJSON> {
  return fc
    .record(
      {
        id: nonBlank(),
        title: localizedText(),
        description: maybe(localizedText()),
        traveller: maybe(participant()),
        timezone: maybe(fc.constantFrom('Asia/Shanghai', 'Asia/Hong_Kong', 'Pacific/Auckland', 'Pacific/Apia', 'UTC', 'America/New_York')),
        schema: fc.boolean(),
        documents: fc.array(rawDocument(), { maxLength: 3 }),
        singleSource: fc.boolean(),
        stops: fc.array(rawStop(), { minLength: 1, maxLength: maxStops }),
        start: minutes(),
        offset: fc.constantFrom('Z', '+08:00', '-05:30', '+14:00', '-12:00', '+00:00'),
        idPrefix: fc.constantFrom('s', 'stop-', '站', 'HK_'),
      },
      plain,
    )
    .map((r) => {
      const docIds = r.documents.map((_, i) => `doc-${i}`);
      const reference = ({ doc, ...rest }: Json): Json =>
        defined({ ...rest, document: docIds.length > 1 || (docIds.length == 1 && (doc as number) % 2) ? docIds[(doc as number) % docIds.length] : undefined });
      const source = (s: Json[] | Json | undefined): Json[] | Json | undefined =>
        s === undefined ? undefined : Array.isArray(s) ? s.map(reference) : reference(s);

      let clock = r.start;
      const ids = r.stops.map((_, i) => `${r.idPrefix}${i}`);
      const legs: Json[] = [];
      const stops = r.stops.map((s, i) => {
        const time = (): string => isoText(clock, s.form as 'date', r.offset, s.seconds as 0);
        const arrive = s.dates == 'arrive' || s.dates == 'both' ? time() : undefined;
        clock += s.stay as number;
        const depart = s.dates == 'depart' || s.dates == 'both' ? time() : undefined;
        clock += s.travel as number;
        const leg = s.leg as Json | undefined;
        if (leg && i + 1 < ids.length) legs.push(defined({ from: ids[i], to: ids[i + 1], ...leg, source: source(leg.source as Json) }));
        const meetings = (s.meetings as Json[] | undefined)?.map((m, j) => defined({ id: `m${i}-${j}`, ...m, source: source(m.source as Json) }));
        return defined({
          id: ids[i],
          name: s.name,
          coordinates: s.coordinates,
          precision: s.precision,
          place: s.place,
          arrive,
          depart,
          dateCertainty: s.dateCertainty,
          meetings,
          source: source(s.source as Json),
          note: s.note,
        });
      });
      const documents = r.documents.map((d, i) => ({ id: docIds[i], ...d }));
      return defined({
        $schema: r.schema ? '../../schema/itinerary.schema.json' : undefined,
        id: r.id,
        title: r.title,
        description: r.description,
        traveller: r.traveller,
        timezone: r.timezone,
        ...(documents.length == 1 && r.singleSource ? { source: documents[0] } : documents.length ? { sources: documents } : {}),
        stops,
        legs: legs.length ? legs : undefined,
      }) as ItineraryJSON; // id, title and stops are always there
    });
}
