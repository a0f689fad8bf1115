// Announcements an outside tester wrote (round 18, t-outside24), with what a careful reader gets written before the
// extractor ran, or shorter texts of the same causes.
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { useWorld } from './world';

const { draft, world } = useWorld();
const route = (text: string, published: string, home: string) => draft(text, published, home).stops.map((s) => s.name);
const modes = (text: string, published: string, home: string) => draft(text, published, home).legs.map((l) => l.mode);

describe('a programme line of travel without a verb (t-outside24 A)', () => {
  const PROGRAMME = [
    'Apostolic Journey of His Holiness Pope Francis to Canada (24–30 July 2022)',
    'Sunday 24 July: Departure by air from Rome Fiumicino for Edmonton. Arrival at Edmonton International Airport and official welcome.',
    'Tuesday 26 July: Holy Mass at Commonwealth Stadium, Edmonton. Pilgrimage to Lac Ste. Anne.',
    'Wednesday 27 July: Flight from Edmonton to Québec City. Meeting with the Governor General, Mary Simon, and the Prime Minister, Justin Trudeau, at the Citadelle de Québec.',
    'Friday 29 July: Flight from Québec City to Iqaluit. Private meeting with former students of residential schools. Departure by air from Iqaluit for Rome.',
    'Saturday 30 July: Arrival at Rome Ciampino airport.',
  ].join('\n');

  it('"Flight from Edmonton to Québec City." is a leg to Québec City, by air, and the meetings of that day are held there', () => {
    const it = draft(PROGRAMME, '2022-06-23', 'Rome');
    expect(it.stops.map((s) => s.name)).toEqual(['Rome', 'Edmonton', 'Québec City', 'Iqaluit', 'Rome']);
    expect(it.legs.map((l) => l.mode)).toEqual(['flight', 'flight', 'flight', 'flight']);
    expect(it.stops.find((s) => s.name === 'Québec City')!.meetings.flatMap((m) => m.with.map((p) => p.name))).toEqual(['Mary Simon', 'Justin Trudeau']);
    expect(it.stops.find((s) => s.name === 'Iqaluit')!.meetings).toHaveLength(1);
  });

  it('"Flight to Guangzhou." on the line under its day is a flight: a line break joins no name ("April Flight")', () => {
    const text = 'Programme\n\nThursday 6 April\nBeijing. Talks with President Xi Jinping.\n\nFriday 7 April\nFlight to Guangzhou.';
    expect(modes(text, '2023-04-04', 'Paris')[0]).toBe('flight');
    expect(route(text, '2023-04-04', 'Paris')).toContain('Guangzhou');
  });
});

describe('a clause about the place left between the travel and where it goes (t-outside24 B, C)', () => {
  const KYIV = [
    'WARSAW, March 22 (AP) — Japanese Prime Minister Fumio Kishida met Polish President Andrzej Duda in Warsaw on Wednesday, a day after a surprise visit to Kyiv.',
    'Kishida had flown on Monday night from New Delhi, where he met Indian Prime Minister Narendra Modi, to Rzeszów in southeastern Poland, and travelled from there by train to Kyiv, arriving on Tuesday.',
    'In Kyiv he held talks with President Volodymyr Zelenskyy and laid flowers at a church in Bucha. He is due to fly back to Tokyo on Thursday.',
  ].join(' ');

  it('"flown … from New Delhi, where he met …, to Rzeszów" reaches Rzeszów by air, and the train goes from there to Kyiv', () => {
    const it = draft(KYIV, '2023-03-22', 'Tokyo');
    expect(it.stops.map((s) => s.name)).toEqual(['Tokyo', 'New Delhi', 'Rzeszów', 'Kyiv', 'Bucha', 'Warsaw', 'Tokyo']);
    expect(it.legs.slice(1, 3).map((l) => l.mode)).toEqual(['flight', 'rail']);
    expect(it.stops.find((s) => s.name === 'Kyiv')!.arrive).toBe('2023-03-21');
  });

  it('an undated place told in the sentence of a dated one ("In Kyiv … in Bucha") comes after it, not before it on an earlier day', () => {
    const text =
      'Kishida had flown on Monday night from New Delhi to Rzeszów in southeastern Poland, and travelled from there by train to Kyiv, arriving on Tuesday. Earlier he was in Warsaw on a visit to Kyiv. In Kyiv he held talks with President Volodymyr Zelenskyy and laid flowers at a church in Bucha.';
    const names = route(text, '2023-03-22', 'Tokyo');
    expect(names.indexOf('Bucha')).toBeGreaterThan(names.indexOf('Kyiv'));
  });
});

describe('a site the gazetteer lacks, then its town after a comma (t-outside24 B, E)', () => {
  it('"celebrate Mass in Bellahouston Park, Glasgow, and fly to London" is a stop at Glasgow', () => {
    const text =
      'The Holy Father will fly from Rome to Edinburgh on Thursday 16 September. In the afternoon he will celebrate Mass in Bellahouston Park, Glasgow, and fly to London that evening. He returns to Rome on 19 September.';
    expect(route(text, '2010-09-10', 'Rome')).toEqual(['Rome', 'Edinburgh', 'Glasgow', 'London', 'Rome']);
  });

  it('"talks with President Ruto at State House, Nairobi" holds the talks at Nairobi, which is no participant', () => {
    const text = 'The King and Queen will arrive in Kenya on 31 October. On 1 November the King will hold talks with President Ruto at State House, Nairobi. They return to London on 3 November.';
    const it = draft(text, '2023-10-20', 'London');
    const nairobi = it.stops.find((s) => s.name === 'Nairobi')!;
    expect(nairobi.meetings.flatMap((m) => m.with.map((p) => p.name))).toEqual(['Ruto']);
  });
});

describe('the traveller, after an agency dateline, a nationality, "Secretary of State", or the one who announces (t-outside24 D)', () => {
  const traveller = (text: string, published: string, home: string) => draft(text, published, home).traveller;
  it.each([
    ['NEW DELHI, July 10 (Reuters) - Prime Minister Narendra Modi returned home on Wednesday after a two-nation trip. Modi flew to Moscow on Monday.', 'Narendra Modi', 'Prime Minister'],
    ['WARSAW, March 22 (AP) — Japanese Prime Minister Fumio Kishida met Polish President Andrzej Duda in Warsaw on Wednesday, a day after a visit to Kyiv.', 'Fumio Kishida', 'Prime Minister'],
    ['Beijing, March 15 (Xinhua) -- Chinese Premier Li Keqiang will pay official visits to Australia and New Zealand from March 22 to 29.', 'Li Keqiang', 'Premier'],
    ['Secretary of State Antony J. Blinken will travel to Tokyo, Japan, and Seoul, Republic of Korea, March 14-18, 2021.', 'Antony J. Blinken', 'Secretary of State'],
    [
      'Foreign Ministry Spokesperson Lin Jian announced: At the invitation of President Emmanuel Macron of the French Republic, President Aleksandar Vučić of the Republic of Serbia and Prime Minister Viktor Orbán of Hungary, President Xi Jinping will pay state visits to France, Serbia and Hungary from May 5 to 10.',
      'Xi Jinping',
      'President',
    ],
  ])('%s', (text, name, role) => {
    expect(traveller(text, '2024-01-01', 'Tokyo')).toEqual({ name, role, kind: 'person' });
  });
});

describe('the people of a meeting (t-outside24 E)', () => {
  const people = (text: string, published: string, home: string) =>
    draft(text, published, home).stops.flatMap((s) => s.meetings.flatMap((m) => m.with.map((p) => [p.name, p.role ?? '', p.kind ?? ''])));

  it('"President Xi Jinping and Ursula von der Leyen, President of the European Commission" are two people', () => {
    const text =
      'The President will travel to Beijing on 5 April. On 6 April he will attend a trilateral meeting with President Xi Jinping and Ursula von der Leyen, President of the European Commission.';
    expect(people(text, '2023-04-04', 'Paris')).toEqual([
      ['Xi Jinping', 'President', 'person'],
      ['Ursula von der Leyen', 'President of the European Commission', 'person'],
    ]);
  });

  it('"Director Yang Jiechi and State Councilor Wang Yi" are two people', () => {
    const text = 'Secretary Blinken will travel to Anchorage, Alaska, where he will meet with Director Yang Jiechi and State Councilor Wang Yi on March 18.';
    expect(people(text, '2021-03-12', 'Washington')).toEqual([
      ['Yang Jiechi', 'Director', 'person'],
      ['Wang Yi', 'State Councilor', 'person'],
    ]);
  });

  it('"European Commission President Ursula von der Leyen" is a person with her office, not an organisation', () => {
    const text = 'President Xi Jinping will pay a state visit to France. In Paris, he will hold a meeting with European Commission President Ursula von der Leyen on May 6.';
    expect(people(text, '2024-04-30', 'Beijing')).toEqual([['Ursula von der Leyen', 'European Commission President', 'person']]);
  });

  it('"President Tran Dai Quang and other leaders" is the President, then the other leaders, not one person', () => {
    const text = 'The President will travel to Vietnam and Japan from May 21 to 28. In Hanoi, he will meet with President Tran Dai Quang and other leaders on May 23 to discuss trade.';
    expect(people(text, '2016-05-09', 'Washington')).toEqual([
      ['Tran Dai Quang', 'President', 'person'],
      ['other leaders', '', 'organisation'],
    ]);
  });

  it('"Indigenous peoples – First Nations, Métis and Inuit – at Maskwacis" is one group: an aside set apart by dashes is not split', () => {
    const text = 'Programme\n\nSunday 24 July: Departure by air from Rome for Edmonton.\nMonday 25 July: Meeting with Indigenous peoples – First Nations, Métis and Inuit – at Maskwacis.\nSaturday 30 July: Arrival at Rome airport.';
    expect(people(text, '2022-06-23', 'Rome')).toEqual([['Indigenous peoples – First Nations, Métis and Inuit', '', 'organisation']]);
  });

  it('"will be joined by Secretary of Defense Lloyd J. Austin III." is one who travels along, no meeting', () => {
    const text =
      'Secretary of State Antony J. Blinken will travel to Tokyo, Japan, and Seoul, Republic of Korea, March 14-18, 2021. Secretary Blinken will be joined by Secretary of Defense Lloyd J. Austin III. In Seoul, he will meet with Foreign Minister Chung Eui-yong on March 18.';
    expect(people(text, '2021-03-12', 'Washington').map((p) => p[0])).toEqual(['Chung Eui-yong']);
  });
});

describe('warnings and titles (t-outside24 G, H)', () => {
  it('"Seoul, Republic of Korea, March 14-18, 2021" warns of no place "March"', () => {
    const text = 'Secretary of State Antony J. Blinken will travel to Tokyo, Japan, and Seoul, Republic of Korea, March 14-18, 2021.';
    expect(extractWith(world.g, text, { published: '2021-03-12', home: 'Washington' }).warnings.filter((w) => w.code === 'unplaced').map((w) => w.name)).toEqual([]);
  });

  it('the title is the heading line, without the date or office lines under it', () => {
    const text = "Secretary Blinken's Travel to Japan\nOffice of the Spokesperson\nMarch 12, 2021\n\nSecretary of State Antony J. Blinken will travel to Tokyo on March 14.";
    expect(draft(text, '2021-03-12', 'Washington').title).toBe("Secretary Blinken's Travel to Japan");
  });

  it('a text with no heading is titled by its first sentence up to its first comma, not the whole sentence', () => {
    const text =
      'The Duke and Duchess of Cambridge will undertake an official tour of Pakistan from 14th to 18th October, at the request of the Foreign and Commonwealth Office.\n\nTheir Royal Highnesses will arrive in Islamabad on the evening of Monday 14th October.';
    expect(draft(text, '2019-10-13', 'London').title).toBe('The Duke and Duchess of Cambridge will undertake an official tour of Pakistan from 14th to 18th October');
  });
});

describe('the gazetteer (t-outside24 G)', () => {
  it('"fly to Chitral in the Hindu Kush" is a stop at Chitral, a district capital of Khyber Pakhtunkhwa', () => {
    const text =
      'Their Royal Highnesses will arrive in Islamabad on Monday 14th October. On Wednesday they will fly to Chitral in the Hindu Kush to see the Chiatibo glacier. They will fly home to London on Friday 18th October.';
    expect(route(text, '2019-10-13', 'London')).toEqual(['London', 'Islamabad', 'Chitral', 'London']);
  });
});

describe("the draft's id, which names the extract page's download (t-outside24 H)", () => {
  it('leaves out the title\'s aside in brackets and cuts at a whole word', () => {
    const programme = 'Apostolic Journey of His Holiness Pope Francis to Canada (24–30 July 2022)\n\nSunday 24 July: Departure by air from Rome for Edmonton.\nSaturday 30 July: Arrival at Rome airport.';
    expect(draft(programme, '2022-06-23', 'Rome').id).toBe('apostolic-journey-of-his-holiness-pope-francis-to-canada');
    const long = 'The State Visit of the President of the Federal Republic to the Kingdom of Norway and Sweden\n\nThe President will travel to Oslo on 3 May. He returns to Berlin on 5 May.';
    const id = draft(long, '2023-05-01', 'Berlin').id;
    expect(id.length).toBeLessThanOrEqual(60);
    expect('the-state-visit-of-the-president-of-the-federal-republic-to-the-kingdom-of-norway-and-sweden'.startsWith(`${id}-`)).toBe(true);
  });
});

describe('a place no gazetteer has, after a verb of travel with a word of how (t-outside24 G)', () => {
  it('"will travel together to the Hautes-Pyrénées" warns of the Hautes-Pyrénées', () => {
    const text = 'President Xi Jinping will pay a state visit to France from May 5 to 7. In Paris, he will hold talks with President Macron on May 6, and the two presidents will travel together to the Hautes-Pyrénées on May 7.';
    expect(extractWith(world.g, text, { published: '2024-04-30', home: 'Beijing' }).warnings.filter((w) => w.code === 'unplaced').map((w) => w.name)).toEqual(['Hautes-Pyrénées']);
  });
});
