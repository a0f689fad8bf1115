import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iso } from '../../src/extract/date-words';
import { findDates } from '../../src/extract/dates';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// Date.UTC reads the years 0–99 as 1900–1999: a text dated 0050 was read as 1950.
describe('dates in the years 0–99 are read as written', () => {
  it('makes the ISO day of every year 0000–9999 as written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        expect(iso(year, month, day)).toBe(`${pad(year, 4)}-${pad(month + 1)}-${pad(day)}`);
      }),
    );
    expect(iso(50, 1, 29)).toBeUndefined(); // no 29 February in the year 50
    expect(iso(52, 1, 29)).toBe('0052-02-29');
  });

  it('reads a date written in words, in figures or as ISO in the year 50', () => {
    expect(findDates('He arrived on 1 March 0050.', { tense: 'past' }).map((d) => d.from)).toEqual(['0050-03-01']);
    expect(findDates('He arrived on 0050-03-01.', { tense: 'past' }).map((d) => d.from)).toEqual(['0050-03-01']);
    expect(findDates('He arrived on 01/03/0050.', { tense: 'past' }).map((d) => d.from)).toEqual(['0050-03-01']);
  });

  it('gives a day written without a year the year publication points to, in the year 50 as in 2050', () => {
    expect(findDates('He left on 15 February.', { published: '0050-02-20', tense: 'past' }).map((d) => d.from)).toEqual(['0050-02-15']);
    expect(findDates('He will leave on 2 January.', { published: '0050-12-28', tense: 'future' }).map((d) => d.from)).toEqual(['0051-01-02']);
    expect(findDates('He left on 20 December.', { published: '0050-01-05', tense: 'past' }).map((d) => d.from)).toEqual(['0049-12-20']);
  });

  it('reads a day without a year as 400 years later when published 400 years later (the calendar repeats), in every year 1–9598', () => {
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const when = (year: number, day: number) => {
      const d = new Date(0);
      d.setUTCFullYear(year, 0, day);
      return d.toISOString().slice(0, 10);
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9598 }),
        fc.integer({ min: 1, max: 365 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('past', 'future', 'unknown') as fc.Arbitrary<'past' | 'future' | 'unknown'>,
        (year, n, month, day, tense) => {
          const text = `He left on ${day} ${MONTHS[month]}.`;
          const [read] = findDates(text, { published: when(year, n), tense });
          const [later] = findDates(text, { published: when(year + 400, n), tense });
          expect(`${pad(Number(later!.from.slice(0, 4)) - 400, 4)}${later!.from.slice(4)}`).toBe(read!.from);
          expect(read!.from.slice(5)).toBe(`${pad(month + 1)}-${pad(day)}`);
        },
      ),
    );
  });
});
