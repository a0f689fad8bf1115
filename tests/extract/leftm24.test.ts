// Meetings this round's helpers left (issue 17, round 24), fixed by general rules, each checked on sentences worded otherwise
// than the text that showed it, then on that text: the traveller and a host doing something together ("she and Prime Minister
// X will sign"), and whom a list of meetings with its verb left out meets after the first day ("meet X in Dakar on 29 August,
// President Y in Accra on 30 August", "talks with X on Tuesday, and with Prime Minister Y").
import { describe, expect, it } from 'vitest';
import { findMeetings, fullName } from '../../src/extract/find-meetings';
import { at, back, caseMisses, from, type Case } from './expected-stops';
import { useWorld } from './world';

const { draft } = useWorld();
const misses = caseMisses(draft);
/** The titles of a sentence's events and site visits. */
const events = (sentence: string) =>
  findMeetings(sentence)
    .filter((m) => m.kind !== 'meeting')
    .map((m) => m.title);
/** The names of the people a sentence's meetings are with, one list per meeting. */
const met = (sentence: string) =>
  findMeetings(sentence)
    .filter((m) => m.kind === 'meeting')
    .map((m) => m.with.map((w) => String(w.participant.name)));

describe('the traveller and a host acting together', () => {
  it('is a meeting with the host, whatever the shared act', () => {
    expect(met('On 3 May the Chancellor will be in Lisbon, where she and Prime Minister António Costa will inaugurate the Web Summit.')).toEqual([['António Costa']]);
    expect(met('He and President Cyril Ramaphosa will then lay the foundation stone of the new hospital.')).toEqual([['Cyril Ramaphosa']]);
    expect(met('In Nairobi she and President William Ruto are expected to launch a green hydrogen partnership.')).toEqual([['William Ruto']]);
    expect(met('Kishida and Chancellor Olaf Scholz will co-chair the first intergovernmental consultations.')).toEqual([['Olaf Scholz']]);
  });

  it('is no meeting with a spouse who travels along', () => {
    expect(met('He and First Lady Jill Biden will open the exhibition.')).toEqual([]);
    expect(met('The King and Queen Camilla will lay a wreath at the memorial.')).toEqual([]);
  });

  it('reads the host in a whole announcement', () => {
    const c: Case = {
      what: 'Canada, Warsaw, "where he and President Andrzej Duda will sign"',
      text: 'Ottawa, 10 March 2024 – Prime Minister Justin Trudeau will travel to Warsaw on 12 March, where he and President Andrzej Duda will sign a defence cooperation agreement. He returns to Ottawa on 13 March.',
      published: '2024-03-10',
      home: 'Ottawa',
      stops: [from('Ottawa', '2024-03-12'), at('Warsaw', ['2024-03-12']), back('Ottawa', '2024-03-13')],
      meetings: [['Warsaw', 'Andrzej Duda']],
    };
    expect(misses(c)).toEqual([]);
  });
});

describe('a list of meetings with its verb left out', () => {
  it('meets each titled person set off after the day of the one before, with a place of their own', () => {
    expect(met('The Foreign Secretary will meet Prime Minister Mark Rutte in The Hague on 4 June, Chancellor Olaf Scholz in Berlin on 5 June, and President Emmanuel Macron in Paris.')).toEqual([
      ['Mark Rutte'],
      ['Olaf Scholz'],
      ['Emmanuel Macron'],
    ]);
  });

  it('meets a titled person after "and with" past the day', () => {
    expect(met('The Premier will hold talks with President Lula at the Planalto Palace on Monday, and with Vice President Geraldo Alckmin.')).toEqual([['Lula'], ['Geraldo Alckmin']]);
  });

  it('is no meeting with a titled person who acts in a clause of their own, nor one with no place', () => {
    expect(met('He will meet President Ruto on Monday, and Prime Minister Musalia Mudavadi will see him off.')).toEqual([['Ruto']]);
    expect(met('He will meet President Ruto on 4 May, President Museveni having left for Kampala.')).toEqual([['Ruto']]);
  });

  it('places each meeting of the list at its own stop', () => {
    const c: Case = {
      what: 'Japan, three capitals, "will meet X in Y on …, Z in W on …, and …"',
      text: 'Tokyo, 1 June 2023 – Foreign Minister Yoshimasa Hayashi will visit the Netherlands, Germany and France. He will meet Prime Minister Mark Rutte in The Hague on 4 June, Chancellor Olaf Scholz in Berlin on 5 June, and President Emmanuel Macron in Paris on 6 June. He returns to Tokyo on 7 June.',
      published: '2023-06-01',
      home: 'Tokyo',
      stops: [from('Tokyo'), at('The Hague', ['2023-06-04']), at('Berlin', ['2023-06-05']), at('Paris', ['2023-06-06']), back('Tokyo', '2023-06-07')],
      meetings: [['The Hague', 'Mark Rutte'], ['Berlin', 'Olaf Scholz'], ['Paris', 'Emmanuel Macron']],
    };
    expect(misses(c)).toEqual([]);
  });
});

describe('a surname found in full after an office of a body', () => {
  it("takes none of the body's words for the name", () => {
    expect(fullName('Ding', ['On 7 December he will co-chair the Joint Council with Vice Premier of the State Council Ding Xuexiang.'], 'Vice Premier')).toBe('Ding');
    expect(fullName('Michel', ['Xi Jinping met with President of the European Council Charles Michel in Beijing.'], 'President')).toBe('Charles Michel');
  });
});

describe('addresses, talks, town halls and dinners', () => {
  it('reads an event whose name holds an abbreviation with dots', () => {
    expect(events('She will take part in the U.S.-India Strategic Dialogue on 3 April.')).toEqual(['U.S.-India Strategic Dialogue']);
    expect(events('He will attend the U.N. Ocean Conference.')).toEqual(['U.N. Ocean Conference']);
  });

  it('reads an address, a speech or a lecture delivered at a place, a topic between', () => {
    expect(events('On 4 May he will deliver the keynote address at the University of Tokyo.')).toEqual(['Keynote address at the University of Tokyo']);
    expect(events('She will deliver a lecture on climate finance at the London School of Economics.')).toEqual(['Lecture on climate finance at the London School of Economics']);
    expect(events('He will address parliamentarians at the Bundestag.')).toEqual(['Parliamentarians at the Bundestag']);
  });

  it('reads a town hall or a talk with people as a meeting, and a programme line naming a dinner as an event', () => {
    expect(met('He will hold a town hall with students of Makerere University.')).toEqual([['Makerere University']]);
    expect(met('Talk with young entrepreneurs at Station F.')).toEqual([['young entrepreneurs']]);
    expect(events('Official dinner.')).toEqual(['Official dinner']);
    expect(events('Gala banquet at the Palace of Versailles.')).toEqual(['Gala banquet at the Palace of Versailles']);
  });

  it("reads an outside tester's sentences (t-outside24: 02, 06, 07, 09, 12, 14)", () => {
    expect(events('On Friday 17 September he will address civil society at Westminster Hall, and on Saturday he will meet Prime Minister David Cameron.')).toEqual(['Civil society at Westminster Hall']);
    expect(events('State dinner.')).toEqual(['State dinner']);
    expect(met('Talk with students at Sun Yat-sen University.')).toEqual([['students']]);
    expect(events('On Thursday 26 May she will deliver the commencement address at Harvard University in Boston.')).toEqual(['Commencement address at Harvard University in Boston']);
    expect(events('In Tokyo, Secretary Blinken will meet with Foreign Minister Toshimitsu Motegi and participate in the U.S.-Japan Security Consultative Committee ("2+2").')).toEqual([
      'U.S.-Japan Security Consultative Committee',
    ]);
    expect(met('On May 24, the President will travel to Ho Chi Minh City, where he will hold a town hall with young leaders of the Young Southeast Asian Leaders Initiative.')).toHaveLength(1);
    expect(events('He will arrive in Nouméa on Monday 24 July, where he will deliver a speech on the future of New Caledonia at Place des Cocotiers.')).toEqual([
      'Speech on the future of New Caledonia at Place des Cocotiers',
    ]);
  });
});

describe('"the two presidents" meeting, the host named only by the invitation', () => {
  const c = (text: string, meetings: [string, string][]): Case => ({
    what: 'Kenya, Pretoria, "at the invitation of President Cyril Ramaphosa", "the two leaders held talks"',
    text,
    published: '2024-02-10',
    home: 'Nairobi',
    stops: [from('Nairobi', '2024-02-12'), at('Pretoria', ['2024-02-12', '2024-02-13']), back('Nairobi', '2024-02-14')],
    meetings,
  });

  it('is a meeting with the one host the visit is at the invitation of', () => {
    const text =
      'Nairobi, 10 February 2024 – President William Ruto will travel to Pretoria on 12 February for a state visit at the invitation of President Cyril Ramaphosa. On 13 February the two leaders will hold talks at the Union Buildings. He returns to Nairobi on 14 February.';
    expect(misses(c(text, [['Pretoria', 'Cyril Ramaphosa']]))).toEqual([]);
    expect(draft(text, '2024-02-10', 'Nairobi').stops.flatMap((s) => s.meetings.map((m) => m.title))).toEqual(['Meeting with Cyril Ramaphosa']);
  });

  it('adds none where the host is met there already, and none with no host invited by name', () => {
    const met = 'Nairobi, 10 February 2024 – President William Ruto will travel to Pretoria on 12 February for a state visit at the invitation of President Cyril Ramaphosa. On 13 February he will meet President Ramaphosa. The two leaders will then hold talks on trade. He returns to Nairobi on 14 February.';
    expect(draft(met, '2024-02-10', 'Nairobi').stops.flatMap((s) => s.meetings.map((m) => m.title))).toEqual(['Meeting with Cyril Ramaphosa']);
    const none = 'Nairobi, 10 February 2024 – President William Ruto will travel to Pretoria on 12 February for a state visit. On 13 February the two leaders will hold talks. He returns to Nairobi on 14 February.';
    expect(draft(none, '2024-02-10', 'Nairobi').stops.flatMap((s) => s.meetings)).toEqual([]);
  });
});

describe('a thing handed over in person', () => {
  it('is a meeting with the head it is given to, and with no words after them', () => {
    expect(met('On 3 May she will deliver a letter from the King to President Lula, ahead of the summit.')).toEqual([['Lula']]);
    expect(met('The Minister handed over the instruments of ratification to Chancellor Olaf Scholz in Berlin.')).toEqual([['Olaf Scholz']]);
    expect(met('The company delivered aid to Gaza, and presented its report to the board.')).toEqual([]);
  });
});

/** The texts of this round's tests that showed the causes (places24, modes24, wire24), now read whole. */
const shown: Case[] = [
  {
    what: 'United States, "Hanover, Germany" for the trade fair (places24)',
    text: 'Washington, 19 April 2016 – President Obama will travel to London on 21 April, where he will meet Prime Minister David Cameron on 22 April. On 24 April he will travel to Hanover, Germany, where he and Chancellor Angela Merkel will open the Hannover Messe trade fair.',
    published: '2016-04-19',
    home: 'Washington',
    stops: [from('Washington, D.C.', '2016-04-21'), at('London', ['2016-04-21', '2016-04-22']), at('Hanover', ['2016-04-24']), back('Washington, D.C.')],
    meetings: [['London', 'Cameron'], ['Hanover', 'Merkel']],
  },
  {
    what: 'Thailand, "sign the railway agreement" (modes24)',
    text: 'Bangkok, 5 December 2024 – Prime Minister Paetongtarn Shinawatra will visit Vientiane on 10 December, where she and Prime Minister Sonexay Siphandone will sign the railway agreement between the two countries.',
    published: '2024-12-05',
    home: 'Bangkok',
    stops: [from('Bangkok'), at('Vientiane', ['2024-12-10']), back('Bangkok')],
    meetings: [['Vientiane', 'Sonexay Siphandone']],
  },
  {
    what: 'Germany, West Africa: Dakar, Accra, Abuja, Lagos (places24)',
    text: 'Berlin, 27 August 2018 – Chancellor Angela Merkel will travel to Senegal, Ghana and Nigeria from 29 to 31 August. She will meet President Macky Sall in Dakar on 29 August, President Nana Akufo-Addo in Accra on 30 August, and President Muhammadu Buhari in Abuja on 31 August, before visiting Lagos.',
    published: '2018-08-27',
    home: 'Berlin',
    stops: [from('Berlin'), at('Dakar', ['2018-08-29']), at('Accra', ['2018-08-30']), at('Abuja', ['2018-08-31']), at('Lagos', []), back('Berlin')],
    meetings: [['Dakar', 'Macky Sall'], ['Accra', 'Akufo-Addo'], ['Abuja', 'Buhari']],
  },
  {
    what: 'WAM, Rome, ", and with Prime Minister Giorgia Meloni" (wire24)',
    text: 'ROME, 24th February, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan arrived in Rome today on a state visit to the Italian Republic. His Highness will hold talks with Italian President Sergio Mattarella at the Quirinal Palace on Tuesday, and with Prime Minister Giorgia Meloni, with whom he will attend a UAE–Italy business forum.',
    published: '2025-02-24',
    home: 'Abu Dhabi',
    stops: [from('Abu Dhabi'), at('Rome', ['2025-02-24', '2025-02-25']), back('Abu Dhabi')],
    meetings: [['Rome', 'Sergio Mattarella'], ['Rome', 'Giorgia Meloni']],
  },
  {
    what: 'Planalto, Bogotá, "the two presidents will hold a bilateral meeting" (wire24)',
    text: 'President Luiz Inácio Lula da Silva travels to Bogotá, Colombia, this Tuesday, 16 April, for a state visit at the invitation of President Gustavo Petro. On Wednesday (17), the two presidents will hold a bilateral meeting at the Casa de Nariño and sign agreements on energy transition and the Amazon. On Thursday (18), Lula will attend the opening of the Bogotá International Book Fair, where Brazil is the guest of honour, before returning to Brasília.',
    published: '2024-04-15',
    home: 'Brasília',
    stops: [from('Brasília', '2024-04-16'), at('Bogotá', ['2024-04-16', '2024-04-17', '2024-04-18']), back('Brasília')],
    meetings: [['Bogotá', 'Gustavo Petro']],
  },
  {
    what: 'Norway, Brussels, "hand over the documents … to Prime Minister Mohammad Mustafa" (prec24)',
    text: 'Oslo, 26 May 2024 – Foreign Minister Espen Barth Eide will travel to Brussels on 27 May to hand over the documents recognising the State of Palestine to Prime Minister Mohammad Mustafa, thirty years after the Oslo Accords. He returns to Oslo on 28 May.',
    published: '2024-05-26',
    home: 'Oslo',
    stops: [from('Oslo', '2024-05-27'), at('Brussels', ['2024-05-27']), back('Oslo', '2024-05-28')],
    meetings: [['Brussels', 'Mohammad Mustafa']],
  },
];

describe('the texts that showed these causes', () => {
  for (const c of shown) {
    it(`reads ${c.what}`, () => {
      expect(misses(c)).toEqual([]);
    });
  }
});
