// Stated travel modes, round 24 (issue 17): 40 announcements written for these tests before this round read or changed the
// extractor, each modelled on a real visit of 2011–2025 (a venue, an hour or a mode here and there illustrative), with the
// modes told as writers of many kinds state them ("a motorcade took him", "took the Eurostar", "boarded Air Force One", "a
// helicopter ride", "aboard his special train", "crossed by boat", "sail to", "drove across the border", "a short flight to",
// "by road", "overland", "in a convoy", "took the bullet train", "by coach", "the royal train", "a catamaran", "flew back
// home", a mode told once for several legs or for the legs inside one country), and words that look like modes but state
// none ("the free flight of ideas", "the railway agreement", "the airport's new terminal", "the road to peace", "a car
// factory", "a new ferry terminal", "to train police officers", "an aid convoy", "the Spanish high-speed rail network").
// Each is scored as the corpus scores a text (evaluate.ts); where `legs` is given, every leg's mode too (a leg the text gives
// no way for stays unknown).
// Run on the extractor of main before any change: 17 of the 40 failed. By cause: a mode word that states no way, 6 texts
// ("flight of ideas", "the airport's new terminal", "high-speed rail network", "ferry terminal", "to train", "an aid
// convoy"); the same travel going on with its verb left out ("and on to Edinburgh by train", "and on to Stavanger", "and
// from there to Kos"), 3; "lead a delegation by coach to Zhuhai", 1; a programme line "21 November: to Kuala Lumpur by
// air", 1; "All travel within Japan will be by Shinkansen", 1; the rest a place no gazetteer here has or that is named
// inside an airport's name (Picton, El Arish, "the Bunga Raya Complex of Kuala Lumpur International Airport", Saint Lucia
// as a country), a day of leaving, a day after "then", a meeting. The first five causes are fixed by general rules; 33
// pass below. The 3 still misread for a day or a meeting are in `left`, with why, and their legs' modes are asserted; 4
// were dropped (see the report of h-modes24), as a place missed splits the legs they would assert: Picton, El Arish
// (whose "aid convoy" is asserted below in a shorter text), Kuala Lumpur inside an airport's name, Saint Lucia.
// Then 10 more were written (`after`) and run once before any change for them: 2 failed, both by one cause, the way home
// told in the sentence that also tells the visit, under a dateline that names the home ("Canberra, 23 February 2025 – …
// flew to Singapore …, and flew home on 23 February", "… before flying home"): the dateline's home was taken as where the
// return is told. Fixed in stops.ts; all 10 pass.
// Last, of the tuning part's 10 missed modes, one was a mode not read with its stop found (text 210: "will travel aboard the
// presidential aircraft from the Nnamdi Azikiwe International Airport", after the sentence that departs): travel from the
// home now sets off as a departure does; its test is a text of the same kind written for it (Accra).
import { describe, expect, it } from 'vitest';
import type { TravelMode } from '../../src/itinerary/types';
import { at, from, back, modeCaseMisses, type ModeCase } from './expected-stops';
import { useWorld } from './world';

const { draft, read } = useWorld();

const misses = modeCaseMisses(draft);

export const cases: ModeCase[] = [
  {
    what: 'Belgium, "took the Eurostar to London", "returned to Brussels the same evening by the same train"',
    text: 'Brussels, 26 June 2025 – Prime Minister Bart De Wever took the Eurostar to London this morning for talks with Prime Minister Keir Starmer at Downing Street on trade and defence. He returned to Brussels the same evening by the same train.',
    published: '2025-06-26',
    home: 'Brussels',
    stops: [from('Brussels', '2025-06-26'), at('London', ['2025-06-26'], 'rail'), back('Brussels', '2025-06-26', 'rail')],
    meetings: [['London', 'Keir Starmer']],
    legs: ['rail', 'rail'],
  },
  {
    what: 'United States, "boarded Air Force One … for Riyadh", "flies on to Doha on 14 May and to Abu Dhabi on 15 May"',
    text: 'Washington, 12 May 2025 – President Trump boarded Air Force One this morning for Riyadh, the first stop of his tour of the Gulf. He lands in Riyadh on 13 May for talks with Crown Prince Mohammed bin Salman, and flies on to Doha on 14 May and to Abu Dhabi on 15 May.',
    published: '2025-05-12',
    home: 'Washington',
    stops: [from('Washington', '2025-05-12'), at('Riyadh', ['2025-05-13'], 'flight'), at('Doha', ['2025-05-14'], 'flight'), at('Abu Dhabi', ['2025-05-15'], 'flight'), back('Washington')],
    meetings: [['Riyadh', 'Mohammed bin Salman']],
    legs: ['flight', 'flight', 'flight', 'unknown'],
  },
  {
    what: 'India, "took a helicopter ride from Colombo to Anuradhapura", "From Anuradhapura he flew to Rameswaram"',
    text: 'New Delhi, 6 April 2025. On the last day of his visit to Sri Lanka, Prime Minister Narendra Modi took a helicopter ride from Colombo to Anuradhapura on 6 April with President Anura Kumara Dissanayake, and prayed at the sacred Jaya Sri Maha Bodhi. From Anuradhapura he flew to Rameswaram to open the new Pamban rail bridge.',
    published: '2025-04-06',
    home: 'New Delhi',
    stops: [from('New Delhi'), at('Colombo', []), at('Anuradhapura', ['2025-04-06'], 'flight'), at('Rameswaram', [], 'flight'), back('New Delhi')],
  },
  {
    what: 'Poland, "travelled to Kyiv aboard the presidential train"',
    text: 'Warsaw, 24 February 2025. President Andrzej Duda travelled to Kyiv overnight aboard the presidential train and arrived this morning, on the third anniversary of the full-scale invasion. He will meet President Volodymyr Zelensky and return to Warsaw on 25 February.',
    published: '2025-02-24',
    home: 'Warsaw',
    stops: [from('Warsaw'), at('Kyiv', ['2025-02-24'], 'rail'), back('Warsaw', '2025-02-25')],
    meetings: [['Kyiv', 'Volodymyr Zelensky']],
    legs: ['rail', 'unknown'],
  },
  {
    what: 'Hong Kong, "crossed by boat to Macao", a return with no way told',
    text: 'Hong Kong, 20 May 2024 – The Secretary for Transport and Logistics, Ms Mable Chan, crossed by boat to Macao this morning for the opening of a regional logistics forum. She will return to Hong Kong in the evening.',
    published: '2024-05-20',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-05-20'), at('Macao', ['2024-05-20'], 'sea'), back('Hong Kong', '2024-05-20')],
    legs: ['sea', 'unknown'],
  },
  {
    what: 'Greece, "will sail to Rhodes on 1 July …, and from there to Kos on 2 July", "returns to Athens by air"',
    text: 'Athens, 30 June 2024 – Prime Minister Kyriakos Mitsotakis will sail to Rhodes on 1 July to open the new wing of the island\'s hospital, and from there to Kos on 2 July. He returns to Athens by air on 3 July.',
    published: '2024-06-30',
    home: 'Athens',
    stops: [from('Athens', '2024-07-01'), at('Rhodes', ['2024-07-01'], 'sea'), at('Kos', ['2024-07-02'], 'sea'), back('Athens', '2024-07-03', 'flight')],
    legs: ['sea', 'sea', 'flight'],
  },
  {
    what: 'Singapore, "drove across the border to Putrajaya", "returned to Singapore that night"',
    text: 'Singapore, 7 January 2025 – Prime Minister Lawrence Wong drove across the border to Putrajaya today for the annual Leaders\' Retreat with Prime Minister Anwar Ibrahim, and returned to Singapore that night.',
    published: '2025-01-07',
    home: 'Singapore',
    stops: [from('Singapore', '2025-01-07'), at('Putrajaya', ['2025-01-07'], 'road'), back('Singapore', '2025-01-07')],
    meetings: [['Putrajaya', 'Anwar Ibrahim']],
    legs: ['road', 'unknown'],
  },
  {
    what: 'France, "takes a short flight to Hue", "leaves Vietnam for Jakarta"',
    text: 'Hanoi, 26 May 2025 – President Emmanuel Macron, who arrived in Hanoi last night, held talks today with General Secretary To Lam. On 27 May he takes a short flight to Hue, and on 28 May he leaves Vietnam for Jakarta.',
    published: '2025-05-26',
    home: 'Paris',
    stops: [from('Paris'), at('Hanoi', ['2025-05-26']), at('Hue', ['2025-05-27'], 'flight'), at('Jakarta', ['2025-05-28']), back('Paris')],
    meetings: [['Hanoi', 'To Lam']],
    legs: ['unknown', 'flight', 'unknown', 'unknown'],
  },
  {
    what: 'Hong Kong, "will travel by road to Shenzhen", "go on to Dongguan by road"',
    text: 'Hong Kong, 12 March 2025 – The Chief Executive, Mr John Lee, will travel by road to Shenzhen tomorrow (13 March) to meet the Party Secretary of the Shenzhen Municipal Committee, and then go on to Dongguan by road to visit technology firms. He will return to Hong Kong in the evening.',
    published: '2025-03-12',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2025-03-13'), at('Shenzhen', ['2025-03-13'], 'road'), at('Dongguan', ['2025-03-13'], 'road'), back('Hong Kong', '2025-03-13')],
    legs: ['road', 'road', 'unknown'],
  },
  {
    what: 'Kenya, "will travel overland to Arusha tomorrow"',
    text: 'Nairobi, 28 November 2024 – President William Ruto will travel overland to Arusha tomorrow (29 November) for the summit of the heads of state of the East African Community.',
    published: '2024-11-28',
    home: 'Nairobi',
    stops: [from('Nairobi', '2024-11-29'), at('Arusha', ['2024-11-29'], 'road'), back('Nairobi')],
    legs: ['road', 'unknown'],
  },
  {
    what: 'European Commission, "arrived in Kyiv … by overnight train", "travelled in a convoy to Bucha"',
    text: 'Kyiv, 9 April 2022 – European Commission President Ursula von der Leyen arrived in Kyiv on 8 April by overnight train from Poland and met President Volodymyr Zelensky. On 9 April she travelled in a convoy to Bucha, where she saw the graves of the town\'s murdered civilians.',
    published: '2022-04-09',
    home: 'Brussels',
    stops: [from('Brussels'), at('Kyiv', ['2022-04-08'], 'rail'), at('Bucha', ['2022-04-09'], 'road'), back('Brussels')],
    meetings: [['Kyiv', 'Volodymyr Zelensky']],
  },
  {
    what: 'India, "took the bullet train from Tokyo to Sendai", "leaves Japan tonight for Tianjin"',
    text: 'Tokyo, 30 August 2025 – Prime Minister Narendra Modi and Prime Minister Shigeru Ishiba took the bullet train from Tokyo to Sendai this morning, where they toured a semiconductor plant. Modi leaves Japan tonight for Tianjin to attend the summit of the Shanghai Cooperation Organisation.',
    published: '2025-08-30',
    home: 'New Delhi',
    stops: [from('New Delhi'), at('Tokyo', []), at('Sendai', ['2025-08-30'], 'rail'), at('Tianjin', []), back('New Delhi')],
    legs: ['unknown', 'rail', 'unknown', 'unknown'],
  },
  {
    what: 'Macao, "led a delegation by coach to Zhuhai", "went on to Zhongshan, also by coach"',
    text: 'Macao, 20 October 2024 – The Secretary for Social Affairs and Culture will lead a delegation by coach to Zhuhai on 21 October. On 22 October the delegation will go on to Zhongshan, also by coach, before returning to Macao.',
    published: '2024-10-20',
    home: 'Macao',
    stops: [from('Macao', '2024-10-21'), at('Zhuhai', ['2024-10-21'], 'road'), at('Zhongshan', ['2024-10-22'], 'road'), back('Macao')],
    legs: ['road', 'road', 'unknown'],
  },
  {
    what: 'United Kingdom, "travel on the royal train to York", "drive to Harrogate"',
    text: 'London, 11 October 2023 – The King and Queen will travel on the royal train to York on 12 October to open the new visitor centre at the Minster. On 13 October Their Majesties will drive to Harrogate to meet flood volunteers.',
    published: '2023-10-11',
    home: 'London',
    stops: [from('London', '2023-10-12'), at('York', ['2023-10-12'], 'rail'), at('Harrogate', ['2023-10-13'], 'road'), back('London')],
    legs: ['rail', 'road', 'unknown'],
  },
  {
    what: 'Hong Kong, "will take a catamaran to Macao", "return by the Hong Kong-Zhuhai-Macao Bridge"',
    text: 'Hong Kong, 3 July 2024 – The Secretary for Culture, Sports and Tourism, Miss Rosanna Law, will take a catamaran to Macao on 4 July to attend a tourism forum. She will return by the Hong Kong-Zhuhai-Macao Bridge on 5 July.',
    published: '2024-07-03',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-07-04'), at('Macao', ['2024-07-04', '2024-07-05'], 'sea'), back('Hong Kong', '2024-07-05', 'road')],
    legs: ['sea', 'road'],
  },
  {
    what: 'Australia, "travelled to Beijing by high-speed train", "flew back home"',
    text: 'Canberra, 18 July 2025 – Prime Minister Anthony Albanese arrived in Shanghai on 12 July, and travelled to Beijing by high-speed train on 14 July for talks with President Xi Jinping on 15 July. He went on to Chengdu on 16 July and flew back home today.',
    published: '2025-07-18',
    home: 'Canberra',
    stops: [from('Canberra'), at('Shanghai', ['2025-07-12']), at('Beijing', ['2025-07-14', '2025-07-15'], 'rail'), at('Chengdu', ['2025-07-16']), back('Canberra', '2025-07-18', 'flight')],
    meetings: [['Beijing', 'Xi Jinping']],
    legs: ['unknown', 'rail', 'unknown', 'flight'],
  },
  {
    what: 'Netherlands, Berlin, Leipzig and Dresden "travelling by train throughout"',
    text: 'Amsterdam, 2 March 2025 – The King and Queen of the Netherlands begin a state visit to Germany on 4 March in Berlin, and go on to Leipzig on 5 March and Dresden on 6 March, travelling by train throughout.',
    published: '2025-03-02',
    home: 'Amsterdam',
    stops: [from('Amsterdam'), at('Berlin', ['2025-03-04'], 'rail'), at('Leipzig', ['2025-03-05'], 'rail'), at('Dresden', ['2025-03-06'], 'rail'), back('Amsterdam')],
  },
  {
    what: 'Philippines, "to open the airport\'s new terminal" states no way to Cebu',
    text: 'Manila, 1 June 2024 – President Ferdinand Marcos Jr. will travel to Cebu on 3 June to open the airport\'s new terminal, and to Davao on 4 June to meet local officials.',
    published: '2024-06-01',
    home: 'Manila',
    stops: [from('Manila'), at('Cebu', ['2024-06-03']), at('Davao', ['2024-06-04']), back('Manila')],
    legs: ['unknown', 'unknown', 'unknown'],
  },
  {
    what: 'Egypt, "a summit on the road to peace" states no way to Sharm El-Sheikh',
    text: 'Cairo, 12 October 2025 – President Abdel Fattah el-Sisi will host world leaders in Sharm El-Sheikh on 13 October for a summit on the road to peace in Gaza.',
    published: '2025-10-12',
    home: 'Cairo',
    stops: [from('Cairo'), at('Sharm El-Sheikh', ['2025-10-13']), back('Cairo')],
    legs: ['unknown', 'unknown'],
  },
  {
    what: 'Spain, "tour a car factory in Kenitra" states no way there',
    text: 'Madrid, 2 December 2024 – Prime Minister Pedro Sánchez will visit Rabat on 4 December for talks with Prime Minister Aziz Akhannouch, and on 5 December he will tour a car factory in Kenitra.',
    published: '2024-12-02',
    home: 'Madrid',
    stops: [from('Madrid'), at('Rabat', ['2024-12-04']), at('Kenitra', ['2024-12-05']), back('Madrid')],
    meetings: [['Rabat', 'Aziz Akhannouch']],
    legs: ['unknown', 'unknown', 'unknown'],
  },
  {
    what: 'Austria, "drove to Bratislava", "was back in Vienna by the evening"',
    text: 'Vienna, 21 January 2025 – Chancellor Karl Nehammer drove to Bratislava this morning for talks with Prime Minister Robert Fico on gas transit, and was back in Vienna by the evening.',
    published: '2025-01-21',
    home: 'Vienna',
    stops: [from('Vienna', '2025-01-21'), at('Bratislava', ['2025-01-21'], 'road'), back('Vienna', '2025-01-21')],
    meetings: [['Bratislava', 'Robert Fico']],
    legs: ['road', 'unknown'],
  },
  {
    what: 'Finland, "took the ferry to Tallinn"',
    text: 'Helsinki, 4 March 2024 – President Alexander Stubb took the ferry to Tallinn today for his first visit to Estonia as head of state, where he was received by President Alar Karis.',
    published: '2024-03-04',
    home: 'Helsinki',
    stops: [from('Helsinki', '2024-03-04'), at('Tallinn', ['2024-03-04'], 'sea'), back('Helsinki')],
    meetings: [['Tallinn', 'Alar Karis']],
    legs: ['sea', 'unknown'],
  },
  {
    what: 'United States, "arrived at Gimhae International Airport in Busan … aboard Air Force One, and travelled by motorcade to Gyeongju"',
    text: 'Gyeongju, 29 October 2025 – President Trump arrived at Gimhae International Airport in Busan this morning aboard Air Force One, and travelled by motorcade to Gyeongju for the APEC leaders\' meeting. He met President Lee Jae-myung in Gyeongju in the afternoon.',
    published: '2025-10-29',
    home: 'Washington',
    stops: [from('Washington'), at('Busan', ['2025-10-29'], 'flight'), at('Gyeongju', ['2025-10-29'], 'road'), back('Washington')],
    meetings: [['Gyeongju', 'Lee Jae-myung']],
    legs: ['flight', 'road', 'unknown'],
  },
  {
    what: 'Canada, "flew to Washington", "flew back to Ottawa the same evening"',
    text: 'Ottawa, 6 May 2025 – Prime Minister Mark Carney flew to Washington today for his first meeting with President Donald Trump at the White House, and flew back to Ottawa the same evening.',
    published: '2025-05-06',
    home: 'Ottawa',
    stops: [from('Ottawa', '2025-05-06'), at('Washington', ['2025-05-06'], 'flight'), back('Ottawa', '2025-05-06', 'flight')],
    meetings: [['Washington', 'Donald Trump']],
    legs: ['flight', 'flight'],
  },
  {
    what: 'United Kingdom, "take a short flight to Ravenna"',
    text: 'London, 3 April 2025 – The King and Queen arrive in Rome on 7 April for a state visit to Italy, and will meet President Sergio Mattarella at the Quirinale Palace. On 10 April they take a short flight to Ravenna, and they return to London that evening.',
    published: '2025-04-03',
    home: 'London',
    stops: [from('London'), at('Rome', ['2025-04-07']), at('Ravenna', ['2025-04-10'], 'flight'), back('London', '2025-04-10')],
    meetings: [['Rome', 'Sergio Mattarella']],
    legs: ['unknown', 'flight', 'unknown'],
  },
  {
    what: 'Netherlands, "will travel to London by Eurostar", "on to Edinburgh by train"',
    text: 'The Hague, 10 June 2024 – Prime Minister Mark Rutte will travel to London by Eurostar on 12 June for talks with Prime Minister Rishi Sunak, and on to Edinburgh by train on 13 June.',
    published: '2024-06-10',
    home: 'The Hague',
    stops: [from('The Hague', '2024-06-12'), at('London', ['2024-06-12'], 'rail'), at('Edinburgh', ['2024-06-13'], 'rail'), back('The Hague')],
    meetings: [['London', 'Rishi Sunak']],
    legs: ['rail', 'rail', 'unknown'],
  },
  {
    what: 'Türkiye, "will fly to Adana … and go on by helicopter to Kahramanmaraş"',
    text: 'Ankara, 20 May 2024 – President Recep Tayyip Erdoğan will fly to Adana on 21 May and go on by helicopter to Kahramanmaraş to hand over new homes to survivors of last year\'s earthquake.',
    published: '2024-05-20',
    home: 'Ankara',
    stops: [from('Ankara', '2024-05-21'), at('Adana', ['2024-05-21'], 'flight'), at('Kahramanmaraş', ['2024-05-21'], 'flight'), back('Ankara')],
    legs: ['flight', 'flight', 'unknown'],
  },
  {
    what: 'Norway, "sail aboard the royal yacht … from Oslo to Kristiansand on 12 June, and on to Stavanger on 13 June"',
    text: 'Oslo, 10 June 2024 – King Harald and Queen Sonja will sail aboard the royal yacht Norge from Oslo to Kristiansand on 12 June, and on to Stavanger on 13 June, for the county visits of this summer.',
    published: '2024-06-10',
    home: 'Oslo',
    stops: [from('Oslo', '2024-06-12'), at('Kristiansand', ['2024-06-12'], 'sea'), at('Stavanger', ['2024-06-13'], 'sea'), back('Oslo')],
    legs: ['sea', 'sea', 'unknown'],
  },
  {
    what: 'Hong Kong, a programme of lines, "depart for Jakarta by air", "to Kuala Lumpur by air"',
    text: 'Hong Kong, 18 November 2024 – The Secretary for Commerce and Economic Development, Mr Algernon Yau, will visit Indonesia and Malaysia. His programme:\n19 November: depart for Jakarta by air; meetings with Indonesian ministers.\n21 November: to Kuala Lumpur by air; call on the Minister of Investment, Trade and Industry.\n22 November: return to Hong Kong.',
    published: '2024-11-18',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-11-19'), at('Jakarta', ['2024-11-19'], 'flight'), at('Kuala Lumpur', ['2024-11-21'], 'flight'), back('Hong Kong', '2024-11-22')],
    legs: ['flight', 'flight', 'unknown'],
  },
  {
    what: 'United Kingdom, "to study the Spanish high-speed rail network" states no way to Madrid',
    text: 'London, 12 January 2024 – The Transport Secretary, Mark Harper, will visit Madrid on 15 January to study the Spanish high-speed rail network, and Barcelona on 16 January.',
    published: '2024-01-12',
    home: 'London',
    stops: [from('London'), at('Madrid', ['2024-01-15']), at('Barcelona', ['2024-01-16']), back('London')],
    legs: ['unknown', 'unknown', 'unknown'],
  },
  {
    what: 'Japan, "inspect a new ferry terminal built with Japanese aid" states no way to Cebu',
    text: 'Tokyo, 5 July 2024 – Foreign Minister Yoko Kamikawa will visit Manila on 8 July for talks with Secretary Enrique Manalo, and Cebu on 9 July, where she will inspect a new ferry terminal built with Japanese aid.',
    published: '2024-07-05',
    home: 'Tokyo',
    stops: [from('Tokyo'), at('Manila', ['2024-07-08']), at('Cebu', ['2024-07-09']), back('Tokyo')],
    meetings: [['Manila', 'Enrique Manalo']],
    legs: ['unknown', 'unknown', 'unknown'],
  },
  {
    what: 'Kenya, "has pledged to train Somali police officers" states no way to Mogadishu',
    text: 'Nairobi, 3 March 2025 – President William Ruto will visit Mogadishu on 5 March, where Kenya has pledged to train Somali police officers, for talks with President Hassan Sheikh Mohamud.',
    published: '2025-03-03',
    home: 'Nairobi',
    stops: [from('Nairobi'), at('Mogadishu', ['2025-03-05']), back('Nairobi')],
    meetings: [['Mogadishu', 'Hassan Sheikh Mohamud']],
    legs: ['unknown', 'unknown'],
  },
  {
    what: 'New Zealand, "All travel within Japan will be by Shinkansen": rail between Japan\'s cities only',
    text: 'Wellington, 14 June 2024 – Foreign Minister Winston Peters will visit Tokyo on 17 June, Kyoto on 18 June and Osaka on 19 June. All travel within Japan will be by Shinkansen.',
    published: '2024-06-14',
    home: 'Wellington',
    stops: [from('Wellington'), at('Tokyo', ['2024-06-17']), at('Kyoto', ['2024-06-18'], 'rail'), at('Osaka', ['2024-06-19'], 'rail'), back('Wellington')],
    legs: ['unknown', 'rail', 'rail', 'unknown'],
  },
];

/** Texts still misread for a day or a meeting; the modes of their legs are read right and asserted. */
export const left: (ModeCase & { why: string; legs: TravelMode[] })[] = [
  {
    what: 'North Korea, KCNA, "left Pyongyang aboard his special train … and arrived in Beijing"',
    text: 'Pyongyang, 2 September 2025 (KCNA) -- Kim Jong Un, General Secretary of the Workers\' Party of Korea, left Pyongyang aboard his special train on 1 September and arrived in Beijing this afternoon. He will attend the commemoration of the 80th anniversary of the victory of the Chinese People\'s War of Resistance on 3 September.',
    published: '2025-09-02',
    home: 'Pyongyang',
    stops: [from('Pyongyang', '2025-09-01'), at('Beijing', ['2025-09-02', '2025-09-03'], 'rail'), back('Pyongyang')],
    legs: ['rail', 'unknown'],
    why: 'the day of leaving home told after the way ("left Pyongyang aboard his special train on 1 September") is read as the day of arriving',
  },
  {
    what: 'France, "the free flight of ideas" states no way to Montreal',
    text: 'Paris, 14 February 2025 – Prime Minister François Bayrou will visit Montreal on 16 February to open a conference on the free flight of ideas between French and Quebec universities. He will then go on to Quebec City on 17 February.',
    published: '2025-02-14',
    home: 'Paris',
    stops: [from('Paris'), at('Montreal', ['2025-02-16']), at('Quebec City', ['2025-02-17']), back('Paris')],
    legs: ['unknown', 'unknown', 'unknown'],
    why: '"He will then go on to Quebec City on 17 February": the day is read as the 16th, the day of Montreal',
  },
  {
    what: 'Thailand, "sign the railway agreement" states no way to Vientiane',
    text: 'Bangkok, 5 December 2024 – Prime Minister Paetongtarn Shinawatra will visit Vientiane on 10 December, where she and Prime Minister Sonexay Siphandone will sign the railway agreement between the two countries.',
    published: '2024-12-05',
    home: 'Bangkok',
    stops: [from('Bangkok'), at('Vientiane', ['2024-12-10']), back('Bangkok')],
    meetings: [['Vientiane', 'Sonexay Siphandone']],
    legs: ['unknown', 'unknown'],
    why: '"she and Prime Minister Sonexay Siphandone will sign": a meeting told as a joint act is not read',
  },
];

/** Written after round 24's fixes and run once before any change for them (see the file's head). */
export const after: ModeCase[] = [
  {
    what: 'Korea, "flew to Tokyo on 23 August", "took a special flight from Tokyo to Washington"',
    text: 'Seoul, 22 August 2025 – President Lee Jae-myung will fly to Tokyo on 23 August for a summit with Prime Minister Shigeru Ishiba, and take a special flight from Tokyo to Washington on 24 August.',
    published: '2025-08-22',
    home: 'Seoul',
    stops: [from('Seoul', '2025-08-23'), at('Tokyo', ['2025-08-23'], 'flight'), at('Washington', ['2025-08-24'], 'flight'), back('Seoul')],
    meetings: [['Tokyo', 'Shigeru Ishiba']],
    legs: ['flight', 'flight', 'unknown'],
  },
  {
    what: 'Holy See, "will fly to Ankara", "go to Istanbul", "flies to Beirut"',
    text: 'Vatican City, 20 November 2025 – Pope Leo XIV will fly to Ankara on 27 November for his first apostolic journey. On 28 November he will go to Istanbul, and on 30 November he flies to Beirut, where he will meet President Joseph Aoun.',
    published: '2025-11-20',
    home: 'Vatican City',
    stops: [from('Vatican City', '2025-11-27'), at('Ankara', ['2025-11-27'], 'flight'), at('Istanbul', ['2025-11-28']), at('Beirut', ['2025-11-30'], 'flight'), back('Vatican City')],
    meetings: [['Beirut', 'Joseph Aoun']],
    legs: ['flight', 'unknown', 'flight', 'unknown'],
  },
  {
    what: 'Germany, "will fly to Paris on 7 May", "travel on to Warsaw the same evening"',
    text: 'Berlin, 6 May 2025 – Chancellor Friedrich Merz will fly to Paris on 7 May for talks with President Emmanuel Macron, and travel on to Warsaw the same evening to meet Prime Minister Donald Tusk.',
    published: '2025-05-06',
    home: 'Berlin',
    stops: [from('Berlin', '2025-05-07'), at('Paris', ['2025-05-07'], 'flight'), at('Warsaw', ['2025-05-07']), back('Berlin')],
    meetings: [['Paris', 'Emmanuel Macron'], ['Warsaw', 'Donald Tusk']],
    legs: ['flight', 'unknown', 'unknown'],
  },
  {
    what: 'United Kingdom, "arrived in Paris by Eurostar this morning"',
    text: 'London, 10 March 2023 – Prime Minister Rishi Sunak arrived in Paris by Eurostar this morning for the UK–France summit with President Emmanuel Macron at the Élysée Palace.',
    published: '2023-03-10',
    home: 'London',
    stops: [from('London', '2023-03-10'), at('Paris', ['2023-03-10'], 'rail'), back('London')],
    meetings: [['Paris', 'Emmanuel Macron']],
    legs: ['rail', 'unknown'],
  },
  {
    what: 'Denmark, "crossed to Malmö by the Øresund Bridge", "returned to Copenhagen by train"',
    text: 'Copenhagen, 26 August 2025 – Prime Minister Mette Frederiksen crossed to Malmö by the Øresund Bridge this morning for talks with Prime Minister Ulf Kristersson, and returned to Copenhagen by train in the afternoon.',
    published: '2025-08-26',
    home: 'Copenhagen',
    stops: [from('Copenhagen', '2025-08-26'), at('Malmö', ['2025-08-26'], 'road'), back('Copenhagen', '2025-08-26', 'rail')],
    meetings: [['Malmö', 'Ulf Kristersson']],
    legs: ['road', 'rail'],
  },
  {
    what: 'Argentina, "the flight of capital" and "the road to recovery" state no way',
    text: 'Buenos Aires, 10 April 2025 – President Javier Milei will travel to Washington on 13 April, where he will speak on the flight of capital from Argentina and the road to recovery, and to Miami on 14 April.',
    published: '2025-04-10',
    home: 'Buenos Aires',
    stops: [from('Buenos Aires'), at('Washington', ['2025-04-13']), at('Miami', ['2025-04-14']), back('Buenos Aires')],
    legs: ['unknown', 'unknown', 'unknown'],
  },
  {
    what: 'New Zealand, "will fly to Suva", "travel by road to Nadi", "before flying home"',
    text: 'Wellington, 14 August 2024 – Prime Minister Christopher Luxon will fly to Suva on 15 August for talks with Prime Minister Sitiveni Rabuka, and travel by road to Nadi on 16 August for a business forum before flying home.',
    published: '2024-08-14',
    home: 'Wellington',
    stops: [from('Wellington', '2024-08-15'), at('Suva', ['2024-08-15'], 'flight'), at('Nadi', ['2024-08-16'], 'road'), back('Wellington', undefined, 'flight')],
    meetings: [['Suva', 'Sitiveni Rabuka']],
    legs: ['flight', 'road', 'flight'],
  },
  {
    what: 'Hong Kong, three cities "travelling by high-speed rail throughout"',
    text: 'Hong Kong, 8 April 2025 – The Chief Secretary for Administration will visit Guangzhou on 9 April, Foshan on 10 April and Zhaoqing on 11 April, travelling by high-speed rail throughout.',
    published: '2025-04-08',
    home: 'Hong Kong',
    stops: [from('Hong Kong'), at('Guangzhou', ['2025-04-09'], 'rail'), at('Foshan', ['2025-04-10'], 'rail'), at('Zhaoqing', ['2025-04-11'], 'rail'), back('Hong Kong')],
  },
  {
    what: 'Hong Kong, "travel to Zhuhai by high-speed ferry", "go on by road to Zhongshan"',
    text: 'Hong Kong, 14 May 2025 – The Secretary for Innovation, Technology and Industry will travel to Zhuhai by high-speed ferry on 15 May, and then go on by road to Zhongshan on 16 May.',
    published: '2025-05-14',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2025-05-15'), at('Zhuhai', ['2025-05-15'], 'sea'), at('Zhongshan', ['2025-05-16'], 'road'), back('Hong Kong')],
    legs: ['sea', 'road', 'unknown'],
  },
  {
    what: 'Australia, "flew to Singapore … to attend the Singapore Airshow", "flew home on 23 February"',
    text: 'Canberra, 23 February 2025 – Defence Minister Richard Marles flew to Singapore on 21 February to attend the Singapore Airshow and meet Defence Minister Ng Eng Hen, and flew home on 23 February.',
    published: '2025-02-23',
    home: 'Canberra',
    stops: [from('Canberra', '2025-02-21'), at('Singapore', ['2025-02-21'], 'flight'), back('Canberra', '2025-02-23', 'flight')],
    meetings: [['Singapore', 'Ng Eng Hen']],
    legs: ['flight', 'flight'],
  },
];

for (const [title, list] of [['announcements of round 24: stated travel modes', cases], ["announcements written after round 24's fixes", after]] as const) {
  describe(title, () => {
    for (const c of list) {
      it(`reads ${c.what}`, () => {
        expect(misses(c)).toEqual([]);
      });
    }
  });
}

describe('round 24: announcements still misread elsewhere, their modes', () => {
  for (const c of left) {
    it(`reads the modes of ${c.what} (${c.why})`, () => {
      expect(modes(c.text, c.published, c.home)).toEqual(c.legs);
    });
  }
});

/** Every leg's mode in the draft of a text. */
const modes = (text: string, published: string, home: string) => read(text, published, home).modes;

describe('round 24: words that look like a way and state none', () => {

  it('reads "the free flight of ideas" as no way, and "a special flight of Nepal Airlines" or "a flight of eleven hours" as a flight', () => {
    expect(modes('Paris, 14 February 2025 – The Minister will visit Montreal on 16 February to open a conference on the free flight of ideas.', '2025-02-14', 'Paris')).toEqual(['unknown', 'unknown']);
    expect(modes('Kathmandu, 30 May 2023 – The Prime Minister will arrive in New Delhi on 31 May on a special flight of Nepal Airlines.', '2023-05-30', 'Kathmandu')).toEqual(['flight', 'unknown']);
    expect(modes('Canberra, 30 May 2023 – The Minister arrived in Paris on 31 May after a flight of eleven hours.', '2023-05-30', 'Canberra')).toEqual(['flight', 'unknown']);
  });

  it('reads "has pledged to train Somali police officers" as no way, and "took the train to Mombasa" as rail', () => {
    expect(modes('Nairobi, 3 March 2025 – The President will visit Mogadishu on 5 March, where Kenya has pledged to train Somali police officers.', '2025-03-03', 'Nairobi')).toEqual(['unknown', 'unknown']);
    expect(modes('Nairobi, 3 March 2025 – On 5 March the President took the train to Mombasa.', '2025-03-03', 'Nairobi')).toEqual(['rail', 'unknown']);
  });

  it('reads "where he will see an aid convoy" as no way, and "travelled in a military convoy to Bucha" as the road', () => {
    expect(modes('New York, 18 October 2023 – The Secretary-General will travel to Cairo on 19 October, where he will see an aid convoy of the Egyptian Red Crescent.', '2023-10-18', 'New York')).toEqual(['unknown', 'unknown']);
    expect(modes('Kyiv, 9 April 2022 – On 9 April she travelled in a military convoy to Bucha.', '2022-04-09', 'Brussels')).toEqual(['road', 'unknown']);
  });

  it('reads "inspect a new ferry terminal" and "study the Spanish high-speed rail network" as no way, and "took the ferry to Tallinn" as the sea', () => {
    expect(modes('Tokyo, 5 July 2024 – The Minister will visit Cebu on 9 July, where she will inspect a new ferry terminal built with Japanese aid.', '2024-07-05', 'Tokyo')).toEqual(['unknown', 'unknown']);
    expect(modes('London, 12 January 2024 – The Secretary will visit Madrid on 15 January to study the Spanish high-speed rail network.', '2024-01-12', 'London')).toEqual(['unknown', 'unknown']);
    expect(modes('Helsinki, 4 March 2024 – The President took the ferry to Tallinn today.', '2024-03-04', 'Helsinki')).toEqual(['sea', 'unknown']);
  });

  it('reads "to open the airport\'s new terminal" as no way, and "arrive at Cebu International Airport" as a flight', () => {
    expect(modes('Manila, 1 June 2024 – The President will travel to Cebu on 3 June to open the airport\'s new terminal.', '2024-06-01', 'Manila')).toEqual(['unknown', 'unknown']);
    expect(modes('Manila, 1 June 2024 – On 3 June the President will arrive at Cebu International Airport.', '2024-06-01', 'Manila')).toEqual(['flight', 'unknown']);
  });
});

describe('round 24: the same travel going on, its verb left out', () => {

  it('reads "will sail to Rhodes …, and from there to Kos on 2 July" as two legs by sea', () => {
    const c = cases.find((x) => x.what.includes('Rhodes'))!;
    expect(draft(c.text, c.published, c.home).stops.map((s) => s.name)).toEqual(['Athens', 'Rhodes', 'Kos', 'Athens']);
    expect(modes(c.text, c.published, c.home)).toEqual(['sea', 'sea', 'flight']);
  });

  it('reads "sail … from Oslo to Kristiansand on 12 June, and on to Stavanger on 13 June" as the sea to both', () => {
    const c = cases.find((x) => x.what.includes('Stavanger'))!;
    expect(modes(c.text, c.published, c.home)).toEqual(['sea', 'sea', 'unknown']);
  });
});

describe('round 24: a way told for the legs inside one country', () => {
  it('reads "All travel within Japan will be by Shinkansen" as rail between Japan\'s cities, not to Japan nor home', () => {
    const c = cases.find((x) => x.what.includes('within Japan'))!;
    expect(modes(c.text, c.published, c.home)).toEqual(['unknown', 'rail', 'rail', 'unknown']);
  });

  it('reads "All legs within Kenya will be by road" as the road inside Kenya only, not as a way told for every leg', () => {
    const text = 'Kampala, 2 May 2024 – The President will visit Nairobi on 3 May, Nakuru on 4 May and Kigali on 5 May. All legs within Kenya will be by road.';
    expect(read(text, '2024-05-02', 'Kampala').modes).toEqual(['unknown', 'road', 'unknown', 'unknown']);
  });
});

describe('round 24: travel from the home as setting off', () => {
  it('reads "will travel on a chartered aircraft from Accra", a sentence after the departure\'s, as the way to the first stop', () => {
    const text = 'Accra, 3 June 2024 – President Nana Akufo-Addo will depart Accra on 4 June for Seoul to attend the Korea–Africa Summit. The President will travel on a chartered aircraft from Accra. He returns on 7 June.';
    expect(modes(text, '2024-06-03', 'Accra')).toEqual(['flight', 'unknown']);
  });
});
