/** The `n`-digit number at `i` in `s`, or NaN when any of those characters is not a digit. */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (const end = i + n; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return NaN;
    v = v * 10 + d;
  }
  return v;
}

/** Whether `s` has `pattern` at `i`, where `0` in the pattern stands for any digit. */
function fits(s: string, i: number, pattern: string): boolean {
  if (i + pattern.length > s.length) return false;
  for (let j = 0; j < pattern.length; j++) {
    const want = pattern.charCodeAt(j);
    const ch = s.charCodeAt(i + j);
    if (want == 48 ? ch < 48 || ch > 57 : ch != want) return false;
  }
  return true;
}

/** The optional parts after the date, each allowed only after the one before it. */
const TIME_PARTS = ['T00:00', ':00', '.000'];

/**
 * Checks `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]` by character codes (it is
 * on the hot path: no regex, no `Date`, which also accepts 2023-02-30): `0` when `s` is a
 * real date or date-time, `1` when it does not have that form, `2` when it has the form but
 * names no real day or time (`2023-02-30`, `24:61`).
 *
 * @example
 * isoCheck('2023-12-10T09:30+08:00'); // 0
 * isoCheck('10 December 2023');       // 1
 * isoCheck('2023-02-30');             // 2
 */
export function isoCheck(s: string): number {
  if (!fits(s, 0, '0000-00-00')) return 1;
  let i = 10;
  for (const part of TIME_PARTS) {
    if (!fits(s, i, part)) break;
    i += part.length;
  }
  if (i > 10 && s[i] == 'Z') i++;
  else if (i > 10 && (s[i] == '+' || s[i] == '-') && fits(s, i + 1, '00:00')) i += 6;
  if (i != s.length) return 1;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const days = m == 2 ? (y % 4 || (!(y % 100) && y % 400) ? 28 : 29) : 30 + ((m + (m >> 3)) & 1);
  // Absent parts read as NaN, which fails no test.
  const sign = i > 16 ? s[i - 6] : '';
  const offset = sign == '+' || sign == '-';
  const bad =
    m < 1 || m > 12 || d < 1 || d > days || digits(s, 11, 2) > 23 || digits(s, 14, 2) > 59 || (s[16] == ':' && digits(s, 17, 2) > 59) ||
    (offset && (digits(s, i - 5, 2) > 23 || digits(s, i - 2, 2) > 59));
  return bad ? 2 : 0;
}

/** Whether a valid ISO text carries `Z` or an offset, i.e. names an instant rather than a local time. */
const hasOffset = (s: string): boolean => s.length > 10 && (s.endsWith('Z') || s[s.length - 6] == '+' || s[s.length - 6] == '-');

/**
 * The instant (ms since 1970) of a valid ISO text, read as UTC when it has no offset: what
 * `Date.parse` gives for it, worked out from its digits (no `Date`: this runs for every stop).
 * Days from the civil date as in Howard Hinnant's `days_from_civil`, years counted from March.
 */
export function instant(s: string): number {
  const m = digits(s, 5, 2);
  const y = digits(s, 0, 4) - (m < 3 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = (((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) | 0) + digits(s, 8, 2) - 1;
  let t = (era * 146097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy - 719468) * 864e5;
  const n = s.length;
  if (n > 10) {
    t += digits(s, 11, 2) * 36e5 + digits(s, 14, 2) * 6e4;
    if (s[16] == ':') t += digits(s, 17, 2) * 1e3 + (s[19] == '.' ? digits(s, 20, 3) : 0);
    const sign = s[n - 6];
    if (sign == '+' || sign == '-') t += (sign == '+' ? -6e4 : 6e4) * (digits(s, n - 5, 2) * 60 + digits(s, n - 2, 2));
  }
  return t;
}

/**
 * The earliest (or with `late`, the latest) instant in ms that a valid ISO text can mean. A
 * text without an offset is local to some time zone, UTC−12 to UTC+14; a date covers its
 * whole day.
 */
function bound(s: string, late: boolean): number {
  const t = instant(s);
  return hasOffset(s) ? t : late ? t + (s.length == 10 ? 1296e5 : 432e5) : t - 504e5;
}

/**
 * True when the valid ISO date or date-time `b` is certainly earlier than `a`, comparing what
 * can be compared: texts without offsets share the itinerary's time zone and compare as far as
 * both go (a date with a date-time compares by day); texts with offsets compare as instants;
 * a local text against an instant allows for any time zone.
 *
 * @example
 * isEarlier('2023-12-09', '2023-12-10T08:00');              // true
 * isEarlier('2023-12-10', '2023-12-10T08:00');              // false (same day)
 * isEarlier('2023-12-10T08:00Z', '2023-12-10T09:00+02:00'); // false
 */
export function isEarlier(b: string, a: string): boolean {
  if (!hasOffset(a) && !hasOffset(b)) {
    for (let i = 0, n = Math.min(a.length, b.length); i < n; i++) {
      const diff = b.charCodeAt(i) - a.charCodeAt(i);
      if (diff) return diff < 0;
    }
    return false;
  }
  return bound(b, true) < bound(a, false);
}
