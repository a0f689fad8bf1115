import { localize } from '../itinerary/localize';
import type { DateCertainty, Stop } from '../itinerary/types';
import { fullDateFormat } from './intl';

/** The words {@link datesWithCertainty} and {@link stopLabel} use (the layer's `LayerStrings` has them). */
export interface DateStrings {
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
  const date = new Date(Date.UTC(+y!, +mo! - 1, +d!, h ? +h : 0, mi ? +mi : 0));
  return Number.isNaN(date.getTime()) ? null : { date, hasTime: h !== undefined };
}

/**
 * A stop's or meeting's dates for people: "10 Dec 2023", "10–11 Dec 2023",
 * "12 Dec 2023, 14:30". Times are shown as written (each on its own clock: its
 * offset is not applied), never shifted into the reader's time zone. A date
 * without a time is shown without one, also next to a date-time ("6 May 2025,
 * 06:00 – 7 May 2025"): no midnight is made up. Unparseable text is shown as is.
 *
 * @example
 * formatDates('2023-12-10', '2023-12-11', 'en-GB') // "10–11 Dec 2023"
 */
export function formatDates(from: string | undefined, to: string | undefined, locale: string): string {
  if (from === undefined && to === undefined) return '';
  const a = from !== undefined ? wallClock(from) : null;
  const b = to !== undefined ? wallClock(to) : null;
  if ((from !== undefined && !a) || (to !== undefined && !b)) return [from, to].filter(Boolean).join(' – ');
  // A date alone next to a date-time is written as a date: its midnight is not in the data.
  if (a && b && a.hasTime !== b.hasTime) return `${fullDateFormat(locale, a.hasTime).format(a.date)} – ${fullDateFormat(locale, b.hasTime).format(b.date)}`;
  const fmt = fullDateFormat(locale, (a ?? b)!.hasTime);
  if (a && b && a.date.getTime() !== b.date.getTime()) return sameStyleRange(fmt, a.date, b.date);
  return fmt.format((a ?? b)!.date);
}

/**
 * `fmt.formatRange(a, b)` where it writes dates the way `fmt.format` does, else the two
 * dates in full with a dash: for Chinese and Japanese, ICU's ranges switch to numbers
 * ("2023/12/10 – 2023/12/11") where a single date reads "2023年12月10日", and one view
 * must not mix the two styles.
 */
function sameStyleRange(fmt: Intl.DateTimeFormat, a: Date, b: Date): string {
  const range = fmt.formatRange(a, b);
  // The words between a single date's numbers (年, 月, 日; a comma before the time), spaces aside.
  return fmt.formatToParts(a).every((p) => p.type != 'literal' || range.includes(p.value.trim())) ? range : `${fmt.format(a)} – ${fmt.format(b)}`;
}

/** Dates followed by their certainty: "10 Dec 2023 · inferred". */
export function datesWithCertainty(
  from: string | undefined,
  to: string | undefined,
  certainty: DateCertainty | undefined,
  locale: string,
  strings: Pick<DateStrings, 'stated' | 'inferred'>,
): string {
  const dates = formatDates(from, to, locale);
  if (!dates || !certainty) return dates;
  return `${dates} · ${certainty === 'inferred' ? strings.inferred : strings.stated}`;
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
export function stopLabel(stop: Stop, index: number, total: number, language: string, locale: string, strings: Pick<DateStrings, 'stopOfTotal'>): string {
  const head = fill(strings.stopOfTotal, { n: index + 1, total });
  const dates = formatDates(stop.arrive, stop.depart, locale);
  return `${head}: ${localize(stop.name, language)}${dates ? `, ${dates}` : ''}`;
}
