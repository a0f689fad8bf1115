import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseItinerary } from '../../src/itinerary/parse';
import { storyDays } from '../../src/story/days';
import { formatDates } from '../../src/story/format';
import { storyMoments, storySpan, positionAtTime, timeAtPosition } from '../../src/story/moments';
import { seed } from '../leaflet/fixtures';

const trip = (timezone: string | undefined, stops: object[]) =>
  parseItinerary({ id: 't', title: 'T', ...(timezone ? { timezone } : {}), stops: stops.map((s, i) => ({ id: `s${i}`, name: `S${i}`, coordinates: [121 + i, 31], precision: 'city', ...s })) });

describe('storyDays', () => {
  it('refuses an itinerary not parsed (the JSON as read, nothing) with a TypeError saying to call parseItinerary first', () => {
    // Valid JSON, whose stops give no meetings (parseItinerary makes each an empty list): it failed
    // with "r.meetings is not iterable", from deep inside.
    const raw = { id: 't', title: 'T', stops: [{ id: 'a', name: 'A', coordinates: [121, 31], precision: 'city', arrive: '2025-03-01' }] };
    for (const input of [raw, undefined, {}, { stops: [{}] }]) {
      expect(() => storyDays(input as never)).toThrow(new TypeError('storyDays takes a parsed itinerary (parseItinerary first)'));
    }
    expect(storyDays(parseItinerary(raw)).map((d) => d.label)).toEqual(['1 Mar: A']);
  });

  it('names the seed visit’s five local days by their places in order', () => {
    expect(storyDays(seed()).map((d) => d.label)).toEqual([
      '10 Dec: Hong Kong → Hangzhou',
      '11 Dec: Hangzhou → Shanghai → Yangshan Automated Terminal → Lingang New Area',
      '12 Dec: Shanghai',
      '13 Dec: Shanghai',
      '14 Dec: Shanghai → Hong Kong',
    ]);
    expect(storyDays(seed()).map((d) => d.key)).toEqual(['2023-12-10', '2023-12-11', '2023-12-12', '2023-12-13', '2023-12-14']);
  });

  it('puts a stop on the day its dates write, the day the stop list shows, not on the day in the itinerary’s zone', () => {
    // Honolulu reached at 06:00 on 6 May, local time: 04:00 on 7 May in Auckland, the itinerary's zone.
    const itinerary = trip('Pacific/Auckland', [
      { depart: '2025-05-06T22:00+13:00' },
      { arrive: '2025-05-06T06:00-10:00', depart: '2025-05-07' },
      { arrive: '2025-05-07' },
    ]);
    const days = storyDays(itinerary);
    expect(days.map((d) => [d.key, d.stops])).toEqual([['2025-05-06', [0, 1]], ['2025-05-07', [1, 2]]]);
    expect(formatDates(itinerary.stops[1]!.arrive, undefined, 'en-GB')).toBe(`${days[0]!.date} 2025, 06:00`);
    // A time in UTC is on the day it writes too (the list shows "9 Dec 2023, 23:30"), also where that is 10 Dec.
    const utc = storyDays(trip('Asia/Shanghai', [{ arrive: '2023-12-09T23:30:00Z' }, { arrive: '2023-12-10T02:00:00Z' }]));
    expect(utc.map((d) => [d.key, d.stops])).toEqual([['2023-12-09', [0]], ['2023-12-10', [1]]]);
  });

  it.each(['pacific-tour', 'round-the-world'])('puts every stop of %s on the days the stop list writes for it', (name) => {
    const itinerary = parseItinerary(JSON.parse(readFileSync(path.join(__dirname, `../../examples/data/${name}.json`), 'utf8')));
    const days = storyDays(itinerary);
    itinerary.stops.forEach((stop, i) => {
      const on = days.filter((d) => d.stops.includes(i)).map((d) => `${d.date} `);
      for (const value of [stop.arrive, stop.depart]) if (value !== undefined) expect(on.some((date) => formatDates(value, undefined, 'en-GB').startsWith(date)), `${stop.id} ${value}`).toBe(true);
    });
  });

  it('keeps that stop on 9 Dec in a zone behind UTC, and reads a time without offset as local', () => {
    const days = storyDays(trip('America/New_York', [{ arrive: '2023-12-09T23:30:00Z' }, { arrive: '2023-12-10T23:30:00' }]));
    expect(days.map((d) => [d.key, d.stops])).toEqual([['2023-12-09', [0]], ['2023-12-10', [1]]]);
  });

  it('adds a stop to its meetings’ days and leaves undated stops out of every day', () => {
    const days = storyDays(
      trip('Asia/Shanghai', [
        { arrive: '2023-12-10', meetings: [{ id: 'm', title: 'M', date: '2023-12-12' }] },
        {},
      ]),
    );
    expect(days.map((d) => [d.key, d.stops])).toEqual([['2023-12-10', [0]], ['2023-12-12', [0]]]);
  });

  it('isolates right-to-left names, so that "Tel Aviv → Jerusalem" does not show as Jerusalem to Tel Aviv', () => {
    const days = storyDays(trip(undefined, [{ name: { en: 'Tel Aviv', he: 'תל אביב' }, arrive: '2025-03-01' }, { name: { en: 'Jerusalem', he: 'ירושלים' }, arrive: '2025-03-01' }]), { language: 'he' });
    expect(days[0]!.label).toBe('1 Mar: \u2068תל אביב\u2069 → \u2068ירושלים\u2069');
  });

  it('names a place once per run of stops there, in the language asked for', () => {
    expect(storyDays(seed(), { language: 'zh-Hans' })[0]!.label).toBe('10 Dec: 香港 → 杭州');
  });
});

describe('storyMoments', () => {
  it('keeps the seed visit in visiting order and marks inferred dates', () => {
    const moments = storyMoments(seed());
    for (let i = 1; i < moments.length; i++) expect(moments[i]!.time).toBeGreaterThan(moments[i - 1]!.time);
    // The departure from Hong Kong is inferred (issue 17: the release only says the visit began on 10 December).
    expect(moments.map((m) => m.inferred)).toEqual([true, true, true, true, true, true, false]);
    expect(moments.every((m) => !m.exact)).toBe(true);
  });

  it('spreads date-only stops over their local day, in the itinerary’s zone', () => {
    const moments = storyMoments(trip('Asia/Shanghai', [{ arrive: '2023-12-11' }, { arrive: '2023-12-11' }]));
    // 08:00–20:00 in two slots: 11:00 and 17:00 Shanghai time, 03:00 and 09:00 UTC.
    expect(moments.map((m) => new Date(m.time).toISOString())).toEqual(['2023-12-11T03:00:00.000Z', '2023-12-11T09:00:00.000Z']);
  });

  it('keeps stated times exact and fits date-only stops between them', () => {
    const moments = storyMoments(
      trip('Asia/Shanghai', [{ arrive: '2023-12-11T07:00:00+08:00' }, { arrive: '2023-12-11' }, { arrive: '2023-12-11T09:00:00+08:00' }]),
    );
    expect(new Date(moments[0]!.time).toISOString()).toBe('2023-12-10T23:00:00.000Z');
    expect(new Date(moments[2]!.time).toISOString()).toBe('2023-12-11T01:00:00.000Z');
    expect(moments[1]!.time).toBeGreaterThan(moments[0]!.time);
    expect(moments[1]!.time).toBeLessThanOrEqual(moments[2]!.time);
    expect(moments.map((m) => m.exact)).toEqual([true, false, true]);
  });

  it('places undated stops between their neighbours and marks them inferred', () => {
    const moments = storyMoments(trip(undefined, [{ arrive: '2023-12-10T00:00:00Z' }, {}, { arrive: '2023-12-10T10:00:00Z' }]));
    expect(moments[1]!.time).toBe(Date.parse('2023-12-10T05:00:00Z'));
    expect(moments[1]).toMatchObject({ undated: true, inferred: true });
  });

  it('leaves a stop at its departure: a date-time exactly, a date at the start of that local day, never before arriving or after the next stop', () => {
    const seedMoments = storyMoments(seed());
    // Hangzhou, 10–11 Dec (Asia/Shanghai): left at midnight of the 11th there, 16:00 UTC on the 10th.
    expect(new Date(seedMoments[1]!.leave).toISOString()).toBe('2023-12-10T16:00:00.000Z');
    for (const [i, m] of seedMoments.entries()) {
      expect(m.leave).toBeGreaterThanOrEqual(m.time);
      if (i + 1 < seedMoments.length) expect(m.leave).toBeLessThanOrEqual(seedMoments[i + 1]!.time);
    }
    const exact = storyMoments(trip('Asia/Shanghai', [{ arrive: '2023-12-11T07:00:00+08:00', depart: '2023-12-12T09:30:00+08:00' }, { arrive: '2023-12-12T12:00:00+08:00' }]));
    expect(new Date(exact[0]!.leave).toISOString()).toBe('2023-12-12T01:30:00.000Z');
    expect(exact[1]!.leave).toBe(exact[1]!.time); // no departure: left as reached
  });

  it('maps positions to times and back', () => {
    const moments = storyMoments(seed());
    for (const p of [0, 1, 2.5, 3.25, 6]) expect(positionAtTime(moments, timeAtPosition(moments, p))).toBeCloseTo(p, 9);
    expect(positionAtTime(moments, moments[0]!.time - 1e9)).toBe(0);
    expect(positionAtTime(moments, moments[6]!.time + 1e9)).toBe(6);
  });
});

describe('storySpan', () => {
  const day = (key: string) => storyDays(seed()).find((d) => d.key === key)!;
  const moments = storyMoments(seed());
  const timeOf = (p: number) => new Date(timeAtPosition(moments, p)).toISOString();

  it('keeps each seed day within that local day: a stop reached the day before counts from the day’s start', () => {
    // 11 Dec: Hangzhou (reached 10 Dec) is being left at 00:00 Shanghai time, then Shanghai, Yangshan, Lingang.
    const [from, to] = storySpan(moments, day('2023-12-11').stops, '2023-12-11', 'Asia/Shanghai')!;
    expect(Math.floor(from)).toBe(1);
    expect(timeOf(from)).toBe('2023-12-10T16:00:00.000Z');
    expect(to).toBe(4);
    // 12 Dec: Shanghai again, reached that day, and there until the day's last minute.
    const [at12, end12] = storySpan(moments, day('2023-12-12').stops, '2023-12-12', 'Asia/Shanghai', seed().stops)!;
    expect([at12, Math.floor(end12), timeOf(end12)]).toEqual([5, 5, '2023-12-12T15:59:00.000Z']);
    // 13 Dec: the middle of that stay, the whole day.
    const [mid, midEnd] = storySpan(moments, day('2023-12-13').stops, '2023-12-13', 'Asia/Shanghai', seed().stops)!;
    expect([Math.floor(mid), Math.floor(midEnd)]).toEqual([5, 5]);
    expect([timeOf(mid), timeOf(midEnd)]).toEqual(['2023-12-12T16:00:00.000Z', '2023-12-13T15:59:00.000Z']);
    for (const d of storyDays(seed())) {
      const [a, b] = storySpan(moments, d.stops, d.key, 'Asia/Shanghai', seed().stops)!;
      expect(new Date(timeAtPosition(moments, a) + 8 * 3_600_000).toISOString().slice(0, 10), d.key).toBe(d.key);
      expect(new Date(timeAtPosition(moments, b) + 8 * 3_600_000).toISOString().slice(0, 10), d.key).toBe(d.key);
    }
  });

  it('spans a one-stop day’s stay that day on the stop’s own clock, as the day picker counts it, not one moment on the itinerary’s', () => {
    // An outside tester's: an Anchorage itinerary's Longyearbyen day (2 Jun, reached 08:00+02:00)
    // was pinned to Anchorage's midnight (10:00 there): its arrival out of reach, a link's t in the day dropped.
    const polar = trip('America/Anchorage', [
      { depart: '2025-06-01T09:00' },
      { arrive: '2025-06-02T08:00+02:00', depart: '2025-06-03T10:00+02:00' },
      { arrive: '2025-06-04T12:00-04:00', depart: '2025-06-04T18:00-04:00' },
      { arrive: '2025-06-05T09:00+02:00', depart: '2025-06-06T15:00+02:00' },
    ]);
    const m = storyMoments(polar);
    const times = (key: string) => {
      const d = storyDays(polar).find((x) => x.key === key)!;
      expect(d.stops.length, key).toBe(1);
      return storySpan(m, d.stops, key, polar.timezone, polar.stops)!.map((p) => new Date(timeAtPosition(m, p)).toISOString());
    };
    expect(times('2025-06-02')).toEqual(['2025-06-02T06:00:00.000Z', '2025-06-02T21:59:00.000Z']); // 08:00 to 23:59 in Longyearbyen
    expect(times('2025-06-03')).toEqual(['2025-06-02T22:00:00.000Z', '2025-06-03T08:00:00.000Z']); // 00:00 to leaving at 10:00
    expect(times('2025-06-04')).toEqual(['2025-06-04T16:00:00.000Z', '2025-06-04T22:00:00.000Z']); // Alert, 12:00 to 18:00 -04:00
    // The last stop's stay is played as another stop's is (it stood at its arrival before): 00:00 to leaving at 15:00.
    expect(times('2025-06-05')).toEqual(['2025-06-05T07:00:00.000Z', '2025-06-05T21:59:00.000Z']);
    expect(times('2025-06-06')).toEqual(['2025-06-05T22:00:00.000Z', '2025-06-06T13:00:00.000Z']);
  });

  it('without a day runs from the first stop shown to the last, and is null for none', () => {
    expect(storySpan(moments, [4, 2, 3])).toEqual([2, 4]);
    expect(storySpan(moments, [])).toBeNull();
    expect(storySpan(moments, [1, 2], 'not a day')).toEqual([1, 2]);
  });
});
