// Misfires a reviewer found in the eighteenth outside round's new rules (the reviewer's sentence first, then one of our own of
// the same kind), each failing on the round's code before its fix.
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { findPlaces } from '../../src/extract/find-places';
import { useWorld } from './world';

const { world, read, draft } = useWorld();
const P = '2025-03-03';

describe('h-fixb24', () => {
  it('reads no stop from a capital standing for its government after ", and" with a day (item 8)', () => {
    expect(read('Blinken will visit Tokyo on Monday for talks with Prime Minister Ishiba, and Beijing on Tuesday warned Washington against new export controls.', P, 'Washington').stops.map((s) => s.split(' ')[0])).toEqual(['Tokyo']);
    expect(read('The envoy will travel to Kyiv on 5 March for talks with President Zelensky, and Moscow on 6 March is expected to respond to the proposal.', P, 'Washington').stops.map((s) => s.split(' ')[0])).toEqual(['Kyiv']);
    expect(read('The Minister will travel to Nairobi on 5 March for talks with President Ruto, and Kigali on 6 March has said it will take part.', P, 'London').stops.map((s) => s.split(' ')[0])).toEqual(['Nairobi']);
    // Still a stop: the same visit on another day, its verb left out.
    expect(read('The Minister will visit Abu Dhabi on Monday for talks with the President, and Muscat on Tuesday.', P, 'London').stops.map((s) => s.replace(/ .*/, ''))).toEqual(['Abu', 'Muscat']);
  });

  it('reads no stop where others wrapped up or rounded off their talks (item 9)', () => {
    expect(read('The Prime Minister will visit Riyadh on 5 March. The visit follows talks that US and Russian negotiators wrapped up in Jeddah last week.', P, 'London').stops).toEqual(['Riyadh 2025-03-05..2025-03-05']);
    expect(read('The Minister will visit Paris on 5 March. The agreement follows negotiations that diplomats rounded off in Vienna on Friday.', P, 'London').stops).toEqual(['Paris 2025-03-05..2025-03-05']);
  });

  it('reads no stop from a topic after "and on" that has its own day (item 15)', () => {
    expect(read('The Secretary will be in Cairo on 5 March and in Amman on 6 March, and on Gaza on 7 March will brief the Security Council.', P, 'Washington').stops.map((s) => s.split(' ')[0])).toEqual(['Cairo', 'Amman']);
    expect(read('The Minister will be in Geneva on 5 March and in Vienna on 6 March, and on Aleppo on 7 March will brief the committee.', P, 'London').stops.map((s) => s.split(' ')[0])).toEqual(['Geneva', 'Vienna']);
    // A topic that ends the sentence after one place is no list's end either.
    expect(read('The Minister will speak in Geneva on 5 March, and on Jerusalem.', P, 'London').stops.map((s) => s.split(' ')[0])).toEqual(['Geneva']);
    expect(read('The Minister will be in Cairo on 5 March, and on Mosul.', P, 'London').stops.map((s) => s.split(' ')[0])).toEqual(['Cairo']);
    // Still a stop: an island that ends a list of "in" places.
    expect(read("She will be in Apia on 20 April, in Nuku'alofa on 21 April and on Rarotonga.", P, 'Wellington').stops.map((s) => s.split(' ')[0])).toContain('Rarotonga');
  });

  it('links a list across a bare day and a long run of white space as across one space (LIST_LINK, taken once)', () => {
    const cues = (gap: string) => findPlaces(`The Secretary will visit Tokyo Nov. 14${gap}and Osaka Nov. 15.`, world.g).map((m) => `${m.text}:${m.cue}`);
    expect(cues(' ')).toEqual(['Tokyo:visit', 'Osaka:visit']);
    expect(cues(' '.repeat(2000))).toEqual(['Tokyo:visit', 'Osaka:visit']);
    expect(cues(`${' '.repeat(2000)},${' '.repeat(50)}`)).toEqual(['Tokyo:visit', 'Osaka:visit']);
    // No link word after the white space: no list.
    expect(findPlaces(`The Secretary will visit Tokyo Nov. 14${' '.repeat(2000)}Osaka.`, world.g).map((m) => m.cue)).not.toEqual(['visit', 'visit']);
  });

  it('sets the publication day only for the traveller who "has arrived" (item 5)', () => {
    expect(read('The first shipment of aid has arrived in Port Sudan. The Minister will travel to Port Sudan on 10 March to see its distribution.', P, 'London').stops).toEqual(['Port Sudan 2025-03-10..2025-03-10']);
    expect(read('An advance team has arrived in Jakarta to prepare the visit. President Marcos will visit Jakarta on 10 March.', P, 'Manila').stops).toEqual(['Jakarta 2025-03-10..2025-03-10']);
    expect(read('Rescue teams from Japan have arrived in Ankara. The Minister will visit Ankara on 12 March.', P, 'London').stops).toEqual(['Ankara 2025-03-12..2025-03-12']);
    // Still the day of the report: the traveller who has arrived.
    expect(read('The Minister has arrived in Tokyo for talks with her counterpart.', P, 'Canberra').stops).toEqual(['Tokyo 2025-03-03..2025-03-03']);
  });

  it('reads "the day after his arrival" as the next day after "of" or "during" (item 11)', () => {
    const it1 = draft('The President will arrive in Rome on 5 March. On the morning of the day after his arrival, he will meet Pope Francis at the Vatican.', P, 'Paris');
    expect(it1.stops[1]!.meetings.map((m) => m.date)).toEqual(['2025-03-06']);
    expect(read('The Minister arrives in Lima on 5 March for the APEC meeting. During the day after the meeting, she will travel to Cusco.', P, 'Canberra').stops).toEqual(['Lima 2025-03-05..2025-03-06', 'Cusco 2025-03-06..2025-03-06']);
  });

  it('reads no date from "1/2 day" or "24/7" at a line\'s start (item 14)', () => {
    expect(read('Programme for 10 March:\n1/2 day: talks in Geneva with the Director-General.\nAfternoon: Lausanne, IOC.', P, 'London').stops.every((s) => !s.includes('2025-02-01'))).toBe(true);
    expect(extractWith(world.g, 'Support:\n24/7 consular hotline for travellers in Tokyo.\nThe Minister will be in Tokyo on 5 March.', { published: P, home: 'London' }).warnings.map((w) => w.code)).not.toContain('date-conflict');
    expect(read('Notes:\n3/4 time: a dinner in Geneva with the Director-General.\nThe Minister will be in Geneva on 10 March.', P, 'London').stops.every((s) => !/2025-04-03|2025-03-04/.test(s))).toBe(true);
  });
});
