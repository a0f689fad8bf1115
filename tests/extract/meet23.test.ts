// Meetings on unseen announcements, a second batch (issue 17, round 23): the meetings this round's helpers left unread in
// their own texts (prec23, modes23 and dates23 marked them; those texts now assert them, in their own files), each cause
// fixed by a general rule in find-meetings.ts, checked here on sentences of other wordings, with ones where no meeting
// must be read. Four more the notes listed (Netanyahu, Kim Jong Un, the AI Action Summit "co-chaired with", and Hayashi
// beside Kishida) main already reads; Hayashi, named only "at the invitation of", stays unmet: meetings14b.test.ts holds
// that an invitation alone states no meeting (on the tuning texts reading the inviter as met would find 14 more meetings).
import { describe, expect, it } from 'vitest';
import { findMeetings } from '../../src/extract/find-meetings';
import { at, back, caseMisses, from, type Case } from './expected-stops';
import { useWorld } from './world';

const { draft } = useWorld();
const misses = caseMisses(draft);
/** The names of the people a sentence's meetings are with. */
const met = (sentence: string) =>
  findMeetings(sentence)
    .filter((m) => m.kind === 'meeting')
    .flatMap((m) => m.with.map((w) => String(w.participant.name)));

describe('round 23: people named after an act\'s verb, set off by commas', () => {
  it('are met ("to sign, with Prime Minister X, the accord"), not the act\'s object; people without a title or a name are not', () => {
    expect(met('She will travel to Oslo to sign, with Prime Minister Jonas Gahr Støre, the new fisheries accord.')).toEqual(['Jonas Gahr Støre']);
    expect(met('He flies to Nairobi on Monday to launch, together with President Amina Odhiambo and Governor Paul Mwangi, a solar plant.')).toEqual(['Amina Odhiambo', 'Paul Mwangi']);
    expect(met('He will travel to Rome to speak, with reporters present, about the accord.')).toEqual([]);
    expect(met('He will go to Lyon to open, with the mayor, a new school.')).toEqual([]);
  });
});

describe('round 23: a meeting or retreat, of a body or named, "with" titled people', () => {
  it('meets them ("the Leaders\' Retreat with Prime Minister X", "a meeting of the Nordic Council with Prime Minister Y"); members in lower case are no one met', () => {
    expect(met("She will attend the annual Leaders' Retreat with Prime Minister Chris Hipkins in Queenstown.")).toEqual(['Chris Hipkins']);
    expect(met('They will hold a meeting of the Nordic Council with Prime Minister Mette Frederiksen.')).toEqual(['Mette Frederiksen']);
    expect(met('He will attend a meeting of the Council with representatives of member states.')).toEqual([]);
    expect(met('The dialogue of the Quad with its partners will follow.')).toEqual([]);
  });
});

describe('round 23: a host described in lower case between the name and the verb', () => {
  it('is met ("President X, a former senator, will host him"); an office without a name is not', () => {
    expect(met('He will travel to Washington on 22 June, where President Joe Biden, a former senator from Delaware, will host him.')).toEqual(['Joe Biden']);
    expect(met('She flies to Ottawa, where Prime Minister Mark Carney, a former central banker, will welcome her.')).toEqual(['Mark Carney']);
    expect(met('In Madrid, the envoy, a former banker, will host him.')).toEqual([]);
  });
});

describe('round 23: the verb left out after a day, or after a semicolon and a place', () => {
  it('meets each ("meet X, and on 8 July Vice Premier Y"; "; in Milan, Mayor Z"), not someone who is the subject of a verb of their own', () => {
    expect(met('On Monday he will meet President Ana Ruiz, and on Tuesday Foreign Minister Luis Paz.')).toEqual(['Ana Ruiz', 'Luis Paz']);
    expect(met('On 7 July she will meet Premier Li Qiang, and on 8 July Vice Premier He Lifeng, who led the talks.')).toEqual(['Li Qiang', 'He Lifeng']);
    expect(met('In Rome he will meet Pope Leo; in Milan, Mayor Giuseppe Sala.')).toEqual(['Leo', 'Giuseppe Sala']);
    expect(met('He will meet President Ana Ruiz, and on Tuesday Foreign Minister Luis Paz will fly to Lima.')).toEqual(['Ana Ruiz']);
    expect(met('In Rome he will meet Pope Leo; in Milan, President Sergio Mattarella will open the fair.')).toEqual(['Leo']);
  });
});

describe('round 23: an office whose name holds "for"', () => {
  it('keeps "for the Environment" in the office, not taken for the talks\' purpose ("talks with the Secretary for the Environment, X"); "for the coming year" after an office is still no part of it', () => {
    expect(met('He will hold talks with the Secretary for the Environment, Jane Doe, at the Foreign Office.')).toEqual(['Jane Doe']);
    expect(met('She will meet the Commissioner for the Internal Market, Maros Sefcovic, in Brussels.')).toEqual(['Maros Sefcovic']);
    expect(met('He will hold talks with the Minister of Trade for the coming year.')).toEqual(['Minister of Trade']);
  });
});

describe('round 23: a welcome by "Their Majesties"', () => {
  it('meets the monarchs named', () => {
    expect(met('The couple will receive a welcome by Their Majesties King Harald and Queen Sonja.')).toEqual(['King Harald', 'Sonja']);
  });
});

describe('round 23: an office with its portfolio, then the holder without a comma', () => {
  it('makes the holder the person ("Minister of Home Affairs Amit Shah"), not an institution\'s name ("Chairman of the National Assembly X")', () => {
    expect(findMeetings('He will meet Minister of Home Affairs Amit Shah.')[0]?.with[0]?.participant).toEqual({ name: 'Amit Shah', role: 'Minister of Home Affairs', kind: 'person' });
    expect(met('He will meet Minister for Foreign Affairs Penny Wong.')).toEqual(['Penny Wong']);
    expect(met('He met with Chairman of the National Assembly Vuong Dinh Hue.')).toEqual(['Chairman of the National Assembly Vuong Dinh Hue']);
  });
});

/** Fifteen announcements written for this file, their expected stops and meetings written before they were first run. */
const unseen: Case[] = [
  {
    what: 'Canada, Mexico City and Bogotá, "where President X will receive her"',
    text: 'Ottawa, 3 March 2025 – Foreign Minister Mélanie Joly will travel to Mexico City on 5 March for talks with Foreign Secretary Juan Ramón de la Fuente. On 6 March she will be in Bogotá, where President Gustavo Petro will receive her. She returns to Ottawa on 7 March.',
    published: '2025-03-03',
    home: 'Ottawa',
    stops: [from('Ottawa', '2025-03-05'), at('Mexico City', ['2025-03-05']), at('Bogotá', ['2025-03-06']), back('Ottawa', '2025-03-07')],
    meetings: [['Mexico City', 'Juan Ramón de la Fuente'], ['Bogotá', 'Gustavo Petro']],
  },
  {
    what: 'Japan, Paris "to co-chair, with Foreign Minister X, the dialogue", Brussels "the EU High Representative, Josep Borrell"',
    text: 'Tokyo, 2 May 2024 – Foreign Minister Yoko Kamikawa will travel to Paris on 3 May to co-chair, with Foreign Minister Stéphane Séjourné, the Japan–France strategic dialogue. On 4 May she goes to Brussels to meet the EU High Representative, Josep Borrell. She returns to Tokyo on 5 May.',
    published: '2024-05-02',
    home: 'Tokyo',
    stops: [from('Tokyo', '2024-05-03'), at('Paris', ['2024-05-03']), at('Brussels', ['2024-05-04']), back('Tokyo', '2024-05-05')],
    meetings: [['Paris', 'Stéphane Séjourné'], ['Brussels', 'Josep Borrell']],
  },
  {
    what: 'Germany, Rome "where Prime Minister X, the host of this year\'s G7, will welcome him", then Bari',
    text: "Berlin, 10 June 2024 – Chancellor Olaf Scholz will travel to Rome on 12 June, where Prime Minister Giorgia Meloni, the host of this year's G7, will welcome him. On 13 June he will fly to Bari for the G7 summit. He returns to Berlin on 15 June.",
    published: '2024-06-10',
    home: 'Berlin',
    stops: [from('Berlin', '2024-06-12'), at('Rome', ['2024-06-12']), at('Bari', ['2024-06-13'], 'flight'), back('Berlin', '2024-06-15')],
    meetings: [['Rome', 'Giorgia Meloni']],
  },
  {
    what: 'Korea, London "welcomed by King Charles III on 21 November, and on 22 November Prime Minister X"',
    text: 'Seoul, 20 November 2023 – President Yoon Suk Yeol will pay a state visit to the United Kingdom from 21 to 23 November. In London he will be welcomed by King Charles III on 21 November, and on 22 November Prime Minister Rishi Sunak. He returns to Seoul on 23 November.',
    published: '2023-11-20',
    home: 'Seoul',
    stops: [from('Seoul'), at('London', ['2023-11-21', '2023-11-22']), back('Seoul', '2023-11-23')],
    meetings: [['London', 'Charles III'], ['London', 'Rishi Sunak']],
  },
  {
    what: 'New Zealand, Washington for the NATO summit, "hold talks with NATO Secretary General X there", Tokyo',
    text: 'Wellington, 5 July 2024 – Prime Minister Christopher Luxon will travel to Washington on 9 July for the NATO summit. He will also hold talks with NATO Secretary General Jens Stoltenberg there. On 12 July he will be in Tokyo to meet Prime Minister Fumio Kishida. He returns to Wellington on 14 July.',
    published: '2024-07-05',
    home: 'Wellington',
    stops: [from('Wellington', '2024-07-09'), at('Washington', ['2024-07-09']), at('Tokyo', ['2024-07-12']), back('Wellington', '2024-07-14')],
    meetings: [['Washington', 'Jens Stoltenberg'], ['Tokyo', 'Fumio Kishida']],
  },
  {
    what: 'Kenya, Kampala for "the Non-Aligned Movement summit hosted by President X"',
    text: 'Nairobi, 14 January 2024 – President William Ruto will travel to Kampala on 19 January for the Non-Aligned Movement summit hosted by President Yoweri Museveni. He returns to Nairobi on 20 January.',
    published: '2024-01-14',
    home: 'Nairobi',
    stops: [from('Nairobi', '2024-01-19'), at('Kampala', ['2024-01-19']), back('Nairobi', '2024-01-20')],
    meetings: [['Kampala', 'Yoweri Museveni']],
  },
  {
    what: 'India, Warsaw "hold talks with Prime Minister X and call on President Y", Kyiv by train',
    text: 'New Delhi, 20 August 2024 – Prime Minister Narendra Modi will travel to Warsaw on 21 August, where he will hold talks with Prime Minister Donald Tusk and call on President Andrzej Duda. He will then travel by train to Kyiv, arriving on 23 August, to meet President Volodymyr Zelenskyy. He returns to New Delhi on 24 August.',
    published: '2024-08-20',
    home: 'New Delhi',
    stops: [from('New Delhi', '2024-08-21'), at('Warsaw', ['2024-08-21']), at('Kyiv', ['2024-08-23'], 'rail'), back('New Delhi', '2024-08-24')],
    meetings: [['Warsaw', 'Donald Tusk'], ['Warsaw', 'Andrzej Duda'], ['Kyiv', 'Volodymyr Zelenskyy']],
  },
  {
    what: 'France, Kyiv "with the Minister for Foreign Affairs of Germany, X, to meet President Y and Foreign Minister Z"',
    text: 'Paris, 25 March 2024 – The Minister for Europe and Foreign Affairs, Stéphane Séjourné, will travel to Kyiv on 26 March, with the Minister for Foreign Affairs of Germany, Annalena Baerbock, to meet President Volodymyr Zelenskyy and Foreign Minister Dmytro Kuleba. He returns to Paris on 27 March.',
    published: '2024-03-25',
    home: 'Paris',
    stops: [from('Paris', '2024-03-26'), at('Kyiv', ['2024-03-26']), back('Paris', '2024-03-27')],
    meetings: [['Kyiv', 'Volodymyr Zelenskyy'], ['Kyiv', 'Dmytro Kuleba']],
  },
  {
    what: 'Brazil, Asunción "received by President X", then Santa Cruz "for talks with President Y"',
    text: 'Brasília, 1 July 2024 – President Luiz Inácio Lula da Silva will travel to Asunción on 8 July for the Mercosur summit, where he will be received by President Santiago Peña, and then to Santa Cruz de la Sierra on 9 July for talks with President Luis Arce. He returns to Brasília on 9 July.',
    published: '2024-07-01',
    home: 'Brasília',
    stops: [from('Brasília', '2024-07-08'), at('Asunción', ['2024-07-08']), at('Santa Cruz de la Sierra', ['2024-07-09']), back('Brasília', '2024-07-09')],
    meetings: [['Asunción', 'Santiago Peña'], ['Santa Cruz de la Sierra', 'Luis Arce']],
  },
  {
    what: 'Japan, the G20 in Rio de Janeiro, "On the sidelines she will meet Foreign Minister X and Secretary of State Y"',
    text: "Tokyo, 15 February 2024 – Foreign Minister Yoko Kamikawa will visit Brazil from 20 to 22 February for the G20 foreign ministers' meeting in Rio de Janeiro. On the sidelines she will meet Foreign Minister Mauro Vieira and Secretary of State Antony Blinken. She returns to Tokyo on 23 February.",
    published: '2024-02-15',
    home: 'Tokyo',
    stops: [from('Tokyo'), at('Rio de Janeiro', ['2024-02-20', '2024-02-21', '2024-02-22']), back('Tokyo', '2024-02-23')],
    meetings: [['Rio de Janeiro', 'Mauro Vieira'], ['Rio de Janeiro', 'Antony Blinken']],
  },
  {
    what: 'UK, Luxembourg "meet the High Representative, X, and the Foreign Minister of Luxembourg, Y"',
    text: 'London, 2 October 2024 – The Foreign Secretary, David Lammy, will travel to Luxembourg on 14 October for the Foreign Affairs Council, where he will meet the High Representative, Josep Borrell, and the Foreign Minister of Luxembourg, Xavier Bettel. He returns to London on 14 October.',
    published: '2024-10-02',
    home: 'London',
    stops: [from('London', '2024-10-14'), at('Luxembourg', ['2024-10-14']), back('London', '2024-10-14')],
    meetings: [['Luxembourg', 'Josep Borrell'], ['Luxembourg', 'Xavier Bettel']],
  },
  {
    what: 'Australia, Vilnius "join President X for a wreath-laying", Helsinki "for talks with Prime Minister Y"',
    text: 'Canberra, 3 July 2023 – Prime Minister Anthony Albanese will travel to Vilnius on 11 July for the NATO summit. On 12 July he will join President Gitanas Nausėda for a wreath-laying ceremony, and on 13 July he will travel to Helsinki for talks with Prime Minister Petteri Orpo. He returns to Canberra on 15 July.',
    published: '2023-07-03',
    home: 'Canberra',
    stops: [from('Canberra', '2023-07-11'), at('Vilnius', ['2023-07-11', '2023-07-12']), at('Helsinki', ['2023-07-13']), back('Canberra', '2023-07-15')],
    meetings: [['Vilnius', 'Gitanas Nausėda'], ['Helsinki', 'Petteri Orpo']],
  },
  {
    what: 'Singapore, Putrajaya "hosted to lunch by Prime Minister X", Kuala Lumpur "an audience with the Yang di-Pertuan Agong, Sultan Ibrahim"',
    text: 'Singapore, 4 June 2024 – Prime Minister Lawrence Wong will make an introductory visit to Malaysia on 11 and 12 June. In Putrajaya he will be hosted to lunch by Prime Minister Anwar Ibrahim, and in Kuala Lumpur he will have an audience with the Yang di-Pertuan Agong, Sultan Ibrahim. He returns to Singapore on 12 June.',
    published: '2024-06-04',
    home: 'Singapore',
    stops: [from('Singapore'), at('Putrajaya', []), at('Kuala Lumpur', []), back('Singapore', '2024-06-12')],
    meetings: [['Putrajaya', 'Anwar Ibrahim'], ['Kuala Lumpur', 'Sultan Ibrahim']],
  },
  {
    what: 'Italy, Tunis "meet President X, with whom she will sign three agreements"',
    text: 'Rome, 10 April 2024 – Prime Minister Giorgia Meloni will travel to Tunis on 17 April. She will meet President Kais Saied, with whom she will sign three agreements on energy and higher education. She returns to Rome on 17 April.',
    published: '2024-04-10',
    home: 'Rome',
    stops: [from('Rome', '2024-04-17'), at('Tunis', ['2024-04-17']), back('Rome', '2024-04-17')],
    meetings: [['Tunis', 'Kais Saied']],
  },
  {
    what: 'Spain, Jerusalem, Ramallah and Cairo, each "to meet" or "for talks with"',
    text: 'Madrid, 22 November 2023 – President Pedro Sánchez will travel to Jerusalem on 23 November to meet Prime Minister Benjamin Netanyahu and President Isaac Herzog, and then to Ramallah to meet President Mahmoud Abbas. On 24 November he will be in Cairo for talks with President Abdel Fattah al-Sisi. He returns to Madrid on 24 November.',
    published: '2023-11-22',
    home: 'Madrid',
    stops: [from('Madrid', '2023-11-23'), at('Jerusalem', ['2023-11-23']), at('Ramallah', ['2023-11-23']), at('Cairo', ['2023-11-24']), back('Madrid', '2023-11-24')],
    meetings: [['Jerusalem', 'Benjamin Netanyahu'], ['Jerusalem', 'Isaac Herzog'], ['Ramallah', 'Mahmoud Abbas'], ['Cairo', 'Abdel Fattah al-Sisi']],
  },
];

describe('round 23: fifteen announcements with meetings, written for this file', () => {
  for (const c of unseen) {
    it(`reads ${c.what}`, () => {
      expect(misses(c)).toEqual([]);
    });
  }
});

// Causes found by the fifteen above (4 failed on their first run), each checked on other wordings.
describe('round 23: more of the verb left out, and hosts in the passive', () => {
  it('reads a second person after the day that ended the first ("welcomed by King X on 3 May, and on 4 May Prime Minister Y"), not one with a verb', () => {
    expect(met('She will meet President Ana Ruiz on 3 May, and on 4 May Foreign Minister Luis Paz.')).toEqual(['Ana Ruiz', 'Luis Paz']);
    expect(met('He will meet President Ana Ruiz on 3 May, and on 4 May Foreign Minister Luis Paz will fly to Lima.')).toEqual(['Ana Ruiz']);
  });

  it('meets one by whom the traveller is hosted ("hosted to dinner by President X"), not a body that hosts', () => {
    expect(met('In Lisbon she will be hosted to dinner by President Marcelo Rebelo de Sousa.')).toEqual(['Marcelo Rebelo de Sousa']);
    expect(met('He was hosted at the palace by King Philippe.')).toEqual(['Philippe']);
    expect(met('The reception will be hosted by the New Zealand Embassy.')).toEqual([]);
  });

  it('reads people set off by commas after a hyphenated verb ("to co-chair, with Foreign Minister X, …")', () => {
    expect(met('She will fly to Seoul to co-host, with President Yoon Suk Yeol, the summit.')).toEqual(['Yoon Suk Yeol']);
    expect(met('He will go to Accra to co-sign, with President Nana Akufo-Addo, the accord.')).toEqual(['Nana Akufo-Addo']);
  });
});

/** Each stop's name with the titles of its meetings. */
const meetingsAt = (text: string, published: string, home: string) => draft(text, published, home).stops.map((s) => [s.name, s.meetings.map((m) => m.title)]);

describe('round 23: where a meeting is, and who', () => {
  it('places a meeting before "and on 8 May he will fly to Tallinn" at the stop the traveller is at, not the one he goes on to', () => {
    expect(
      meetingsAt('Oslo, 1 May 2024 – Prime Minister Jonas Gahr Støre will travel to Riga on 6 May. On 7 May he will join President Edgars Rinkēvičs for a wreath-laying ceremony, and on 8 May he will fly to Tallinn for talks with Prime Minister Kaja Kallas. He returns to Oslo on 9 May.', '2024-05-01', 'Oslo'),
    ).toEqual([['Oslo', []], ['Riga', ['Meeting with Edgars Rinkēvičs']], ['Tallinn', ['Meeting with Kaja Kallas']], ['Oslo', []]]);
    expect(
      meetingsAt('Oslo, 1 May 2024 – Prime Minister Jonas Gahr Støre will travel to Riga on 6 May. On 7 May he will meet President Edgars Rinkēvičs, and on 8 May he will go on to Tallinn. He returns to Oslo on 9 May.', '2024-05-01', 'Oslo'),
    ).toEqual([['Oslo', []], ['Riga', ['Meeting with Edgars Rinkēvičs']], ['Tallinn', []], ['Oslo', []]]);
  });

  it('keeps a monarch\'s name whole ("Sultan Ibrahim" beside "Prime Minister Anwar Ibrahim")', () => {
    expect(
      meetingsAt('Tokyo, 1 June 2024 – Foreign Minister Yoko Kamikawa will travel to Kuala Lumpur on 10 June, where Prime Minister Anwar Ibrahim will receive her. On 11 June she will call on Sultan Ibrahim at the National Palace. She returns to Tokyo on 12 June.', '2024-06-01', 'Tokyo'),
    ).toEqual([['Tokyo', []], ['Kuala Lumpur', ['Meeting with Anwar Ibrahim', 'Meeting with Sultan Ibrahim']], ['Tokyo', []]]);
  });
});

// Last, two wordings three tuning texts missed (Vo Van Thuong, Scholz, Macron), checked on sentences of other words.
describe('round 23: talks "between" two, and a meeting "and working lunch with"', () => {
  it('meets the titled one named last in "talks between X and President Y"; parties and delegations are no one met', () => {
    expect(met('Official events began with a ceremony, followed by summit talks between President Yoon and President Vo Van Thuong.')).toEqual(['Vo Van Thuong']);
    expect(met('The day ends with talks between the two foreign ministers and Prime Minister Ana Ruiz.')).toEqual(['Ana Ruiz']);
    expect(met('There will be no talks between the parties and the rebels.')).toEqual([]);
    expect(met('The meeting between the delegations and the press was short.')).toEqual([]);
  });

  it('meets the one of "a meeting and working lunch with Federal Chancellor X"', () => {
    expect(met('He will then proceed to the Chancellery for a meeting and working lunch with Federal Chancellor Olaf Scholz.')).toEqual(['Olaf Scholz']);
    expect(met('She will hold talks and an official dinner with Prime Minister Dara Senn.')).toEqual(['Dara Senn']);
  });
});
