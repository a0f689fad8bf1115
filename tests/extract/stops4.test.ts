// Round 4 of tuning (issue 17), stops and their days: lists with bracketed days, a date's place,
// stays, country spans, the publication line. The sentences are written for these tests, about
// other places than the corpus's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/extract/dates';
import { extractWith } from '../../src/extract/extract-itinerary';
import { findPlaces } from '../../src/extract/find-places';
import { useWorld } from './world';

const { world, draft, stopDays, datesOf } = useWorld();

describe('stays and lists with dates in brackets', () => {
  it('gives each place of a list its bracketed days', () => {
    const text = 'The Minister will visit Nairobi (3–4 June) and Mombasa (5 June) before returning to Lisbon on 6 June.';
    expect(stopDays(text, '2026-05-28', 'Lisbon')).toEqual(['Lisbon ..2026-06-03', 'Nairobi 2026-06-03..2026-06-04', 'Mombasa 2026-06-05..2026-06-05', 'Lisbon 2026-06-06..']);
  });

  it('gives a date to the place it follows ("Accra on Tuesday"), or to the place right after it ("on 5 June Mombasa")', () => {
    const a = 'On 3 June the Minister will arrive in Nairobi. There she will meet the President on 4 June and visit Mombasa on 5 June.';
    // Nairobi is left on 5 June, the day Mombasa is reached (3..4 until round 16: a stop whose leaving no line gives lasts until the next stop's stated arrival, the day of travelling on, as the corpus counts it).
    expect(stopDays(a, '2026-05-28', 'Lisbon').slice(1, 3)).toEqual(['Nairobi 2026-06-03..2026-06-05', 'Mombasa 2026-06-05..2026-06-05']);
    expect(draft(a, '2026-05-28', 'Lisbon').stops[1]!.meetings.map((m) => m.date)).toEqual(['2026-06-04']);
    const b = 'On 3 June she will visit Nairobi and on 5 June Mombasa.';
    expect(stopDays(b, '2026-05-28', 'Lisbon').slice(1, 3)).toEqual(['Nairobi 2026-06-03..2026-06-03', 'Mombasa 2026-06-05..2026-06-05']);
  });

  it('ends a stay the nights the text gives after it begins', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (n) => {
        const words = ['one', 'two', 'three', 'four', 'five'][n - 1]!;
        const text = `On 3 June the Minister will arrive in Nairobi, where she will spend ${words} night${n > 1 ? 's' : ''}.`;
        expect(stopDays(text, '2026-05-28', 'Lisbon')[1]).toBe(`Nairobi 2026-06-03..${addDays('2026-06-03', n)}`);
      }),
    );
  });

  it('reads "upon arrival" as the day of arrival, unless the sentence gives its own day', () => {
    expect(datesOf('She will reach Lima on 10 June. Upon arrival she will lay a wreath.', '2026-06-01')[1]).toEqual(['2026-06-10']);
    expect(datesOf('She will reach Lima on 10 June. Upon arrival in Cusco on 12 June she will lay a wreath.', '2026-06-01')[1]).toEqual(['2026-06-12']);
  });
});

describe('countries and lists', () => {
  it('opens a span given for a country at its first stop and closes it at its last', () => {
    const text =
      'The Premier will pay an official visit to Kenya from 3 to 6 June. In Nairobi she will meet the President. On the 5th of June she will fly to Mombasa.';
    expect(stopDays(text, '2026-05-28', 'Lisbon').slice(1, 3)).toEqual(['Nairobi 2026-06-03..2026-06-05', 'Mombasa 2026-06-05..2026-06-06']);
  });

  it('finds a country written in two words ("Viet Nam") as the one-word name', () => {
    expect(findPlaces('She will visit Viet Nam.', world.g)[0]?.country).toBe('VN');
  });

  it('puts an undated event after an undated list at the list’s first place', () => {
    const text = 'Next week the Minister will travel to Nairobi and Mombasa. On Monday she will meet President Amani Njoroge. On Tuesday she will fly to Mombasa.';
    const stops = draft(text, '2026-06-05', 'Lisbon').stops;
    expect(stops.map((s) => `${s.name} ${s.arrive ?? ''}`).slice(1, 3)).toEqual(['Nairobi 2026-06-08', 'Mombasa 2026-06-09']);
    expect(stops[1]!.meetings.map((m) => m.title)).toEqual(['Meeting with Amani Njoroge']);
  });
});

describe('lists separated by semicolons', () => {
  it('reads "X, Country; Y, Country; and Z" as one list, each place with its own later days', () => {
    const text =
      'The Secretary will travel to Nairobi, Kenya; Kampala, Uganda; and Kigali, Rwanda, June 2 – 6. In Nairobi, June 2-3, she will meet the President. On June 4 she will travel to Kampala. She will end her trip in Kigali on June 5 and 6, where she will meet students.';
    expect(stopDays(text, '2026-05-28', 'Washington').slice(1, 4)).toEqual(['Nairobi 2026-06-02..2026-06-03', 'Kampala 2026-06-04..2026-06-05', 'Kigali 2026-06-05..2026-06-06']);
  });
});

describe('arrivals, departures and the word "home"', () => {
  it('does not start the trip at an arrival followed by a departure for the next stop', () => {
    const text = 'The Chancellor will arrive in Nairobi on 3 June and leave for Kampala on 5 June. She will travel on to Kigali by air on 7 June before returning home on 9 June.';
    expect(stopDays(text, '2026-05-28', 'Lisbon')).toEqual([
      'Lisbon ..2026-06-03',
      'Nairobi 2026-06-03..2026-06-05',
      'Kampala 2026-06-05..2026-06-07',
      'Kigali 2026-06-07..2026-06-09',
      'Lisbon 2026-06-09..',
    ]);
    expect(draft(text, '2026-05-28', 'Lisbon').legs.map((l) => l.mode)).toEqual(['unknown', 'unknown', 'flight', 'unknown']);
  });

  it('reads a list of "in" places after "will be in" as places visited, each with its days', () => {
    const text = 'The delegation will be in Mombasa from June 4 to 6, in Kisumu on June 7 and 8, and in Nairobi on June 9, before flying back to Lisbon on June 10.';
    expect(stopDays(text, '2026-05-28', 'Lisbon').slice(1)).toEqual(['Mombasa 2026-06-04..2026-06-06', 'Kisumu 2026-06-07..2026-06-08', 'Nairobi 2026-06-09..2026-06-10', 'Lisbon 2026-06-10..']);
    // "before flying back to Lisbon on June 10" is the day Nairobi is left (until round 14: 9..9).
  });
});

describe('a stay the text comes back to', () => {
  it('ends when the trip away from it begins, inferred, and makes no date conflict', () => {
    const text =
      'The Premier will attend the ocean summit in Mombasa from 14 to 17 October. On 15 October she will travel to Malindi to open a school, and will return to Mombasa the next day.';
    const { itinerary, warnings } = extractWith(world.g, text, { published: '2026-10-10', home: 'Lisbon' });
    expect(itinerary.stops.map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''}`).slice(1, 4)).toEqual([
      'Mombasa 2026-10-14..2026-10-15',
      'Malindi 2026-10-15..2026-10-16',
      'Mombasa 2026-10-16..2026-10-17',
    ]);
    expect(itinerary.stops[1]!.dateCertainty).toBe('inferred');
    expect(warnings.filter((w) => w.code === 'date-conflict')).toEqual([]);
  });
});

describe('dates: the publication line and weekday spans', () => {
  it('reads a line of only a place and a date near the top as the publication date', () => {
    const text = 'King to visit Kenya\n\nState House, 12 June 2026\n\nThe King will fly to Nairobi on Tuesday.';
    expect(datesOf(text).flat()).toEqual(['2026-06-16']);
  });

  it('reads "from Tuesday 16 to Thursday 18 June" as one span', () => {
    expect(datesOf('The King will visit Kenya from Tuesday 16 to Thursday 18 June.', '2026-06-12')).toEqual([['2026-06-16..2026-06-18']]);
  });
});
