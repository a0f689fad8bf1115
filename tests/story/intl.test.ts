import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseItinerary } from '../../src/itinerary/parse';
import { dateFormat, fullDateFormat } from '../../src/story/intl';
import { formatDates } from '../../src/story/format';
import { storyDays } from '../../src/story/days';
import { storyTimeText } from '../../src/story/text';
import { storyMoments } from '../../src/story/moments';
import { seed } from '../leaflet/fixtures';

const day = { day: 'numeric', month: 'short', timeZone: 'UTC' } as const;

describe('dateFormat', () => {
  it('makes one formatter per locale and options, and hands the same one back', () => {
    expect(dateFormat('en-GB', day)).toBe(dateFormat('en-GB', { ...day }));
    expect(dateFormat('en-GB', day)).not.toBe(dateFormat('fr', day));
    expect(fullDateFormat('en-GB', false)).toBe(dateFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
  });

  it('writes the date without its year for a narrow bar, in the locale given', () => {
    const at = Date.UTC(2023, 11, 11, 6, 30);
    expect(fullDateFormat('en-GB', true, 'Asia/Shanghai', false).format(at)).toBe('11 Dec, 14:30');
    expect(fullDateFormat('en-GB', false, 'Asia/Shanghai', false).format(at)).toBe('11 Dec');
    expect(fullDateFormat('en-GB', false, 'Asia/Shanghai').format(at)).toBe('11 Dec 2023');
  });

  it('falls back to en-GB in UTC for a locale tag or a zone Intl refuses, instead of throwing', () => {
    expect(dateFormat('not a locale!', day).format(Date.UTC(2023, 11, 10))).toBe('10 Dec');
    expect(fullDateFormat('en-GB', true, 'Mars/Olympus').format(Date.UTC(2023, 11, 10, 6, 30))).toBe('10 Dec 2023, 06:30');
  });

  it('is the one cache behind the story’s date text: stop dates, timeline text and day names agree', () => {
    const itinerary = seed();
    const moment = storyMoments(itinerary)[0]!;
    const days = storyDays(itinerary, { dateLocale: 'en-GB' });
    expect(formatDates('2023-12-10', undefined, 'en-GB')).toBe('10 Dec 2023');
    expect(storyTimeText(moment.time, moment, true, itinerary.timezone, 'en-GB')).toBe('10 Dec 2023');
    expect(days[0]!.date).toBe('10 Dec');
    expect(formatDates('2023-12-10', undefined, 'xx-not-valid-!')).toBe('10 Dec 2023');
  });
});

describe('the timeline writes a stop’s time on the stop’s own clock', () => {
  it.each(['pacific-tour', 'round-the-world'])('as the stop list and popups do, across time zones (%s)', (name) => {
    const itinerary = parseItinerary(JSON.parse(readFileSync(path.join(__dirname, `../../examples/data/${name}.json`), 'utf8')));
    const moments = storyMoments(itinerary);
    itinerary.stops.forEach((stop, i) => {
      const local = stop.arrive ?? stop.depart!;
      expect(storyTimeText(moments[i]!.time, moments[i]!, false, itinerary.timezone, 'en-GB', local), stop.id).toBe(formatDates(local, undefined, 'en-GB'));
    });
  });

  it('keeps the itinerary’s zone for a stop whose text states no offset', () => {
    const moment = { index: 0, id: 'a', time: Date.UTC(2023, 11, 11, 6, 30), leave: Date.UTC(2023, 11, 11, 6, 30), inferred: false, exact: true, undated: false };
    expect(storyTimeText(moment.time, moment, false, 'Asia/Shanghai', 'en-GB', '2023-12-11T14:30')).toBe('11 Dec 2023, 14:30');
    expect(storyTimeText(moment.time, moment, false, 'Asia/Shanghai', 'en-GB', '2023-12-11T09:30+03:00')).toBe('11 Dec 2023, 09:30');
    expect(storyTimeText(moment.time, moment, false, 'Asia/Shanghai', 'en-GB', '2023-12-11T06:30Z')).toBe('11 Dec 2023, 06:30');
  });
});

describe('formatDates keeps one style per locale', () => {
  const months = /\d{4}\/\d{1,2}\/\d{1,2}/;
  it.each(['zh-Hans', 'zh-Hant', 'ja'])('writes a range in %s the way it writes one date (年月日, never 2023/12/10)', (locale) => {
    const one = formatDates('2023-12-10', undefined, locale);
    const range = formatDates('2023-12-10', '2023-12-11', locale);
    const timed = formatDates('2023-12-10T14:30', '2023-12-11T09:00', locale);
    expect(one).toContain('12月10日');
    expect(range).not.toMatch(months);
    expect(timed).not.toMatch(months);
    expect(range).toContain(one);
    expect(range).toContain(formatDates('2023-12-11', undefined, locale));
  });

  it('keeps the compact shared-month range where the locale writes it in its usual style', () => {
    expect(formatDates('2023-12-10', '2023-12-11', 'en-GB')).toMatch(/^10\s–\s11 Dec 2023$/);
    expect(formatDates('2023-11-30', '2023-12-01', 'en-GB')).toMatch(/^30 Nov\s–\s1 Dec 2023$/);
  });
});
