// The nineteenth outside round's tidying (h-tidy25): one piece of code for one job. Each test pins what the one shared
// helper now does for every rule that used to keep its own copy, and fails on the code before it.
import { describe, expect, it } from 'vitest';
import { travellerSubject } from '../../src/extract/visit-words';
import { useWorld } from './world';

const { read } = useWorld();
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
