// Announcements an outside tester wrote (seventeenth outside round), with what a careful reader gets written before running the
// extractor: the findings on stops, days and order (their §1, §4, §7, §8, §9, §11, §12), and for each rule texts of our own in
// other wordings. Scored as the corpus scores a text (evaluate.ts), plus what the scorer does not look at: a stop's source
// line, its day of leaving, the home a text names, the warnings.
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { at, back, from, missesWith } from './expected-stops';
import { useWorld } from './world';

const { draft, world } = useWorld();
const misses = missesWith(draft, 'outside23d');
/** The draft of a text given no home: each stop as `Name arrive..depart`, and the warnings' codes. */
const homeless = (text: string, published: string) => {
  const { itinerary, warnings } = extractWith(world.g, text, { published });
  return { stops: itinerary.stops.map((s) => `${String(s.name)} ${s.arrive ?? ''}..${s.depart ?? ''}`), warnings: warnings.map((w) => w.code) };
};

const t04 = [
  "Prime Minister's official visit to New Zealand - itinerary",
  'Office of the Prime Minister, Suva, 4 August 2025',
  'The Honourable Prime Minister Sitiveni Rabuka will undertake an official visit to New Zealand from 5 to 9 August. The itinerary is:\n\n' +
    '- 5 August: depart Nadi for Auckland on a Fiji Airways flight.\n' +
    '- 6 August, Auckland: meeting with Pasifika business leaders; visit to the University of Auckland.\n' +
    '- 7 August, Wellington: bilateral talks with Prime Minister Christopher Luxon; courtesy call on the Governor-General.\n' +
    "- 8 August, Christchurch: visit to Lincoln University's agricultural research farms.\n" +
    '- 9 August: return to Nadi.',
].join('\n\n');
const t02 = [
  'Finnish PM wraps up Japan, South Korea trip',
  'HELSINKI, March 15 (Nordic News Agency) - Finnish Prime Minister Petteri Orpo returned home on Friday after a four-day visit to Japan and South Korea.',
  'Orpo arrived in Tokyo on Monday, where he held talks with Japanese Prime Minister Fumio Kishida on economic security and Arctic research. On Tuesday he visited Osaka, touring the site of the 2025 World Expo and the Nordic pavilion.',
  'He flew to Seoul on Wednesday and met South Korean President Yoon Suk Yeol, discussing nuclear energy and icebreaker shipbuilding. He also addressed a Finnish-Korean business forum before leaving Seoul on Thursday evening.',
].join('\n\n');
const nz = [from('Nadi', '2025-08-05'), at('Auckland', ['2025-08-05', '2025-08-06'], 'flight'), at('Wellington', ['2025-08-07']), at('Christchurch', ['2025-08-08']), back('Nadi', '2025-08-09')];
const nzMeetings: [string, string][] = [
  ['Wellington', 'Christopher Luxon'],
  ['Wellington', 'Governor-General'],
];

describe('announcements of an outside tester, round 17: stops, days and order', () => {
  it('reads each line of a bulleted itinerary, "- 7 August, Wellington: talks with …", as a stop on its day, holding its meetings (§1, 04)', () => {
    expect(misses(t04, '2025-08-04', 'Nadi', nz, nzMeetings)).toEqual([]);
    const stops = draft(t04, '2025-08-04', 'Nadi').stops;
    const auckland = stops.find((s) => s.name === 'Auckland')!;
    expect(auckland.meetings.flatMap((m) => m.with.map((w) => String(w.name ?? w.role)))).not.toContain('Christopher Luxon');
    // The provenance quotes the line, not the five bullets as one sentence.
    const wellington = stops.find((s) => s.name === 'Wellington')!;
    expect(wellington.source.map((r) => r.text)).toEqual(['- 7 August, Wellington: bilateral talks with Prime Minister Christopher Luxon; courtesy call on the Governor-General.']);
  });

  it('reads the same itinerary with "•" bullets, blank lines between the items, no bullet at all, or "7 August: Wellington, …" (§1)', () => {
    const items = t04.split('\n- ');
    const variants = [
      items.join('\n• '),
      items.join('\n\n- '),
      items.join('\n'),
      t04.replace(/- (\d+ August), (Auckland|Wellington|Christchurch): /g, '- $1: $2, '),
    ];
    for (const text of variants) expect(misses(text, '2025-08-04', 'Nadi', nz, nzMeetings)).toEqual([]);
  });

  it('reads programme lines that open with a day and a place, in other wordings: "- Kumasi, 12 March:", "• Wednesday 4 September, Lima:", "* 21 May, Tokyo:" (§1)', () => {
    const ghana = [
      'Itinerary of the Vice-President',
      'Accra, 8 March 2024',
      'The Vice-President will tour three regions from 11 to 14 March:\n\n' +
        '- 11 March: depart Accra for Takoradi by road.\n' +
        '- Kumasi, 12 March: courtesy call on the Asantehene, Otumfuo Osei Tutu II; visit to the Kumasi central market.\n' +
        '- Kumasi, 13 March: durbar of chiefs.\n' +
        '- Tamale, 14 March: meeting with the Northern Regional Minister.',
    ].join('\n\n');
    expect(misses(ghana, '2024-03-08', 'Accra', [from('Accra', '2024-03-11'), at('Takoradi', ['2024-03-11'], 'road'), at('Kumasi', ['2024-03-12', '2024-03-13']), at('Tamale', ['2024-03-14']), back('Accra')], [['Kumasi', 'Osei Tutu']])).toEqual([]);
    const chile = [
      'Programme of the Minister of Foreign Affairs in Peru and Bolivia',
      'Santiago, 2 September 2024',
      '• Tuesday 3 September: depart Santiago for Lima.\n' +
        '• Wednesday 4 September, Lima: talks with the Minister of Foreign Affairs of Peru.\n' +
        '• Thursday 5 September, La Paz: meeting with President Luis Arce.\n' +
        '• Friday 6 September: return to Santiago.',
    ].join('\n\n');
    expect(misses(chile, '2024-09-02', 'Santiago', [from('Santiago', '2024-09-03'), at('Lima', ['2024-09-03', '2024-09-04']), at('La Paz', ['2024-09-05']), back('Santiago', '2024-09-06')], [['La Paz', 'Luis Arce']])).toEqual([]);
    const japan = [
      "Minister's visit to Japan",
      '* 20 May: depart Wellington for Tokyo.\n* 21 May, Tokyo: talks with the Minister for Foreign Affairs.\n* 22 May, Osaka: visit to the Expo site.\n* 23 May: return to Wellington.',
    ].join('\n\n');
    expect(misses(japan, '2024-05-15', 'Wellington', [from('Wellington', '2024-05-20'), at('Tokyo', ['2024-05-20', '2024-05-21']), at('Osaka', ['2024-05-22']), back('Wellington', '2024-05-23')])).toEqual([]);
  });

  it('keeps Honolulu on a Pacific tour whose other places are written "City, Country" (§4, 11)', () => {
    const t11 = [
      'Commissioner Sikela travels to the Pacific',
      'European Commission - Press release, Brussels, 20 July 2025',
      'Commissioner for International Partnerships Jozef Sikela will travel to the Pacific from 21 to 28 July to launch new Global Gateway investments in clean energy and connectivity.',
      "On 22 and 23 July, in Suva, Fiji, the Commissioner will meet Prime Minister Sitiveni Rabuka and the Secretary General of the Pacific Islands Forum, Baron Waqa. On 24 July he will be in Apia, Samoa, for talks with Prime Minister Fiame Naomi Mata'afa. On 25 July he visits Nuku'alofa, Tonga, where he will be received by King Tupou VI.",
      'The Commissioner ends his trip in Honolulu on 26 and 27 July, with talks at the East-West Center, and returns to Brussels on 28 July.',
    ].join('\n\n');
    expect(
      misses(t11, '2025-07-20', 'Brussels', [
        from('Brussels'),
        at('Suva', ['2025-07-22', '2025-07-23']),
        at('Apia', ['2025-07-24']),
        at("Nuku'alofa", ['2025-07-25']),
        at('Honolulu', ['2025-07-26', '2025-07-27']),
        back('Brussels', '2025-07-28'),
      ]),
    ).toEqual([]);
    const nukualofa = draft(t11, '2025-07-20', 'Brussels').stops.find((s) => /Nuku/.test(String(s.name)))!;
    expect(nukualofa.depart).toBe('2025-07-26');
  });

  it('keeps a state\'s or a province\'s seat an ocean away from the other places, in other texts; not a small town named like one (§4)', () => {
    const japan =
      'The Foreign Minister of Japan will visit Port Moresby, Papua New Guinea, on 2 May and Honiara, Solomon Islands, on 4 May. On 6 May she will be in Nouméa, and she ends her tour in Honolulu on 8 May before returning to Tokyo on 9 May.';
    expect(misses(japan, '2024-04-30', 'Tokyo', [from('Tokyo'), at('Port Moresby', ['2024-05-02']), at('Honiara', ['2024-05-04']), at('Nouméa', ['2024-05-06']), at('Honolulu', ['2024-05-08']), back('Tokyo', '2024-05-09')])).toEqual([]);
    const caboVerde =
      'President Ulisses Correia e Silva will travel to Dakar, Senegal, on 3 March and to Banjul, Gambia, on 5 March. He will then fly to Ponta Delgada on 7 March for the Atlantic islands summit and return to Praia on 9 March.';
    expect(misses(caboVerde, '2024-03-01', 'Praia', [from('Praia'), at('Dakar', ['2024-03-03']), at('Banjul', ['2024-03-05']), at('Ponta Delgada', ['2024-03-07'], 'flight'), back('Praia', '2024-03-09')])).toEqual([]);
    // rules5.test.ts: "address both Houses of Parliament in Westminster" is still no stop in the United States.
    const uk = 'The President of Ghana will arrive in London on 4 May for a state visit to the United Kingdom. On 5 May he will address both Houses of Parliament in Westminster. On 6 May he will fly to Paris, France.';
    expect(draft(uk, '2026-04-28', 'Accra').stops.map((s) => s.name)).toEqual(['Accra', 'London', 'Paris', 'Accra']);
  });

  it('begins a visit told "from 7 to 13 June" at the place "the visit begins in", on the 7th, not the day of its "where" clause (§7, 12)', () => {
    const t12 = [
      'Official visit of Their Majesties the King and Queen to the Democratic Republic of the Congo',
      'Royal Palace, Brussels, 3 June 2022',
      'At the invitation of President Felix Tshisekedi, Their Majesties the King and Queen will pay an official visit to the Democratic Republic of the Congo from 7 to 13 June.',
      'The visit begins in Kinshasa, where on 8 June the royal couple will be received by President Tshisekedi and the King will address the Parliament. On 10 June, the King and Queen travel to Lubumbashi, the capital of Haut-Katanga, to visit the University of Lubumbashi.',
      'The visit ends in Bukavu, in South Kivu, on 12 and 13 June, where the Queen will visit Panzi Hospital with Dr Denis Mukwege, winner of the Nobel Peace Prize.',
    ].join('\n\n');
    expect(
      misses(t12, '2022-06-03', 'Brussels', [from('Brussels'), at('Kinshasa', ['2022-06-07', '2022-06-08', '2022-06-09']), at('Lubumbashi', ['2022-06-10', '2022-06-11']), at('Bukavu', ['2022-06-12', '2022-06-13']), back('Brussels')], [['Kinshasa', 'Tshisekedi']]),
    ).toEqual([]);
  });

  it('begins a visit\'s span at the place it begins in, in other wordings; a day given to the beginning itself stays (§7)', () => {
    const brazil = 'The Prime Minister will pay an official visit to Brazil from 3 to 8 March. The visit begins in Brasília, where on 4 March he will hold talks with President Lula. On 6 March he travels to São Paulo, and he returns to Lisbon on 8 March.';
    expect(misses(brazil, '2024-03-01', 'Lisbon', [from('Lisbon'), at('Brasília', ['2024-03-03', '2024-03-04']), at('São Paulo', ['2024-03-06']), back('Lisbon', '2024-03-08')])).toEqual([]);
    const germany = 'President Ruto will make a state visit to Germany from 10 to 14 May.\n\nThe tour starts in Berlin, where he meets Chancellor Scholz on 11 May. On 13 May he will be in Munich. He returns to Nairobi on 14 May.';
    expect(misses(germany, '2024-05-05', 'Nairobi', [from('Nairobi'), at('Berlin', ['2024-05-10', '2024-05-11']), at('Munich', ['2024-05-13']), back('Nairobi', '2024-05-14')])).toEqual([]);
    const japan = "The Minister's visit to Japan runs from 5 to 9 June. Her visit begins in Osaka, where on 6 June she opens a trade fair, and ends in Tokyo on 8 and 9 June.";
    expect(misses(japan, '2024-06-01', 'Wellington', [from('Wellington'), at('Osaka', ['2024-06-05', '2024-06-06']), at('Tokyo', ['2024-06-08', '2024-06-09']), back('Wellington')])).toEqual([]);
    const india = 'The Prime Minister will visit India from 3 to 6 May. The visit begins in New Delhi on 4 May with talks with Prime Minister Modi. He returns to Canberra on 6 May.';
    expect(draft(india, '2024-05-01', 'Canberra').stops[1]!.arrive).toBe('2024-05-04');
  });

  it('leaves the stop the story is at on the day written after "leaving Seoul" (§9, 02)', () => {
    expect(misses(t02, '2024-03-15', 'Helsinki', [from('Helsinki'), at('Tokyo', ['2024-03-11']), at('Osaka', ['2024-03-12']), at('Seoul', ['2024-03-13', '2024-03-14'], 'flight'), back('Helsinki', '2024-03-15')])).toEqual([]);
    expect(draft(t02, '2024-03-15', 'Helsinki').stops.find((s) => s.name === 'Seoul')!.depart).toBe('2024-03-14');
  });

  it('leaves a stop on the day right after its name, "will leave Tokyo on 5 May", "before departing Nairobi on Wednesday morning" (§9)', () => {
    const tokyo = 'He arrived in Tokyo on 3 May and met the Prime Minister. He will leave Tokyo on 5 May. He returns to Oslo on 7 May.';
    const forum = 'He arrived in Tokyo on 3 May and met the Prime Minister. He addressed a forum before leaving Tokyo on 5 May. He returns to Oslo on 7 May.';
    for (const text of [tokyo, forum]) expect(draft(text, '2024-05-01', 'Oslo').stops[1]!.depart).toBe('2024-05-05');
    const nairobi = 'The Chancellor landed in Nairobi on Monday, 4 March, and held talks with President Ruto. She visited a geothermal plant on Tuesday before departing Nairobi on Wednesday morning. She was back in Berlin on Thursday.';
    expect(draft(nairobi, '2024-03-08', 'Berlin').stops[1]!.depart).toBe('2024-03-06');
  });

  it('gives stops the text does not date no stated day, and never the trip\'s first (§8, 06)', () => {
    const t06 = [
      'President Samia to pay state visit to India',
      'State House, Dar es Salaam, 6 October 2023',
      'President Samia Suluhu Hassan will pay a state visit to India from 8 to 11 October at the invitation of President Droupadi Murmu.',
      'The President will arrive in New Delhi on 8 October. On 9 October she will be received at Rashtrapati Bhavan by President Droupadi Murmu and will hold talks with Prime Minister Narendra Modi on trade, maritime security and health.',
      'After New Delhi, the President will travel to Mumbai to meet Indian pharmaceutical manufacturers, and then to Hyderabad, where she will tour a vaccine plant.',
      'President Samia returns to Dar es Salaam on 11 October.',
    ].join('\n\n');
    const stops = draft(t06, '2023-10-06', 'Dar es Salaam').stops.filter((s) => s.name === 'Mumbai' || s.name === 'Hyderabad');
    expect(stops.map((s) => s.name)).toEqual(['Mumbai', 'Hyderabad']);
    for (const s of stops) {
      expect(s.dateCertainty).not.toBe('stated');
      expect(s.arrive === undefined || s.arrive > '2023-10-08').toBe(true);
    }
  });

  it('takes the city of a news agency\'s dateline as the home of a report that the traveller "flew home", in other wordings; not a city of a country visited (§9)', () => {
    // §9: with no home given, the dateline's city is the home the Prime Minister "returned home" to.
    expect(homeless(t02, '2024-03-15')).toEqual({
      stops: ['Helsinki ..2024-03-11', 'Tokyo 2024-03-11..2024-03-12', 'Osaka 2024-03-12..2024-03-13', 'Seoul 2024-03-13..2024-03-14', 'Helsinki 2024-03-15..'],
      warnings: [],
    });
    const kenya =
      'Ruto back from Washington\n\nNAIROBI, May 25 (Reuters) - Kenyan President William Ruto flew home on Saturday after a state visit to the United States. He arrived in Atlanta on Monday, 20 May, and met President Joe Biden in Washington on Thursday.';
    expect(homeless(kenya, '2024-05-25').stops).toEqual(['Nairobi ..2024-05-20', 'Atlanta 2024-05-20..2024-05-23', 'Washington, D.C. 2024-05-23..2024-05-25', 'Nairobi 2024-05-25..']);
    const australia =
      'CANBERRA, Nov 7 (AAP) - Prime Minister Anthony Albanese arrived back home on Tuesday night after a four-day visit to China. He was in Shanghai on Saturday, 4 November, and met President Xi Jinping in Beijing on Monday.';
    expect(homeless(australia, '2023-11-07')).toEqual({ stops: ['Canberra ..2023-11-04', expect.stringMatching(/^Shanghai 2023-11-04\./), 'Beijing 2023-11-06..2023-11-07', 'Canberra 2023-11-07..'], warnings: [] });
    const china = 'BEIJING, March 15 (Xinhua) -- Finnish Prime Minister Petteri Orpo returned home on Friday after a visit to China, where he met Premier Li Qiang in Beijing on Wednesday and toured Shanghai on Thursday.';
    expect(homeless(china, '2024-03-15').warnings).toContain('no-home');
  });

  it('takes "Departure for Tashkent" at the end of a programme abroad as the return home, not a stop beside a warning that none was named (§12, 03)', () => {
    const t03 = [
      'Programme of the state visit of the President of the Republic of Uzbekistan to the Republic of Korea',
      'Press Service of the President of the Republic of Uzbekistan, 16 December 2022',
      'At the invitation of President Yoon Suk Yeol, President Shavkat Mirziyoyev will pay a state visit to the Republic of Korea. The programme is as follows.',
      'Day 1 - Saturday, 17 December\nArrival in Seoul. Wreath-laying ceremony at the Seoul National Cemetery.',
      'Day 2 - Sunday, 18 December\nOfficial welcome ceremony. Talks with President Yoon Suk Yeol. State banquet.',
      'Day 3 - Monday, 19 December\nMeeting with the Speaker of the National Assembly. Uzbek-Korean business forum.',
      'Day 4 - Tuesday, 20 December\nTravel to Ulsan. Visit to the Hyundai Motor plant and the shipyard. Departure for Tashkent in the evening.',
    ].join('\n\n');
    const { itinerary, warnings } = extractWith(world.g, t03, { published: '2022-12-16' });
    expect(itinerary.stops.map((s) => `${String(s.name)} ${s.arrive ?? ''}..${s.depart ?? ''}`)).toEqual(draft(t03, '2022-12-16', 'Tashkent').stops.map((s) => `${String(s.name)} ${s.arrive ?? ''}..${s.depart ?? ''}`));
    expect(itinerary.stops.map((s) => s.name)).toEqual(['Tashkent', 'Seoul', 'Ulsan', 'Tashkent']);
    expect(warnings.map((w) => w.code)).not.toContain('no-home');
  });

  it('takes a last departure for a city of the traveller\'s own country as the return home, in other wordings; not one for a further country (§12)', () => {
    const ghana =
      'Programme of the official visit of the President of the Republic of Ghana to Japan\n\n3 May: Arrival in Tokyo. Talks with Prime Minister Kishida.\n\n4 May: Meeting with business leaders.\n\n5 May: Travel to Kyoto by Shinkansen. Departure for Accra in the evening.';
    expect(homeless(ghana, '2023-05-01')).toEqual({ stops: ['Accra ..2023-05-03', 'Tokyo 2023-05-03..2023-05-05', 'Kyoto 2023-05-05..2023-05-05', 'Accra 2023-05-05..'], warnings: [] });
    const kenya = 'The Kenyan Foreign Minister will visit Berlin on 3 June and Paris on 5 June, where she meets her French counterpart. She will leave for Nairobi on 6 June.';
    expect(homeless(kenya, '2024-06-01').stops.map((s) => s.split(' ')[0])).toEqual(['Nairobi', 'Berlin', 'Paris', 'Nairobi']);
    const laos = 'The Prime Minister of Japan will visit Hanoi on 3 May and Ho Chi Minh City, Vietnam, on 5 May. On 6 May she will leave for Vientiane.';
    expect(homeless(laos, '2024-05-01').warnings).toContain('no-home');
  });
});
