import { describe, expect, it } from 'vitest';
import { parseItinerary } from '../../src/index';
import { releaseDay } from './provenance';
import { asList, english, readRelease, readSeed, type Json } from './seed-files';

const STOPS = [
  ['hong-kong-departure', 'Hong Kong'],
  ['hangzhou', 'Hangzhou'],
  ['shanghai', 'Shanghai'],
  ['yangshan', 'Yangshan Automated Terminal'],
  ['lingang', 'Lingang New Area'],
  ['shanghai-again', 'Shanghai'],
  ['hong-kong-return', 'Hong Kong'],
];
/** The only days the release gives: the start of the visit, the student and business events, the return. */
const RELEASE_DAYS = ['2023-12-10', '2023-12-12', '2023-12-14'];
/**
 * The days the data marks as stated: the events of the 12th and the return on the 14th. The 10th
 * is when the visit began, which dates no stop or meeting of the data: leaving Hong Kong that day is inferred.
 */
const STATED_DAYS = ['2023-12-12', '2023-12-14'];

/** Every dated thing in the seed: stops (arrive/depart) and meetings (date), with its certainty and note. */
function datedThings(seed: Json): Array<{ path: string; dates: string[]; certainty: unknown; note: unknown }> {
  return asList(seed.stops).flatMap((stop, s) => [
    { path: `stops[${s}]`, dates: [stop.arrive, stop.depart].filter((d): d is string => typeof d === 'string'), certainty: stop.dateCertainty, note: stop.note },
    ...asList(stop.meetings).map((m, i) => ({
      path: `stops[${s}].meetings[${i}]`, dates: typeof m.date === 'string' ? [m.date] : [], certainty: m.dateCertainty, note: m.note,
    })),
  ]);
}

describe('the seed itinerary as parsed', () => {
  it('parses without an issue', () => {
    expect(() => parseItinerary(readSeed())).not.toThrow();
  });

  it('has the seven stops in visiting order and a leg between each pair', () => {
    const itinerary = parseItinerary(readSeed());
    expect(itinerary.stops.map((s) => [s.id, english(s.name)])).toEqual(STOPS);
    expect(itinerary.legs.map((l) => [l.from, l.to])).toEqual(STOPS.slice(1).map(([id], i) => [STOPS[i]?.[0], id]));
    expect(itinerary.legs.map((l) => l.mode)).toEqual(['flight', 'rail', 'road', 'road', 'road', 'flight']);
  });

  it('keeps the release as its one source, dated by inference', () => {
    const itinerary = parseItinerary(readSeed());
    expect(itinerary.sources).toEqual([expect.objectContaining({
      id: 'press-release',
      publisher: 'Hong Kong SAR Government, Customs and Excise Department',
      publisherCertainty: 'inferred',
      published: '2023-12-13',
      publishedCertainty: 'inferred',
    })]);
    // The note says how each was worked out, and that the year is not in the release.
    expect(itinerary.sources[0]!.note).toMatch(/yesterday.*tomorrow.*year 2023 is not in the release.*publisher is inferred/s);
    expect(english(itinerary.description)).toMatch(/13 December 2023.*12 December yesterday/);
  });
});

describe('the seed itinerary as written', () => {
  const seed = readSeed();

  it('marks as stated exactly the days the release gives', () => {
    const stated = new Set(datedThings(seed).filter((t) => t.certainty === 'stated').flatMap((t) => t.dates));
    expect([...stated].sort()).toEqual(STATED_DAYS);
  });

  const release = readRelease();
  it.runIf(release !== undefined)('states no day the release does not give', () => {
    const inRelease = new Set([...(release ?? '').matchAll(/December \d{1,2}/g)].map((m) => m[0]));
    expect([...inRelease].sort()).toEqual(RELEASE_DAYS.map(releaseDay).sort());
    for (const day of STATED_DAYS) expect(inRelease.has(releaseDay(day)), day).toBe(true);
  });

  it.runIf(release !== undefined)('has a sentence that states each stated day of a stop, and what happened on it', async () => {
    const { splitSentences } = await import('./release-sentences');
    const sentences = splitSentences(release ?? '');
    const what = { depart: /\b(?:depart|leave|left|set off)/i, arrive: /\b(?:arriv|return)/i };
    for (const stop of asList(seed.stops).filter((s) => s.dateCertainty === 'stated')) {
      for (const field of ['arrive', 'depart'] as const) {
        const day = stop[field];
        if (typeof day !== 'string') continue;
        const cited = asList(stop.source).map((r) => sentences.find((x) => x.paragraph === r.paragraph && x.sentence === r.sentence)?.text ?? '');
        expect(cited.some((t) => t.includes(releaseDay(day)) && what[field].test(t)), `${String(stop.id)}.${field} ${day}`).toBe(true);
      }
    }
  });

  it('explains every inferred date in a note', () => {
    const inferred = datedThings(seed).filter((t) => t.dates.length > 0 && t.certainty !== 'stated');
    expect(inferred.length).toBeGreaterThan(0);
    for (const t of inferred) {
      expect(t.certainty, t.path).toBe('inferred');
      expect(t.note, t.path).toMatch(/no day|placed on|inferred|guess/i);
    }
  });

  it('keeps every date within the visit, 10 to 14 December 2023', () => {
    for (const t of datedThings(seed)) for (const d of t.dates) expect(d >= '2023-12-10' && d <= '2023-12-14', `${t.path}: ${d}`).toBe(true);
  });

  it('says in every leg note that its travel mode is inferred', () => {
    for (const leg of asList(seed.legs)) {
      if (leg.mode !== 'unknown') expect(leg.note, `${String(leg.from)} → ${String(leg.to)}`).toMatch(/^Mode inferred: the release names no transport/);
    }
  });

  it('is only as precise as it knows: cities for the cities, districts for the port and free-trade area', () => {
    const precision = Object.fromEntries(asList(seed.stops).map((s) => [s.id, s.precision]));
    expect(precision).toEqual({
      'hong-kong-departure': 'city', hangzhou: 'city', shanghai: 'city', yangshan: 'district',
      lingang: 'district', 'shanghai-again': 'city', 'hong-kong-return': 'city',
    });
    for (const stop of asList(seed.stops)) expect(stop.note, String(stop.id)).toMatch(/city centre|central spot|approximate|in the city/i);
  });

  it('puts a stop visited twice at the same point', () => {
    const stops = asList(seed.stops);
    const at = (id: string): unknown => stops.find((s) => s.id === id)?.coordinates;
    expect(at('shanghai-again')).toEqual(at('shanghai'));
    expect(at('hong-kong-return')).toEqual(at('hong-kong-departure'));
  });

  it('gives English names and Chinese ones in both scripts, authored traditional for Hong Kong and simplified for the Mainland', () => {
    for (const stop of asList(seed.stops)) {
      const name = stop.name as Json;
      // Key order records which script was authored (the other is converted: tests/data/chinese.test.ts).
      expect(Object.keys(name), String(stop.id)).toEqual(String(stop.id).startsWith('hong-kong') ? ['en', 'zh-Hant', 'zh-Hans'] : ['en', 'zh-Hans', 'zh-Hant']);
    }
  });

  it('says where a stop is an inference, not a place the release says was visited', () => {
    for (const id of ['yangshan', 'lingang']) {
      const stop = asList(seed.stops).find((s) => s.id === id)!;
      expect(stop.note, id).toMatch(/^Inferred stop: .*does not say she went there|^Inferred stop: .*it does not say she went there/);
      expect(stop.note, id).toMatch(/order .* inference|order .* inferred/);
    }
  });
});
