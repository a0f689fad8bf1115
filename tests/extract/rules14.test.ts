// Stated dates, round 14 (issue 17): the last stop's leaving day, and general causes of the tuning texts' wrong days,
// each checked on sentences written for these tests, about other places than the corpus's.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates';
import { useWorld } from './world';

const { draft } = useWorld();

/** Each stop as `Name arrive..depart certainty`. */
const stops = (text: string, published: string, home: string) => draft(text, published, home).stops.map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''} ${s.dateCertainty ?? ''}`);

describe('days: the last stop before the return', () => {
  it('lasts until the return, inferred with a note, when no sentence says the leaving', () => {
    const text = 'The Governor will visit Accra on 14 November. She will return to Toronto on 16 November.';
    expect(stops(text, '2026-11-10', 'Toronto').slice(1)).toEqual(['Accra 2026-11-14..2026-11-16 inferred', 'Toronto 2026-11-16.. stated']);
    expect(draft(text, '2026-11-10', 'Toronto').stops[1]!.note).toBe('depart inferred, not stated. No sentence gives the leaving: the stay lasts until the return.');
  });

  it('is left on the day a sentence leaves it for the flight home', () => {
    const text = 'The Premier visited Kigali on 3 May. Her plane left Kigali on the evening of 4 May for the flight home. She was back in Ottawa on 5 May.';
    expect(stops(text, '2026-05-06', 'Ottawa').slice(1, 2)).toEqual(['Kigali 2026-05-03..2026-05-04 stated']);
  });

  it('is left, stated, on the day of a programme\'s "Departure for" home', () => {
    const text = ['Programme of the visit', '9 March (Mon.): Lima. Meeting with the President.', '10 March (Tue.): Departure for Madrid.'].join('\n\n');
    expect(stops(text, '2026-03-01', 'Madrid').slice(1)).toEqual(['Lima 2026-03-09..2026-03-10 stated', 'Madrid 2026-03-10.. stated']);
  });

  it('keeps a bracketed day as its whole stay, as a bracketed span is ("Da Nang (5 June)")', () => {
    const text = 'The Minister will visit Hanoi (3–4 June) and Da Nang (5 June) before returning to Madrid on 6 June.';
    expect(stops(text, '2026-05-28', 'Madrid').slice(1)).toEqual(['Hanoi 2026-06-03..2026-06-04 stated', 'Da Nang 2026-06-05..2026-06-05 stated', 'Madrid 2026-06-06.. stated']);
  });
});

describe('days: the day of a sentence reaches the places it travels to', () => {
  it('dates an undated return to a place "later in the day" on the day the story has reached', () => {
    const text = 'The Minister arrived in Busan on the evening of 3 March. On 4 March she flew to Ulsan to visit a shipyard. She returned to Busan later in the day and met the Mayor.';
    expect(stops(text, '2026-03-06', 'Oslo').slice(1, 4)).toEqual(['Busan 2026-03-03..2026-03-04 stated', 'Ulsan 2026-03-04..2026-03-04 inferred', 'Busan 2026-03-04..2026-03-04 stated']);
  });

  it('reads "May 12 (Tuesday)" as one day, not the date and a weekday of its own', () => {
    const dates = findDates('May 12 (Tuesday): travel by train to Lyon to visit a battery plant.', { published: '2026-05-09', narrative: '2026-05-11', tense: 'unknown' });
    expect(dates.map((d) => [d.from, d.start, d.end])).toEqual([['2026-05-12', 0, 15]]);
  });

  it('dates a place travelled to in a later clause of a one-day sentence ("…; proceed to Grenoble in the late afternoon")', () => {
    const text = 'On 12 May the delegation will travel by coach to Lyon to visit a plant; it will proceed to Grenoble in the late afternoon. On 13 May it will meet the Mayor of Grenoble. It will return to Madrid on 14 May.';
    expect(stops(text, '2026-05-09', 'Madrid').slice(1, 3)).toEqual(['Lyon 2026-05-12..2026-05-12 inferred', 'Grenoble 2026-05-12..2026-05-14 inferred']);
  });

  it('takes "fly back to Madrid on the morning of 6 June" as the stated leaving of the last stop, after a country\'s days', () => {
    const text = 'The Minister will pay an official visit to Peru on 4 and 5 June. She will arrive in Lima on 4 June. She will fly back to Madrid on the morning of 6 June.';
    expect(stops(text, '2026-06-01', 'Madrid').slice(1, 2)).toEqual(['Lima 2026-06-04..2026-06-06 stated']);
  });
});

describe('days: the day of the return, not of what comes after it', () => {
  it('does not take a later day that the trip leads up to ("ahead of the general election on 4 July") as the return', () => {
    const text = 'The Prime Minister will attend the summit in Lisbon on 13 June. He will return to Ottawa on 14 June to resume campaigning ahead of the general election on 4 July.';
    expect(stops(text, '2026-06-10', 'Ottawa').slice(-1)).toEqual(['Ottawa 2026-06-14.. stated']);
  });

  it('does not take the day of what the traveller does once back ("… and will resume her press conferences on Wednesday")', () => {
    const text = 'The President will attend the summit in Lima on Monday 16 November. She will return to Bogotá on Tuesday night and will resume her press conferences on Wednesday.';
    expect(stops(text, '2026-11-14', 'Bogotá').slice(-1)).toEqual(['Bogotá 2026-11-17.. stated']);
  });
});

describe('days: a country\'s span, and words that are no departure', () => {
  it('gives "a state visit to Tanzania on 5 and 6 June" to the stop in Tanzania, not to the stop the traveller is at', () => {
    const text = 'The Minister will attend the summit in Nairobi on 3 and 4 June. The last stage of the trip will be a state visit to Tanzania on 5 and 6 June. In Dodoma, she will be received by the President. She will return to Oslo at the end of the visit.';
    expect(stops(text, '2026-06-01', 'Oslo').slice(1, 3)).toEqual(['Nairobi 2026-06-03..2026-06-04 stated', 'Dodoma 2026-06-05..2026-06-06 stated']);
  });

  it('does not read "has set out a plan" as setting off on the trip', () => {
    const text = 'The Minister is in Accra today, where she has set out a plan for trade with West Africa. Tomorrow (Wednesday 24 June) she will travel on to Lomé.';
    expect(stops(text, '2026-06-23', 'Oslo')[0]).toBe('Oslo ..2026-06-23 inferred');
  });
});
