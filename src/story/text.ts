import { offsetOf } from '../geojson/time';
import { fullDateFormat } from './intl';
import type { StoryMoment } from './moments';

/**
 * The date locale for a language when none is given: `'en-GB'` for plain English
 * ("10 Dec 2023", day first), else the language itself. The one such default: the
 * layer, the timeline, the day picker and the summary use it.
 *
 * @example
 * storyLocale('en'); // 'en-GB'
 * storyLocale('zh-Hans'); // 'zh-Hans'
 */
export function storyLocale(language: string): string {
  return /^en$/i.test(language) ? 'en-GB' : language;
}

/**
 * How the timeline writes where in time the story is: the date and time for a stop with a
 * stated time ("11 Dec 2023, 14:30"), the date alone for a stop placed within its day or
 * while travelling, nothing for an undated stop. In the itinerary's zone, unless `local`, the
 * text of the stop's own date (its arrival, or while travelling the departure being made),
 * states a UTC offset ("2025-05-11T07:30+12:00"): then on that clock, as the stop list and
 * the popups write it (a trip across time zones read "10 May, 19:30" in UTC on the timeline
 * where Auckland's popup said "11 May, 07:30").
 *
 * @example
 * storyTimeText(moment.time, moment, false, 'Asia/Shanghai', 'en-GB'); // "10 Dec 2023"
 * storyTimeText(Date.UTC(2025, 4, 10, 19, 30), auckland, false, undefined, 'en-GB', '2025-05-11T07:30+12:00'); // "11 May 2025, 07:30"
 */
export function storyTimeText(time: number, moment: StoryMoment, travelling: boolean, timeZone: string | undefined, locale: string, local?: string): string {
  return timeText(time, moment, travelling, timeZone, locale, local, true);
}

/** {@link storyTimeText}, without the year unless `year`: "11 Dec, 14:30", the date of a narrow bar. Not exported from the package. */
export function timeText(time: number, moment: StoryMoment, travelling: boolean, timeZone: string | undefined, locale: string, local: string | undefined, year: boolean): string {
  if (!travelling && moment.undated) return '';
  const offset = local === undefined ? undefined : offsetOf(local);
  const withTime = moment.exact && !travelling;
  return offset === undefined ? fullDateFormat(locale, withTime, timeZone, year).format(time) : fullDateFormat(locale, withTime, 'UTC', year).format(time + offset * 60_000);
}
