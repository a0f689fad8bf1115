import type { StoryMoment } from './moments';

/** The date locale the layer would pick for a language: "10 Dec 2023" for plain English. */
export function storyLocale(language: string): string {
  return /^en$/i.test(language) ? 'en-GB' : language;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * How the timeline writes where in time the story is, in the itinerary's zone: the date
 * and time for a stop with a stated time ("11 Dec 2023, 14:30"), the date alone for a
 * stop placed within its day or while travelling, nothing for an undated stop.
 *
 * @example
 * storyTimeText(moment.time, moment, false, 'Asia/Shanghai', 'en-GB'); // "10 Dec 2023"
 */
export function storyTimeText(time: number, moment: StoryMoment, travelling: boolean, timeZone: string | undefined, locale: string): string {
  if (!travelling && moment.undated) return '';
  const withTime = moment.exact && !travelling;
  const key = `${locale}|${timeZone ?? 'UTC'}|${withTime}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: timeZone ?? 'UTC' };
    if (withTime) Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // A bad locale or zone must not break the map: English, UTC.
      format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    }
    formats.set(key, format);
  }
  return format.format(time);
}
