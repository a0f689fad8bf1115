// Misfires a reviewer found in the eighteenth outside round's new rules, each run on the round's code before the fix (the
// reviewer's sentence first, then one of our own of the same kind).
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { findMeetings } from '../../src/extract/find-meetings';
import { findPlaces } from '../../src/extract/find-places';
import { useWorld } from './world';

const { world, read, draft } = useWorld();

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

const names = (text: string, home: string, published = '2025-03-03') => draft(text, published, home).stops.map((s) => s.name);

describe('h-fixa24', () => {
  it('keeps a place set in the trip\'s own month and year ("attend the summit in Paris in February 2025"); a past meeting\'s stays apart', () => {
    expect(names('The Prime Minister will attend the AI Action Summit in Paris in February 2025. She will return to Canberra afterwards.', 'Canberra', '2025-01-20')).toEqual(['Canberra', 'Paris', 'Canberra']);
    expect(names('Minister Joly will attend meetings in Brussels in April 2025 with NATO allies.', 'Ottawa')).toEqual(['Ottawa', 'Brussels', 'Ottawa']);
    expect(names('The President will open the trade fair in Hanover in April 2025, the ministry said.', 'Paris')).toEqual(['Paris', 'Hanover', 'Paris']);
    // Still apart: a meeting told in the past.
    expect(names('The Prime Minister will travel to Seoul on 6 March. The two leaders met in Hiroshima in May 2023. He returns to Tokyo on 8 March.', 'Tokyo', '2024-03-05')).toEqual(['Tokyo', 'Seoul', 'Tokyo']);
  });

  it('keeps the visit being announced, with its month and year after the place ("an official visit to Singapore in May 2025")', () => {
    expect(names('The Prime Minister will make an official visit to Singapore in May 2025, her office announced. She will meet Prime Minister Lawrence Wong.', 'Canberra', '2025-04-20')).toEqual(['Canberra', 'Singapore', 'Canberra']);
    expect(names('The King\'s state visit to Ottawa in May 2025 will include the opening of Parliament.', 'London')).toEqual(['London', 'Ottawa', 'London']);
    expect(names('Preparations are under way for the President\'s working visit to Lisbon in 2025.', 'Madrid')).toEqual(['Madrid', 'Lisbon', 'Madrid']);
    // Still apart: a visit of another year, told in the past.
    expect(names('The Minister will travel to Beijing on 3 June. He last saw Mr Wang during his visit to Osaka in 2019. He returns to Berlin on 6 June.', 'Berlin', '2024-06-02')).toEqual(['Berlin', 'Beijing', 'Berlin']);
  });

  it('keeps a city where the traveller opens a mission or meets its staff ("open Australia\'s new Embassy in Hanoi")', () => {
    expect(names('The Foreign Minister will also officially open Australia\'s new Embassy in Hanoi.', 'Canberra')).toEqual(['Canberra', 'Hanoi', 'Canberra']);
    expect(names('Minister Wong will visit Hanoi on 5 March for talks with her counterpart. She will also meet staff of the Australian Consulate-General in Ho Chi Minh City.', 'Canberra')).toEqual(['Canberra', 'Hanoi', 'Ho Chi Minh City', 'Canberra']);
    expect(names('The Trade Minister will open Canada\'s new Consulate in Osaka.', 'Ottawa')).toEqual(['Ottawa', 'Osaka', 'Ottawa']);
    // Still apart: a mission's staff who come to the traveller.
    expect(names('The Minister will travel to Hanoi on 6 March. Staff of the Japanese Embassy in Beijing will join him. He returns to Tokyo on 8 March.', 'Tokyo', '2024-03-05')).toEqual(['Tokyo', 'Hanoi', 'Tokyo']);
  });

  it('keeps a place of this trip told in the past perfect with its day ("He had met King Abdullah in Amman on Tuesday")', () => {
    expect(names('Blinken arrived in Riyadh on Wednesday. He had met King Abdullah in Amman on Tuesday.', 'Washington, D.C.', '2025-03-06')).toEqual(['Washington, D.C.', 'Amman', 'Riyadh', 'Washington, D.C.']);
    expect(names('The two leaders first met in Osaka on Monday, where they held talks on trade, before travelling together to Kyoto on Tuesday.', 'Canberra')).toContain('Osaka');
    expect(names('The Minister reached Nairobi on Thursday. She had met President Museveni in Kampala on Wednesday.', 'London', '2025-03-07')).toEqual(['London', 'Kampala', 'Nairobi', 'London']);
    // Still apart: an undated meeting of another time.
    expect(names('The Prime Minister will travel to Seoul on 6 March. The two leaders last met at the G7 summit in Hiroshima. He returns to Tokyo on 8 March.', 'Tokyo', '2024-03-05')).toEqual(['Tokyo', 'Seoul', 'Tokyo']);
  });

  it('keeps a place where the traveller is hosted ("will host a dinner for the President in Tokyo in April")', () => {
    expect(names('Prime Minister Ishiba will host a dinner for the President in Tokyo in April.', 'Manila')).toEqual(['Manila', 'Tokyo', 'Manila']);
    expect(names('President Lula will host a state banquet for the Prime Minister in Brasília in May.', 'New Delhi')).toEqual(['New Delhi', 'Brasília', 'New Delhi']);
  });

  it('keeps a place of the trip\'s own last meeting ("the last meeting of the trip will be with students in Osaka")', () => {
    expect(names('He will be in Tokyo on 5 March for talks with Prime Minister Ishiba, and the last meeting of the trip will be with students in Osaka.', 'Canberra')).toEqual(['Canberra', 'Tokyo', 'Osaka', 'Canberra']);
    expect(names('She will be in Lima on 5 March for talks with the President, and the last meeting of the visit will be with farmers in Cusco.', 'Madrid')).toEqual(['Madrid', 'Lima', 'Cusco', 'Madrid']);
  });

  it('keeps a place whose palace or residence will host the trip\'s own event ("whose palace in Riyadh will host the signing")', () => {
    expect(names('The Prime Minister will then meet King Salman, whose palace in Riyadh will host the signing of the agreement.', 'Islamabad')).toEqual(['Islamabad', 'Riyadh', 'Islamabad']);
    expect(names('The Minister will then meet the Sultan, whose residence in Muscat will host the talks.', 'London')).toEqual(['London', 'Muscat', 'London']);
  });
});

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

describe('h-fixd24', () => {
  /** Each stop with meetings, as "name: with@date, …". */
  const meets = (text: string, home: string, published = '2025-03-03') =>
    draft(text, published, home)
      .stops.filter((s) => s.meetings.length > 0)
      .map((s) => `${s.name}: ${s.meetings.map((m) => `${m.with.map((w) => String(w.name)).join('+')}@${m.date ?? ''}`).join('; ')}`);

  it('meets the inviting host of "the two leaders" only in the host\'s country, the first stop of the invited visit (item 1)', () => {
    expect(meets('At the invitation of President Emmanuel Macron, the Prime Minister will visit Paris on 8 July before travelling to Berlin on 9 July. In Berlin the two leaders will hold talks on trade.', 'London')).toEqual([]);
    expect(meets('The Prime Minister will visit Paris on 8 July at the invitation of President Macron and Berlin on 9 July. The two leaders will meet on 9 July.', 'London')).toEqual([]);
    expect(meets('President Lula will travel to Bogota on 8 May at the invitation of President Gustavo Petro. The two presidents will hold a bilateral meeting on 9 May. He will then travel to Santiago, where the two leaders will meet again.', 'Brasília')).toEqual(['Bogotá: Gustavo Petro@2025-05-09']);
    expect(meets('At the invitation of President Gustavo Petro, President Lula will travel to Bogota on 8 May and then to Lima on 10 May. In Lima, the two presidents will hold talks.', 'Brasília')).toEqual([]);
    expect(meets('The Prime Minister will travel to Tokyo on 10 March at the invitation of Prime Minister Ishiba. On 12 March she will fly to Seoul, where the two leaders will meet for a summit.', 'Canberra')).toEqual([]);
    // Still met at the stop the invitation is for.
    expect(meets('At the invitation of President Emmanuel Macron, the Prime Minister will visit Paris on 8 July before travelling to Berlin on 9 July. In Paris the two leaders will hold talks on trade.', 'London')).toEqual(['Paris: Emmanuel Macron@2025-07-08']);
  });

  it('dates a meeting listed after another\'s day by its own place, not the day before it, with no date-conflict (item 5)', () => {
    const text = 'The Secretary will travel to Dakar on 29 August and Accra on 30 August. She will meet President Faye in Dakar on 29 August, and Minister Ofori in Accra.';
    expect(meets(text, 'Washington, D.C.')).toEqual(['Dakar: Faye@2025-08-29', 'Accra: Ofori@2025-08-30']);
    expect(extractWith(world.g, text, { published: '2025-03-03', home: 'Washington, D.C.' }).warnings.map((w) => w.code)).not.toContain('date-conflict');
    // Its own day is still its own.
    expect(meets('The Secretary will travel to Dakar on 29 August and Accra on 30 August. She will meet President Faye in Dakar on 29 August, and Minister Ofori in Accra on 30 August.', 'Washington, D.C.')).toEqual(['Dakar: Faye@2025-08-29', 'Accra: Ofori@2025-08-30']);
  });
});

describe('h-fixe24', () => {
  /** Each stop with meetings or events, as "name: kind with, …". */
  const meets = (text: string, home: string) =>
    draft(text, '2025-03-01', home)
      .stops.filter((s) => s.meetings.length > 0)
      .map((s) => `${s.name}: ${s.meetings.map((m) => `${m.kind}${m.with.map((w) => ` ${String(w.name)}`).join(',')}`).join('; ')}`);
  const met = (sentence: string) => findMeetings(sentence).flatMap((m) => m.with.map((w) => String(w.participant.name)));

  it('meets no portfolio minister of the traveller\'s own who acts with them ("He and Foreign Secretary X will open", item 3)', () => {
    expect(met('He and Foreign Secretary David Lammy will open the new British Council office.')).toEqual([]);
    expect(met('She and Trade Minister Don Farrell will launch the business week.')).toEqual([]);
    // Still met: a host's minister, named with the country, and a head of government.
    expect(met('He and Indonesian Foreign Minister Sugiono will sign the agreement.')).toEqual(['Sugiono']);
    expect(met('Ruto and President Museveni will sign a pipeline accord.')).toEqual(['Museveni']);
    // Still met: a minister the traveller holds talks with, though named with no country.
    expect(met('Wang Yi and Foreign Minister Wong will hold the Foreign and Strategic Dialogue.')).toEqual(['Wong']);
  });

  it('meets whom the traveller hands over, delivers or presents a thing to, named up to the name\'s end (item 6)', () => {
    // Not the traveller who delivers.
    expect(met('The EU will deliver aid to President Abbas\'s government through UNRWA.')).toEqual([]);
    expect(met('Staff will deliver the letter to President Trump later in Washington.')).toEqual([]);
    // Not a person: whom the thing goes to is someone's guests.
    expect(met('She will present the award to President Cassis\'s guests at the ceremony.')).toEqual([]);
    // Still met: the traveller gives it, and the name ends before what follows.
    expect(met('The Minister will visit Ramallah on 5 March, where she will hand over the funding letter to President Abbas.')).toEqual(['Abbas']);
    expect(met('He will deliver a letter from the King to President Ruto later in the day.')).toEqual(['Ruto']);
  });

  it('reads a briefing before departing for a place, given in a place abroad, as a meeting there (item 8)', () => {
    expect(meets('Before departing for Kyiv, she was briefed by Polish Prime Minister Donald Tusk in Warsaw on 4 March.', 'London')).toEqual(['Warsaw: meeting Donald Tusk']);
    expect(meets('The Minister will visit Kyiv on 5 March. Before departing for Kyiv, he was briefed by President Duda in Warsaw on 4 March.', 'London')).toEqual(['Warsaw: meeting Duda']);
    // Still none: a briefing before leaving home, no place named.
    expect(meets('The Minister will visit Kyiv on 5 March. She was briefed by officials on the humanitarian situation before departure.', 'London')).toEqual([]);
  });
});

describe('h-fixf24', () => {
  const days = (text: string, published: string, home: string) =>
    draft(text, published, home).stops.map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''}`);

  it('sets no leaving day from the span of someone else\'s visit (item 2, VISITS_SPAN)', () => {
    expect(days('A delegation from Indonesia will visit Canberra from 4 to 6 May. The Minister will then fly to Jakarta on 10 May.', '2025-05-01', 'Canberra')[0]).toBe('Canberra ..2025-05-10');
    expect(days('Inspectors of the IAEA will visit Iran from 4 to 6 May. The Director General will travel to Vienna on 10 May.', '2025-05-01', 'Geneva')[0]).toBe('Geneva ..2025-05-10');
    // Still the traveller's own span, or the visit's: the trip has begun by its first day.
    expect(days('The Minister will visit Japan from 4 to 8 May. He arrives in Tokyo on 5 May and travels to Osaka on 7 May.', '2025-05-01', 'Canberra')[0]).toBe('Canberra ..2025-05-04');
    expect(days('She will visit Japan from 4 to 8 May. She arrives in Tokyo on 5 May.', '2025-05-01', 'Canberra')[0]).toBe('Canberra ..2025-05-04');
    expect(days('During her visit to Japan from 4 to 8 May, the Minister will hold talks. She arrives in Tokyo on 5 May.', '2025-05-01', 'Canberra')[0]).toBe('Canberra ..2025-05-04');
  });

  it('makes no stop of a dated event a clause of others follows (item 4, AFTER_EVENT)', () => {
    expect(days('Following the summit in Vilnius on 11 July 2023, the alliance agreed new plans. The Secretary will visit Kyiv on 5 March.', '2025-03-01', 'Brussels')).toEqual(['Brussels ..2025-03-05', 'Kyiv 2025-03-05..2025-03-05', 'Brussels 2025-03-05..']);
    expect(days('After the summit in Vilnius on 11 July, the alliance agreed new plans. The Secretary will visit Kyiv on 15 July.', '2025-07-01', 'Brussels').map((s) => s.split(' ')[0])).toEqual(['Brussels', 'Kyiv', 'Brussels']);
    // Still the event the traveller is at before going on.
    expect(days('After the G20 summit in Brisbane on 15 and 16 November, President Xi will pay a state visit to Australia, travelling to Canberra on 17 November.', '2014-11-10', 'Beijing').map((s) => s.split(' ')[0])).toEqual(['Beijing', 'Brisbane', 'Canberra', 'Beijing']);
  });

  it('states a leg only by the traveller\'s own "flown in from" (item 7, IN_FROM)', () => {
    expect(read('The Minister visited Berlin on 4 March and Paris on 5 March. Her French counterpart, who had flown in from Berlin that morning, met her.', '2025-03-01', 'London').modes).toEqual(['unknown', 'unknown', 'unknown']);
    expect(read('The Minister visited Berlin on 4 March and Paris on 5 March. Ministers who drove in from Berlin joined the talks.', '2025-03-01', 'London').modes).toEqual(['unknown', 'unknown', 'unknown']);
    // Still the traveller's own.
    expect(read('The Minister visited Berlin on 4 March and Paris on 5 March. She had flown in from Berlin that morning.', '2025-03-01', 'London').modes).toEqual(['unknown', 'flight', 'unknown']);
    expect(read('The Minister visited Berlin on 4 March and Paris on 5 March. Having flown in from Berlin, the Minister met the mayor.', '2025-03-01', 'London').modes).toEqual(['unknown', 'flight', 'unknown']);
  });
});
