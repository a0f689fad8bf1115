// Scores an extracted itinerary against a hand-made expectation (tests/extract/corpus/*.json).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Itinerary, LngLat, Stop, TravelMode } from '../../src/itinerary/types';
import { distanceKm } from '../../src/extract/distance';
import { placeKey } from '../../src/extract/normalize';

export interface ExpectedStop {
  name: string;
  country: string;
  /** For names several places carry: the expected point, matched within 30 km. */
  near?: LngLat;
  /** Days the text places the traveller here: each must lie within the stop's arrive..depart. */
  days?: string[];
  /** Stated departure (the home stop at the start) and arrival (the home stop at the end). */
  depart?: string;
  arrive?: string;
  /** The travel mode the text states for the leg that arrives here. */
  mode?: TravelMode;
}

export interface Expected {
  published?: string;
  home?: string;
  stops: ExpectedStop[];
  meetings: { stop: string; with: string }[];
}

export interface Score {
  name: string;
  extracted: number;
  expected: number;
  matched: number;
  datesRight: number;
  datesTotal: number;
  meetingsFound: number;
  meetingsTotal: number;
  modesRight: number;
  modesTotal: number;
  failures: string[];
}

const text = (t: unknown): string => (typeof t === 'string' ? t : t && typeof t === 'object' ? Object.values(t).join(' ') : '');

function same(e: ExpectedStop, s: Stop): boolean {
  // "Washington" is "Washington, D.C.", "New York" is "New York City"; "Shenzhen" is not "Shenzhen Bay Port".
  const bare = (k: string) => placeKey(k).replace(/\s(?:city|d c)$/, '');
  if (bare(e.name) !== bare(text(s.name))) return false;
  return !e.near || distanceKm(e.near, s.coordinates) < 30;
}

/** Longest common subsequence of expected and extracted stops: the pairs matched in order. */
function align(expected: ExpectedStop[], stops: Stop[]): [number, number][] {
  const n = expected.length;
  const m = stops.length;
  const t = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i]![j] = same(expected[i]!, stops[j]!) ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (same(expected[i]!, stops[j]!) && t[i]![j] === t[i + 1]![j + 1]! + 1) pairs.push([i++, j++]);
    else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

export function score(name: string, expected: Expected, itinerary: Itinerary): Score {
  const stops = itinerary.stops;
  const pairs = align(expected.stops, stops);
  const failures: string[] = [];
  const got = new Map(pairs);
  expected.stops.forEach((e, i) => {
    if (!got.has(i)) failures.push(`missed stop ${e.name}`);
  });
  const matchedExtracted = new Set(pairs.map(([, j]) => j));
  stops.forEach((s, j) => {
    if (!matchedExtracted.has(j)) failures.push(`extra stop ${text(s.name)}`);
  });

  let datesRight = 0;
  let datesTotal = 0;
  expected.stops.forEach((e, i) => {
    const j = got.get(i);
    const s = j === undefined ? undefined : stops[j];
    const check = (ok: boolean, what: string) => {
      datesTotal++;
      if (ok) datesRight++;
      else failures.push(`${e.name}: ${what} (got ${s ? `${s.arrive ?? '-'}..${s.depart ?? '-'}` : 'no stop'})`);
    };
    if (e.depart) check(s?.depart === e.depart, `depart ${e.depart}`);
    if (e.arrive) check(s?.arrive === e.arrive, `arrive ${e.arrive}`);
    for (const d of e.days ?? []) {
      const from = s?.arrive ?? s?.depart;
      const to = s?.depart ?? s?.arrive;
      check(!!from && !!to && from <= d && d <= to, `day ${d}`);
    }
  });

  // A stated mode is right when the leg into the matched stop has it, and its source is the sentence that states it.
  let modesRight = 0;
  let modesTotal = 0;
  expected.stops.forEach((e, i) => {
    if (!e.mode) return;
    modesTotal++;
    const j = got.get(i);
    const leg = j === undefined ? undefined : itinerary.legs.find((l) => l.to === stops[j]!.id);
    if (leg?.mode === e.mode && leg.source.length > 0) modesRight++;
    else failures.push(`${e.name}: mode ${e.mode} (got ${leg?.mode ?? 'no leg'})`);
  });

  let meetingsFound = 0;
  // A meeting is found when a matched stop of its name holds it: a city visited twice
  // (Amsterdam, The Hague, Amsterdam) may hold it at either visit.
  for (const em of expected.meetings) {
    const key = placeKey(em.with);
    const found = expected.stops.some((e, i) => {
      const j = e.name === em.stop ? got.get(i) : undefined;
      return j !== undefined && stops[j]!.meetings.some((m) => placeKey([text(m.title), ...m.with.flatMap((w) => [text(w.name), text(w.role), text(w.organisation)])].join(' ')).includes(key));
    });
    if (found) meetingsFound++;
    else failures.push(`missed meeting with ${em.with} at ${em.stop}`);
  }
  return {
    name,
    extracted: stops.length,
    expected: expected.stops.length,
    matched: pairs.length,
    datesRight,
    datesTotal,
    meetingsFound,
    meetingsTotal: expected.meetings.length,
    modesRight,
    modesTotal,
    failures,
  };
}

/** Every `NAME.txt` with its `NAME.json` in a folder. */
export function readCorpus(dir: string): { name: string; text: string; expected: Expected }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      return {
        name,
        text: readFileSync(path.join(dir, f), 'utf8'),
        expected: JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Expected,
      };
    });
}

export function totals(scores: Score[]) {
  const sum = (k: keyof Score) => scores.reduce((a, s) => a + (s[k] as number), 0);
  return {
    precision: sum('matched') / sum('extracted'),
    recall: sum('matched') / sum('expected'),
    dates: sum('datesRight') / sum('datesTotal'),
    meetings: sum('meetingsFound') / sum('meetingsTotal'),
    modes: sum('modesRight') / sum('modesTotal'),
    counts: `${sum('matched')} stops matched of ${sum('expected')} expected and ${sum('extracted')} extracted; ${sum('datesRight')}/${sum('datesTotal')} stated dates; ${sum('modesRight')}/${sum('modesTotal')} stated modes; ${sum('meetingsFound')}/${sum('meetingsTotal')} meetings`,
  };
}

/**
 * The part's figures, then each text's misses unless `misses` is false: the held-out part's are not
 * printed, as anyone running `npm test` would otherwise read them, and a rule chosen by them is tuned on
 * that part. `VISITMAP_HELDOUT_MISSES=1` prints them, for a round that retires the part.
 */
export function report(title: string, scores: Score[], { misses = true }: { misses?: boolean } = {}): string {
  const t = totals(scores);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `${title}: ${scores.length} texts`,
    `  place precision ${pct(t.precision)}, place recall ${pct(t.recall)}, stated dates ${pct(t.dates)}, stated modes ${pct(t.modes)}, meeting recall ${pct(t.meetings)}`,
    `  (${t.counts})`,
    ...(misses
      ? scores.filter((s) => s.failures.length).map((s) => `  ${s.name}: ${s.failures.join('; ')}`)
      : [`  (${scores.filter((s) => s.failures.length).length} texts with a miss; their misses are not printed, set VISITMAP_HELDOUT_MISSES=1 to print them)`]),
  ];
  return lines.join('\n');
}
