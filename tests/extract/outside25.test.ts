// Announcements an outside tester wrote (round 19, t-outside25), with what a careful reader gets written before the
// extractor ran, or shorter texts of the same causes.
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { draft, stopDays } = useWorld();
const route = (text: string, published: string, home: string) => draft(text, published, home).stops.map((s) => s.name);
const meetingsAt = (text: string, published: string, home: string) =>
  draft(text, published, home).stops.flatMap((s) => s.meetings.filter((m) => m.kind === 'meeting').map((m) => `${s.name}: ${m.with.map((p) => `${String(p.name)}/${p.kind ?? ''}`).join(', ')}`));

describe('a body named after a place is not the place (t-outside25 A)', () => {
  const UFA =
    'NEW DELHI, July 4, 2015 - Prime Minister Narendra Modi will embark on an eight-day visit to the five Central Asian countries and Russia starting July 6.\n\n' +
    'The Prime Minister will first visit Tashkent, Uzbekistan, on July 6 and then Astana, Kazakhstan, on July 7. From July 8 to 10 he will be in Ufa, Russia, for the BRICS and Shanghai Cooperation Organisation summits, where he will also meet President Vladimir Putin. He will then visit Ashgabat on July 11, Bishkek on July 12 and Dushanbe on July 13, where he will hold talks with President Emomali Rahmon, before returning home.';

  it('"in Ufa, Russia, for the BRICS and Shanghai Cooperation Organisation summits" stays in Ufa, for all its days, with the meeting there', () => {
    expect(route(UFA, '2015-07-04', 'New Delhi')).not.toContain('Shanghai');
    expect(stopDays(UFA, '2015-07-04', 'New Delhi').slice(1, -1)).toEqual([
      'Tashkent 2015-07-06..2015-07-06',
      'Astana 2015-07-07..2015-07-08',
      'Ufa 2015-07-08..2015-07-10',
      'Ashgabat 2015-07-11..2015-07-11',
      'Bishkek 2015-07-12..2015-07-12',
      'Dushanbe 2015-07-13..2015-07-13',
    ]);
    expect(meetingsAt(UFA, '2015-07-04', 'New Delhi')).toEqual(['Ufa: Vladimir Putin/person', 'Dushanbe: Emomali Rahmon/person']);
  });
});

describe('a programme line of a numbered day, its date after a comma, and its places with no verb (t-outside25 C)', () => {
  const AFRICA = [
    'New Delhi, 5 July 2016',
    '',
    'Prime Minister Shri Narendra Modi will visit Mozambique, South Africa, Tanzania and Kenya from 7 to 11 July 2016. The programme is as follows.',
    '',
    'Day 1, 7 July: The Prime Minister departs New Delhi and arrives in Maputo, where he will hold talks with President Filipe Nyusi. In the evening he flies to Pretoria.',
    'Day 2, 8 July: Delegation-level talks with President Jacob Zuma in Pretoria; community reception in Johannesburg.',
    'Day 3, 9 July: Durban and Pietermaritzburg, where the Prime Minister will take a train journey to the station where Mahatma Gandhi was put off a train in 1893. In the evening he departs for Dar es Salaam.',
    'Day 4, 10 July: Talks with President John Magufuli in Dar es Salaam; departure for Nairobi.',
    'Day 5, 11 July: Talks with President Uhuru Kenyatta in Nairobi and address at the University of Nairobi, before returning to New Delhi.',
  ].join('\n');

  it('"Day 3, 9 July: Durban and Pietermaritzburg, where …" is a day at both, and the days before it keep theirs', () => {
    expect(stopDays(AFRICA, '2016-07-05', 'New Delhi').slice(1, 6)).toEqual([
      'Maputo 2016-07-07..2016-07-07',
      'Pretoria 2016-07-07..2016-07-08',
      'Johannesburg 2016-07-08..2016-07-08',
      'Durban 2016-07-09..2016-07-09',
      'Pietermaritzburg 2016-07-09..2016-07-09',
    ]);
  });

  it('"Pietermaritzburg, where the Prime Minister will take a train journey to the station …" is reached by no stated mode: the train is taken there', () => {
    const it = draft(AFRICA, '2016-07-05', 'New Delhi');
    expect(it.legs.slice(2, 5).map((l) => `${l.to} ${l.mode}`)).toEqual(['johannesburg unknown', 'durban unknown', 'pietermaritzburg unknown']);
  });
});

describe('the days an agency dateline and a span give (t-outside25 B)', () => {
  const PERU =
    "Beijing, November 8, 2024 (Xinhua) -- At the invitation of President Dina Boluarte of Peru and President Luiz Inácio Lula da Silva of Brazil, President Xi Jinping will attend the 31st APEC Economic Leaders' Meeting in Lima and pay a state visit to Peru from November 13 to 17, attend the 19th G20 Summit in Rio de Janeiro from November 17 to 19, and pay a state visit to Brazil from November 19 to 21, foreign ministry spokesperson Hua Chunying announced on Friday.\n\n" +
    'During his stay in Lima, Xi will hold talks with President Boluarte and, together with her, attend by video link the inauguration of the Chancay port. After the G20 summit, Xi will travel to Brasilia, where he will hold talks with President Lula at the Alvorada Palace.';

  it('"Beijing, November 8, 2024 (Xinhua) --" is the publication, no day of the trip: Lima is from 13 to 17 November', () => {
    expect(stopDays(PERU, '2024-11-08', 'Beijing').slice(0, 2)).toEqual(['Beijing ..2024-11-13', 'Lima 2024-11-13..2024-11-17']);
  });

  it('"… in Rio de Janeiro from November 17 to 19, and pay a state visit to Brazil from November 19 to 21" leaves Rio on the 19th', () => {
    expect(stopDays(PERU, '2024-11-08', 'Beijing')[2]).toBe('Rio de Janeiro 2024-11-17..2024-11-19');
  });

  it('"Doha, December 19, 2017 (QNA) - … will leave Doha on Wednesday" leaves on Wednesday 20 December, not the day of the dateline', () => {
    const text =
      "Doha, December 19, 2017 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al Thani will leave Doha on Wednesday on a tour of West African countries that includes Senegal, Mali, Burkina Faso, Cote d'Ivoire, Ghana and Guinea.\n\nHis Highness will begin in Dakar, where he will hold talks with President Macky Sall.";
    expect(stopDays(text, '2017-12-19', 'Doha').slice(0, 2)).toEqual(['Doha ..2017-12-20', 'Dakar 2017-12-20..2017-12-20']);
  });
});

describe('whom a meeting is with (t-outside25 E)', () => {
  it('"talks with President Boluarte and, together with her, attend …" is a meeting with Dina Boluarte alone', () => {
    const text = 'President Xi Jinping of China will visit Lima from 13 to 17 November, at the invitation of President Dina Boluarte. In Lima, Xi will hold talks with President Boluarte and, together with her, attend the inauguration of a port.';
    expect(meetingsAt(text, '2024-11-08', 'Beijing')).toEqual(['Lima: Dina Boluarte/person']);
  });

  it('"in Accra and Conakry, where he will be received by President X and President Y respectively" meets each at their place', () => {
    const text =
      'The Amir will visit Abidjan on 23 December, where he will meet President Alassane Ouattara. The tour concludes in Accra and Conakry, where His Highness will be received by President Nana Akufo-Addo and President Alpha Conde respectively.';
    expect(meetingsAt(text, '2017-12-19', 'Doha')).toEqual(['Abidjan: Alassane Ouattara/person', 'Accra: Nana Akufo-Addo/person', 'Conakry: Alpha Conde/person']);
  });
});

describe('the traveller (t-outside25 F)', () => {
  const traveller = (text: string, published: string, home: string) => draft(text, published, home).traveller;
  it.each([
    ['Dhaka, 3 September 2022 - Prime Minister Sheikh Hasina will pay a four-day state visit to India from 5 to 8 September.', 'Sheikh Hasina', 'Prime Minister'],
    [
      'Doha, December 19, 2017 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al Thani will leave Doha on Wednesday on a tour that includes Senegal and Mali.',
      'Sheikh Tamim bin Hamad Al Thani',
      'Amir',
    ],
    [
      'Mexico City, June 13, 2019. Secretaría de Relaciones Exteriores. Communiqué 245.\n\nForeign Secretary Marcelo Ebrard Casaubón will make a working visit to Guatemala City on Friday, June 14.',
      'Marcelo Ebrard Casaubón',
      'Foreign Secretary',
    ],
    ['New Delhi, 5 July 2016\n\nPrime Minister Shri Narendra Modi will visit Mozambique, South Africa, Tanzania and Kenya from 7 to 11 July 2016.', 'Narendra Modi', 'Prime Minister'],
  ])('%s', (text, name, role) => {
    expect(traveller(text, '2017-12-19', 'Doha')).toEqual({ name, role, kind: 'person' });
  });
});

describe('the order of a day (t-outside25 G)', () => {
  it('"travel to Ajmer to visit the shrine …, and return to Dhaka from Jaipur the same day": Jaipur after Ajmer', () => {
    const text =
      'Prime Minister Sheikh Hasina will pay a state visit to India from 5 to 8 September. The Prime Minister will fly to New Delhi on 5 September. On 8 September she will travel to Ajmer to visit the shrine of Khwaja Moinuddin Chishti, and return to Dhaka from Jaipur the same day.';
    expect(route(text, '2022-09-03', 'Dhaka')).toEqual(['Dhaka', 'New Delhi', 'Ajmer', 'Jaipur', 'Dhaka']);
  });
});

describe('small towns visits go to (t-outside25 A, D)', () => {
  const NORTH =
    'Prime Minister Jonas Gahr Støre will travel to Northern Norway from 16 to 18 August. On Tuesday he will visit Bodø, where he will meet the county council of Nordland. On Wednesday he will go by boat to the Lofoten Islands and visit the fishing village of Svolvær. On Thursday the Prime Minister will be in Tromsø, before flying to Kirkenes to meet Mayor Lena Bergeng. He returns to Oslo the same evening.';

  it('Svolvær and Kirkenes are stops, and "visit the fishing village of Svolvær" is the stop, no site visited at Bodø', () => {
    const it = draft(NORTH, '2022-08-14', 'Oslo');
    expect(it.stops.map((s) => s.name)).toEqual(['Oslo', 'Bodø', 'Svolvær', 'Tromsø', 'Kirkenes', 'Oslo']);
    expect(it.stops.flatMap((s) => s.meetings.filter((m) => m.kind !== 'meeting').map((m) => m.title))).toEqual([]);
  });

  it('"drive to Charters Towers" is a stop', () => {
    const text = 'The Premier will be in Townsville on 5 June and will then drive to Charters Towers on 6 June to meet local mayors, before returning to Brisbane.';
    expect(route(text, '2023-06-01', 'Brisbane')).toEqual(['Brisbane', 'Townsville', 'Charters Towers', 'Brisbane']);
  });
});
