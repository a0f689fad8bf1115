/** The two-digit number at `i` in `s`, or -1 when either character is not a digit (or is past the end). */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Checks `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]` by character codes (it is
 * on the hot path: no regex, no `Date`, which also accepts 2023-02-30; each part read once,
 * as two-digit numbers): `0` when `s` is a real date or date-time, `1` when it does not have
 * that form, `2` when it has the form but names no real day or time (`2023-02-30`, `24:61`).
 *
 * @example
 * isoCheck('2023-12-10T09:30+08:00'); // 0
 * isoCheck('10 December 2023');       // 1
 * isoCheck('2023-02-30');             // 2
 */
export function isoCheck(s: string): number {
  const n = s.length;
  const lo = two(s, 2);
  const year = two(s, 0) * 100 + lo; // negative when any of its four is not a digit
  const m = two(s, 5);
  const d = two(s, 8);
  if ((year | lo | m | d) < 0 || s[4] != '-' || s[7] != '-') return 1;
  // Absent parts read as 0, which fails no test; each optional part only after the one before it.
  let h = 0;
  let min = 0;
  let sec = 0;
  let oh = 0;
  let om = 0;
  let i = 10;
  if (n > 10) {
    h = two(s, 11);
    min = two(s, 14);
    if (s[10] != 'T' || s[13] != ':' || (h | min) < 0) return 1;
    i = 16;
    if (s[16] == ':' && (sec = two(s, 17)) >= 0) {
      i = 19;
      if (s[19] == '.' && (two(s, 20) | two(s, 21)) >= 0) i = 23;
    }
    const z = s[i];
    if (z == 'Z') i++;
    else if ((z == '+' || z == '-') && s[i + 3] == ':' && ((oh = two(s, i + 1)) | (om = two(s, i + 4))) >= 0) i += 6;
  }
  if (i != n) return 1;
  const days = m == 2 ? (year % 4 || (!(year % 100) && year % 400) ? 28 : 29) : 30 + ((m + (m >> 3)) & 1);
  return m < 1 || m > 12 || d < 1 || d > days || h > 23 || min > 59 || sec > 59 || oh > 23 || om > 59 ? 2 : 0;
}

/** Whether a valid ISO text carries `Z` or an offset, i.e. names an instant rather than a local time. */
const hasOffset = (s: string): boolean => s.length > 10 && (s.endsWith('Z') || s[s.length - 6] == '+' || s[s.length - 6] == '-');

/**
 * The instant (ms since 1970) of a valid ISO text, read as UTC when it has no offset: what
 * `Date.parse` gives for it, worked out from its digits (no `Date`: this runs for every stop).
 * Days from the civil date as in Howard Hinnant's `days_from_civil`, years counted from March.
 */
export function instant(s: string): number {
  const m = two(s, 5);
  const y = two(s, 0) * 100 + two(s, 2) - (m < 3 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = (((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) | 0) + two(s, 8) - 1;
  let t = (era * 146097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy - 719468) * 864e5;
  const n = s.length;
  if (n > 10) {
    t += two(s, 11) * 36e5 + two(s, 14) * 6e4;
    if (s[16] == ':') t += two(s, 17) * 1e3 + (s[19] == '.' ? +s.slice(20, 23) : 0);
    const sign = s[n - 6];
    if (sign == '+' || sign == '-') t += (sign == '+' ? -6e4 : 6e4) * (two(s, n - 5) * 60 + two(s, n - 2));
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
 * a local text against an instant allows for any time zone. Texts of one form in one offset
 * (every stop of a trip that writes its times one way) compare as text, as their instants do:
 * fixed-width digits, most significant first (working out two instants for each stop, `instant`
 * was 7.9% of a city walk's export in a CPU profile).
 *
 * @example
 * isEarlier('2023-12-09', '2023-12-10T08:00');              // true
 * isEarlier('2023-12-10', '2023-12-10T08:00');              // false (same day)
 * isEarlier('2023-12-10T08:00Z', '2023-12-10T09:00+02:00'); // false
 */
export function isEarlier(b: string, a: string): boolean {
  // As text when of one length (so of one form: the forms' lengths all differ) and with the same last six characters (the same offset),
  // or when neither has an offset: as far as both go (a prefix of the other is not earlier). The last six compared in place: the two
  // six-character strings cut out per stop were a third of what a city walk's checks allocated (13.0 MB, now 8.4, at 100,000 stops).
  const n = a.length;
  let k = n == b.length ? 6 : 0;
  while (k && a.charCodeAt(n - k) == b.charCodeAt(n - k)) k--;
  return (hasOffset(a) || hasOffset(b)) && (k || n != b.length) ? bound(b, true) < bound(a, false) : b.slice(0, n) < a.slice(0, b.length);
}
