// Misfires of round 25's mode and meeting rules found by the round's review (issue 17): ordinary sentences that name a tram, a
// car bomb, an aircraft programme, boats that greet, a rail line or air travel talked about, or a host's minister "together
// with" the traveller. Each test holds the reviewer's sentence and one written here of the same kind; each failed before the fix,
// and the texts each rule was written for (modes25, tidy25) still read as they did.
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { draft, read } = useWorld();
const P = '2024-03-01';
/** Every leg's mode in the draft of a text. */
const modes = (text: string, home: string) => read(text, P, home).modes;
/** Each stop with meetings, as "name: kind with, …". */
const meets = (text: string, home: string) =>
  draft(text, P, home)
    .stops.filter((s) => s.meetings.length > 0)
    .map((s) => `${s.name}: ${s.meetings.map((m) => `${m.kind}${m.with.map((w) => ` ${String(w.name)}`).join(',')}`).join('; ')}`);

describe('review 25: a vehicle named that is no way the traveller goes', () => {
  it('reads a tram opened, visited or met as no way, and "by tram" still as rail', () => {
    expect(modes('The Prime Minister will travel to Edinburgh on 10 March to open the new tram extension, and then fly to Belfast on 11 March.', 'London')).toEqual(['unknown', 'flight', 'unknown']);
    expect(modes('The Minister will fly to Melbourne on 10 March to visit a tram depot, and to Sydney on 11 March.', 'Canberra')).toEqual(['flight', 'unknown', 'unknown']);
    expect(modes('The Minister will travel to Nottingham on 10 March to meet the tram operators, and then fly to Glasgow on 11 March.', 'London')).toEqual(['unknown', 'flight', 'unknown']);
    expect(modes('The Minister will fly to Strasbourg on 10 March and go by tram to Kehl on 11 March.', 'Paris')).toEqual(['flight', 'rail', 'unknown']);
  });

  it('reads harm done "by suicide car bombs" or "by two car bombs" as no way', () => {
    expect(modes('The Minister will visit Mogadishu on 10 March, where dozens were killed by suicide car bombs last month, and Nairobi on 11 March.', 'London')).toEqual(['unknown', 'unknown', 'unknown']);
    expect(modes('The Minister will visit Baghdad on 10 March, a city shaken by two car bombs last week, and Basra on 11 March.', 'London')).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('reads "talks on the A400M programme" or "delays in the A400M contract" as no flight', () => {
    expect(modes('The Defence Minister will travel to Seville on 10 March for talks on the A400M programme, and to Madrid on 11 March.', 'Berlin')).toEqual(['unknown', 'unknown', 'unknown']);
    expect(modes('The Defence Minister will travel to Toulouse on 10 March to discuss delays in the A400M contract, and to Paris on 11 March.', 'Madrid')).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('reads "greeted by fishing boats" as no way by sea', () => {
    expect(modes('The Minister will visit Kesennuma on 10 March, where she will be greeted by fishing boats, and Sendai on 11 March.', 'Tokyo')).toEqual(['unknown', 'unknown']);
    expect(modes('The Minister will visit Ancona on 10 March, where the harbour is crowded by small fishing boats, and Bologna on 11 March.', 'Rome')).toEqual(['unknown', 'unknown', 'unknown']);
  });
});

describe('review 25: a way talked about in a sentence that names no place (AMONG, DOMESTIC)', () => {
  it('reads a rail line discussed or inspected "between the two cities" as no way the traveller goes', () => {
    expect(modes('The Transport Secretary will visit Manchester on 10 March and Leeds on 11 March. She will discuss the planned high-speed rail line between the two cities with local leaders.', 'London')).toEqual(['unknown', 'unknown', 'unknown']);
    expect(modes('The Minister will visit Glasgow on 10 March and Edinburgh on 11 March. He will inspect the planned rail link between the two cities.', 'London')).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('reads domestic travel talked about as no way, and "All domestic travel will be by air" still as flights', () => {
    expect(modes('The Minister will visit Jakarta on 10 March and Surabaya on 11 March. She will discuss domestic travel by air with tourism operators.', 'Canberra')).toEqual(['unknown', 'unknown', 'unknown']);
    expect(modes('The Minister will visit Hanoi on 10 March and Da Nang on 11 March. He will talk about domestic travel by rail with tour operators.', 'Canberra')).toEqual(['unknown', 'unknown', 'unknown']);
    expect(modes('The King will visit Nairobi on 10 March and Mombasa on 12 March. All domestic travel will be by air.', 'London')).toEqual(['unknown', 'flight', 'unknown']);
  });
});

describe('review 25: a host\'s minister "together with" the traveller is met (OWN_MINISTER)', () => {
  it('meets "Cabinet Secretary X" and "Mining Minister X" at a mine (no meeting with no one named)', () => {
    expect(meets('The Prime Minister will visit Kenya on 10 March. In Mombasa he will tour the port, together with Cabinet Secretary Kipchumba Murkomen.', 'London')).toEqual(['Mombasa: meeting Kipchumba Murkomen']);
    expect(meets('The Minister will visit Mongolia on 10 March. She will tour the Oyu Tolgoi mine near Dalanzadgad, together with Mining Minister Jambaljamts.', 'Canberra')).toEqual(['Ulan Bator: meeting Jambaljamts']);
    expect(meets('The President will visit Kenya on 10 March. In Kisumu he will open the new market, together with Cabinet Secretary Aden Duale.', 'Accra')).toEqual(['Kisumu: meeting Aden Duale']);
    expect(meets('The Minister will visit Chile on 10 March. In Antofagasta he will tour the Escondida mine, together with Mines Minister Aurora Williams.', 'Canberra')).toEqual(['Antofagasta: meeting Aurora Williams']);
  });
});
