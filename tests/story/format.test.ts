import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDates } from '../../src/story/format';
import { fullDateFormat } from '../../src/story/intl';

const pad = (n: number) => String(n).padStart(2, '0');

/** A date (`2025-05-06`), or a date-time with or without an offset, or nothing; with the times it states as [hour, minute]. */
const when = (): fc.Arbitrary<{ text: string | undefined; time: [number, number] | undefined }> =>
  fc.oneof(
    fc.constant({ text: undefined, time: undefined }),
    fc
      .record({
        day: fc.integer({ min: 0, max: 400 }),
        time: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), { nil: undefined }),
        offset: fc.constantFrom('', 'Z', '+13:00', '-10:00', '+05:30', '-03:30'),
      })
      .map(({ day, time, offset }) => {
        const date = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
        return { text: time ? `${date}T${pad(time[0])}:${pad(time[1])}${offset}` : date, time };
      }),
  );

/** The locales of the gallery's pages. */
const GALLERY = ['en-GB', 'en-US', 'zh-Hans', 'zh-Hant'];

/** Two ends on one day of May 2025, each a date or a date-time with or without an offset; their times as written ("06:00"). */
const sameDay = () =>
  fc.integer({ min: 1, max: 31 }).chain((day) => {
    const end = fc
      .record({
        time: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), { nil: undefined }),
        offset: fc.constantFrom('', 'Z', '+00:00', '+13:00', '-10:00', '+05:30'),
      })
      .map(({ time, offset }) => {
        const date = `2025-05-${pad(day)}`;
        const clock = time && `${pad(time[0])}:${pad(time[1])}`;
        return clock ? { text: `${date}T${clock}${offset}`, time: clock, offset } : { text: date, time: undefined, offset: '' };
      });
    return fc.record({ day: fc.constant(day), from: end, to: end });
  });

/** Every [hour, minute] the text writes: "06:00", "6:00" (Thai ranges), "6時00分" (Japanese ranges). */
const timesIn = (text: string): Array<[number, number]> => [...text.matchAll(/(\d{1,2})(?::|時)(\d{2})/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('formatDates writes only what the dates say', () => {
  it('writes a date-only departure after a timed arrival as a date, without an invented midnight', () => {
    expect(formatDates('2025-05-06T06:00-10:00', '2025-05-07', 'en-GB')).toBe('6 May 2025, 06:00 – 7 May 2025');
    expect(formatDates('2025-05-06', '2025-05-07T08:00', 'en-GB')).toBe('6 May 2025 – 7 May 2025, 08:00');
    expect(formatDates('2025-05-06T06:00-10:00', '2025-05-07', 'zh-Hans')).toBe('2025年5月6日 06:00 – 2025年5月7日');
  });

  it('keeps writing two dates, or two date-times, as one range', () => {
    expect(formatDates('2025-05-06T10:00', '2025-05-06T12:00', 'en-GB')).toBe('6 May 2025, 10:00–12:00');
    expect(formatDates('2025-05-06T10:00+08:00', '2025-05-06T12:00+08:00', 'en-GB')).toBe('6 May 2025, 10:00–12:00');
    expect(formatDates('2025-05-06', '2025-05-07', 'en-GB')).toMatch(/^6\s–\s7 May 2025$/);
  });

  it('writes a day with one time once, the time saying where the stay starts or ends', () => {
    expect(formatDates('2025-05-06T06:00', '2025-05-06', 'en-GB')).toBe('6 May 2025, from 06:00');
    expect(formatDates('2025-05-06T06:00-10:00', '2025-05-06', 'en-GB')).toBe('6 May 2025, from 06:00');
    expect(formatDates('2025-05-06', '2025-05-06T18:00', 'en-GB')).toBe('6 May 2025, until 18:00');
    expect(formatDates('2025-05-06', '2025-05-06T18:00', 'en-US')).toBe('May 6, 2025, until 18:00');
    const zh = { fromTime: '{time} 起', untilTime: '至 {time}' };
    expect(formatDates('2025-05-06T06:00', '2025-05-06', 'zh-Hans', zh)).toBe('2025年5月6日 06:00 起');
    expect(formatDates('2025-05-06', '2025-05-06T18:00', 'zh-Hant', zh)).toBe('2025年5月6日 至 18:00');
  });

  it('gives each end its own date when the two are on different clocks (offsets)', () => {
    // Compact, "23:30–05:00" would read as if the end came first.
    expect(formatDates('2025-05-06T23:30+13:00', '2025-05-06T05:00-10:00', 'en-GB')).toBe('6 May 2025, 23:30 – 6 May 2025, 05:00');
    expect(formatDates('2025-05-06T23:00+14:00', '2025-05-06T01:00-11:00', 'zh-Hans')).toBe('2025年5月6日 23:00 – 2025年5月6日 01:00');
    expect(formatDates('2025-05-06T10:00Z', '2025-05-06T12:00+00:00', 'en-GB')).toBe('6 May 2025, 10:00–12:00');
  });

  it.each(GALLERY)('writes a day with one time once, and each end\'s date where the two are on different clocks (%s)', (locale) => {
    fc.assert(
      fc.property(sameDay(), ({ day, from, to }) => {
        const text = formatDates(from.text, to.text, locale, { fromTime: '>{time}', untilTime: '<{time}' });
        const date = fullDateFormat(locale, false).format(Date.UTC(2025, 4, day));
        const written = text.split(date).length - 1;
        if (from.time === undefined || to.time === undefined) expect(written, text).toBe(1);
        // On one clock a time range may write the day twice (Chinese, in the style of a single date), never once on two.
        else if (from.offset.replace('Z', '+00:00') !== to.offset.replace('Z', '+00:00')) expect(written, text).toBe(2);
        if (from.time !== undefined && to.time === undefined) expect(text, text).toContain(`>${from.time}`);
        if (from.time === undefined && to.time !== undefined) expect(text, text).toContain(`<${to.time}`);
      }),
      { numRuns: 300 },
    );
  });

  it.each(['en-GB', 'en-US', 'de', 'fr', 'zh-Hans', 'ja', 'th'])('never writes a time that is not in the input, and writes every time that is (%s)', (locale) => {
    fc.assert(
      fc.property(when(), when(), (from, to) => {
        const text = formatDates(from.text, to.text, locale);
        const given = [from.time, to.time].filter((t): t is [number, number] => t !== undefined);
        const written = timesIn(text);
        for (const [h, m] of written) expect(given, text).toContainEqual([h, m]);
        for (const t of given) expect(written, text).toContainEqual(t);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the day once for two times on it, in the languages whose ranges fall back to two dates', () => {
    // An outside tester's: "2025年5月6日 10:00 – 2025年5月6日 11:00".
    expect(formatDates('2025-05-06T10:00', '2025-05-06T11:00', 'zh-Hans')).toBe('2025年5月6日 10:00 – 11:00');
    expect(formatDates('2025-05-06T10:00', '2025-05-06T11:00', 'ja')).toBe('2025年5月6日 10:00 – 11:00');
    expect(formatDates('2025-05-06T10:00', '2025-05-07T11:00', 'zh-Hans')).toBe('2025年5月6日 10:00 – 2025年5月7日 11:00');
    fc.assert(
      fc.property(fc.constantFrom('zh-Hans', 'zh-Hant', 'ja', 'pt-BR', 'en-GB', 'de'), fc.integer({ min: 0, max: 23 * 60 + 58 }), fc.integer({ min: 1, max: 60 * 24 }), (locale, start, length) => {
        const end = Math.min(start + length, 23 * 60 + 59);
        const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const text = formatDates(`2025-05-06T${hm(start)}`, `2025-05-06T${hm(end)}`, locale);
        expect(text.split('2025').length - 1, text).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('formatDates in the years 0–99 (Date.UTC reads them as 1900–1999)', () => {
  it('writes 1 March 0050 as the year 50, not 1950', () => {
    expect(formatDates('0050-03-01', undefined, 'en-GB')).toBe('1 Mar 50');
    expect(formatDates('0050-03-01T09:30', '0050-03-02T10:00', 'en-GB')).not.toMatch(/19\d\d/);
  });

  it('writes every date and date-time of the years 0000–9999 as the day that Date.parse reads in it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), { nil: undefined }),
        (year, month, day, time) => {
          const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
          const clock = time ? `${pad(time[0])}:${pad(time[1])}` : '00:00';
          const expected = fullDateFormat('en-GB', time !== undefined).format(Date.parse(`${date}T${clock}:00Z`));
          expect(formatDates(time ? `${date}T${clock}` : date, undefined, 'en-GB')).toBe(expected);
        },
      ),
    );
  });
});
