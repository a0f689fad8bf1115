// Stated travel modes, round 23 (issue 17): 40 announcements written for these tests before this round read or changed the
// extractor, each modelled on a real visit of 2011–2025 (a venue, an hour or a mode here and there illustrative), with the
// modes told the ways governments and agencies write them: "by special flight", "aboard the presidential aircraft", "on Air
// Force One", "by motorcade", "by road", "drove", "by high-speed rail", "took the Shinkansen/Eurostar/Fuxing", "by ferry",
// "sailed", "by helicopter", "on foot", a mode told once for several legs, for the return only, in a later sentence or a
// programme line, a way not taken, and texts that state no mode at all, whose legs must stay unknown. Each is scored as the
// corpus scores a text (evaluate.ts): every stop in order and nothing extra (the home at both ends), the days the text
// places the traveller at each stop, each stated mode of the leg into a stop, and each meeting at its stop; where `legs` is
// given, every leg's mode too (so that a leg the text gives no way for stays unknown).
// Run on the extractor of main before any change: 24 of the 40 failed as first written, 5 of them only because a trip whose
// return no sentence tells was written without the home at its end, which the corpus counts (those expectations were
// corrected); 19 failed. By cause: a mode word that names no way the traveller goes, 6 texts (an aircraft or a ship made,
// kept or docked at a place, "the Boeing factory in Everett", "the COMAC aircraft assembly plant"; a railway or flights
// talked about, "agreements on the standard-gauge railway", "more direct flights between Chinese and Australian cities"; a way
// not taken, "No flight to Kyiv is possible", "had been due to fly …, but … by road instead"; a way told "between the two
// cities" read as the way to the first; a flight to the stop before read as the way to a place the clause then puts the
// traveller in); the rest places the gazetteers lack (Honolulu placed far off, Bintan, East Palestine, Dong Dang, Armagh,
// Narvik), a revisit in a programme or a "go back to Poland", an en-route stop told a sentence after its journey, a day and
// two meetings. The mode causes are fixed by general rules in modes.ts and stops.ts; 27 pass below. The 8 still misread
// for a place, a day or a meeting are in `left`, with why, and the modes of the legs drafted for them are asserted; 5 more
// were dropped (see the report of h-modes23): two draft nothing (Honolulu, Bintan), and three would only assert a mode
// of a leg the missed place splits (Dong Dang, Armagh, Busia before Kampala).
// Then 10 more were written and run once before any change for them: 4 failed, 2 by a mode word that names no way ("his
// drive to attract foreign investment", "the new cruise ship terminal"), fixed; 2 by places (Wajima, which no gazetteer
// here has; "the Bergen-Belsen Memorial" read as Bergen), moved to `left`; the second, fixed later (h-left23: a small
// town far off that only begins a site's longer name), is back with the others.
import { describe, expect, it } from 'vitest';
import type { TravelMode } from '../../src/itinerary/types';
import { at, from, back, modeCaseMisses, type ModeCase } from './expected-stops';
import { useWorld } from './world';

const { draft, read } = useWorld();

const misses = modeCaseMisses(draft);

export const cases: ModeCase[] = [
  // Aircraft of state: "aboard Air Force One", "by special flight", "by special plane", "aboard the presidential aircraft".
  {
    what: 'United States, "depart Washington aboard Air Force One … for Hanoi", "flies on to Ho Chi Minh City"',
    text: 'Washington, 19 May 2016 – President Obama will depart Washington aboard Air Force One on Saturday, 21 May, for Hanoi, where he arrives on 22 May. On 23 May the President will hold talks with President Tran Dai Quang. On 24 May he flies on to Ho Chi Minh City to meet young leaders, and he leaves Ho Chi Minh City on 25 May.',
    published: '2016-05-19',
    home: 'Washington',
    stops: [from('Washington', '2016-05-21'), at('Hanoi', ['2016-05-22', '2016-05-23'], 'flight'), at('Ho Chi Minh City', ['2016-05-24', '2016-05-25'], 'flight'), back('Washington')],
    meetings: [['Hanoi', 'Tran Dai Quang']],
    legs: ['flight', 'flight', 'unknown'],
  },
  {
    what: 'India, "will emplane for Tel Aviv by special flight", then Jerusalem and "travel to Hamburg"',
    text: 'New Delhi, 3 July 2017. Prime Minister Shri Narendra Modi will emplane for Tel Aviv by special flight on 4 July 2017, for the first visit to Israel by an Indian Prime Minister. On landing, he will be received by Prime Minister Benjamin Netanyahu. On 5 July the Prime Minister will hold delegation-level talks in Jerusalem and address the Indian community. On 6 July he will travel to Hamburg to attend the G20 Summit.',
    published: '2017-07-03',
    home: 'New Delhi',
    stops: [from('New Delhi', '2017-07-04'), at('Tel Aviv', ['2017-07-04'], 'flight'), at('Jerusalem', ['2017-07-05']), at('Hamburg', ['2017-07-06']), back('New Delhi')],
    meetings: [['Tel Aviv', 'Benjamin Netanyahu']],
  },
  {
    what: 'China, Xinhua, "arrived here on Tuesday by special plane", a Boeing factory toured, "will then fly to Washington"',
    text: 'Seattle, 22 September 2015 (Xinhua) -- Chinese President Xi Jinping arrived here on Tuesday by special plane for a state visit to the United States, his first since taking office. During his stay Xi will tour the Boeing factory in Everett and meet American business leaders. He will then fly to Washington on Thursday for talks with President Barack Obama, and attend the United Nations summit in New York from 26 September.',
    published: '2015-09-22',
    home: 'Beijing',
    stops: [from('Beijing'), at('Seattle', ['2015-09-22'], 'flight'), at('Everett', []), at('Washington', ['2015-09-24'], 'flight'), at('New York', ['2015-09-26']), back('Beijing')],
    meetings: [['Washington', 'Barack Obama']],
    legs: ['flight', 'unknown', 'flight', 'unknown', 'unknown'],
  },
  {
    what: 'Korea, "flew from Seoul to Pyongyang aboard the presidential aircraft", "will fly back to Seoul"',
    text: 'Seoul, 18 September 2018 – President Moon Jae-in flew from Seoul to Pyongyang aboard the presidential aircraft this morning, landing at Sunan International Airport, where Chairman Kim Jong Un greeted him. The two leaders will hold summit talks on 18 and 19 September. President Moon will fly back to Seoul on 20 September.',
    published: '2018-09-18',
    home: 'Seoul',
    stops: [from('Seoul', '2018-09-18'), at('Pyongyang', ['2018-09-18', '2018-09-19'], 'flight'), back('Seoul', '2018-09-20', 'flight')],
    meetings: [['Pyongyang', 'Kim Jong Un']],
    legs: ['flight', 'flight'],
  },
  {
    what: 'Pakistan, "left for Washington this evening on a commercial flight", a return with no way told',
    text: 'Islamabad, 20 July 2019: Prime Minister Imran Khan left for Washington this evening on a commercial flight, on his first official visit to the United States. He will meet President Donald Trump at the White House on 22 July and address the Pakistani community at Capital One Arena. The Prime Minister will return to Islamabad on 25 July.',
    published: '2019-07-20',
    home: 'Islamabad',
    stops: [from('Islamabad', '2019-07-20'), at('Washington', ['2019-07-22'], 'flight'), back('Islamabad', '2019-07-25')],
    meetings: [['Washington', 'Donald Trump']],
    legs: ['flight', 'unknown'],
  },
  {
    what: 'Nigeria, "will depart Abuja on Wednesday aboard the presidential aircraft for Riyadh"',
    text: 'Abuja, 7 November 2023. President Bola Ahmed Tinubu will depart Abuja on Wednesday aboard the presidential aircraft for Riyadh, Saudi Arabia, to attend the Saudi–Africa Summit on 10 November. On the sidelines of the summit he will hold a bilateral meeting with Crown Prince Mohammed bin Salman. The President is expected back in Abuja at the end of the summit.',
    published: '2023-11-07',
    home: 'Abuja',
    stops: [from('Abuja', '2023-11-08'), at('Riyadh', ['2023-11-10'], 'flight'), back('Abuja')],
    meetings: [['Riyadh', 'Mohammed bin Salman']],
    legs: ['flight', 'unknown'],
  },
  {
    what: 'United States, "will arrive in Havana aboard Air Force One", a motorcade to a theatre, "before departing for Buenos Aires"',
    text: 'Washington, 18 March 2016 – President Obama will arrive in Havana aboard Air Force One on the afternoon of Sunday, 20 March, the first visit by a sitting U.S. President in nearly 90 years. On Monday he will meet President Raúl Castro at the Palace of the Revolution. On Tuesday the President will travel by motorcade to the Gran Teatro to address the Cuban people, and attend a baseball game before departing for Buenos Aires.',
    published: '2016-03-18',
    home: 'Washington',
    stops: [from('Washington'), at('Havana', ['2016-03-20', '2016-03-21', '2016-03-22'], 'flight'), at('Buenos Aires', []), back('Washington')],
    meetings: [['Havana', 'Raúl Castro']],
    legs: ['flight', 'unknown', 'unknown'],
  },
  {
    what: 'India, "travel by helicopter on 14 March to Anuradhapura and Jaffna": one mode for two legs, and "emplanes for New Delhi"',
    text: 'New Delhi, 12 March 2015. Prime Minister Narendra Modi will pay a visit to Sri Lanka on 13 and 14 March. After talks with President Maithripala Sirisena in Colombo on 13 March, the Prime Minister will travel by helicopter on 14 March to Anuradhapura and Jaffna, returning to Colombo in the evening before he emplanes for New Delhi.',
    published: '2015-03-12',
    home: 'New Delhi',
    stops: [from('New Delhi'), at('Colombo', ['2015-03-13']), at('Anuradhapura', ['2015-03-14'], 'flight'), at('Jaffna', ['2015-03-14'], 'flight'), at('Colombo', ['2015-03-14']), back('New Delhi', undefined, 'flight')],
    meetings: [['Colombo', 'Maithripala Sirisena']],
  },
  {
    what: 'United States, "fly aboard Air Force One to Seoul", "travel by helicopter to Panmunjom", "cross the line on foot"',
    text: 'Washington, 26 June 2019 – President Trump will attend the G20 Summit in Osaka from 27 to 29 June. On 29 June he will fly aboard Air Force One to Seoul for talks with President Moon Jae-in. On 30 June the President will travel by helicopter to Panmunjom, in the Demilitarized Zone, where he may cross the line on foot to greet Chairman Kim Jong Un, and he will fly back to Washington that evening.',
    published: '2019-06-26',
    home: 'Washington',
    stops: [from('Washington'), at('Osaka', ['2019-06-27', '2019-06-28', '2019-06-29']), at('Seoul', ['2019-06-29'], 'flight'), at('Panmunjom', ['2019-06-30'], 'flight'), back('Washington', undefined, 'flight')],
    meetings: [['Seoul', 'Moon Jae-in']],
    legs: ['unknown', 'flight', 'flight', 'flight'],
  },
  {
    what: 'United Kingdom, "travelled to Kyiv today", "walked through the streets of central Kyiv on foot": no way stated',
    text: 'London, 9 April 2022 – The Prime Minister, Boris Johnson, travelled to Kyiv today for a meeting with President Volodymyr Zelensky, to show the United Kingdom\'s support for the Ukrainian people. The two leaders later walked through the streets of central Kyiv on foot.',
    published: '2022-04-09',
    home: 'London',
    stops: [from('London', '2022-04-09'), at('Kyiv', ['2022-04-09']), back('London')],
    meetings: [['Kyiv', 'Volodymyr Zelensky']],
    legs: ['unknown', 'unknown'],
  },
  {
    what: 'Ghana, "will fly to Tamale", "From Tamale, all movements on the tour will be by road", "flies back to Accra from Wa"',
    text: 'Accra, 2 April 2023 – The Vice President, Dr Mahamudu Bawumia, will fly to Tamale on 4 April to begin a three-day working tour of the northern regions. From Tamale, all movements on the tour will be by road: he will be in Bolgatanga on 5 April and in Wa on 6 April, and he flies back to Accra from Wa on 7 April.',
    published: '2023-04-02',
    home: 'Accra',
    stops: [from('Accra', '2023-04-04'), at('Tamale', ['2023-04-04'], 'flight'), at('Bolgatanga', ['2023-04-05'], 'road'), at('Wa', ['2023-04-06'], 'road'), back('Accra', '2023-04-07', 'flight')],
    legs: ['flight', 'road', 'road', 'flight'],
  },
  {
    what: 'New Zealand, "had been due to fly to Dunedin, but fog closed the airport and she made the journey by road instead"',
    text: 'Wellington, 3 August 2021 – Prime Minister Jacinda Ardern visited Christchurch on 2 August to open a new community hospital wing. On 3 August she had been due to fly to Dunedin, but fog closed the airport and she made the journey by road instead, arriving in time to meet the Mayor of Dunedin, Aaron Hawkins. She returns to Wellington on 4 August.',
    published: '2021-08-03',
    home: 'Wellington',
    stops: [from('Wellington'), at('Christchurch', ['2021-08-02']), at('Dunedin', ['2021-08-03'], 'road'), back('Wellington', '2021-08-04')],
    meetings: [['Dunedin', 'Aaron Hawkins']],
    legs: ['unknown', 'road', 'unknown'],
  },
  // Rail: "by high-speed rail", "took the Shinkansen", "took the Eurostar", "the Fuxing".
  {
    what: 'India, "will take the Shinkansen together from Tokyo to Kobe", a plant that makes high-speed trains',
    text: 'New Delhi, 8 November 2016. Prime Minister Narendra Modi will visit Japan from 10 to 12 November 2016 for the annual summit with Prime Minister Shinzo Abe. He will reach Tokyo on 10 November, call on His Majesty the Emperor on 11 November and hold the summit talks the same day. On 12 November the two Prime Ministers will take the Shinkansen together from Tokyo to Kobe, where they will visit the Kawasaki Heavy Industries facility that makes high-speed trains.',
    published: '2016-11-08',
    home: 'New Delhi',
    stops: [from('New Delhi'), at('Tokyo', ['2016-11-10', '2016-11-11']), at('Kobe', ['2016-11-12'], 'rail'), back('New Delhi')],
    meetings: [['Tokyo', 'Shinzo Abe']],
    legs: ['unknown', 'rail', 'unknown'],
  },
  {
    what: 'United Kingdom, "took the Eurostar to Paris this morning", "returned to London by train the same evening"',
    text: 'London, 17 February 2025 – The Prime Minister, Keir Starmer, took the Eurostar to Paris this morning for the meeting of European leaders on Ukraine convened by President Emmanuel Macron at the Élysée Palace. He returned to London by train the same evening.',
    published: '2025-02-17',
    home: 'London',
    stops: [from('London', '2025-02-17'), at('Paris', ['2025-02-17'], 'rail'), back('London', '2025-02-17', 'rail')],
    legs: ['rail', 'rail'],
  },
  {
    what: 'Maldives, "arrived in Fuzhou", "took the Fuxing high-speed train to Xiamen", "flies to Beijing"',
    text: 'Malé, 8 January 2024 – President Dr Mohamed Muizzu arrived in Fuzhou, the capital of Fujian Province, today on a state visit to the People\'s Republic of China. On 9 January the President will take the Fuxing high-speed train to Xiamen to tour the Xiamen Free Trade Zone. He flies to Beijing on 10 January for talks with President Xi Jinping, and returns to Malé on 12 January.',
    published: '2024-01-08',
    home: 'Malé',
    stops: [from('Malé'), at('Fuzhou', ['2024-01-08']), at('Xiamen', ['2024-01-09'], 'rail'), at('Beijing', ['2024-01-10'], 'flight'), back('Malé', '2024-01-12')],
    meetings: [['Beijing', 'Xi Jinping']],
    legs: ['unknown', 'rail', 'flight', 'unknown'],
  },
  {
    what: 'Indonesia, "inaugurated the Jakarta–Bandung High-Speed Railway … and then travelled by high-speed rail to Bandung", "by the same train"',
    text: 'Jakarta, 2 October 2023 – President Joko Widodo inaugurated the Jakarta–Bandung High-Speed Railway at Halim Station this morning and then travelled by high-speed rail to Bandung, where he met regional leaders of West Java. He returned to Jakarta by the same train in the afternoon.',
    published: '2023-10-02',
    home: 'Jakarta',
    stops: [from('Jakarta', '2023-10-02'), at('Bandung', ['2023-10-02'], 'rail'), back('Jakarta', '2023-10-02', 'rail')],
    legs: ['rail', 'rail'],
  },
  {
    what: 'Canada, "in Tokyo on 14 and 15 October and in Osaka on 16 and 17 October, travelling between the two cities by Shinkansen"',
    text: 'Ottawa, 10 October 2023 – The Minister of Export Promotion, International Trade and Economic Development, Mary Ng, will lead a trade mission to Japan. She will be in Tokyo on 14 and 15 October and in Osaka on 16 and 17 October, travelling between the two cities by Shinkansen. In Tokyo she will meet the Minister of Economy, Trade and Industry, Yasutoshi Nishimura.',
    published: '2023-10-10',
    home: 'Ottawa',
    stops: [from('Ottawa'), at('Tokyo', ['2023-10-14', '2023-10-15']), at('Osaka', ['2023-10-16', '2023-10-17'], 'rail'), back('Ottawa')],
    meetings: [['Tokyo', 'Yasutoshi Nishimura']],
    legs: ['unknown', 'rail', 'unknown'],
  },
  // The sea: "by ferry", "sailed", "aboard the royal yacht".
  {
    what: 'Estonia, "crossed the Gulf of Finland by ferry this morning for a working visit to Helsinki", "returned … on the evening ferry"',
    text: 'Tallinn, 2 March 2022 – Prime Minister Kaja Kallas crossed the Gulf of Finland by ferry this morning for a working visit to Helsinki, where she met Prime Minister Sanna Marin to discuss energy security. She returned to Tallinn on the evening ferry.',
    published: '2022-03-02',
    home: 'Tallinn',
    stops: [from('Tallinn', '2022-03-02'), at('Helsinki', ['2022-03-02'], 'sea'), back('Tallinn', '2022-03-02', 'sea')],
    meetings: [['Helsinki', 'Sanna Marin']],
    legs: ['sea', 'sea'],
  },
  {
    what: 'Tanzania, "will travel from Dar es Salaam to Zanzibar by ferry", "She will return by air"',
    text: 'Dar es Salaam, 10 January 2024 – President Samia Suluhu Hassan will travel from Dar es Salaam to Zanzibar by ferry on 12 January to attend the 60th anniversary of the Zanzibar Revolution, where she will be received by the President of Zanzibar, Hussein Ali Mwinyi. She will return by air the same evening.',
    published: '2024-01-10',
    home: 'Dar es Salaam',
    stops: [from('Dar es Salaam', '2024-01-12'), at('Zanzibar', ['2024-01-12'], 'sea'), back('Dar es Salaam', '2024-01-12', 'flight')],
    meetings: [['Zanzibar', 'Hussein Ali Mwinyi']],
    legs: ['sea', 'flight'],
  },
  {
    what: 'Uruguay, "crossed the River Plate to Buenos Aires by ferry", "flew back to Montevideo that night"',
    text: 'Montevideo, 10 December 2023 – President Luis Lacalle Pou crossed the River Plate to Buenos Aires by ferry this morning to attend the inauguration of President Javier Milei, and flew back to Montevideo that night.',
    published: '2023-12-10',
    home: 'Montevideo',
    stops: [from('Montevideo', '2023-12-10'), at('Buenos Aires', ['2023-12-10'], 'sea'), back('Montevideo', '2023-12-10', 'flight')],
    legs: ['sea', 'flight'],
  },
  // Returns only, and a mode told for the way home.
  {
    what: 'Japan, "will return to Tokyo aboard the government aircraft": the return\'s mode only',
    text: 'Tokyo, 13 April 2021 – Prime Minister Yoshihide Suga will visit Washington, D.C. from 15 to 18 April, the first foreign leader to meet President Joe Biden in person since his inauguration. The summit meeting will be held at the White House on 16 April. The Prime Minister will return to Tokyo aboard the government aircraft, arriving on 18 April.',
    published: '2021-04-13',
    home: 'Tokyo',
    stops: [from('Tokyo'), at('Washington', ['2021-04-16']), back('Tokyo', '2021-04-18', 'flight')],
    meetings: [['Washington', 'Joe Biden']],
    legs: ['unknown', 'flight'],
  },
  // No mode stated: the legs stay unknown, whatever mode words the story has.
  {
    what: 'India, Samarkand, no way stated, "the Trans-Afghan railway project" in the talks',
    text: 'New Delhi, 14 September 2022. Prime Minister Narendra Modi will travel to Samarkand on 15 September at the invitation of President Shavkat Mirziyoyev of Uzbekistan to attend the meeting of the SCO Council of Heads of State. On 16 September he will hold bilateral meetings with President Mirziyoyev and discuss connectivity, including the Trans-Afghan railway project. The Prime Minister will return to New Delhi on 16 September.',
    published: '2022-09-14',
    home: 'New Delhi',
    stops: [from('New Delhi', '2022-09-15'), at('Samarkand', ['2022-09-15', '2022-09-16']), back('New Delhi', '2022-09-16')],
    meetings: [['Samarkand', 'Shavkat Mirziyoyev']],
    legs: ['unknown', 'unknown'],
  },
  {
    what: 'China, Canberra, Sydney and Wellington, no way stated, "direct flights between Chinese and Australian cities" in the talks',
    text: 'Beijing, 17 March 2017 – Premier Li Keqiang will pay an official visit to Australia and New Zealand from 22 to 29 March at the invitation of Prime Minister Malcolm Turnbull and Prime Minister Bill English. In Canberra he will hold the annual Prime Ministers\' meeting with Mr Turnbull, and the two sides will discuss more direct flights between Chinese and Australian cities. In Sydney he will attend an economic forum. In Wellington he will meet Mr English.',
    published: '2017-03-17',
    home: 'Beijing',
    stops: [from('Beijing'), at('Canberra', []), at('Sydney', []), at('Wellington', []), back('Beijing')],
    meetings: [
      ['Canberra', 'Malcolm Turnbull'],
      ['Wellington', 'Bill English'],
    ],
    legs: ['unknown', 'unknown', 'unknown', 'unknown'],
  },
  {
    what: 'Hong Kong, Shanghai and Ningbo, no way stated, "the COMAC aircraft assembly plant" toured',
    text: 'Hong Kong, 2 June 2024 – The Secretary for Transport and Logistics, Ms Mable Chan, will depart for Shanghai tomorrow (3 June) to visit the Port of Shanghai and the COMAC aircraft assembly plant. She will proceed to Ningbo on 4 June to visit the port there, and return to Hong Kong on 5 June.',
    published: '2024-06-02',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-06-03'), at('Shanghai', ['2024-06-03']), at('Ningbo', ['2024-06-04']), back('Hong Kong', '2024-06-05')],
    legs: ['unknown', 'unknown', 'unknown'],
  },
  {
    what: 'Colombia, Madrid, no way stated, "the Bogotá metro" in the talks',
    text: 'Bogotá, 1 May 2023. President Gustavo Petro will arrive in Madrid on 3 May for a state visit to Spain, the first by a Colombian head of state in years. On 3 May he will be received by King Felipe VI, and on 4 May he will hold talks with the President of the Government, Pedro Sánchez, on Spanish investment in the Bogotá metro. The President returns to Bogotá on 5 May.',
    published: '2023-05-01',
    home: 'Bogotá',
    stops: [from('Bogotá'), at('Madrid', ['2023-05-03', '2023-05-04']), back('Bogotá', '2023-05-05')],
    meetings: [
      ['Madrid', 'Felipe VI'],
      ['Madrid', 'Pedro Sánchez'],
    ],
    legs: ['unknown', 'unknown'],
  },
  {
    what: 'India in the Maldives, no way stated, "drove home India\'s Neighbourhood First policy"',
    text: 'New Delhi, 11 August 2024. External Affairs Minister Dr S. Jaishankar concluded a three-day visit to the Maldives today. In Malé he called on President Mohamed Muizzu, held talks with Foreign Minister Moosa Zameer and drove home India\'s Neighbourhood First policy at the handing-over of water and sewerage projects on 28 islands. He returned to New Delhi this evening.',
    published: '2024-08-11',
    home: 'New Delhi',
    stops: [from('New Delhi'), at('Malé', ['2024-08-11']), back('New Delhi', '2024-08-11')],
    meetings: [
      ['Malé', 'Mohamed Muizzu'],
      ['Malé', 'Moosa Zameer'],
    ],
    legs: ['unknown', 'unknown'],
  },
  {
    what: 'China, Hanoi, Kuala Lumpur and Phnom Penh, no way stated, "the standard-gauge railway across the border" in the talks',
    text: 'Beijing, 11 April 2025 – President Xi Jinping will pay state visits to Viet Nam, Malaysia and Cambodia from 14 to 18 April. He will be in Hanoi on 14 and 15 April, in Kuala Lumpur from 15 to 17 April and in Phnom Penh on 17 and 18 April. In Hanoi the two sides are expected to sign agreements on the standard-gauge railway across the border.',
    published: '2025-04-11',
    home: 'Beijing',
    stops: [from('Beijing'), at('Hanoi', ['2025-04-14', '2025-04-15']), at('Kuala Lumpur', ['2025-04-15', '2025-04-16', '2025-04-17']), at('Phnom Penh', ['2025-04-17', '2025-04-18']), back('Beijing')],
    legs: ['unknown', 'unknown', 'unknown', 'unknown'],
  },
  {
    what: 'Singapore, "will fly to Kuala Lumpur this evening, and travel by road to Putrajaya", the High-Speed Rail agreement',
    text: 'Singapore, 12 December 2016 – Prime Minister Lee Hsien Loong will fly to Kuala Lumpur this evening, and travel by road to Putrajaya tomorrow morning for the 7th Singapore–Malaysia Leaders\' Retreat with Prime Minister Najib Razak. The two leaders will witness the signing of the bilateral agreement on the Kuala Lumpur–Singapore High-Speed Rail. PM Lee will return to Singapore on 13 December.',
    published: '2016-12-12',
    home: 'Singapore',
    stops: [from('Singapore', '2016-12-12'), at('Kuala Lumpur', ['2016-12-12'], 'flight'), at('Putrajaya', ['2016-12-13'], 'road'), back('Singapore', '2016-12-13')],
    meetings: [['Putrajaya', 'Najib Razak']],
    legs: ['flight', 'road', 'unknown'],
  },
  {
    what: 'Denmark, a programme: "Arrival in Stockholm aboard the royal yacht Dannebrog", "09:30 Departure by train to Uppsala", "Return to Copenhagen by air"',
    text: 'Copenhagen, 29 April 2024 – Programme for the State Visit of Their Majesties King Frederik and Queen Mary to Sweden, 6–7 May 2024.\nMonday 6 May\n10:00 Arrival in Stockholm aboard the royal yacht Dannebrog; welcome by Their Majesties King Carl XVI Gustaf and Queen Silvia\n13:00 Lunch at the Riksdag hosted by the Speaker\nTuesday 7 May\n09:30 Departure by train to Uppsala\n11:00 Visit to Uppsala University\n16:00 Return to Copenhagen by air',
    published: '2024-04-29',
    home: 'Copenhagen',
    stops: [from('Copenhagen'), at('Stockholm', ['2024-05-06'], 'sea'), at('Uppsala', ['2024-05-07'], 'rail'), back('Copenhagen', '2024-05-07', 'flight')],
    meetings: [['Stockholm', 'Carl XVI Gustaf']],
    legs: ['sea', 'rail', 'flight'],
  },
];

/** Announcements the extractor still misreads (a place, a day or a meeting, none of them a mode), each with why; the modes of
 *  the legs it drafts are asserted. */
export const left: (ModeCase & { why: string; legs: TravelMode[] })[] = [
  {
    what: 'United States, "will travel on Air Force One to Pittsburgh, … and then by motorcade to East Palestine", a freight train in the story',
    text: 'Washington, 15 February 2024 – On Friday, February 16, the President will travel on Air Force One to Pittsburgh, Pennsylvania, and then by motorcade to East Palestine, Ohio, where he will meet residents affected by the derailment of a Norfolk Southern freight train last year. He will return to Washington that evening.',
    published: '2024-02-15',
    home: 'Washington',
    stops: [from('Washington', '2024-02-16'), at('Pittsburgh', ['2024-02-16'], 'flight'), at('East Palestine', ['2024-02-16'], 'road'), back('Washington', '2024-02-16')],
    why: 'East Palestine (about 4,700 people) is in no gazetteer here, so the motorcade to it has no leg; the flight to Pittsburgh is read',
    legs: ['flight', 'unknown'],
  },
  // Helicopters, and a walk.
  {
    what: 'United States in London, "arrive … aboard Air Force One", "fly by helicopter to Windsor Castle", "return to London"',
    text: 'London, 20 April 2016 – President Barack Obama will arrive in London aboard Air Force One on the evening of Thursday 21 April. On Friday 22 April he will fly by helicopter to Windsor Castle for lunch with Her Majesty The Queen, then return to London for talks with Prime Minister David Cameron in Downing Street. On Saturday he will travel on to Hanover.',
    published: '2016-04-20',
    home: 'Washington',
    stops: [from('Washington'), at('London', ['2016-04-21'], 'flight'), at('Windsor', ['2016-04-22'], 'flight'), at('London', ['2016-04-22']), at('Hanover', ['2016-04-23']), back('Washington')],
    meetings: [['London', 'David Cameron']],
    why: 'the day of the return to London (22 April) is put on the next day, as the text gives it only by "then"; the modes are read',
    legs: ['flight', 'flight', 'unknown', 'unknown', 'unknown'],
  },
  // Roads: "by road", "by car", "drove", "by motorcade".
  {
    what: 'Spain, "arrived in Kyiv this morning by train", "No flight to Kyiv is possible", "go back to Poland by train tonight and fly home"',
    text: 'Madrid, 23 February 2023. The President of the Government, Pedro Sánchez, arrived in Kyiv this morning by train, a year after the start of the Russian invasion. He will meet President Volodymyr Zelensky and address the Verkhovna Rada. No flight to Kyiv is possible while Ukraine\'s airspace is closed; the President will go back to Poland by train tonight and fly home to Madrid on 24 February.',
    published: '2023-02-23',
    home: 'Madrid',
    stops: [from('Madrid'), at('Kyiv', ['2023-02-23'], 'rail'), at('Poland', [], 'rail'), back('Madrid', '2023-02-24', 'flight')],
    meetings: [['Kyiv', 'Volodymyr Zelensky']],
    why: '"go back to Poland by train" is read as the way home (a return), so Poland is no stop; the train to Kyiv is read, not the flight no one can take',
    legs: ['rail', 'flight'],
  },
  {
    what: 'Norway, "will fly to Bodø …, board the Royal Yacht and sail to Narvik on 11 June and to Tromsø on 12 June", "return to Oslo by air"',
    text: 'Oslo, 3 June 2019 – Their Majesties King Harald and Queen Sonja will fly to Bodø on 10 June, where they will board the Royal Yacht and sail to Narvik on 11 June and to Tromsø on 12 June. Their Majesties will return to Oslo by air on 13 June.',
    published: '2019-06-03',
    home: 'Oslo',
    stops: [from('Oslo', '2019-06-10'), at('Bodø', ['2019-06-10'], 'flight'), at('Narvik', ['2019-06-11'], 'sea'), at('Tromsø', ['2019-06-12'], 'sea'), back('Oslo', '2019-06-13', 'flight')],
    why: 'Narvik (about 14,000 people) is in no gazetteer here; the sail to Tromsø and the flight home are read',
    legs: ['flight', 'sea', 'flight'],
  },
  // Programmes.
  {
    what: 'Holy See, a programme: "Departure by air from Rome Fiumicino for Baghdad", "Return by air to Baghdad", "Transfer by helicopter to Mosul", "Return by car to Erbil"',
    text: 'Holy See Press Office, 20 February 2021. Programme of the Apostolic Journey of the Holy Father to Iraq.\nFriday 5 March\n07:45 Departure by air from Rome Fiumicino for Baghdad\n14:00 Arrival at Baghdad International Airport; meeting with the President of the Republic\nSaturday 6 March\n07:45 Departure by air for Najaf\n09:00 Courtesy visit to the Grand Ayatollah Sayyid Ali Al-Sistani\n10:30 Return by air to Baghdad\nSunday 7 March\n07:30 Departure by air for Erbil\n08:30 Transfer by helicopter to Mosul\n15:00 Return by car to Erbil\nMonday 8 March\n09:40 Departure by air from Erbil for Rome\n13:00 Arrival at Rome Ciampino',
    published: '2021-02-20',
    home: 'Rome',
    stops: [
      from('Rome', '2021-03-05'),
      at('Baghdad', ['2021-03-05'], 'flight'),
      at('Najaf', ['2021-03-06'], 'flight'),
      at('Baghdad', ['2021-03-06'], 'flight'),
      at('Erbil', ['2021-03-07'], 'flight'),
      at('Mosul', ['2021-03-07'], 'flight'),
      at('Erbil', ['2021-03-07', '2021-03-08'], 'road'),
      back('Rome', '2021-03-08', 'flight'),
    ],
    why: 'the programme\'s second stays at Baghdad and Erbil ("Return by air to Baghdad", "Return by car to Erbil") are not drafted, so the way home has no sentence; the other modes are read',
    legs: ['flight', 'flight', 'flight', 'flight', 'unknown'],
  },
  {
    what: 'India, a programme: "11 February, 20:00: departure by air for Marseille, with President Macron", "departure for Washington, D.C."',
    text: 'New Delhi, 7 February 2025. Prime Minister Narendra Modi will visit France from 10 to 12 February. Programme:\n10 February, evening: arrival in Paris\n11 February: AI Action Summit, co-chaired with President Emmanuel Macron\n11 February, 20:00: departure by air for Marseille, with President Macron\n12 February: inauguration of the Consulate General of India in Marseille\n12 February, afternoon: departure for Washington, D.C.',
    published: '2025-02-07',
    home: 'New Delhi',
    stops: [from('New Delhi'), at('Paris', ['2025-02-10', '2025-02-11']), at('Marseille', ['2025-02-11', '2025-02-12'], 'flight'), at('Washington', ['2025-02-12']), back('New Delhi')],
    meetings: [['Paris', 'Emmanuel Macron']],
    why: 'the day "11 February: AI Action Summit, co-chaired with President Emmanuel Macron" is put at no place and read as no meeting; the modes are read',
    legs: ['unknown', 'flight', 'unknown', 'unknown'],
  },
  {
    what: 'Japan, "will fly from Haneda to Komatsu, and from there travel by Self-Defense Force helicopter to Wajima"',
    text: 'Tokyo, 13 January 2024 – Prime Minister Fumio Kishida will visit Ishikawa Prefecture on 14 January to see the damage from the Noto Peninsula earthquake. He will fly from Haneda to Komatsu, and from there travel by Self-Defense Force helicopter to Wajima, where he will meet evacuees. The Prime Minister will return to Tokyo the same day.',
    published: '2024-01-13',
    home: 'Tokyo',
    stops: [from('Tokyo', '2024-01-14'), at('Komatsu', ['2024-01-14'], 'flight'), at('Wajima', ['2024-01-14'], 'flight'), back('Tokyo', '2024-01-14')],
    why: 'Wajima (about 25,000 people) is in no gazetteer here, so the helicopter to it has no leg; the flight to Komatsu is read (written after the fixes)',
    legs: ['flight', 'unknown'],
  },
];

/** Written after the fixes below, and run once before any change for them. */
export const after: ModeCase[] = [
  {
    what: 'United Kingdom, a programme (left here until h-left23 read "the Bergen-Belsen Memorial" as no visit to Bergen): "Arrival at Berlin Tegel Airport", "Departure by air for Frankfurt", "Departure by helicopter for Celle", a boat trip in Berlin',
    text: 'London, 16 June 2015 – Programme of the State Visit of Her Majesty The Queen and His Royal Highness The Duke of Edinburgh to Germany.\nTuesday 23 June\n16:30 Arrival at Berlin Tegel Airport\nWednesday 24 June\n10:30 Meeting with President Joachim Gauck at Schloss Bellevue\n13:00 Boat trip along the River Spree\nThursday 25 June\n09:30 Departure by air for Frankfurt\n11:00 Visit to the Paulskirche\nFriday 26 June\n10:00 Departure by helicopter for Celle\n11:30 Visit to the Bergen-Belsen Memorial\n15:00 Departure by air for London\n16:30 Arrival in London',
    published: '2015-06-16',
    home: 'London',
    stops: [from('London'), at('Berlin', ['2015-06-23', '2015-06-24'], 'flight'), at('Frankfurt', ['2015-06-25'], 'flight'), at('Celle', ['2015-06-26'], 'flight'), back('London', '2015-06-26', 'flight')],
    meetings: [['Berlin', 'Joachim Gauck']],
    legs: ['flight', 'flight', 'flight', 'flight'],
  },
  {
    what: 'Japan, "will depart Haneda Airport by special flight on 6 July for a state visit to Mongolia, arriving in Ulaanbaatar", "return to Tokyo by special flight"',
    text: 'Tokyo, 27 June 2025 – Their Majesties the Emperor and Empress will depart Haneda Airport by special flight on 6 July for a state visit to Mongolia, arriving in Ulaanbaatar the same afternoon. On 7 July Their Majesties will be received by President Ukhnaagiin Khürelsükh at the State Palace. Their Majesties will return to Tokyo by special flight on 13 July.',
    published: '2025-06-27',
    home: 'Tokyo',
    stops: [from('Tokyo', '2025-07-06'), at('Ulaanbaatar', ['2025-07-06', '2025-07-07'], 'flight'), back('Tokyo', '2025-07-13', 'flight')],
    meetings: [['Ulaanbaatar', 'Khürelsükh']],
    legs: ['flight', 'flight'],
  },
  {
    what: 'Colombia, "will travel to Caracas on 1 November aboard the Colombian Air Force aircraft"',
    text: 'Bogotá, 31 October 2022. President Gustavo Petro will travel to Caracas on 1 November aboard the Colombian Air Force aircraft for a meeting with President Nicolás Maduro at Miraflores Palace. He will return to Bogotá that night.',
    published: '2022-10-31',
    home: 'Bogotá',
    stops: [from('Bogotá', '2022-11-01'), at('Caracas', ['2022-11-01'], 'flight'), back('Bogotá', '2022-11-01')],
    meetings: [['Caracas', 'Nicolás Maduro']],
    legs: ['flight', 'unknown'],
  },
  {
    what: 'Luxembourg, "drove to Brussels this morning", "will drive back to Luxembourg on Friday evening"',
    text: 'Luxembourg, 23 June 2022 – Prime Minister Xavier Bettel drove to Brussels this morning for the two-day meeting of the European Council, where leaders will decide on candidate status for Ukraine and Moldova. He will drive back to Luxembourg on Friday evening.',
    published: '2022-06-23',
    home: 'Luxembourg',
    stops: [from('Luxembourg', '2022-06-23'), at('Brussels', ['2022-06-23', '2022-06-24'], 'road'), back('Luxembourg', '2022-06-24', 'road')],
    legs: ['road', 'road'],
  },
  {
    what: 'Georgia, Beijing and Chengdu with no way told, "take the high-speed train from Chengdu to Chongqing", "fly home to Tbilisi from Chongqing"',
    text: 'Tbilisi, 25 July 2023 – Prime Minister Irakli Garibashvili will arrive in Beijing on 26 July for an official visit to China, and will travel on 28 July to Chengdu, where he will attend the opening of the World University Games. On 29 July the Prime Minister will take the high-speed train from Chengdu to Chongqing, and he will fly home to Tbilisi from Chongqing on 30 July.',
    published: '2023-07-25',
    home: 'Tbilisi',
    stops: [from('Tbilisi'), at('Beijing', ['2023-07-26']), at('Chengdu', ['2023-07-28']), at('Chongqing', ['2023-07-29'], 'rail'), back('Tbilisi', undefined, 'flight')],
    legs: ['unknown', 'unknown', 'rail', 'flight'],
  },
  {
    what: 'Singapore, "will travel to Batam by ferry", "return to Singapore by ferry in the evening"',
    text: 'Singapore, 13 March 2025 – Deputy Prime Minister Gan Kim Yong will travel to Batam by ferry on 14 March to tour industrial parks with the Governor of the Riau Islands, Ansar Ahmad. He will return to Singapore by ferry in the evening.',
    published: '2025-03-13',
    home: 'Singapore',
    stops: [from('Singapore', '2025-03-14'), at('Batam', ['2025-03-14'], 'sea'), back('Singapore', '2025-03-14', 'sea')],
    meetings: [['Batam', 'Ansar Ahmad']],
    legs: ['sea', 'sea'],
  },
  {
    what: 'Argentina, Madrid, no way stated, "his drive to attract foreign investment"',
    text: 'Buenos Aires, 16 May 2024. President Javier Milei will travel to Madrid on 17 May to speak at a political rally and meet Spanish business leaders as part of his drive to attract foreign investment. He returns to Buenos Aires on 20 May.',
    published: '2024-05-16',
    home: 'Buenos Aires',
    stops: [from('Buenos Aires', '2024-05-17'), at('Madrid', ['2024-05-17']), back('Buenos Aires', '2024-05-20')],
    legs: ['unknown', 'unknown'],
  },
  {
    what: 'Kenya, Mombasa and Malindi, no way stated, "the new cruise ship terminal" inspected',
    text: 'Nairobi, 6 June 2023 – President William Ruto will tour Mombasa on 7 June, where he will inspect the Kipevu Oil Terminal and the new cruise ship terminal, and on 8 June he will be in Malindi to open a road. He returns to Nairobi on 9 June.',
    published: '2023-06-06',
    home: 'Nairobi',
    stops: [from('Nairobi'), at('Mombasa', ['2023-06-07']), at('Malindi', ['2023-06-08']), back('Nairobi', '2023-06-09')],
    legs: ['unknown', 'unknown', 'unknown'],
  },
  {
    what: 'South Africa, Kazan with no way told, "will return to Pretoria aboard the presidential jet"',
    text: 'Pretoria, 21 October 2024 – President Cyril Ramaphosa will attend the 16th BRICS Summit in Kazan, Russia, from 22 to 24 October, and hold bilateral talks with President Vladimir Putin. The President will return to Pretoria aboard the presidential jet on 25 October.',
    published: '2024-10-21',
    home: 'Pretoria',
    stops: [from('Pretoria'), at('Kazan', ['2024-10-22', '2024-10-23', '2024-10-24']), back('Pretoria', '2024-10-25', 'flight')],
    meetings: [['Kazan', 'Vladimir Putin']],
    legs: ['unknown', 'flight'],
  },
];

describe('announcements of round 23: stated travel modes', () => {
  for (const c of cases) {
    it(`reads ${c.what}`, () => {
      expect(misses(c)).toEqual([]);
    });
  }
});

describe('announcements written after round 23\'s fixes', () => {
  for (const c of after) {
    it(`reads ${c.what}`, () => {
      expect(misses(c)).toEqual([]);
    });
  }
});

describe('round 23: announcements still misread elsewhere, their modes', () => {
  for (const c of left) {
    it(`reads the modes of ${c.what} (${c.why})`, () => {
      expect(read(c.text, c.published, c.home).modes).toEqual(c.legs);
    });
  }
});

describe('round 23: ways not taken, and craft, lines and services that are no way', () => {
  const modes = (text: string, published: string, home: string) => read(text, published, home).modes;

  it('reads "No flight to Kyiv is possible" and "could not fly" as no way there', () => {
    expect(modes('Madrid, 23 February 2023. The President arrived in Kyiv this morning by train. No flight to Kyiv is possible while the airspace is closed.', '2023-02-23', 'Madrid')).toEqual(['rail', 'unknown']);
    expect(modes('Rome, 4 March 2024. The Minister could not fly, and went to Cairo by road on 4 March.', '2024-03-04', 'Rome')).toEqual(['road', 'unknown']);
  });

  it('reads "had been due to fly to Dunedin, but … by road instead" as the road, and "was due to fly" with no "but" as a flight', () => {
    expect(modes('Wellington, 3 August 2021 – On 3 August the Prime Minister had been due to fly to Dunedin, but fog closed the airport and she made the journey by road instead.', '2021-08-03', 'Wellington')).toEqual(['road', 'unknown']);
    expect(modes('Wellington, 3 August 2021 – On 3 August the Prime Minister was due to fly to Dunedin for the opening of the new hospital.', '2021-08-03', 'Wellington')).toEqual(['flight', 'unknown']);
  });

  it('reads a craft made or kept at a place ("the COMAC aircraft assembly plant", "the Boeing factory in Everett", "an aircraft carrier") as no way there', () => {
    expect(modes('Hong Kong, 2 June 2024 – The Secretary will depart for Shanghai tomorrow (3 June) to visit the COMAC aircraft assembly plant, and return to Hong Kong on 4 June.', '2024-06-02', 'Hong Kong')).toEqual(['unknown', 'unknown']);
    expect(modes('Beijing, 20 September 2015 – On 22 September the President will tour the Boeing factory in Everett.', '2015-09-20', 'Beijing')).toEqual(['unknown', 'unknown']);
    expect(modes('Canberra, 8 March 2023 – On 9 March the Prime Minister will travel to Mumbai to go aboard India\'s first domestically built aircraft carrier.', '2023-03-08', 'Canberra')).toEqual(['unknown', 'unknown']);
  });

  it('reads a railway, a metro or flights talked about ("agreements on the standard-gauge railway", "more direct flights between …") as no way, and "took the Laos–China Railway to" as rail', () => {
    expect(modes('Beijing, 11 April 2025 – The President will visit Hanoi on 14 April, where the two sides will sign agreements on the standard-gauge railway across the border.', '2025-04-11', 'Beijing')).toEqual(['unknown', 'unknown']);
    expect(modes('Beijing, 17 March 2017 – The Premier will visit Canberra on 23 March to discuss more direct flights between Chinese and Australian cities.', '2017-03-17', 'Beijing')).toEqual(['unknown', 'unknown']);
    expect(modes('Vientiane, 2 April 2024 – On 3 April the delegation took the Laos–China Railway to Luang Prabang.', '2024-04-02', 'Vientiane')).toEqual(['rail', 'unknown']);
  });

  it('reads "the new cruise ship terminal" and "his drive to attract foreign investment" as no way, and "a long drive to Mombasa" as the road', () => {
    expect(modes('Nairobi, 6 June 2023 – On 7 June the President will tour Mombasa, where he will inspect the new cruise ship terminal.', '2023-06-06', 'Nairobi')).toEqual(['unknown', 'unknown']);
    expect(modes('Buenos Aires, 16 May 2024. The President will travel to Madrid on 17 May as part of his drive to attract foreign investment.', '2024-05-16', 'Buenos Aires')).toEqual(['unknown', 'unknown']);
    expect(modes('Nairobi, 6 June 2023 – On 7 June the President will make a long drive to Mombasa.', '2023-06-06', 'Nairobi')).toEqual(['road', 'unknown']);
  });
});

describe('round 23: a way told between places, and a way to the stop before', () => {
  it('reads "in Tokyo … and in Osaka …, travelling between the two cities by Shinkansen" as the way to Osaka only', () => {
    const text = 'Ottawa, 10 October 2023 – The Minister will be in Tokyo on 14 and 15 October and in Osaka on 16 and 17 October, travelling between the two cities by Shinkansen.';
    expect(read(text, '2023-10-10', 'Ottawa').modes).toEqual(['unknown', 'rail', 'unknown']);
  });

  it('reads "will then fly to Washington on Thursday …, and attend the United Nations summit in New York" as no way to New York', () => {
    const text = 'Seattle, 22 September 2015 – The President arrived in Seattle on Tuesday. He will then fly to Washington on Thursday for talks with President Barack Obama, and attend the United Nations summit in New York from 26 September.';
    expect(read(text, '2015-09-22', 'Beijing').modes).toEqual(['unknown', 'flight', 'unknown', 'unknown']);
  });

  it('still reads "will fly to Tamale …: he will be in Bolgatanga on 5 April and in Wa on 6 April" after "all movements … by road" as the road to both', () => {
    const c = cases.find((x) => x.what.includes('Tamale'))!;
    expect(read(c.text, c.published, c.home).modes).toEqual(['flight', 'road', 'road', 'flight']);
  });
});
