// Announcements an outside tester wrote (round 17, t-outside22), with what a careful reader gets written before the
// extractor ran: the findings about places, meetings and warnings (§2, §3, §5, §6, §9 of their report).
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { useWorld } from './world';

const { draft, world } = useWorld();
const extract = (text: string, published: string, home?: string) => extractWith(world.g, text, { published, ...(home ? { home } : {}) });
const stops = (text: string, published: string, home?: string) => extract(text, published, home).itinerary.stops.map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''}`);
const unplaced = (text: string, published: string, home?: string) => extract(text, published, home).warnings.filter((w) => w.code === 'unplaced').map((w) => w.name);
const withWhom = (text: string, published: string, home: string, stop: string) =>
  draft(text, published, home).stops.find((s) => s.name === stop)!.meetings.flatMap((m) => m.with.map((p) => [p.name, p.role ?? '', p.organisation ?? '', p.kind ?? '']));

const T01 = [
  "SCST to visit Seoul and Busan",
  "The Secretary for Culture, Sports and Tourism, Miss Rosanna Law, will depart for Seoul, Korea, tomorrow (December 10) to lead a delegation promoting Hong Kong's cultural and creative industries.",
  "In Seoul, Miss Law will meet the Minister of Culture, Sports and Tourism of Korea and visit the National Museum of Modern and Contemporary Art. She will also attend a Hong Kong film showcase organised by the Hong Kong Economic and Trade Office.",
  "On December 12, she will travel to Busan by high-speed rail, where she will call on the Mayor of Busan and tour the Busan Cinema Center.",
  "Miss Law will return to Hong Kong on December 13. During her absence, the Under Secretary for Culture, Sports and Tourism will be Acting Secretary for Culture, Sports and Tourism.",
  "Ends/Wednesday, December 9, 2026",
].join('\n\n');
const T03 = [
  "Programme of the state visit of the President of the Republic of Uzbekistan to the Republic of Korea",
  "Press Service of the President of the Republic of Uzbekistan, 16 December 2022",
  "At the invitation of President Yoon Suk Yeol, President Shavkat Mirziyoyev will pay a state visit to the Republic of Korea. The programme is as follows.",
  "Day 1 - Saturday, 17 December\nArrival in Seoul. Wreath-laying ceremony at the Seoul National Cemetery.",
  "Day 2 - Sunday, 18 December\nOfficial welcome ceremony. Talks with President Yoon Suk Yeol. State banquet.",
  "Day 3 - Monday, 19 December\nMeeting with the Speaker of the National Assembly. Uzbek-Korean business forum.",
  "Day 4 - Tuesday, 20 December\nTravel to Ulsan. Visit to the Hyundai Motor plant and the shipyard. Departure for Tashkent in the evening.",
].join('\n\n');
const T04 = [
  "Prime Minister's official visit to New Zealand - itinerary",
  "Office of the Prime Minister, Suva, 4 August 2025",
  "The Honourable Prime Minister Sitiveni Rabuka will undertake an official visit to New Zealand from 5 to 9 August. The itinerary is:",
  "- 5 August: depart Nadi for Auckland on a Fiji Airways flight.\n- 6 August, Auckland: meeting with Pasifika business leaders; visit to the University of Auckland.\n- 7 August, Wellington: bilateral talks with Prime Minister Christopher Luxon; courtesy call on the Governor-General.\n- 8 August, Christchurch: visit to Lincoln University's agricultural research farms.\n- 9 August: return to Nadi.",
].join('\n\n');
const T05 = [
  "Prime Minister Mottley begins six-nation Africa tour",
  "Barbados Government Information Service, Bridgetown, 1 September 2023",
  "Prime Minister Mia Amor Mottley leaves the island today on a two-week tour of Africa aimed at deepening ties between the Caribbean and the continent.",
  "The Prime Minister will first travel to Accra, Ghana, where from 2 to 4 September she will hold talks with President Nana Akufo-Addo and address the Afreximbank annual meetings. From Accra she goes to Abuja, Nigeria, on 5 September to meet President Bola Tinubu.",
  "She then travels to Nairobi, Kenya, for the Africa Climate Summit from 6 to 8 September, before visiting Kigali, Rwanda, on 9 and 10 September, where she will meet President Paul Kagame.",
  "The tour continues to Addis Ababa, Ethiopia, for talks with the Chairperson of the African Union Commission, Moussa Faki Mahamat, on 11 September, and ends in Gaborone, Botswana, on 12 and 13 September with a call on President Mokgweetsi Masisi.",
  "Ms Mottley returns to Barbados on 15 September.",
].join('\n\n');
const T08 = [
  "Chakwera leaves for South Africa",
  "LILONGWE, 20 November 2023 (Malawi News Agency) - President Lazarus Chakwera on Monday left for South Africa, where he will attend the first session of the Malawi-South Africa Bi-National Commission.",
  "In Pretoria on Tuesday, 21 November, the President will hold talks with President Cyril Ramaphosa at the Union Buildings.",
  "On Wednesday he will meet Malawians living in Johannesburg, and on Thursday he will address investors in Cape Town.",
  "The President is expected back in Lilongwe on Friday.",
].join('\n\n');
const T10 = [
  "Foreign Secretary Alicia Barcena to travel to Central America",
  "Secretaria de Relaciones Exteriores, Mexico City, 11 January 2024",
  "Foreign Secretary Alicia Barcena will represent the President of Mexico at the inauguration of President-elect Bernardo Arevalo in Guatemala City on Sunday.",
  "On Monday she travels to Tegucigalpa to meet President Xiomara Castro of Honduras, and on Tuesday she will be in San Salvador for talks with Foreign Minister Alexandra Hill Tinoco on migration.",
  "The Foreign Secretary returns to Mexico City on Wednesday.",
].join('\n\n');
const T11 = [
  "Commissioner Sikela travels to the Pacific",
  "European Commission - Press release, Brussels, 20 July 2025",
  "Commissioner for International Partnerships Jozef Sikela will travel to the Pacific from 21 to 28 July to launch new Global Gateway investments in clean energy and connectivity.",
  "On 22 and 23 July, in Suva, Fiji, the Commissioner will meet Prime Minister Sitiveni Rabuka and the Secretary General of the Pacific Islands Forum, Baron Waqa. On 24 July he will be in Apia, Samoa, for talks with Prime Minister Fiame Naomi Mata'afa. On 25 July he visits Nuku'alofa, Tonga, where he will be received by King Tupou VI.",
  "The Commissioner ends his trip in Honolulu on 26 and 27 July, with talks at the East-West Center, and returns to Brussels on 28 July.",
].join('\n\n');
const T12 = [
  "Official visit of Their Majesties the King and Queen to the Democratic Republic of the Congo",
  "Royal Palace, Brussels, 3 June 2022",
  "At the invitation of President Felix Tshisekedi, Their Majesties the King and Queen will pay an official visit to the Democratic Republic of the Congo from 7 to 13 June.",
  "The visit begins in Kinshasa, where on 8 June the royal couple will be received by President Tshisekedi and the King will address the Parliament. On 10 June, the King and Queen travel to Lubumbashi, the capital of Haut-Katanga, to visit the University of Lubumbashi.",
  "The visit ends in Bukavu, in South Kivu, on 12 and 13 June, where the Queen will visit Panzi Hospital with Dr Denis Mukwege, winner of the Nobel Peace Prize.",
].join('\n\n');
const T14 = [
  "CE to lead delegation to Beijing and Tianjin",
  "The Chief Executive, Mr Sam Hou Fai, will depart for Beijing tomorrow (December 29) to report on his work to the Central Government.",
  "During his stay in Beijing, Mr Sam will call on President Xi Jinping and Premier Li Qiang. He will also meet the Director of the Hong Kong and Macao Work Office of the CPC Central Committee and the Hong Kong and Macao Affairs Office of the State Council.",
  "On January 1, Mr Sam will travel to Tianjin by high-speed train to visit the Tianjin Free Trade Zone and meet the Secretary of the CPC Tianjin Municipal Committee.",
  "He will return to Macao on January 2. During his absence, the Secretary for Administration and Justice will be Acting Chief Executive.",
  "Government Information Bureau of the Macao SAR, December 28, 2025",
].join('\n\n');

describe('announcements of an outside tester, round 17: the home city a text returns to', () => {
  it('takes a country returned to as its capital, with a warning, and drafts the trip ("Ms Mottley returns to Barbados on 15 September")', () => {
    const { itinerary, warnings } = extract(T05, '2023-09-01');
    expect(itinerary.stops.map((s) => s.name)).toEqual(['Bridgetown', 'Accra', 'Abuja', 'Nairobi', 'Kigali', 'Addis Ababa', 'Gaborone', 'Bridgetown']);
    expect(itinerary.stops.at(-1)!.arrive).toBe('2023-09-15');
    expect(warnings.map((w) => w.message)).toContain('"Barbados" is a country: the draft takes its capital, Bridgetown, as the home city. Give the home city if it is another.');
    expect(warnings.filter((w) => w.code === 'no-home')).toEqual([]);
  });

  it('reads a country returned to as its capital in other wordings too', () => {
    expect(stops('The Minister will visit Lagos on 3 May. She returns to Ghana on 5 May.', '2023-05-01')).toEqual(['Accra ..2023-05-03', 'Lagos 2023-05-03..2023-05-05', 'Accra 2023-05-05..']);
    expect(stops('President Ruto flew to Addis Ababa on 9 February for the summit and returned to Kenya on 11 February.', '2024-02-08').map((s) => s.split(' ')[0])).toEqual(['Nairobi', 'Addis', 'Nairobi']);
    // A home given by the caller as a country is its capital as well.
    expect(stops('The Minister will visit Lagos on 3 May.', '2023-05-01', 'Ghana')[0]).toBe('Accra ..2023-05-03');
  });

  it('still refuses, naming it, a home the caller gives that no gazetteer knows', () => {
    expect(() => extract('The Minister will visit Lagos on 3 May.', '2023-05-01', 'Qwertyville')).toThrow(/home "Qwertyville" is in no gazetteer/);
  });
});

describe('announcements of an outside tester, round 17: presence at an event', () => {
  it('visits the city where the traveller represents someone ("will represent the President of Mexico at the inauguration … in Guatemala City on Sunday")', () => {
    expect(stops(T10, '2024-01-11')).toEqual([
      'Mexico City ..2024-01-14',
      'Guatemala City 2024-01-14..2024-01-15',
      'Tegucigalpa 2024-01-15..2024-01-16',
      'San Salvador 2024-01-16..2024-01-17',
      'Mexico City 2024-01-17..',
    ]);
  });

  it('reads "represent … in/at" as presence in other wordings', () => {
    expect(stops('The Foreign Secretary will represent the President of Mexico in Guatemala City on Sunday. She returns to Mexico City on Monday.', '2024-01-11')).toEqual([
      'Mexico City ..2024-01-14',
      'Guatemala City 2024-01-14..2024-01-15',
      'Mexico City 2024-01-15..',
    ]);
    expect(stops('On 3 May the Crown Prince will be representing the King at the coronation in London. He flies back to Oslo on 4 May.', '2023-05-01')).toEqual([
      'Oslo ..2023-05-03',
      'London 2023-05-03..2023-05-04',
      'Oslo 2023-05-04..',
    ]);
    expect(stops('The Speaker, representing Parliament, will lay a wreath in Canberra on 25 April. She returns to Wellington on 26 April.', '2024-04-20')[1]).toBe('Canberra 2024-04-25..2024-04-26');
  });
});

describe('announcements of an outside tester, round 17: warnings', () => {
  it('raises no place warning for a country\'s name ("Seoul, Korea"; "Nuku\'alofa, Tonga"; "the President of Mexico")', () => {
    expect(unplaced(T01, '2026-12-09')).toEqual([]);
    expect(unplaced(T10, '2024-01-11')).toEqual([]);
    expect(unplaced(T11, '2025-07-20')).not.toContain('Tonga');
    expect(unplaced('The Minister will fly to Busan, Korea, on 3 May and return to Manila on 5 May.', '2023-05-01')).toEqual([]);
    expect(unplaced('Ambassador Ortiz, envoy of Mexico, will visit Cebu on 3 May and return to Manila on 5 May.', '2023-05-01')).toEqual([]);
  });

  it('raises no place warning for a venue or a firm ("University of Auckland", "Lincoln University\'s", "Hyundai Motor", "Panzi Hospital")', () => {
    expect(unplaced(T04, '2024-08-01', 'Nadi')).toEqual([]);
    expect(unplaced(T03, '2022-12-16', 'Tashkent')).toEqual([]);
    expect(unplaced(T12, '2022-06-03', 'Brussels')).toEqual([]);
    expect(unplaced('On 4 May the Minister will visit Kariuki Hospital and then travel to the Toyota Tsusho factory in Mombasa. She returns to Nairobi on 5 May.', '2023-05-01')).toEqual([]);
    expect(unplaced("On 4 May he will visit Makerere University's medical school in Kampala and the College of Lagos. He returns to Abuja on 5 May.", '2023-05-01')).toEqual([]);
    // A place the gazetteer lacks is still named.
    expect(unplaced('The Minister will travel to Qwerty Harbour on 4 May and return to Nairobi on 5 May.', '2023-05-01')).toEqual(['Qwerty Harbour']);
  });
});

describe('announcements of an outside tester, round 17: meetings', () => {
  it('names a group described by where its people live whole ("meet Malawians living in Johannesburg")', () => {
    expect(withWhom(T08, '2023-11-20', 'Lilongwe', 'Johannesburg')).toEqual([['Malawians living in Johannesburg', '', '', 'organisation']]);
    expect(withWhom('On 4 May the Prime Minister will meet Kenyans working in Dubai. He returns to Nairobi on 5 May.', '2023-05-01', 'Nairobi', 'Dubai')).toEqual([['Kenyans working in Dubai', '', '', 'organisation']]);
  });

  it('does not list the traveller met in a clause that follows ("received by President Tshisekedi and the King will address the Parliament")', () => {
    expect(withWhom(T12, '2022-06-03', 'Brussels', 'Kinshasa')).toEqual([['Felix Tshisekedi', 'President', '', 'person']]);
    expect(withWhom('On 4 May the Queen will be welcomed by President Ruto and the King will lay a wreath in Nairobi. They return to London on 6 May.', '2023-05-01', 'London', 'Nairobi').map((p) => p[0])).toEqual(['Ruto']);
  });

  it('reads a description in lower case after a person as the person\'s ("Dr Denis Mukwege, winner of the Nobel Peace Prize")', () => {
    expect(withWhom(T12, '2022-06-03', 'Brussels', 'Bukavu').map((p) => p[0])).toEqual(['Denis Mukwege']);
    expect(withWhom('On 4 May in Oslo she will meet Ms Maria Ressa, winner of the Nobel Peace Prize. She returns to Manila on 6 May.', '2023-05-01', 'Manila', 'Oslo').map((p) => p[0])).toEqual(['Maria Ressa']);
  });

  it('keeps one office-holder of two bodies of the same kind one participant ("the Director of the … Work Office of the CPC Central Committee and the … Affairs Office of the State Council")', () => {
    const both = 'Director of the Hong Kong and Macao Work Office of the CPC Central Committee and the Hong Kong and Macao Affairs Office of the State Council';
    expect(withWhom(T14, '2025-12-28', 'Macao', 'Beijing').map((p) => p[0])).toEqual(['Xi Jinping', 'Li Qiang', both]);
    const taiwan = 'On 4 May in Beijing she will meet the Director of the Taiwan Affairs Office of the CPC Central Committee and the Taiwan Affairs Office of the State Council. She returns to Hong Kong on 5 May.';
    expect(withWhom(taiwan, '2023-05-01', 'Hong Kong', 'Beijing').map((p) => p[0])).toEqual(['Director of the Taiwan Affairs Office of the CPC Central Committee and the Taiwan Affairs Office of the State Council']);
    // Bodies of other kinds are met each on their own.
    const two = 'On 4 May in Nairobi she will meet the Director of the Trade Office of Kenya and the Chamber of Commerce. She returns to Lagos on 5 May.';
    expect(withWhom(two, '2023-05-01', 'Lagos', 'Nairobi').map((p) => p[0])).toEqual(['Director of the Trade Office of Kenya', 'Chamber of Commerce']);
    const ministry = 'On 4 May in Nairobi she will meet the Minister of Trade and the Ministry of Energy. She returns to Lagos on 5 May.';
    expect(withWhom(ministry, '2023-05-01', 'Lagos', 'Nairobi').map((p) => p[0])).toEqual(['Minister of Trade', 'Ministry of Energy']);
  });

  it('keeps the country after an office-holder\'s name out of the name ("President Xiomara Castro of Honduras")', () => {
    expect(withWhom(T10, '2024-01-11', 'Mexico City', 'Tegucigalpa')).toEqual([['Xiomara Castro', 'President', 'Honduras', 'person']]);
    expect(withWhom('On 4 May in Accra she will meet President Nana Akufo-Addo of Ghana. She returns to Lagos on 6 May.', '2023-05-01', 'Lagos', 'Accra')).toEqual([['Nana Akufo-Addo', 'President', 'Ghana', 'person']]);
  });
});
