// The words of dates, as pieces of the regular expressions that read them (see dates.ts), and the ISO day they make.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Weekday names, lower case, Sunday first (as `Date.getUTCDay`). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// The months' full names, an alternation to group: what MONTH reads without its abbreviations, for a pattern that reads none
// (find-meetings' "…, and on 8 July Vice Premier Y").
export const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const MONTH = `(${MONTH_FULL}|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)`;
// The month names without a capture, for look-arounds: "February 11 to 1 March" is no span of February.
export const MONTH_NC = MONTH.replace('(', '(?:');
// Not a time: "May\n09:00" is the ninth of nothing, while "April 12:" heads a day.
export const DAY = '(\\d{1,2})(?!\\d|:\\d)(?:st|nd|rd|th)?';
export const YEAR = '(?:,?\\s+(\\d{4}))?';
export const TO = '\\s*(?:-|–|—|to|until|till|through|and)\\s*';
// The middle days of a list of days: the ", 4" of "June 3, 4 and 5".
export const LISTED_DAYS = '(?:,\\s*\\d{1,2}(?:st|nd|rd|th)?)+,?';
export const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
export const WEEKDAY_NC = WEEKDAY.replace('(', '(?:');
/** The month (0–11) of an English month name or abbreviation; -1 when none. */
export const monthIndex = (m: string): number => MONTHS.indexOf(m.slice(0, 3).toLowerCase());

/** Midnight UTC of a year, month (0–11) and day, in ms; years 0–99 as written (`Date.UTC` reads them as 1900–1999). */
export function utcDay(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month, day);
}

/** The ISO day of a year, month (0–11) and day, or `undefined` when there is no such day (30 February) or no year. */
export function iso(year: number | undefined, month: number, day: number): string | undefined {
  if (year === undefined || month < 0 || day < 1 || day > 31) return undefined;
  const t = new Date(utcDay(year, month, day));
  return t.getUTCDate() === day ? t.toISOString().slice(0, 10) : undefined;
}
