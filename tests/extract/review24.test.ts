// Misfires a reviewer found in the eighteenth outside round's new rules, each run on the round's code before the fix (the
// reviewer's sentence first, then one of our own of the same kind).
import { describe, expect, it } from 'vitest';
import { findMeetings } from '../../src/extract/find-meetings';
import { useWorld } from './world';

const { draft } = useWorld();

describe('h-fixc24', () => {
  /** Each stop with meetings or events, as "name: kind with, …". */
  const meets = (text: string, home: string) =>
    draft(text, '2025-03-01', home)
      .stops.filter((s) => s.meetings.length > 0)
      .map((s) => `${s.name}: ${s.meetings.map((m) => `${m.kind}${m.with.map((w) => ` ${String(w.name)}`).join(',')}`).join('; ')}`);
  const met = (sentence: string) => findMeetings(sentence).flatMap((m) => m.with.map((w) => String(w.participant.name)));
  const modes = (text: string, home: string) => draft(text, '2025-03-01', home).legs.map((l) => l.mode);
  const days = (text: string, home: string) => draft(text, '2025-03-01', home).stops.map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''}`);

  it('meets no portfolio minister of the traveller\'s own "together with" or "alongside", and keeps the event', () => {
    expect(meets('Together with Foreign Minister Penny Wong, the Prime Minister will travel to Jakarta on 5 March for talks with President Prabowo.', 'Canberra')).toEqual(['Jakarta: meeting Prabowo']);
    expect(meets('The President will attend the summit in Addis Ababa on 5 March together with Foreign Minister Ronald Lamola.', 'Pretoria')).toEqual(['Addis Ababa: event']);
    expect(meets('The Prime Minister will address the forum in Singapore on 5 March alongside Trade Minister Don Farrell.', 'Canberra')).toEqual(['Singapore: event']);
    expect(meets('The President will attend the business forum in Nairobi on 6 March together with Trade Secretary Ama Owusu.', 'Accra')).toEqual(['Nairobi: event']);
    // Still met: a host's minister, named with the country.
    expect(met('He attended the opening of the fair together with the Foreign Minister of Indonesia, Sugiono.')).toContain('Sugiono');
  });

  it('reads no meeting at a stop from a briefing before the departure; a briefing on the way still is one', () => {
    expect(meets('The Minister will visit Kyiv on 5 March. She was briefed by officials on the humanitarian situation before departure.', 'London')).toEqual([]);
    expect(meets('The Minister will visit Nairobi on 5 March. Ahead of her departure she was briefed by the Ambassador to Kenya, Jane Doe.', 'London')).toEqual([]);
    expect(met('In Kyiv she was briefed by the Minister of Defence, Rustem Umerov, before leaving Kyiv.')).toEqual(['Rustem Umerov']);
  });

  it('reads a flight from "a charter flight of the national carrier" (an airline\'s or a fleet\'s flight)', () => {
    expect(modes('The delegation will travel to Lima on 5 March on a charter flight of the national carrier.', 'Santiago')).toEqual(['flight', 'unknown']);
    expect(modes('The President will travel to Kigali on 5 March on a special flight of the presidential fleet.', 'Nairobi')).toEqual(['flight', 'unknown']);
    expect(modes('The Minister will travel to Quito on 5 March on a chartered flight of the state airline.', 'Lima')).toEqual(['flight', 'unknown']);
  });

  it('reads rail from "switch to train" (a train one changes to, not the verb)', () => {
    expect(modes('From Paris, the Minister will switch to train for the journey to Brussels on 6 March. She arrives in Paris on 5 March.', 'London')).toEqual(['unknown', 'rail', 'unknown']);
    expect(modes('From Lyon, the delegation will change to train for the journey to Geneva on 7 March. It arrives in Lyon on 6 March.', 'Paris')).toEqual(['unknown', 'rail', 'unknown']);
  });

  it('counts the days of a visit from the day the text gives a counted day ("On the first day of the visit, 4 March")', () => {
    expect(days('The Prime Minister departs Canberra on 3 March for Tokyo. On the first day of the visit, 4 March, he meets Prime Minister Ishiba. On the third day he travels to Osaka.', 'Canberra')).toEqual(['Canberra ..2025-03-03', 'Tokyo 2025-03-03..2025-03-06', 'Osaka 2025-03-06..2025-03-06', 'Canberra 2025-03-06..']);
    expect(days('The Minister leaves Paris on 2 June for Nairobi. On 4 June, the second day of the visit, she meets President Ruto. On the third day she travels to Mombasa.', 'Paris')).toEqual(['Paris ..2025-06-02', 'Nairobi 2025-06-02..2025-06-05', 'Mombasa 2025-06-05..2025-06-05', 'Paris 2025-06-05..']);
  });
});
