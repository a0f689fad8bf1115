// Weekdays told in sequence, round 25 (issue 17): announcements written for these tests, with their expectations, before
// anything was run or changed for them, each modelled on a real visit of 2011–2025 (none of them in the corpus or another
// round's test file). Each tells its days by weekdays alone: forward programmes, "next week", "this week", "later this week",
// "the week after next", reports of last week or this week told in the past, and weekdays that cross a month's end.
// Each is scored as the corpus scores a text (evaluate.ts, through expected-stops.ts).
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { at, back, caseMisses, from, type Case } from './expected-stops';
import { useWorld } from './world';

const { world } = useWorld();

const draft = (text: string, published: string, home: string) => extractWith(world.g, text, { published, home }).itinerary;
const misses = caseMisses(draft);

// The outsider's text that began this round's work (round 25's outside texts, 11): on main the Friday, Saturday and Sunday after a
// stay "from Tuesday to Thursday" were put in the week of publication, a week before the Monday the trip leaves.
const lula: Case = {
  what: 'a stay from Tuesday to Thursday in a "where" clause after the day of leaving, then Friday, Saturday and Sunday (Lula, Africa)',
  published: '2023-08-18',
  home: 'Brasília',
  text:
    'President Luiz Inácio Lula da Silva will travel to Africa next week. On Monday he leaves Brasília for Johannesburg, South Africa, where from Tuesday to Thursday he will take part in the 15th BRICS Summit. ' +
    'On Friday the President goes to Luanda, Angola, for a state visit. On Saturday he travels to São Tomé, where he will attend the summit of the CPLP, returning to Brasília on Sunday.',
  stops: [from('Brasília', '2023-08-21'), at('Johannesburg', ['2023-08-22', '2023-08-23', '2023-08-24']), at('Luanda', ['2023-08-25']), at('São Tomé', ['2023-08-26']), back('Brasília', '2023-08-27')],
};

describe('weekdays told in sequence (round 25)', () => {
  it('takes a span after a day the sentence has told for a stay, not the trip: the weekdays after it follow it', () => {
    expect(misses(lula)).toEqual([]);
  });
});
