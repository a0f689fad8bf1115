/**
 * The one cache of `Intl.DateTimeFormat`s for the story and the layer's date text.
 * Making a formatter is slow (tens of microseconds: Intl resolves the locale and the
 * zone each time), and the map writes a date for every stop, popup and timeline frame.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The formatter for a locale and options, made once. A locale tag or time zone that
 * Intl refuses falls back to `en-GB` in UTC: a bad setting must not break the map.
 *
 * @example
 * dateFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(0); // "1 Jan"
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * The formatter of the story's dates: "10 Dec 2023", with `withTime` "10 Dec 2023, 14:30"
 * (24-hour clock), in `timeZone` (default UTC: a wall-clock value stored as UTC); without
 * `year`, "10 Dec, 14:30" (a narrow bar's date).
 *
 * @example
 * fullDateFormat('en-GB', true, 'Asia/Shanghai').format(Date.UTC(2023, 11, 11, 6, 30)); // "11 Dec 2023, 14:30"
 */
export function fullDateFormat(locale: string, withTime: boolean, timeZone = 'UTC', year = true): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: year ? 'numeric' : undefined, timeZone };
  if (withTime) Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return dateFormat(locale, options);
}
