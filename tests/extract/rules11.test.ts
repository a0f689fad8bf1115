// Stated dates, round 11 (issue 17): general causes of the tuning texts' wrong days, each checked on sentences
// written for these tests, about other places than the corpus's.
import { describe, expect, it } from 'vitest';
import { tenseOf } from '../../src/extract/dates';
import { useWorld } from './world';

const { draft, stopDays, datesOf } = useWorld();

describe('dates: a plan with an adverb after its auxiliary, and "last night"', () => {
  it('reads "is also scheduled to", "are now expected to" as the future', () => {
    expect(tenseOf('The Minister is also scheduled to meet students before returning to Oslo on Monday.')).toBe('future');
    expect(tenseOf('The ministers are now expected to sign the accord.')).toBe('future');
    expect(tenseOf('The Minister scheduled a meeting.')).toBe('past');
  });

  it('"is also scheduled to … before returning to Oslo on Monday", in a report of a Friday: the Monday after, not the one before', () => {
    // 2026-06-05 is a Friday.
    const text = 'The Minister arrived in Lima today. She will fly to Quito tomorrow. She is also scheduled to meet students in Quito before returning to Oslo on Monday.';
    expect(stopDays(text, '2026-06-05', 'Oslo').pop()).toBe('Oslo 2026-06-08..');
  });

  it('"last night" is the day before publication, like "yesterday"', () => {
    expect(datesOf('The Minister flew out of Oslo last night. She arrived in Lima last evening.', '2026-06-05')).toEqual([['2026-06-04'], ['2026-06-04']]);
  });

  it('"flew out of Oslo last night" states the departure from home', () => {
    const text = 'The Minister arrives in Lima today (Friday 5 June) for talks. She flew out of Oslo last night and will be welcomed on arrival by the Foreign Minister.';
    const home = draft(text, '2026-06-05', 'Oslo').stops[0]!;
    expect([home.depart, home.dateCertainty]).toEqual(['2026-06-04', 'stated']);
  });
});
