// Stated travel modes, round 24, a second set (issue 17): 25 announcements written for these tests before this round's
// second modes helper read or changed the extractor, each modelled on a real visit of 2011–2025 (a venue, an hour or a
// mode here and there illustrative), with the way of every leg told, differently each time ("will fly to", "travel on to
// Beijing by air", "by car", "continue by road", "the ferry crossing", "take the overnight train", "after a two-hour drive",
// "boarded the presidential aircraft", "travelled to Porto by helicopter"), the first and last legs ("leave Tokyo by
// government aircraft", "return home aboard the same aircraft", "departed for home by air", "fly home from Yogyakarta"),
// programmes and itineraries ("08:40 Departure from Riga by air", "09:00 Transfer by Shinkansen to Osaka", "Flight SQ 336
// to Paris", "Return flight to Luxembourg"), a return to a place already visited ("return to Kuala Lumpur by car") and
// past-tense reports; one leg with no way told stays unknown (Ganja).
// Run on the extractor of main before any change: 7 of the 25 failed. By cause: the way home told with the going home
// ("and departed for home by air that evening" after a leg by road in the same sentence; "returned home aboard an Air
// Niugini charter … after visits to Indonesia and Singapore", a charter being no mode word), 2; a flight's number in an
// itinerary ("Flight SN 2093 to London"), 1; "and then by road to Alexandria", 1; a programme heading's day, 1; a meal in a
// programme as a meeting, 1; and one expectation of mine that was wrong (the Boao Forum is held at Boao, which the draft
// rightly reads as a stop after Haikou, its leg's way not told). The first three causes are fixed by general rules (4
// texts); the two misread for a day or a meeting, outside the modes, are in `left` with why, their legs' modes asserted.
// Then 5 more were written (`after`) and run once before any change for them: 2 failed, neither by a mode: a meeting on
// a new day's line after a flight (in `left`), and Santorini, which no gazetteer here has (dropped: the legs it would
// assert collapse with it).
// Last, of the tuning part's 8 missed modes, one was a mode told in a sentence of its own, travel in from the stop before
// (text 283: "He had flown in from Singapore late Wednesday."): it now states that leg; its test is a text of the same kind
// written for it. Every other tuning text's misses are the same as main's.
import { describe, expect, it } from 'vitest';
import type { TravelMode } from '../../src/itinerary/types';
import { at, from, back, modeCaseMisses, type ModeCase } from './expected-stops';
import { useWorld } from './world';

const { draft } = useWorld();
const modes = (text: string, published: string, home: string) => draft(text, published, home).legs.map((l) => l.mode);

const misses = modeCaseMisses(draft);

export const cases: ModeCase[] = [
  {
    what: 'Bangladesh, "will fly to Haikou", "travel on to Beijing by air", "will fly home"',
    text: 'Dhaka, 25 March 2025 – Chief Adviser Muhammad Yunus will fly to Haikou on 26 March to attend the Boao Forum for Asia. He will travel on to Beijing by air on 27 March, and meet President Xi Jinping there on 28 March. He will fly home on 29 March.',
    published: '2025-03-25',
    home: 'Dhaka',
    stops: [from('Dhaka', '2025-03-26'), at('Haikou', ['2025-03-26'], 'flight'), at('Boao', ['2025-03-26']), at('Beijing', ['2025-03-27', '2025-03-28'], 'flight'), back('Dhaka', '2025-03-29', 'flight')],
    meetings: [['Beijing', 'Xi Jinping']],
    legs: ['flight', 'unknown', 'flight', 'flight'],
  },
  {
    what: 'Latvia, a programme: "08:40 Departure from Riga by air", "Transfer by Shinkansen to Osaka", "Departure for Riga by air"',
    text: 'Programme of the official visit of President Edgars Rinkēvičs to Japan\n\n5 March 2025\n08:40 Departure from Riga by air\n\n6 March 2025\n10:00 Arrival in Tokyo\n15:00 Meeting with Prime Minister Shigeru Ishiba\n\n7 March 2025\n09:00 Transfer by Shinkansen to Osaka\n14:00 Visit to the Expo site\n\n8 March 2025\n11:00 Departure for Riga by air',
    published: '2025-03-04',
    home: 'Riga',
    stops: [from('Riga', '2025-03-05'), at('Tokyo', ['2025-03-06'], 'flight'), at('Osaka', ['2025-03-07'], 'rail'), back('Riga', undefined, 'flight')],
    meetings: [['Tokyo', 'Shigeru Ishiba']],
    legs: ['flight', 'rail', 'flight'],
  },
  {
    what: 'Croatia, "will travel by car to Ljubljana", "continue by road to Vienna", "return to Zagreb by train"',
    text: 'Zagreb, 3 May 2024 – Prime Minister Andrej Plenković will travel by car to Ljubljana on 6 May for talks with Prime Minister Robert Golob, and continue by road to Vienna on 7 May. He will return to Zagreb by train on 8 May.',
    published: '2024-05-03',
    home: 'Zagreb',
    stops: [from('Zagreb', '2024-05-06'), at('Ljubljana', ['2024-05-06'], 'road'), at('Vienna', ['2024-05-07'], 'road'), back('Zagreb', '2024-05-08', 'rail')],
    meetings: [['Ljubljana', 'Robert Golob']],
    legs: ['road', 'road', 'rail'],
  },
  {
    what: 'Lithuania, "will fly to Stockholm", "make the ferry crossing to Helsinki", "fly back to Vilnius"',
    text: 'Vilnius, 10 June 2024 – President Gitanas Nausėda will fly to Stockholm on 11 June for talks with Prime Minister Ulf Kristersson. On 12 June he will make the ferry crossing to Helsinki, and he will fly back to Vilnius on 13 June.',
    published: '2024-06-10',
    home: 'Vilnius',
    stops: [from('Vilnius', '2024-06-11'), at('Stockholm', ['2024-06-11'], 'flight'), at('Helsinki', ['2024-06-12'], 'sea'), back('Vilnius', '2024-06-13', 'flight')],
    meetings: [['Stockholm', 'Ulf Kristersson']],
    legs: ['flight', 'sea', 'flight'],
  },
  {
    what: 'Czechia, "fly to Rzeszów … and take the overnight train to Kyiv", "return to Prague by air"',
    text: 'Prague, 26 April 2023 – President Petr Pavel will fly to Rzeszów on 27 April and take the overnight train to Kyiv, where he will meet President Volodymyr Zelensky on 28 April. He will return to Prague by air on 29 April.',
    published: '2023-04-26',
    home: 'Prague',
    stops: [from('Prague', '2023-04-27'), at('Rzeszów', ['2023-04-27'], 'flight'), at('Kyiv', ['2023-04-28'], 'rail'), back('Prague', '2023-04-29', 'flight')],
    meetings: [['Kyiv', 'Volodymyr Zelensky']],
    legs: ['flight', 'rail', 'flight'],
  },
  {
    what: 'Germany, past tense, "flew to Amman", "after a two-hour drive reached Jerusalem", "flew on to Riyadh", home unstated',
    text: 'Berlin, 23 May 2025 – Foreign Minister Johann Wadephul returned to Berlin today after a three-day trip to the Middle East. He flew to Amman on 20 May, and after a two-hour drive reached Jerusalem on 21 May, where he met Prime Minister Benjamin Netanyahu. On 22 May he flew on to Riyadh.',
    published: '2025-05-23',
    home: 'Berlin',
    stops: [from('Berlin', '2025-05-20'), at('Amman', ['2025-05-20'], 'flight'), at('Jerusalem', ['2025-05-21'], 'road'), at('Riyadh', ['2025-05-22'], 'flight'), back('Berlin', '2025-05-23')],
    meetings: [['Jerusalem', 'Benjamin Netanyahu']],
    legs: ['flight', 'road', 'flight', 'unknown'],
  },
  {
    what: 'France, "travel by road to Malacca, and return to Kuala Lumpur by car", "leave for Paris by air"',
    text: 'Paris, 2 February 2024 – Foreign Minister Stéphane Séjourné will fly to Kuala Lumpur on 5 February for talks with Foreign Minister Mohamad Hasan. On 6 February he will travel by road to Malacca, and return to Kuala Lumpur by car the same evening. He will leave for Paris by air on 7 February.',
    published: '2024-02-02',
    home: 'Paris',
    stops: [from('Paris', '2024-02-05'), at('Kuala Lumpur', ['2024-02-05'], 'flight'), at('Malacca', ['2024-02-06'], 'road'), at('Kuala Lumpur', ['2024-02-06'], 'road'), back('Paris', undefined, 'flight')],
    meetings: [['Kuala Lumpur', 'Mohamad Hasan']],
    legs: ['flight', 'road', 'road', 'flight'],
  },
  {
    what: 'El Salvador, "boarded the presidential aircraft … for Washington", "return home aboard the same aircraft"',
    text: 'San Salvador, 13 April 2025 – President Nayib Bukele boarded the presidential aircraft this morning for Washington, where he will meet President Donald Trump at the White House on 14 April. He will return home aboard the same aircraft on 15 April.',
    published: '2025-04-13',
    home: 'San Salvador',
    stops: [from('San Salvador', '2025-04-13'), at('Washington', ['2025-04-14'], 'flight'), back('San Salvador', '2025-04-15', 'flight')],
    meetings: [['Washington', 'Donald Trump']],
    legs: ['flight', 'flight'],
  },
  {
    what: 'Singapore, an itinerary: "Flight SQ 336 to Paris", "Train to Brussels", "Return to Singapore by flight SQ 317"',
    text: 'Singapore, 20 August 2024 – Itinerary of the Minister for Foreign Affairs, Dr Vivian Balakrishnan:\n21 August: Flight SQ 336 to Paris.\n22 August: Talks with Foreign Minister Stéphane Séjourné in Paris.\n23 August: Train to Brussels.\n24 August: Flight SN 2093 to London.\n25 August: Return to Singapore by flight SQ 317.',
    published: '2024-08-20',
    home: 'Singapore',
    stops: [from('Singapore', '2024-08-21'), at('Paris', ['2024-08-22'], 'flight'), at('Brussels', ['2024-08-23'], 'rail'), at('London', ['2024-08-24'], 'flight'), back('Singapore', undefined, 'flight')],
    meetings: [['Paris', 'Stéphane Séjourné']],
    legs: ['flight', 'rail', 'flight', 'flight'],
  },
  {
    what: 'Kosovo, past tense, "travelled to Tirana by road", "flew from Tirana to Rome", "flew back to Pristina"',
    text: 'Pristina, 17 January 2024 – Prime Minister Albin Kurti travelled to Tirana by road on 15 January for a joint government meeting with Prime Minister Edi Rama, and flew from Tirana to Rome on 16 January. He flew back to Pristina on 17 January.',
    published: '2024-01-17',
    home: 'Pristina',
    stops: [from('Pristina', '2024-01-15'), at('Tirana', ['2024-01-15'], 'road'), at('Rome', ['2024-01-16'], 'flight'), back('Pristina', '2024-01-17', 'flight')],
    meetings: [['Tirana', 'Edi Rama']],
    legs: ['road', 'flight', 'flight'],
  },
  {
    what: 'Estonia, past tense, "made the two-hour ferry crossing to Helsinki", "then flew to Stockholm", "was back in Tallinn by ferry"',
    text: 'Tallinn, 30 August 2024 – Prime Minister Kristen Michal made the two-hour ferry crossing to Helsinki on 27 August for talks with Prime Minister Petteri Orpo, then flew to Stockholm the next morning. He was back in Tallinn by ferry on 29 August.',
    published: '2024-08-30',
    home: 'Tallinn',
    stops: [from('Tallinn', '2024-08-27'), at('Helsinki', ['2024-08-27'], 'sea'), at('Stockholm', ['2024-08-28'], 'flight'), back('Tallinn', '2024-08-29', 'sea')],
    meetings: [['Helsinki', 'Petteri Orpo']],
    legs: ['sea', 'flight', 'sea'],
  },
  {
    what: 'Serbia, "will fly to Budapest", "travel on to Vienna by car", "return to Belgrade by plane"',
    text: 'Belgrade, 5 November 2024 – President Aleksandar Vučić will fly to Budapest on 6 November for talks with Prime Minister Viktor Orbán, and travel on to Vienna by car on 7 November. He will return to Belgrade by plane on 8 November.',
    published: '2024-11-05',
    home: 'Belgrade',
    stops: [from('Belgrade', '2024-11-06'), at('Budapest', ['2024-11-06'], 'flight'), at('Vienna', ['2024-11-07'], 'road'), back('Belgrade', '2024-11-08', 'flight')],
    meetings: [['Budapest', 'Viktor Orbán']],
    legs: ['flight', 'road', 'flight'],
  },
  {
    what: 'Poland, past tense, "flew to Washington", "travelled by road to Philadelphia", "departed for home by air"',
    text: 'Warsaw, 5 September 2025 – President Karol Nawrocki flew to Washington on 3 September for talks with President Donald Trump at the White House. The next day he travelled by road to Philadelphia to meet the Polish community, and departed for home by air that evening.',
    published: '2025-09-05',
    home: 'Warsaw',
    stops: [from('Warsaw', '2025-09-03'), at('Washington', ['2025-09-03'], 'flight'), at('Philadelphia', ['2025-09-04'], 'road'), back('Warsaw', undefined, 'flight')],
    meetings: [['Washington', 'Donald Trump']],
    legs: ['flight', 'road', 'flight'],
  },
  {
    what: 'Finland, "take the overnight train to Rovaniemi", "fly back to Helsinki"',
    text: 'Helsinki, 8 December 2024 – Prime Minister Petteri Orpo will take the overnight train to Rovaniemi on 11 December to host a summit with Prime Minister Keir Starmer on 12 December. He will fly back to Helsinki on 13 December.',
    published: '2024-12-08',
    home: 'Helsinki',
    stops: [from('Helsinki', '2024-12-11'), at('Rovaniemi', ['2024-12-12'], 'rail'), back('Helsinki', '2024-12-13', 'flight')],
    meetings: [['Rovaniemi', 'Keir Starmer']],
    legs: ['rail', 'flight'],
  },
  {
    what: 'EU, "will fly to Cairo …, and then by road to Alexandria", "return to Brussels by air"',
    text: 'Brussels, 14 February 2024 – High Representative Josep Borrell will fly to Cairo on 15 February for talks with Foreign Minister Sameh Shoukry, and then by road to Alexandria on 16 February. He will return to Brussels by air on 17 February.',
    published: '2024-02-14',
    home: 'Brussels',
    stops: [from('Brussels', '2024-02-15'), at('Cairo', ['2024-02-15'], 'flight'), at('Alexandria', ['2024-02-16'], 'road'), back('Brussels', '2024-02-17', 'flight')],
    meetings: [['Cairo', 'Sameh Shoukry']],
    legs: ['flight', 'road', 'flight'],
  },
  {
    what: 'Taiwan, past tense, "returned to Taipei today aboard the presidential aircraft", "flew to Honolulu", "flew on to Majuro … and to Funafuti"',
    text: 'Taipei, 6 December 2024 – President Lai Ching-te returned to Taipei today aboard the presidential aircraft after a tour of the Pacific. He flew to Honolulu on 30 November, flew on to Majuro on 2 December and to Funafuti on 3 December.',
    published: '2024-12-06',
    home: 'Taipei',
    stops: [from('Taipei', '2024-11-30'), at('Honolulu', ['2024-11-30'], 'flight'), at('Majuro', ['2024-12-02'], 'flight'), at('Funafuti', ['2024-12-03'], 'flight'), back('Taipei', '2024-12-06', 'flight')],
    legs: ['flight', 'flight', 'flight', 'flight'],
  },
  {
    what: 'Papua New Guinea, past tense, "returned home aboard an Air Niugini charter", "flew to Jakarta", "travelled to Singapore by air"',
    text: 'Port Moresby, 12 July 2024 – Prime Minister James Marape returned home aboard an Air Niugini charter today after visits to Indonesia and Singapore. He flew to Jakarta on 8 July for talks with President Joko Widodo, and travelled to Singapore by air on 10 July.',
    published: '2024-07-12',
    home: 'Port Moresby',
    stops: [from('Port Moresby', '2024-07-08'), at('Jakarta', ['2024-07-08'], 'flight'), at('Singapore', ['2024-07-10'], 'flight'), back('Port Moresby', '2024-07-12', 'flight')],
    meetings: [['Jakarta', 'Joko Widodo']],
    legs: ['flight', 'flight', 'flight'],
  },
  {
    what: 'Italy, "travel by high-speed train to Lyon", "return to Paris by train that evening", "fly home"',
    text: 'Rome, 27 November 2024 – President Sergio Mattarella will fly to Paris on 28 November for talks with President Emmanuel Macron. On 29 November he will travel by high-speed train to Lyon, return to Paris by train that evening, and fly home on 30 November.',
    published: '2024-11-27',
    home: 'Rome',
    stops: [from('Rome', '2024-11-28'), at('Paris', ['2024-11-28'], 'flight'), at('Lyon', ['2024-11-29'], 'rail'), at('Paris', ['2024-11-29'], 'rail'), back('Rome', '2024-11-30', 'flight')],
    meetings: [['Paris', 'Emmanuel Macron']],
    legs: ['flight', 'rail', 'rail', 'flight'],
  },
  {
    what: 'Japan, "leave Tokyo by government aircraft … for Jakarta", "drive to Bogor …, returning to Jakarta by car", "fly to Yogyakarta", "fly home from Yogyakarta"',
    text: 'Tokyo, 16 June 2023 – Their Majesties the Emperor and Empress will leave Tokyo by government aircraft on 17 June for Jakarta. On 19 June they will drive to Bogor for a meeting with President Joko Widodo, returning to Jakarta by car the same day, and on 21 June they will fly to Yogyakarta. They will fly home from Yogyakarta on 23 June.',
    published: '2023-06-16',
    home: 'Tokyo',
    stops: [from('Tokyo', '2023-06-17'), at('Jakarta', ['2023-06-17'], 'flight'), at('Bogor', ['2023-06-19'], 'road'), at('Jakarta', ['2023-06-19'], 'road'), at('Yogyakarta', ['2023-06-21'], 'flight'), back('Tokyo', undefined, 'flight')],
    meetings: [['Bogor', 'Joko Widodo']],
    legs: ['flight', 'road', 'road', 'flight', 'flight'],
  },
  {
    what: 'Spain, past tense, "flew to Lisbon", "travelled to Porto by helicopter", "flew back to Madrid"',
    text: 'Madrid, 10 July 2025 – King Felipe VI flew to Lisbon on 7 July for a state visit, where he met President Marcelo Rebelo de Sousa, and on 8 July travelled to Porto by helicopter. He flew back to Madrid on 9 July.',
    published: '2025-07-10',
    home: 'Madrid',
    stops: [from('Madrid', '2025-07-07'), at('Lisbon', ['2025-07-07'], 'flight'), at('Porto', ['2025-07-08'], 'flight'), back('Madrid', '2025-07-09', 'flight')],
    meetings: [['Lisbon', 'Marcelo Rebelo de Sousa']],
    legs: ['flight', 'flight', 'flight'],
  },
  {
    what: 'Singapore, past tense, "drove to Johor Bahru", "flew on to Kuala Lumpur", "returned to Singapore by train"',
    text: 'Singapore, 16 October 2024 – President Tharman Shanmugaratnam drove to Johor Bahru on 14 October to meet the Sultan of Johor, flew on to Kuala Lumpur on 15 October, and returned to Singapore by train on 16 October.',
    published: '2024-10-16',
    home: 'Singapore',
    stops: [from('Singapore', '2024-10-14'), at('Johor Bahru', ['2024-10-14'], 'road'), at('Kuala Lumpur', ['2024-10-15'], 'flight'), back('Singapore', '2024-10-16', 'rail')],
    meetings: [['Johor Bahru', 'Sultan of Johor']],
    legs: ['road', 'flight', 'rail'],
  },
  {
    what: 'Türkiye, "will fly to Baku", a leg to Ganja with no way told, "return to Ankara by air"',
    text: 'Ankara, 2 May 2024 – President Recep Tayyip Erdoğan will fly to Baku on 3 May for talks with President Ilham Aliyev. He will visit Ganja on 4 May and return to Ankara by air on 5 May.',
    published: '2024-05-02',
    home: 'Ankara',
    stops: [from('Ankara', '2024-05-03'), at('Baku', ['2024-05-03'], 'flight'), at('Ganja', ['2024-05-04']), back('Ankara', '2024-05-05', 'flight')],
    meetings: [['Baku', 'Ilham Aliyev']],
    legs: ['flight', 'unknown', 'flight'],
  },
  {
    what: 'Ireland, "will fly to Boston", "travel on to Washington by train", "return home by air"',
    text: 'Dublin, 10 March 2025 – The Taoiseach, Micheál Martin, will fly to Boston on 10 March, and travel on to Washington by train on 11 March, where he will meet President Donald Trump at the White House on 12 March. He will return home by air on 13 March.',
    published: '2025-03-10',
    home: 'Dublin',
    stops: [from('Dublin', '2025-03-10'), at('Boston', ['2025-03-10'], 'flight'), at('Washington', ['2025-03-11', '2025-03-12'], 'rail'), back('Dublin', '2025-03-13', 'flight')],
    meetings: [['Washington', 'Donald Trump']],
    legs: ['flight', 'rail', 'flight'],
  },
];

// Written after this round's fixes and run once before any change for them.
export const after: ModeCase[] = [
  {
    what: 'Denmark, past tense, "took the ferry to Oslo", "took the train on to Stockholm", "flew back to Copenhagen"',
    text: 'Copenhagen, 22 August 2025 – Foreign Minister Lars Løkke Rasmussen took the ferry to Oslo on 19 August for talks with Foreign Minister Espen Barth Eide, and took the train on to Stockholm on 20 August. He flew back to Copenhagen on 21 August.',
    published: '2025-08-22',
    home: 'Copenhagen',
    stops: [from('Copenhagen', '2025-08-19'), at('Oslo', ['2025-08-19'], 'sea'), at('Stockholm', ['2025-08-20'], 'rail'), back('Copenhagen', '2025-08-21', 'flight')],
    meetings: [['Oslo', 'Espen Barth Eide']],
    legs: ['sea', 'rail', 'flight'],
  },
  {
    what: 'Botswana, "leave Gaborone by air … for Windhoek", "fly on to Johannesburg", "depart for home by road"',
    text: 'Gaborone, 19 March 2025 – President Duma Boko will leave Gaborone by air on 20 March for Windhoek, to attend the inauguration of President Netumbo Nandi-Ndaitwah on 21 March. He will fly on to Johannesburg on 22 March, and depart for home by road on 23 March.',
    published: '2025-03-19',
    home: 'Gaborone',
    stops: [from('Gaborone', '2025-03-20'), at('Windhoek', ['2025-03-20', '2025-03-21'], 'flight'), at('Johannesburg', ['2025-03-22'], 'flight'), back('Gaborone', undefined, 'road')],
    legs: ['flight', 'flight', 'road'],
  },
  {
    what: 'United Kingdom, past tense, "flew to Edinburgh", "travelled by helicopter to Inverness", "took the sleeper train back to London"',
    text: 'London, 9 July 2025 – The Prime Minister flew to Edinburgh on 7 July, travelled by helicopter to Inverness on 8 July, and took the sleeper train back to London that night.',
    published: '2025-07-09',
    home: 'London',
    stops: [from('London', '2025-07-07'), at('Edinburgh', ['2025-07-07'], 'flight'), at('Inverness', ['2025-07-08'], 'flight'), back('London', undefined, 'rail')],
    legs: ['flight', 'flight', 'rail'],
  },
];

// Still misread in a stage other than the modes (days, meetings): their legs' modes are asserted.
export const left: (ModeCase & { why: string; legs: TravelMode[] })[] = [
  {
    what: 'Romania, a day\'s programme: "Departure from Bucharest by air for Chișinău", "Departure by helicopter for Iași", "Return to Bucharest by air"',
    text: 'Bucharest, 2 July 2025 – Programme of President Nicușor Dan for 3 July:\n08:00 Departure from Bucharest by air for Chișinău\n10:30 Talks with President Maia Sandu\n15:00 Departure by helicopter for Iași\n17:00 Visit to the county hospital\n20:00 Return to Bucharest by air',
    published: '2025-07-02',
    home: 'Bucharest',
    stops: [from('Bucharest', '2025-07-03'), at('Chișinău', ['2025-07-03'], 'flight'), at('Iași', ['2025-07-03'], 'flight'), back('Bucharest', '2025-07-03', 'flight')],
    meetings: [['Chișinău', 'Maia Sandu']],
    legs: ['flight', 'flight', 'flight'],
    why: 'the day a programme\'s heading gives ("Programme of President Nicușor Dan for 3 July:") is not read as the day of its lines',
  },
  {
    what: 'Luxembourg, a programme: "Departure from Luxembourg by train to Brussels", "Transfer by road to The Hague", "Return flight to Luxembourg"',
    text: 'Luxembourg, 12 March 2024 – Programme of the visit of Prime Minister Luc Frieden to Belgium and the Netherlands.\n14 March\n09:00 Departure from Luxembourg by train to Brussels\n12:00 Lunch with Prime Minister Alexander De Croo\n17:00 Transfer by road to The Hague\n19:00 Dinner with Prime Minister Mark Rutte\n15 March\n15:00 Return flight to Luxembourg',
    published: '2024-03-12',
    home: 'Luxembourg',
    stops: [from('Luxembourg', '2024-03-14'), at('Brussels', ['2024-03-14'], 'rail'), at('The Hague', ['2024-03-14'], 'road'), back('Luxembourg', '2024-03-15', 'flight')],
    meetings: [['Brussels', 'Alexander De Croo'], ['The Hague', 'Mark Rutte']],
    legs: ['rail', 'road', 'flight'],
    why: 'a meal in a programme\'s line ("12:00 Lunch with Prime Minister Alexander De Croo") is not read as a meeting',
  },
  {
    what: 'Slovenia, a programme: "Departure from Ljubljana by road", "Flight to Podgorica", "Return flight to Ljubljana"',
    text: 'Programme of the visit of Prime Minister Robert Golob to Croatia and Montenegro\n\n10 October 2024\n08:00 Departure from Ljubljana by road\n10:30 Arrival in Zagreb; talks with Prime Minister Andrej Plenković\n16:00 Flight to Podgorica\n\n11 October 2024\n09:00 Meeting with Prime Minister Milojko Spajić\n14:00 Return flight to Ljubljana',
    published: '2024-10-09',
    home: 'Ljubljana',
    stops: [from('Ljubljana', '2024-10-10'), at('Zagreb', ['2024-10-10'], 'road'), at('Podgorica', ['2024-10-11'], 'flight'), back('Ljubljana', '2024-10-11', 'flight')],
    meetings: [['Zagreb', 'Andrej Plenković'], ['Podgorica', 'Milojko Spajić']],
    legs: ['road', 'flight', 'flight'],
    why: 'a meeting on the line of a new day after the flight ("11 October 2024⏎09:00 Meeting with Prime Minister Milojko Spajić") is not put at the place flown to',
  },
];

for (const [title, list] of [['announcements of round 24b: a stated way for every leg', cases], ["announcements written after round 24b's fixes", after]] as const) {
  describe(title, () => {
    for (const c of list) {
      it(`reads ${c.what}`, () => {
        expect(misses(c)).toEqual([]);
      });
    }
  });
}

describe('round 24b: announcements still misread elsewhere, their modes', () => {
  for (const c of left) {
    it(`reads the modes of ${c.what} (${c.why})`, () => {
      expect(draft(c.text, c.published, c.home).legs.map((l) => l.mode)).toEqual(c.legs);
      expect(misses(c).filter((x) => !/^(?:missed meeting|\S+: (?:day|depart|arrive) )/.test(x))).toEqual([]);
    });
  }
});

describe('round 24b: the way home told with the going home', () => {
  it('reads "and departed for home by air that evening", after a leg by road in the same sentence, as a flight home', () => {
    const text = 'Warsaw, 5 September 2025 – The President flew to Chicago on 3 September. The next day he travelled by road to Milwaukee, and departed for home by air that evening.';
    expect(modes(text, '2025-09-05', 'Warsaw')).toEqual(['flight', 'road', 'flight']);
  });

  it('reads "returned home aboard an Air Niugini charter … after visits to" as a flight home, and "on the UN Charter" as no way', () => {
    expect(modes('Port Moresby, 12 July 2024 – The Prime Minister returned home aboard an Air Niugini charter today after visits to Manila and Tokyo.', '2024-07-12', 'Port Moresby').at(-1)).toBe('flight');
    expect(modes('Suva, 2 May 2024 – The Prime Minister will visit Wellington on 4 May for talks on the UN Charter.', '2024-05-02', 'Suva')).toEqual(['unknown', 'unknown']);
  });
});

describe('round 24b: a programme\'s and a sentence\'s travel words before the place', () => {
  it('reads "Flight SQ 336 to Paris" in an itinerary as a flight to Paris, a place visited', () => {
    const text = 'Singapore, 20 August 2024 – Itinerary of the Minister:\n21 August: Flight SQ 336 to Paris.\n23 August: Flight AF 1234 to Rome.';
    const d = draft(text, '2024-08-20', 'Singapore');
    expect(d.stops.map((s) => s.name)).toEqual(['Singapore', 'Paris', 'Rome', 'Singapore']);
    expect(d.legs.map((l) => l.mode).slice(0, 2)).toEqual(['flight', 'flight']);
  });

  it('reads "and then by road to Alexandria" as a place visited by road', () => {
    const text = 'Brussels, 14 February 2024 – The High Representative will fly to Cairo on 15 February for talks with the Arab League, and then by road to Alexandria on 16 February.';
    const d = draft(text, '2024-02-14', 'Brussels');
    expect(d.stops.map((s) => s.name)).toEqual(['Brussels', 'Cairo', 'Alexandria', 'Brussels']);
    expect(d.legs.map((l) => l.mode)).toEqual(['flight', 'road', 'unknown']);
  });
});

describe('round 24b: travel in from the stop before', () => {
  it('reads "having driven in from Kampala" as the road from Kampala to the place the sentence is in, and nothing for the leg before', () => {
    const text = 'Nairobi, 5 June 2024 – The President visited Kampala on 3 June for talks with President Yoweri Museveni. On 4 June he was in Kigali for the Africa CEO Forum, having driven in from Kampala overnight.';
    expect(modes(text, '2024-06-05', 'Nairobi')).toEqual(['unknown', 'road', 'unknown']);
  });

  it('reads "He had flown in from Singapore late Wednesday" as the flight from Singapore to the place the text then speaks of', () => {
    const text = 'Seoul, 10 October 2024 – President Yoon Suk Yeol held talks in Singapore on 8 October. On 10 October he attended the ASEAN summit in Vientiane. He had flown in from Singapore late Wednesday.';
    expect(modes(text, '2024-10-10', 'Seoul')).toEqual(['unknown', 'flight', 'unknown']);
  });
});
