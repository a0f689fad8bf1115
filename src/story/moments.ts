import { instantOf, localDay } from '../geojson/time';
import type { Itinerary } from '../itinerary/types';

/** Where one stop sits on the story's time axis. */
export interface StoryMoment {
  /** Position of the stop in visiting order, from 0. */
  index: number;
  /** The stop's id. */
  id: string;
  /** The instant the story reaches the stop, ms since the epoch (see {@link storyMoments}). */
  time: number;
  /**
   * The instant the story leaves the stop: its `depart` (a date alone: the start of that local
   * day), kept between `time` and the next stop's; `time` for a stop without a departure.
   * Between the two the traveller is at the stop, not yet travelling. The last stop's stay
   * ends the story (see {@link storyEnd}).
   */
  leave: number;
  /** The stop's date is inferred (`dateCertainty: 'inferred'`) or it has no date at all. */
  inferred: boolean;
  /** The source gives a time of day, so `time` is exact; otherwise it is placed within its day. */
  exact: boolean;
  /** The stop has no date: `time` is interpolated between its neighbours. */
  undated: boolean;
}

const HOUR = 3_600_000;
const DAY = 86_400_000; // 24 h (a literal: a bundler can drop an unused product of two constants only when it sees no side effect)
/** Date-only stops of one day are spread over these local hours, in visiting order. */
const DAY_START_HOUR = 8;
const DAY_HOURS = 12;

/**
 * The time axis of an itinerary: one instant per stop, never decreasing, so a slider
 * and playback can move through the visit in order.
 *
 * - A stop is reached at its `arrive` (the first stop, which often only has `depart`,
 *   at that). A date-time is exact (one without an offset is wall-clock time in the
 *   itinerary's `timezone`).
 * - Stops with only a date are spread in visiting order over 08:00–20:00 local time of
 *   that day, then kept between the exact stops around them, a minute apart at least.
 * - Stops without any date are placed evenly between their dated neighbours; with no
 *   dates at all, the stops are an hour apart from the epoch (`undated` says so).
 *
 * @example
 * storyMoments(itinerary).map((m) => new Date(m.time).toISOString());
 */
export function storyMoments(itinerary: Itinerary): StoryMoment[] {
  const tz = itinerary.timezone;
  const stops = itinerary.stops;
  const out: StoryMoment[] = stops.map((stop, index) => {
    const value = stop.arrive ?? stop.depart;
    // Without a zone, wall-clock times are read as UTC: the axis only needs their order and spacing.
    const at = value === undefined ? undefined : instantOf(value, tz ?? 'UTC');
    return {
      index,
      id: stop.id,
      time: at ?? NaN,
      leave: NaN,
      inferred: value === undefined || stop.dateCertainty === 'inferred',
      exact: at !== undefined,
      undated: value === undefined,
    };
  });

  // Date-only stops: slots within their local day, in visiting order.
  const byDay = new Map<number, StoryMoment[]>();
  for (const m of out) {
    const stop = stops[m.index]!;
    if (m.exact || m.undated) continue;
    const day = localDay((stop.arrive ?? stop.depart)!, tz)!;
    let list = byDay.get(day);
    if (!list) byDay.set(day, (list = []));
    list.push(m);
  }
  for (const [day, list] of byDay) {
    list.forEach((m, k) => {
      const wall = day * DAY + (DAY_START_HOUR + (DAY_HOURS * (k + 0.5)) / list.length) * HOUR;
      m.time = wallToInstant(wall, tz);
    });
  }

  // Keep date-only stops between the exact ones around them, and in order.
  let lo = -Infinity;
  for (const m of out) {
    if (m.exact) lo = m.time;
    else if (!m.undated) m.time = Math.max(m.time, lo);
  }
  let hi = Infinity;
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i]!;
    if (m.exact) hi = m.time;
    else if (!m.undated) m.time = Math.min(m.time, hi);
  }
  let previous = -Infinity;
  for (const m of out) {
    if (m.undated) continue;
    if (!m.exact) m.time = Math.max(m.time, previous + 60_000);
    previous = m.time;
  }

  fillUndated(out);
  out.forEach((m, i) => {
    const depart = stops[i]!.depart;
    const day = depart === undefined ? undefined : localDay(depart, tz);
    const left = depart === undefined ? undefined : (instantOf(depart, tz ?? 'UTC') ?? (day === undefined ? undefined : wallToInstant(day * DAY, tz)));
    m.leave = Math.max(m.time, Math.min(left ?? m.time, out[i + 1]?.time ?? Infinity));
  });
  return out;
}

/** Places undated stops evenly between the dated ones around them. */
function fillUndated(out: StoryMoment[]): void {
  const dated = out.filter((m) => !m.undated);
  if (dated.length === 0) {
    out.forEach((m, i) => (m.time = i * HOUR));
    return;
  }
  for (let i = 0; i < out.length; i++) {
    if (!out[i]!.undated) continue;
    let j = i;
    while (j < out.length && out[j]!.undated) j++;
    const before = i > 0 ? out[i - 1]!.time : undefined;
    const after = j < out.length ? out[j]!.time : undefined;
    const count = j - i;
    for (let k = 0; k < count; k++) {
      const m = out[i + k]!;
      if (before !== undefined && after !== undefined) m.time = before + ((after - before) * (k + 1)) / (count + 1);
      else if (before !== undefined) m.time = before + (k + 1) * HOUR;
      else m.time = after! - (count - k) * HOUR;
    }
    i = j;
  }
}

/** The instant of a wall-clock time (ms as if UTC) in `timeZone`; as UTC when no zone is known. */
function wallToInstant(wallMs: number, timeZone: string | undefined): number {
  const iso = new Date(wallMs).toISOString().slice(0, 19);
  return instantOf(iso, timeZone ?? 'UTC') ?? wallMs;
}

/**
 * Where some stops are on the time axis, as playback positions from the first of them to
 * the last: what the timeline keeps to while only they are shown. For one local day
 * (`YYYY-MM-DD`, a day picked) the span is the part of their stays on that day: a stop
 * reached before the day counts from the day's start, on its way from it (11 Dec begins
 * with Hangzhou, reached on 10 Dec, being left, not at 10 Dec), and the last one until the
 * day's last minute or its departure. The day is on each stop's own clock, as
 * the day picker (`storyDays`) counts it, when its stops (`clocks`, the itinerary's) are given: a
 * date-time's own offset, else `timeZone`. `null` for no stops.
 *
 * @example
 * storySpan(moments, [1, 2, 3, 4], '2023-12-11', 'Asia/Shanghai', itinerary.stops); // [1.41…, 4.6…]
 */
export function storySpan(
  moments: readonly StoryMoment[],
  stops: readonly number[],
  day?: string | null,
  timeZone?: string,
  clocks?: readonly { arrive?: string; depart?: string }[],
): [number, number] | null {
  if (!stops.length) return null;
  const first = Math.min(...stops);
  const last = Math.max(...stops);
  // The instant of `hhmm` on the day, on the clock a stop's date-time `value` writes (its offset, else the zone's); NaN for no day.
  const wall = (value: string | undefined, hhmm: string): number =>
    (day && instantOf(`${day}T${hhmm}:00${/[+-]\d\d:\d\d$|Z$/.exec(value ?? '')?.[0] ?? ''}`, timeZone ?? 'UTC')) || NaN;
  // The position of instant t at stop i: within its stay (from its arrival to its leaving), on its way from it.
  const at = (i: number, t: number): number => {
    const m = moments[i]!;
    const b = after(moments, i);
    const time = Math.min(Math.max(t, m.time), m.leave);
    return time > m.time && b > m.time ? i + (time - m.time) / (b - m.time) : i;
  };
  const a = clocks?.[first];
  const z = clocks?.[last];
  return [at(first, wall(a?.arrive ?? a?.depart, '00')), at(last, wall(z?.depart ?? z?.arrive, '23:59'))];
}

/**
 * The last playback position: the last stop's (`n - 1`), or `n` when the last stop has a stay
 * (a departure after its arrival: a meeting that afternoon), which runs from `n - 1` to `n`
 * as another stop's runs on its way to the next. 0 for no stops.
 *
 * @example
 * timeAtPosition(moments, storyEnd(moments)) === moments.at(-1).leave;
 */
export function storyEnd(moments: readonly StoryMoment[]): number {
  const m = moments[moments.length - 1];
  return m ? moments.length - 1 + Number(m.leave > m.time) : 0;
}

/** The instant after moment `i` that position `i + 1` stands for: the next stop's arrival, after the last its leaving. */
const after = (moments: readonly StoryMoment[], i: number): number => moments[i + 1]?.time ?? moments[i]!.leave;

/**
 * The time at a playback position: `2.5` is halfway (in time) from the third stop to the fourth.
 *
 * @example
 * timeAtPosition(moments, 0) === moments[0].time;
 */
export function timeAtPosition(moments: readonly StoryMoment[], position: number): number {
  if (moments.length === 0) return NaN;
  const p = Math.min(Math.max(position, 0), storyEnd(moments));
  const i = Math.min(Math.floor(p), moments.length - 1);
  const a = moments[i]!.time;
  return a + (after(moments, i) - a) * (p - i);
}

/**
 * The playback position at a time: the last stop reached, plus how far (in time) the
 * story is towards the next one (at the last stop, through its stay). Before the first stop
 * it is 0, after the last {@link storyEnd}.
 *
 * @example
 * positionAtTime(moments, moments[3].time) === 3;
 */
export function positionAtTime(moments: readonly StoryMoment[], time: number): number {
  const n = moments.length;
  if (n === 0 || !(time > moments[0]!.time)) return 0;
  const z = moments[n - 1]!;
  if (time > z.time && z.leave > z.time) return n - 1 + Math.min(1, (time - z.time) / (z.leave - z.time));
  if (time >= z.time) {
    // Several stops at the last instant: the first of them.
    let i = n - 1;
    while (i > 0 && moments[i - 1]!.time === moments[n - 1]!.time) i--;
    return i;
  }
  let lo = 0;
  let hi = n - 1; // moments[lo].time <= time < moments[hi].time
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (moments[mid]!.time <= time) lo = mid;
    else hi = mid;
  }
  const a = moments[lo]!.time;
  const b = moments[hi]!.time;
  return lo + (b > a ? (time - a) / (b - a) : 0);
}
