import { localize } from '../itinerary/localize';
import type { DateCertainty, Stop } from '../itinerary/types';
import { fullDateFormat } from './intl';

/** The words {@link formatDates} uses for a day with one time: the defaults, in English, which the layer's `LayerStrings` starts from too. */
export const TIME_STRINGS = { fromTime: 'from {time}', untilTime: 'until {time}' } as const;

/** The words {@link formatDates} uses for a day with one time, both optional (the layer's `LayerStrings` has them). */
export interface TimeStrings {
  /** A timed start on the day of a date-only end: `{time}` is replaced. Default `'from {time}'`. */
  fromTime?: string;
  /** A timed end on the day of a date-only start: `{time}` is replaced. Default `'until {time}'`. */
  untilTime?: string;
}

/** The words {@link datesWithCertainty} and {@link stopLabel} use (the layer's `LayerStrings` has them). */
export interface DateStrings extends TimeStrings {
  /** Marks dates the source states, e.g. `'stated'`. */
  stated: string;
  /** Marks dates inferred from the source, e.g. `'inferred'`. */
  inferred: string;
  /** A stop's position for screen readers, e.g. `'Stop {n} of {total}'`. */
  stopOfTotal: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/** Splits an ISO 8601 date or date-time into a UTC `Date` holding its wall-clock fields, and whether it had a time. */
function wallClock(iso: string): { date: Date; hasTime: boolean } | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written ("0050" is not 1950).
  const date = new Date(0);
  date.setUTCFullYear(+y!, +mo! - 1, +d!);
  date.setUTCHours(h ? +h : 0, mi ? +mi : 0);
  return Number.isNaN(date.getTime()) ? null : { date, hasTime: h !== undefined };
}

/**
 * A stop's or meeting's dates for people: "10 Dec 2023", "10 – 11 Dec 2023" (as Intl's `formatRange` writes it: the spaces are thin, U+2009),
 * "12 Dec 2023, 14:30". Times are shown as written (each on its own clock: its
 * offset is not applied), never shifted into the reader's time zone; two times on
 * different clocks (offsets) each get their date, "6 May 2025, 23:30 – 6 May 2025,
 * 05:00", as a compact "23:30–05:00" would read as if the end came first. A date
 * without a time is shown without one, also next to a date-time ("6 May 2025,
 * 06:00 – 7 May 2025"): no midnight is made up; on the same day, the day is written
 * once with its time, "6 May 2025, from 06:00" or "6 May 2025, until 18:00"
 * (`strings.fromTime`, `strings.untilTime`). Unparseable text is shown as is.
 *
 * @example
 * formatDates('2023-12-10', '2023-12-11', 'en-GB') // "10 – 11 Dec 2023"
 * formatDates('2025-05-06T06:00', '2025-05-06', 'en-GB') // "6 May 2025, from 06:00"
 */
export function formatDates(from: string | undefined, to: string | undefined, locale: string, strings: TimeStrings = {}): string {
  if (from === undefined && to === undefined) return '';
  const a = from !== undefined ? wallClock(from) : null;
  const b = to !== undefined ? wallClock(to) : null;
  if ((from !== undefined && !a) || (to !== undefined && !b)) return [from, to].filter(Boolean).join(' – ');
  const fmt = fullDateFormat(locale, (a ?? b)!.hasTime);
  if (a && b) {
    const mixed = a.hasTime !== b.hasTime;
    // A date alone next to a date-time is written as a date: its midnight is not in the data.
    // On the same day it is that day, whose time is where the stay starts or ends.
    if (mixed && from!.slice(0, 10) == to!.slice(0, 10)) {
      return dayWithTime(fullDateFormat(locale, true), (a.hasTime ? a : b).date, a.hasTime ? (strings.fromTime ?? TIME_STRINGS.fromTime) : (strings.untilTime ?? TIME_STRINGS.untilTime));
    }
    // Times on two clocks are not compared ("23:30–05:00" would read as if the end came first): each end is written in full.
    if (mixed || clockOf(from!) != clockOf(to!)) return `${fmt.format(a.date)} – ${fullDateFormat(locale, b.hasTime).format(b.date)}`;
    if (a.date.getTime() !== b.date.getTime()) return sameStyleRange(fmt, a.date, b.date);
  }
  return fmt.format((a ?? b)!.date);
}

/** The UTC offset a date-time is written in, as written ("+13:00"; "Z" is "+00:00"), or "" for none. */
const clockOf = (iso: string) => iso.slice(16).replace(/^[:.\d]*/, '').replace('Z', '+00:00');

/** The time `fmt` writes in a date, hour to minute ("06:00"); `''` where it writes none. */
function timeOf(fmt: Intl.DateTimeFormat, date: Date): string {
  const parts = fmt.formatToParts(date);
  const at = (type: string) => parts.findIndex((p) => p.type == type);
  return parts.slice(at('hour'), at('minute') + 1).map((p) => p.value).join('');
}

/** `fmt.format(date)` with its time put into `template`'s `{time}`: "6 May 2025, from 06:00". */
function dayWithTime(fmt: Intl.DateTimeFormat, date: Date, template: string): string {
  const time = timeOf(fmt, date);
  return fmt.format(date).replace(time, () => fill(template, { time }));
}

/**
 * `fmt.formatRange(a, b)` where it writes dates the way `fmt.format` does, else the two
 * dates in full with a dash: for Chinese and Japanese, ICU's ranges switch to numbers
 * ("2023/12/10 – 2023/12/11") where a single date reads "2023年12月10日", and one view
 * must not mix the two styles. Two times on one day write the day once: "2025年5月6日 10:00 – 11:00".
 */
function sameStyleRange(fmt: Intl.DateTimeFormat, a: Date, b: Date): string {
  const range = fmt.formatRange(a, b);
  // The words between a single date's numbers (年, 月, 日; a comma before the time), spaces aside.
  if (fmt.formatToParts(a).every((p) => p.type != 'literal' || range.includes(p.value.trim()))) return range;
  // The dates are wall clocks in UTC (see wallClock): one day is one UTC day.
  const time = a.toISOString().slice(0, 10) == b.toISOString().slice(0, 10) && timeOf(fmt, b);
  return `${fmt.format(a)} – ${time || fmt.format(b)}`;
}

/** Dates followed by their certainty: "10 Dec 2023 · inferred". */
export function datesWithCertainty(
  from: string | undefined,
  to: string | undefined,
  certainty: DateCertainty | undefined,
  locale: string,
  strings: Pick<DateStrings, 'stated' | 'inferred' | 'fromTime' | 'untilTime'>,
): string {
  const dates = formatDates(from, to, locale, strings);
  if (!dates || !certainty) return dates;
  return `${dates} · ${certainty === 'inferred' ? strings.inferred : strings.stated}`;
}

/** `x` written in `locale` with at most `digits` decimals; in British English for a locale `Intl` refuses. */
export function formatNumber(x: number, locale: string, digits = 0): string {
  try {
    return x.toLocaleString(locale, { maximumFractionDigits: digits });
  } catch {
    return x.toLocaleString('en-GB', { maximumFractionDigits: digits });
  }
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * What a screen reader says for a stop: "Stop 2 of 7: Hangzhou, 10 Dec 2023".
 *
 * @example
 * stopLabel(stop, 1, 7, 'en', 'en-GB', DEFAULT_STRINGS)
 */
export function stopLabel(stop: Stop, index: number, total: number, language: string, locale: string, strings: Pick<DateStrings, 'stopOfTotal' | 'fromTime' | 'untilTime'>): string {
  const head = fill(strings.stopOfTotal, { n: index + 1, total });
  const dates = formatDates(stop.arrive, stop.depart, locale, strings);
  return `${head}: ${localize(stop.name, language)}${dates ? `, ${dates}` : ''}`;
}
