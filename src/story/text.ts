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
 * How the timeline writes where in time the story is, in the itinerary's zone: the date
 * and time for a stop with a stated time ("11 Dec 2023, 14:30"), the date alone for a
 * stop placed within its day or while travelling, nothing for an undated stop.
 *
 * @example
 * storyTimeText(moment.time, moment, false, 'Asia/Shanghai', 'en-GB'); // "10 Dec 2023"
 */
export function storyTimeText(time: number, moment: StoryMoment, travelling: boolean, timeZone: string | undefined, locale: string): string {
  if (!travelling && moment.undated) return '';
  return fullDateFormat(locale, moment.exact && !travelling, timeZone).format(time);
}
