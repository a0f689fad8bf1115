// The nineteenth outside round's tidying (h-tidy25): one piece of code for one job. Each test pins what the one shared
// helper now does for every rule that used to keep its own copy, and fails on the code before it.
import { describe, expect, it } from 'vitest';
import { travellerSubject } from '../../src/extract/visit-words';
import { useWorld } from './world';

const { read, draft } = useWorld();
const P = '2025-03-03';

describe('one test of "the traveller is the subject here" (travellerSubject)', () => {
  it('takes the traveller named in full, by office, by a pronoun, by surname alone, or as the one leading the party', () => {
    for (const before of ['Russian President Vladimir Putin ', 'The Minister ', 'She ', 'Shoigu ', 'Xi will then ', 'A Russian military delegation led by Defense Minister Sergei Shoigu ', 'PYONGYANG, July 25. /TASS/. A delegation headed by the Minister ']) {
      expect(travellerSubject(before), before).toBe(true);
    }
  });

  it('takes no one else: a shipment, a team, peacekeepers, teams from a country, "It", a day', () => {
    for (const before of ['The first shipment of aid ', 'An advance team ', 'Chinese peacekeepers ', 'Rescue teams from Japan ', 'It ', 'Today the shipment ', 'A delegation from Indonesia will ']) {
      expect(travellerSubject(before), before).toBe(false);
    }
  });

  it('dates "has arrived" on the report\'s day by the same test as a visit\'s subject: the traveller with others, or described between commas', () => {
    // Both fail on the code before (a word in capitals had to stand right before "has arrived").
    expect(read('The Minister and her delegation have arrived in Tokyo for talks with her counterpart.', P, 'Canberra').stops).toEqual(['Tokyo 2025-03-03..2025-03-03']);
    expect(read('Prime Minister Modi, who is on a tour of the region, has arrived in Tokyo.', P, 'New Delhi').stops).toEqual(['Tokyo 2025-03-03..2025-03-03']);
    // As before: the traveller right before it, and no one else's arrival.
    expect(read('Foreign Minister Sergei Lavrov has arrived in Tokyo.', P, 'Moscow').stops).toEqual(['Tokyo 2025-03-03..2025-03-03']);
    expect(read('Lavrov has arrived in Tokyo.', P, 'Moscow').stops).toEqual(['Tokyo 2025-03-03..2025-03-03']);
    expect(read('An advance team has arrived in Jakarta to prepare the visit. President Marcos will visit Jakarta on 10 March.', P, 'Manila').stops).toEqual(['Jakarta 2025-03-10..2025-03-10']);
  });
});

describe('one list of portfolios (PORTFOLIO) for an office\'s name and for the traveller\'s own minister', () => {
  /** Each stop with meetings or events, as "name: kind with, …". */
  const meets = (text: string, home: string) =>
    draft(text, '2025-03-01', home)
      .stops.filter((s) => s.meetings.length > 0)
      .map((s) => `${s.name}: ${s.meetings.map((m) => `${m.kind}${m.with.map((w) => ` ${String(w.name)}`).join(',')}`).join('; ')}`);

  it('meets no minister of the traveller\'s own "alongside" or "together with", whatever portfolio the office list knows', () => {
    // Both fail on the code before, whose own list of portfolios had no "Resources" or "Housing".
    expect(meets('The Prime Minister will address the forum in Singapore on 5 March alongside Resources Minister Madeleine King.', 'Canberra')).toEqual(['Singapore: event']);
    expect(meets('The President will attend the business forum in Nairobi on 6 March together with Housing Minister Ama Owusu.', 'Accra')).toEqual(['Nairobi: event']);
    // As before: a portfolio the old list had, and a host's minister named with the country, who is met.
    expect(meets('The Prime Minister will address the forum in Singapore on 5 March alongside Trade Minister Don Farrell.', 'Canberra')).toEqual(['Singapore: event']);
    expect(meets('The Prime Minister will attend the forum in Jakarta on 5 March together with the Resources Minister of Indonesia, Bahlil Lahadalia.', 'Canberra')).toEqual(['Jakarta: meeting Resources Minister of Indonesia, Bahlil Lahadalia']);
  });
});
