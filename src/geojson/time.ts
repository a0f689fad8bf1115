/**
 * The few date computations the exports need, on ISO 8601 strings the itinerary
 * parser has already validated: a date (`2023-12-10`) or a date-time with or without
 * an offset. A date-time without an offset is wall-clock time in the itinerary's zone.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MS = 86_400_000;

interface Parts {
  ms: number; // the wall-clock fields read as if they were UTC
  hasTime: boolean;
  offsetMinutes?: number;
}

/** Minutes east of UTC in `+08:00`, `-0530`, `Z` or Intl's `GMT+08:05:43` (`GMT` alone is 0). */
function minutesOf(offset: string): number {
  const m = /([+-])(\d\d):?(\d\d)(?::(\d\d))?/.exec(offset);
  return m ? Math.round((m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60)) || 0 : 0;
}

function parts(value: string): Parts | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const hasTime = m[4] !== undefined;
  if (hasTime) d.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6] ?? 0), Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3)));
  return { ms: d.getTime(), hasTime, offsetMinutes: m[8] ? minutesOf(m[8]) : undefined };
}

/** The UTC offset in minutes that an ISO 8601 date-time states (`Z`, `+09:00`), or `undefined` (a date, a local time). */
export function offsetOf(value: string): number | undefined {
  return parts(value)?.offsetMinutes;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** The zone's offset from UTC, in minutes (rounded, as for local mean time), at instant `utcMs`; undefined for an unknown zone. */
function zoneOffset(utcMs: number, timeZone: string): number | undefined {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      // Intl names the offset itself: no wall-clock arithmetic (eras, years before 100) here.
      f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      f = null;
    }
    formatters.set(timeZone, f);
  }
  return f ? minutesOf(f.formatToParts(utcMs).find((p) => p.type === 'timeZoneName')!.value) : undefined;
}

/**
 * The instant a date-time stands for, in ms since the epoch; undefined for a date
 * alone, or for a wall-clock time when no time zone is known (guessing would be wrong).
 */
export function instantOf(value: string, timeZone?: string): number | undefined {
  const p = parts(value);
  if (!p || !p.hasTime) return undefined;
  if (p.offsetMinutes !== undefined) return p.ms - p.offsetMinutes * 60_000;
  if (!timeZone) return undefined;
  // Two passes settle the offset next to a daylight-saving change.
  const first = zoneOffset(p.ms, timeZone);
  if (first === undefined) return undefined;
  const second = zoneOffset(p.ms - first * 60_000, timeZone) ?? first;
  return p.ms - second * 60_000;
}

/** `2023-12-10T01:30:00Z`: an instant as RFC 3339 UTC, milliseconds only when present. */
export function utcString(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/**
 * The local calendar day of a date or date-time, as days since 1970-01-01: in
 * `timeZone` when the value has an offset and a zone is known, else as written.
 */
export function localDay(value: string, timeZone?: string): number | undefined {
  const p = parts(value);
  if (!p) return undefined;
  let ms = p.ms;
  if (p.hasTime && p.offsetMinutes !== undefined && timeZone) {
    const utc = p.ms - p.offsetMinutes * 60_000;
    const offset = zoneOffset(utc, timeZone);
    if (offset !== undefined) ms = utc + offset * 60_000;
  }
  return Math.floor(ms / DAY_MS);
}

/** `2023-12-10` for a day number from {@link localDay}. */
export function dayString(day: number): string {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : String(y);
  return `${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
