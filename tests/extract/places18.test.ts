// Places and meetings, round 18 (issue 17): announcements written for these tests, before reading the extractor, by
// governments and about places the corpus has little of, each read as a new user's text would be and scored as the corpus
// is (every stop in order, nothing extra, every meeting at its stop; dates are the date tests'). Of the first 32, 9 failed
// on the extractor before this round's changes; of 14 more written after most fixes, 2 (places no gazetteer here has);
// of 10 more written after those, 6, as on main (one only by my wording of an office: the country is the meeting's
// organisation, not its title). Then the causes, each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { findMeetings } from '../../src/extract/find-meetings';
import { useWorld, type Announcement } from './world';

const { draft, failures, world } = useWorld();

/** Every stop's name, home stops too. */
const all = (text: string, published: string, home: string) => draft(text, published, home).stops.map((s) => s.name);
/** The names the draft warns of as places the gazetteer lacks. */
const unplaced = (text: string, published: string, home: string) =>
  extractWith(world.g, text, { published, home }).warnings.flatMap((w) => (w.code === 'unplaced' ? [w.name] : []));


export const announcements: Announcement[] = [
  {
    what: 'Mongolia, a state visit to Korea with a port city',
    text: 'Ulaanbaatar, 2 June 2026. The President of Mongolia will pay a state visit to the Republic of Korea from 4 to 6 June. In Seoul he will hold talks with the President of the Republic of Korea and attend a business forum. On 6 June he will travel to Busan to visit the port, before returning to Ulaanbaatar on 7 June.',
    published: '2026-06-02',
    home: 'Ulaanbaatar',
    stops: ['Ulaanbaatar', 'Seoul', 'Busan', 'Ulaanbaatar'],
    meetings: [['Seoul', 'President of the Republic of Korea']],
  },
  {
    what: 'Chile, a working visit to Peru told by weekdays',
    text: 'SANTIAGO, 10 March 2026 – President Boric travels today to Lima for a working visit to Peru. On Wednesday 11 March he will meet the President of Peru at the Government Palace and sign an agreement on fisheries in the Humboldt Current. On Thursday the President will go on to Arequipa to meet Chilean investors, and he will return to Santiago on Friday 13 March.',
    published: '2026-03-10',
    home: 'Santiago',
    stops: ['Santiago', 'Lima', 'Arequipa', 'Santiago'],
    meetings: [['Lima', 'President of Peru']],
  },
  {
    what: 'Egypt, a tour of a region ("the Horn of Africa") that is no stop',
    text: 'Cairo — Foreign Minister Badr Abdelatty will begin a tour of the Horn of Africa on Sunday 8 February, visiting Addis Ababa, Asmara and Djibouti. In Addis Ababa he will meet the Chairperson of the African Union Commission. He will return to Cairo on 11 February.',
    published: '2026-02-05',
    home: 'Cairo',
    stops: ['Cairo', 'Addis Ababa', 'Asmara', 'Djibouti', 'Cairo'],
    meetings: [['Addis Ababa', 'Chairperson of the African Union Commission']],
  },
  {
    what: 'Saudi Arabia, "a tour of Southeast Asia that will also take him to …"',
    text: 'Riyadh, 14 October 2025 (SPA) — The Minister of Investment arrived in Jakarta today at the start of a tour of Southeast Asia that will also take him to Kuala Lumpur and Manila. In Jakarta he met the Coordinating Minister for Economic Affairs of Indonesia. He is due back in Riyadh on 19 October.',
    published: '2025-10-14',
    home: 'Riyadh',
    stops: ['Riyadh', 'Jakarta', 'Kuala Lumpur', 'Manila', 'Riyadh'],
    meetings: [['Jakarta', 'Coordinating Minister for Economic Affairs']],
  },
  {
    what: 'United Arab Emirates, a change of planes that is no visit',
    text: 'Abu Dhabi, 3 May 2026: The Minister of State for Foreign Trade, Thani Al Zeyoudi, will lead a trade mission to Latin America from 5 to 10 May. The delegation will fly to Bogotá via Madrid, where it will change planes, and on 8 May will travel to Santiago. In Bogotá, Dr Al Zeyoudi will meet the Minister of Commerce, Industry and Tourism of Colombia. The delegation returns to Abu Dhabi on 11 May.',
    published: '2026-05-03',
    home: 'Abu Dhabi',
    stops: ['Abu Dhabi', 'Bogotá', 'Santiago', 'Abu Dhabi'],
    meetings: [['Bogotá', 'Minister of Commerce, Industry and Tourism']],
  },
  {
    what: 'Vietnam, an official visit to Japan with three cities',
    text: 'Hanoi, 20 November 2025 – At the invitation of the Government of Japan, Prime Minister Pham Minh Chinh will pay an official visit to Japan from 24 to 27 November. In Tokyo he will hold talks with Prime Minister Sanae Takaichi. The Prime Minister will travel to Osaka on 26 November and visit Kyoto on 27 November before flying back to Hanoi.',
    published: '2025-11-20',
    home: 'Hanoi',
    stops: ['Hanoi', 'Tokyo', 'Osaka', 'Kyoto', 'Hanoi'],
    meetings: [['Tokyo', 'Sanae Takaichi']],
  },
  {
    what: 'Philippines, a state visit then the ASEAN meetings',
    text: 'MANILA — President Marcos departs on Monday for Phnom Penh for a two-day state visit to Cambodia, followed by the ASEAN-related meetings in Vientiane from 9 to 11 October. In Phnom Penh the President will be received by King Norodom Sihamoni at the Royal Palace and will hold talks with Prime Minister Hun Manet. He is expected home on 11 October.',
    published: '2026-10-02',
    home: 'Manila',
    stops: ['Manila', 'Phnom Penh', 'Vientiane', 'Manila'],
    meetings: [
      ['Phnom Penh', 'Norodom Sihamoni'],
      ['Phnom Penh', 'Hun Manet'],
    ],
  },
  {
    what: 'Poland, "the Baltic states" in two days',
    text: 'Warsaw, 12 January 2026. The Minister of Foreign Affairs will visit the Baltic states on 14 and 15 January. On 14 January he will be in Vilnius, where he will meet his Lithuanian counterpart, and in Riga in the evening. On 15 January he will travel to Tallinn for talks with the Prime Minister of Estonia. He returns to Warsaw the same day.',
    published: '2026-01-12',
    home: 'Warsaw',
    stops: ['Warsaw', 'Vilnius', 'Riga', 'Tallinn', 'Warsaw'],
    meetings: [['Tallinn', 'Prime Minister of Estonia']],
  },
  {
    what: 'Norway, an archipelago and a region named beside their towns',
    text: 'Oslo, 3 September 2026. The Crown Prince and Crown Princess will make an official visit to Svalbard and Northern Norway next week. They will fly from Oslo to Tromsø on 8 September and on to Longyearbyen on 9 September, where they will visit the Global Seed Vault. On 10 September they will visit Bodø before returning to Oslo that evening.',
    published: '2026-09-03',
    home: 'Oslo',
    stops: ['Oslo', 'Tromsø', 'Longyearbyen', 'Bodø', 'Oslo'],
  },
  {
    what: "Macao, the Chief Executive in Portugal and Spain, with a ministry's whole name",
    text: 'Macao, 5 April 2026 – The Chief Executive will lead a delegation to Portugal and Spain from 12 to 18 April. In Lisbon he will meet the President of the Portuguese Republic. He will then travel to Porto on 15 April and to Madrid on 16 April, where he will meet the Minister of Economy, Trade and Business. The delegation returns to Macao on 18 April.',
    published: '2026-04-05',
    home: 'Macao',
    stops: ['Macao', 'Lisbon', 'Porto', 'Madrid', 'Macao'],
    meetings: [
      ['Lisbon', 'President of the Portuguese Republic'],
      ['Madrid', 'Minister of Economy, Trade and Business'],
    ],
  },
  {
    what: 'Nigeria, a private visit and then a summit',
    text: 'ABUJA — President Tinubu will on Sunday depart Abuja for Paris on a private visit, after which he will proceed to Johannesburg for the G20 Leaders’ Summit from 22 to 23 November. The President will return to Abuja after the summit.',
    published: '2025-11-14',
    home: 'Abuja',
    stops: ['Abuja', 'Paris', 'Johannesburg', 'Abuja'],
    meetings: [['Johannesburg', 'G20']],
  },
  {
    what: 'Türkiye, "the Gulf" and three capitals',
    text: 'Ankara, 4 February 2026. President Erdoğan will visit the Gulf next week. He will be in Riyadh on 9 February for talks with Crown Prince Mohammed bin Salman, in Doha on 10 February for the meeting of the Supreme Strategic Committee, and in Abu Dhabi on 11 February. He returns to Ankara on 11 February.',
    published: '2026-02-04',
    home: 'Ankara',
    stops: ['Ankara', 'Riyadh', 'Doha', 'Abu Dhabi', 'Ankara'],
    meetings: [['Riyadh', 'Mohammed bin Salman']],
  },
  {
    what: 'Bangladesh, a stopover on the way back that is a visit',
    text: 'Dhaka, 18 March 2026 — The Adviser for Foreign Affairs will leave for Kathmandu on 20 March to attend the BIMSTEC Ministerial Meeting. On his way back he will make a stopover in Thimphu, where he will call on the Prime Minister of Bhutan. He will return to Dhaka on 23 March.',
    published: '2026-03-18',
    home: 'Dhaka',
    stops: ['Dhaka', 'Kathmandu', 'Thimphu', 'Dhaka'],
    meetings: [['Thimphu', 'Prime Minister of Bhutan']],
  },
  {
    what: 'Sri Lanka, a transit through a hub that is no visit',
    text: 'Colombo, 2 May 2026 — President Anura Kumara Dissanayake will undertake a state visit to Germany from 11 to 14 May. En route, the President will transit through Dubai. In Berlin, he will meet Federal President Frank-Walter Steinmeier and Federal Chancellor Friedrich Merz, and on 13 May he will travel to Hamburg to address a business forum. He returns to Colombo on 14 May.',
    published: '2026-05-02',
    home: 'Colombo',
    stops: ['Colombo', 'Berlin', 'Hamburg', 'Colombo'],
    meetings: [
      ['Berlin', 'Frank-Walter Steinmeier'],
      ['Berlin', 'Friedrich Merz'],
    ],
  },
  {
    what: 'Uzbekistan, a state visit, a border town and a regional summit',
    text: 'Tashkent, 6 September 2026 – President Shavkat Mirziyoyev will travel to Dushanbe on 9 September for a state visit to Tajikistan. In Dushanbe he will hold talks with President Emomali Rahmon. On 10 September the two presidents will travel to Khujand to open a new border crossing. On 11 September he will fly to Almaty for the summit of Central Asian heads of state. The President returns to Tashkent on 12 September.',
    published: '2026-09-06',
    home: 'Tashkent',
    stops: ['Tashkent', 'Dushanbe', 'Khujand', 'Almaty', 'Tashkent'],
    meetings: [['Dushanbe', 'Emomali Rahmon']],
  },
  {
    what: 'Greece, islands named by their towns, and the group of islands no stop',
    text: 'Athens, 20 June 2026. The Prime Minister will visit the Dodecanese on 24 and 25 June. On 24 June he will be in Rhodes, where he will inaugurate the new wing of the hospital, and on 25 June in Kos. He returns to Athens on the evening of 25 June.',
    published: '2026-06-20',
    home: 'Athens',
    stops: ['Athens', 'Rhodes', 'Kos', 'Athens'],
  },
  {
    what: 'Mexico, a summit at a mountain resort written with its province',
    text: 'Mexico City, 8 June 2026. The President of Mexico will travel on 15 June to Kananaskis, Alberta, to take part as a guest in the G7 summit, where she will meet Prime Minister Mark Carney. She will return to Mexico City on 17 June.',
    published: '2026-06-08',
    home: 'Mexico City',
    stops: ['Mexico City', 'Kananaskis', 'Mexico City'],
    meetings: [['Kananaskis', 'Mark Carney']],
  },
  {
    what: 'Argentina, two neighbours’ foreign ministers by name',
    text: 'BUENOS AIRES, 2 April 2026 – Foreign Minister Pablo Quirno will travel to Asunción on 6 April to meet his Paraguayan counterpart, Rubén Ramírez Lezcano, and then to Montevideo on 7 April for talks with the Minister of Foreign Affairs of Uruguay, Mario Lubetkin. He returns to Buenos Aires on 8 April.',
    published: '2026-04-02',
    home: 'Buenos Aires',
    stops: ['Buenos Aires', 'Asunción', 'Montevideo', 'Buenos Aires'],
    meetings: [
      ['Asunción', 'Rubén Ramírez Lezcano'],
      ['Montevideo', 'Mario Lubetkin'],
    ],
  },
  {
    what: 'South Africa, a regional community’s summit and a working visit, cities with their countries',
    text: 'Pretoria — President Cyril Ramaphosa will on Wednesday, 5 August travel to Maputo, Mozambique, for the Extraordinary Summit of the Southern African Development Community (SADC). Thereafter the President will proceed to Gaborone, Botswana, for a working visit, where he will meet President Duma Boko. The President will return to Pretoria on Friday.',
    published: '2026-08-02',
    home: 'Pretoria',
    stops: ['Pretoria', 'Maputo', 'Gaborone', 'Pretoria'],
    meetings: [['Gaborone', 'Duma Boko']],
  },
  {
    what: 'the Netherlands, "Scandinavia" and two ministries with three words each',
    text: 'The Hague, 9 March 2026 – The Minister for Foreign Trade will lead a trade mission to Scandinavia from 16 to 18 March. In Stockholm on 16 March she will meet the Minister for Infrastructure and Housing of Sweden. On 17 March the mission travels by train to Gothenburg, and on 18 March to Copenhagen, where she will meet the Minister of Industry, Business and Financial Affairs of Denmark. She returns to The Hague on 18 March.',
    published: '2026-03-09',
    home: 'The Hague',
    stops: ['The Hague', 'Stockholm', 'Gothenburg', 'Copenhagen', 'The Hague'],
    meetings: [
      ['Stockholm', 'Minister for Infrastructure and Housing'],
      ['Copenhagen', 'Minister of Industry, Business and Financial Affairs'],
    ],
  },
  {
    what: 'Italy, "the Western Balkans, with stops in …"',
    text: 'Rome, 24 October 2026 — The President of the Council of Ministers will be in the Western Balkans on 28 and 29 October, with stops in Tirana, Podgorica and Sarajevo. In Tirana she will meet Prime Minister Edi Rama. In Sarajevo she will hold talks with the Chairman of the Presidency of Bosnia and Herzegovina. She will be back in Rome on the evening of 29 October.',
    published: '2026-10-24',
    home: 'Rome',
    stops: ['Rome', 'Tirana', 'Podgorica', 'Sarajevo', 'Rome'],
    meetings: [
      ['Tirana', 'Edi Rama'],
      ['Sarajevo', 'Chairman of the Presidency'],
    ],
  },
  {
    what: 'Qatar, seen off at the home airport, two American cities',
    text: 'Doha, 1 December 2026. His Highness the Amir Sheikh Tamim bin Hamad Al Thani left Doha today for Washington on an official visit to the United States, during which he will meet President Donald Trump at the White House. His Highness was seen off at Hamad International Airport by senior officials. He will also visit New York before returning to Doha on 5 December.',
    published: '2026-12-01',
    home: 'Doha',
    stops: ['Doha', 'Washington', 'New York', 'Doha'],
    meetings: [['Washington', 'Donald Trump']],
  },
  {
    what: 'Jordan, "a working visit to Europe that includes …"',
    text: 'Amman, 14 May 2026 — His Majesty King Abdullah II departed Amman today for a working visit to Europe that includes Brussels, Strasbourg and Berlin. In Brussels, His Majesty will meet the President of the European Commission, and in Strasbourg he will address the European Parliament. His Majesty is scheduled to return to Amman on 19 May.',
    published: '2026-05-14',
    home: 'Amman',
    stops: ['Amman', 'Brussels', 'Strasbourg', 'Berlin', 'Amman'],
    meetings: [['Brussels', 'President of the European Commission']],
  },
  {
    what: 'Thailand, a tour of provinces named like their towns',
    text: 'Bangkok, 6 January 2026 – The Prime Minister will visit the southern border provinces on 9 and 10 January. He will fly to Narathiwat on 9 January to meet local leaders, travel by road to Pattani in the afternoon, and visit Yala on 10 January before returning to Bangkok.',
    published: '2026-01-06',
    home: 'Bangkok',
    stops: ['Bangkok', 'Narathiwat', 'Pattani', 'Yala', 'Bangkok'],
  },
  {
    what: 'Papua New Guinea, a forum abroad and a stopover before it',
    text: 'Port Moresby, 26 August 2026. The Prime Minister will lead the delegation of Papua New Guinea to the Pacific Islands Forum Leaders Meeting in Honiara, Solomon Islands, from 8 to 12 September. Before the Forum he will stop over in Brisbane for talks with the Premier of Queensland. He returns to Port Moresby on 12 September.',
    published: '2026-08-26',
    home: 'Port Moresby',
    stops: ['Port Moresby', 'Brisbane', 'Honiara', 'Port Moresby'],
    meetings: [['Brisbane', 'Premier of Queensland']],
  },
  {
    what: 'Spain, a state visit with "the Sacred Valley" as no stop',
    text: 'Madrid, 10 November 2026. The King and Queen will travel to Peru on a state visit from 16 to 19 November. After official engagements in Lima, including a meeting with the President of the Republic of Peru, Their Majesties will travel to Cusco on 18 November and visit the Sacred Valley on 19 November, before flying back to Madrid.',
    published: '2026-11-10',
    home: 'Madrid',
    stops: ['Madrid', 'Lima', 'Cusco', 'Madrid'],
    meetings: [['Lima', 'President of the Republic of Peru']],
  },
  {
    what: 'Czechia, "the Indo-Pacific" and a ministry of three portfolios',
    text: 'Prague, 30 April 2026 – The Prime Minister will visit the Indo-Pacific, with stops in Seoul on 4 and 5 May and Tokyo on 6 and 7 May. In Seoul he will meet the Minister of Trade, Industry and Energy. In Tokyo he will hold talks with the Minister of Economy, Trade and Industry. He returns to Prague on 8 May.',
    published: '2026-04-30',
    home: 'Prague',
    stops: ['Prague', 'Seoul', 'Tokyo', 'Prague'],
    meetings: [
      ['Seoul', 'Minister of Trade, Industry and Energy'],
      ['Tokyo', 'Minister of Economy, Trade and Industry'],
    ],
  },
  {
    what: 'Oman, "transiting through" a capital that is no visit',
    text: 'Muscat, 2 March 2026. The Minister of Commerce, Industry and Investment Promotion will travel to Nairobi on 5 March, transiting through Addis Ababa, for the Oman–Kenya business forum. On 7 March he will visit Mombasa. He returns to Muscat on 8 March.',
    published: '2026-03-02',
    home: 'Muscat',
    stops: ['Muscat', 'Nairobi', 'Mombasa', 'Muscat'],
  },
  {
    what: 'Colombia, the Caribbean coast and an island town',
    text: 'Bogotá, 25 June 2026 – President Petro will tour the Caribbean coast at the end of the month. He will visit Cartagena on 28 June and Santa Marta on 29 June, and on 30 June he will fly to San Andrés to meet the island’s fishermen. He returns to Bogotá on 1 July.',
    published: '2026-06-25',
    home: 'Bogotá',
    stops: ['Bogotá', 'Cartagena', 'Santa Marta', 'San Andrés', 'Bogotá'],
  },
  {
    what: 'Kuwait, a recap of a visit to Egypt with a meeting at a palace',
    text: 'Kuwait City, 22 April 2026 (KUNA) — His Highness the Crown Prince returned home today after an official visit to Egypt. In Cairo, His Highness met President Abdel Fattah El-Sisi at Al-Ittihadiya Palace on 20 April, and on 21 April he toured the new port in Alexandria.',
    published: '2026-04-22',
    home: 'Kuwait City',
    stops: ['Kuwait City', 'Cairo', 'Alexandria', 'Kuwait City'],
    meetings: [['Cairo', 'Abdel Fattah El-Sisi']],
  },
  {
    what: 'Australia’s minister with a long portfolio ("Minister for Climate Change, Energy, the Environment and Water")',
    text: 'Wellington, 3 March 2026. The Minister of Energy will travel to Canberra on 9 March, where she will meet the Minister for Climate Change, Energy, the Environment and Water. On 10 March she will visit Sydney. She returns to Wellington on 11 March.',
    published: '2026-03-03',
    home: 'Wellington',
    stops: ['Wellington', 'Canberra', 'Sydney', 'Wellington'],
    meetings: [['Canberra', 'Minister for Climate Change, Energy, the Environment and Water']],
  },
  {
    what: 'Korea in Malaysia, a ministry of three portfolios and "Southeast Asia" as no stop',
    text: 'Seoul, 14 July 2026. The Minister of Trade, Industry and Energy will visit Southeast Asia from 20 to 23 July. In Kuala Lumpur he will meet the Minister of Investment, Trade and Industry of Malaysia. On 22 July he will travel to Singapore. He returns to Seoul on 23 July.',
    published: '2026-07-14',
    home: 'Seoul',
    stops: ['Seoul', 'Kuala Lumpur', 'Singapore', 'Seoul'],
    meetings: [['Kuala Lumpur', 'Minister of Investment, Trade and Industry']],
  },
];

/** Written after the fixes for `announcements`, and run once before any further change: a second, smaller unseen check. */
export const fresh: Announcement[] = [
  {
    what: 'Tanzania, a regional summit, then talks with a neighbour',
    text: 'Dodoma, 3 March 2026 — President Samia Suluhu Hassan will attend the East African Community Heads of State Summit in Arusha on 6 March, then travel to Kampala on 7 March for bilateral talks with President Yoweri Museveni. She will return to Dodoma on 8 March.',
    published: '2026-03-03',
    home: 'Dodoma',
    stops: ['Dodoma', 'Arusha', 'Kampala', 'Dodoma'],
    meetings: [['Kampala', 'Yoweri Museveni']],
  },
  {
    what: 'Peru, a state governor met in a city of the same name',
    text: 'Lima, 10 September 2026. The President of the Council of Ministers will travel to Brasília on 14 September and to São Paulo on 15 September, where he will meet business leaders and the Governor of the State of São Paulo. He returns to Lima on 16 September.',
    published: '2026-09-10',
    home: 'Lima',
    stops: ['Lima', 'Brasília', 'São Paulo', 'Lima'],
    meetings: [['São Paulo', 'Governor of the State of São Paulo']],
  },
  {
    what: 'Morocco, two West African capitals',
    text: 'Rabat, 18 November 2026 (MAP) – The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates will travel to Dakar on 22 November and to Nouakchott on 23 November, where he will meet the President of Mauritania. He returns to Rabat on 24 November.',
    published: '2026-11-18',
    home: 'Rabat',
    stops: ['Rabat', 'Dakar', 'Nouakchott', 'Rabat'],
    meetings: [['Nouakchott', 'President of Mauritania']],
  },
  {
    what: 'Kyrgyzstan, a state visit and a small town the two presidents visit',
    text: 'Bishkek, 1 July 2026 – President Sadyr Japarov will pay a state visit to Azerbaijan on 6 and 7 July. In Baku he will hold talks with President Ilham Aliyev, and on 7 July the two presidents will travel to Shusha. He returns to Bishkek on 8 July.',
    published: '2026-07-01',
    home: 'Bishkek',
    stops: ['Bishkek', 'Baku', 'Shusha', 'Bishkek'],
    meetings: [['Baku', 'Ilham Aliyev']],
  },
  {
    what: 'Hungary, a change of aircraft and a ministry of three portfolios',
    text: 'Budapest, 9 October 2026. The Minister of Foreign Affairs and Trade will travel to Minsk on 12 October, and on 13 October to Tashkent via Istanbul, where he will change aircraft. In Tashkent he will meet the Minister of Investment, Industry and Trade of Uzbekistan. He returns to Budapest on 14 October.',
    published: '2026-10-09',
    home: 'Budapest',
    stops: ['Budapest', 'Minsk', 'Tashkent', 'Budapest'],
    meetings: [['Tashkent', 'Minister of Investment, Industry and Trade']],
  },
  {
    what: 'Samoa, "will depart Apia … for Wellington, where …, and will continue to Auckland"',
    text: 'Apia, 4 August 2026. The Prime Minister will depart Apia on 10 August for Wellington, where she will meet the Prime Minister of New Zealand, and will continue to Auckland on 12 August to meet members of the Samoan community. She returns home on 14 August.',
    published: '2026-08-04',
    home: 'Apia',
    stops: ['Apia', 'Wellington', 'Auckland', 'Apia'],
    meetings: [['Wellington', 'Prime Minister of New Zealand']],
  },
  {
    what: 'Cyprus, two neighbours in two days, a king who receives',
    text: 'Nicosia, 20 January 2026 — The President of the Republic will travel to Beirut on 23 January for talks with President Joseph Aoun, and to Amman on 24 January, where he will be received by King Abdullah II. He returns to Nicosia on 24 January.',
    published: '2026-01-20',
    home: 'Nicosia',
    stops: ['Nicosia', 'Beirut', 'Amman', 'Nicosia'],
    meetings: [
      ['Beirut', 'Joseph Aoun'],
      ['Amman', 'Abdullah II'],
    ],
  },
  {
    what: 'Ethiopia, "a tour of the Gulf region that will take him to …"',
    text: 'Addis Ababa, 2 October 2026 – Prime Minister Abiy Ahmed today left for a tour of the Gulf region that will take him to Abu Dhabi, Doha and Riyadh. In Abu Dhabi he will meet President Mohamed bin Zayed Al Nahyan. He will be back in Addis Ababa on 7 October.',
    published: '2026-10-02',
    home: 'Addis Ababa',
    stops: ['Addis Ababa', 'Abu Dhabi', 'Doha', 'Riyadh', 'Addis Ababa'],
    meetings: [['Abu Dhabi', 'Mohamed bin Zayed Al Nahyan']],
  },
  {
    what: 'Bhutan, two towns of the north-east, then talks in the capital',
    text: 'Thimphu, 14 March 2026. His Majesty the King will travel to Guwahati on 18 March and to Shillong on 19 March, before proceeding to New Delhi for talks with Prime Minister Narendra Modi on 20 March. His Majesty returns to Thimphu on 22 March.',
    published: '2026-03-14',
    home: 'Thimphu',
    stops: ['Thimphu', 'Guwahati', 'Shillong', 'New Delhi', 'Thimphu'],
    meetings: [['New Delhi', 'Narendra Modi']],
  },
  {
    what: 'Algeria, a state visit received by a head of state named after his office',
    text: 'Algiers, 3 May 2026 – The President of the Republic will make a state visit to Italy from 6 to 8 May. He will be received in Rome by the President of the Italian Republic, Sergio Mattarella, and will travel to Naples on 8 May. He returns to Algiers on 8 May.',
    published: '2026-05-03',
    home: 'Algiers',
    stops: ['Algiers', 'Rome', 'Naples', 'Algiers'],
    meetings: [['Rome', 'Sergio Mattarella']],
  },
];

/** Written after every fix above, and run once before any further change: a third unseen check. */
export const third: Announcement[] = [
  {
    what: 'Chile, a recap of a tour of Central America, the days as weekdays',
    text: 'SANTIAGO, 20 May 2026 — The Minister of Foreign Affairs returned yesterday from a tour of Central America. On Monday she was in Panama City, where she met the Minister of Foreign Affairs of Panama; on Tuesday in San José, Costa Rica; and on Wednesday in Guatemala City, where she opened the new embassy.',
    published: '2026-05-20',
    home: 'Santiago',
    stops: ['Santiago', 'Panama City', 'San José', 'Guatemala City', 'Santiago'],
    meetings: [['Panama City', 'Minister of Foreign Affairs']],
  },
  {
    what: 'Finland, a programme by days with a bay named after its town',
    text: 'Programme of the State Visit of the President of Finland to Viet Nam\nMonday 9 November: arrival in Hanoi; official welcome ceremony; talks with the President of Viet Nam\nTuesday 10 November: Hanoi – Ha Long Bay (boat tour)\nWednesday 11 November: Ho Chi Minh City; business forum\nThursday 12 November: departure for Helsinki',
    published: '2026-11-02',
    home: 'Helsinki',
    stops: ['Helsinki', 'Hanoi', 'Ha Long', 'Ho Chi Minh City', 'Helsinki'],
    meetings: [['Hanoi', 'President of Viet Nam']],
  },
  {
    what: 'Ireland, a minister writing in the first person from abroad',
    text: "This week I'm in Canada. I landed in Ottawa on Sunday night and spent Monday with the Minister of Natural Resources. Tomorrow I head west to Calgary, and on Thursday I'll be in Vancouver before flying home to Dublin.",
    published: '2026-06-16',
    home: 'Dublin',
    stops: ['Dublin', 'Ottawa', 'Calgary', 'Vancouver', 'Dublin'],
    meetings: [['Ottawa', 'Minister of Natural Resources']],
  },
  {
    what: 'Bahrain, an agency dateline and a university town',
    text: 'Manama, 8 March 2026 (BNA) — His Royal Highness the Crown Prince and Prime Minister arrived in London today on a working visit to the United Kingdom, during which he will meet Prime Minister Keir Starmer at 10 Downing Street and visit Oxford. He will return to Manama on 12 March.',
    published: '2026-03-08',
    home: 'Manama',
    stops: ['Manama', 'London', 'Oxford', 'Manama'],
    meetings: [['London', 'Keir Starmer']],
  },
  {
    what: 'Nepal, by train and by air, "from where he will fly home"',
    text: 'Kathmandu, 1 April 2026. The Prime Minister will leave for Beijing on 5 April on an official visit to China. After talks in Beijing with Premier Li Qiang, he will travel by train to Chengdu on 7 April and fly to Lhasa on 8 April, from where he will fly home on 10 April.',
    published: '2026-04-01',
    home: 'Kathmandu',
    stops: ['Kathmandu', 'Beijing', 'Chengdu', 'Lhasa', 'Kathmandu'],
    meetings: [['Beijing', 'Li Qiang']],
  },
  {
    what: 'Senegal, a continental summit then a state visit',
    text: 'Dakar, 12 February 2026 — President Bassirou Diomaye Faye will travel to Addis Ababa for the African Union summit on 15 and 16 February, then to Nairobi on 17 February for a state visit to Kenya. He will be back in Dakar on 19 February.',
    published: '2026-02-12',
    home: 'Dakar',
    stops: ['Dakar', 'Addis Ababa', 'Nairobi', 'Dakar'],
    meetings: [['Addis Ababa', 'African Union']],
  },
  {
    what: 'Latvia, "the programme includes Tokyo, where …, and Hiroshima, where …"',
    text: 'Riga, 3 September 2026 – The President of Latvia will pay an official visit to Japan from 7 to 10 September. The programme includes Tokyo, where the President will be received by Their Majesties the Emperor and Empress, and Hiroshima, where he will lay a wreath at the Peace Memorial Park. He returns to Riga on 11 September.',
    published: '2026-09-03',
    home: 'Riga',
    stops: ['Riga', 'Tokyo', 'Hiroshima', 'Riga'],
    meetings: [['Tokyo', 'Emperor']],
  },
  {
    what: 'Dominican Republic, weekdays and an audience with the Pope',
    text: 'Santo Domingo, 5 May 2026. President Luis Abinader will travel on Thursday to Madrid, where he will attend the Ibero-American business meeting, and will continue on Saturday to Rome for an audience with Pope Leo XIV. He returns to Santo Domingo on 12 May.',
    published: '2026-05-05',
    home: 'Santo Domingo',
    stops: ['Santo Domingo', 'Madrid', 'Rome', 'Santo Domingo'],
    meetings: [['Rome', 'Leo XIV']],
  },
  {
    what: 'Uruguay, a week in the interior told by weekdays',
    text: 'Montevideo, 2 March 2026 — The President will spend the week in the interior: on Monday in Salto, on Tuesday in Paysandú and on Wednesday in Colonia del Sacramento, where he will inaugurate the new ferry terminal. He returns to Montevideo on Thursday.',
    published: '2026-03-01',
    home: 'Montevideo',
    stops: ['Montevideo', 'Salto', 'Paysandú', 'Colonia del Sacramento', 'Montevideo'],
  },
  {
    what: 'Zambia, a corridor named after a town, and the town itself',
    text: 'Lusaka, 20 October 2026 – President Hakainde Hichilema departed Lusaka this morning for Luanda, Angola, where he will join President João Lourenço to inspect progress on the Lobito Corridor. The two leaders will travel together to Lobito on 22 October. President Hichilema returns to Lusaka on 23 October.',
    published: '2026-10-20',
    home: 'Lusaka',
    stops: ['Lusaka', 'Luanda', 'Lobito', 'Lusaka'],
    meetings: [['Luanda', 'João Lourenço']],
  },
];

describe('places and meetings: announcements of round 18 read as a new user would', () => {
  it.each(announcements.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    expect(failures(c)).toEqual([]);
  });
});

describe('places and meetings: announcements written after the fixes, read as a new user would', () => {
  it.each(fresh.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    expect(failures(c)).toEqual([]);
  });
});

describe('places: letters that NFD does not split, written plain ("Lodz", "Wroclaw", "Tromso")', () => {
  it('finds the world list’s "Łódź", "Wrocław" and "Tromsø" by their plain spellings', () => {
    for (const [plain, name] of [['Lodz', 'Łódź'], ['Wroclaw', 'Wrocław'], ['Tromso', 'Tromsø'], ['Bodo', 'Bodø']]) expect(world.g.lookup(plain!)[0]?.name).toBe(name);
  });

  it('reads them as stops', () => {
    const text = 'The Minister will visit Lodz on 4 May and Wroclaw on 5 May. She returns to Oslo on 6 May.';
    expect(all(text, '2026-04-30', 'Oslo').slice(1, -1)).toHaveLength(2);
  });
});

describe('places: cities by the English names texts write, which the world list has only in their own language', () => {
  it.each([
    ['Gothenburg', 'SE'],
    ['Antwerp', 'BE'],
    ['Ghent', 'BE'],
    ['Bruges', 'BE'],
    ['Nuremberg', 'DE'],
    ['Rhodes', 'GR'],
    ['Heraklion', 'GR'],
    ['Patras', 'GR'],
    ['Dunkirk', 'FR'],
  ])('knows %s', (name, country) => {
    const stops = draft(`The Minister will travel to ${name} on 4 May. She returns to Ottawa on 6 May.`, '2026-04-30', 'Ottawa').stops;
    expect(stops.map((s) => s.name)).toEqual(['Ottawa', name, 'Ottawa']);
    expect(world.g.lookup(name).every((e) => e.country === country)).toBe(true);
  });

  it('knows "Svalbard" as the territory governments write for Svalbard and Jan Mayen: no warning of a place it lacks', () => {
    const text = 'The Crown Prince will make an official visit to Svalbard on 9 September, and will fly to Longyearbyen. He returns to Oslo on 10 September.';
    expect(unplaced(text, '2026-09-03', 'Oslo')).toEqual([]);
  });
});

describe('meetings: an office keeps every word of its name', () => {
  it.each([
    ['Minister of Economy, Trade and Business', 'In Madrid he will meet the Minister of Economy, Trade and Business.'],
    ['Minister of Industry, Business and Financial Affairs', 'In Copenhagen she will meet the Minister of Industry, Business and Financial Affairs of Denmark.'],
    ['Minister for Climate Change, Energy, the Environment and Water', 'In Canberra she will meet the Minister for Climate Change, Energy, the Environment and Water.'],
  ])('%s', (office, sentence) => {
    expect(findMeetings(sentence).map((m) => m.with.map((w) => w.participant.role ?? w.participant.name))).toEqual([[office]]);
  });
});

describe('meetings: where an event’s name ends', () => {
  it('ends at its dates ("for the G20 Leaders’ Summit from 22 to 23 November")', () => {
    expect(findMeetings('He will proceed to Johannesburg for the G20 Leaders’ Summit from 22 to 23 November.').map((m) => [m.kind, m.title])).toEqual([['event', 'G20 Leaders’ Summit']]);
  });

  it('ends a site’s name at words of time, so a region visited "next week" is the trip, not a site', () => {
    const text = 'Ankara, 4 February 2026. President Erdoğan will visit the Gulf next week. He will be in Riyadh on 9 February. He returns to Ankara on 11 February.';
    expect(draft(text, '2026-02-04', 'Ankara').stops.flatMap((s) => s.meetings.map((m) => m.title))).toEqual([]);
  });
});

describe('meetings: a list of places each with its day', () => {
  it('holds the meeting at the place of its own clause, not the next one ("in Riyadh on 9 February for talks with X, in Doha on 10 February …")', () => {
    const text =
      'He will be in Riyadh on 9 February for talks with Crown Prince Mohammed bin Salman, in Doha on 10 February for the meeting of the Supreme Strategic Committee, and in Abu Dhabi on 11 February. He returns to Ankara on 11 February.';
    const stops = draft(text, '2026-02-04', 'Ankara').stops;
    expect(stops.map((s) => [s.name, s.meetings.map((m) => m.title)])).toEqual([
      ['Ankara', []],
      ['Riyadh', ['Meeting with Mohammed bin Salman']],
      ['Doha', ['Meeting of the Supreme Strategic Committee']],
      ['Abu Dhabi', []],
      ['Ankara', []],
    ]);
  });

  it('still holds it at a place written after the people where no list of dated places leads to it ("talks with X, in Paris on Friday")', () => {
    const people = findMeetings('The visit followed his talks with the President of France, Emmanuel Macron, in Paris on Friday.');
    expect(people[0]!.end).toBeGreaterThan('The visit followed his talks with the President of France, Emmanuel Macron, in Paris'.length - 1);
  });
});

describe('places: a place only passed through', () => {
  it.each([
    ['"via Madrid, where it will change planes"', 'The delegation will fly to Bogotá via Madrid, where it will change planes. It returns to Abu Dhabi on 11 May.', ['Abu Dhabi', 'Bogotá', 'Abu Dhabi']],
    ['"via Istanbul, where he will change aircraft"', 'He will travel to Tashkent on 13 October via Istanbul, where he will change aircraft. He returns to Budapest on 14 October.', ['Budapest', 'Tashkent', 'Budapest']],
    ['"via Doha for a connecting flight"', 'The Minister will fly to Nairobi on 5 March via Doha for a connecting flight. He returns to Muscat on 8 March.', ['Muscat', 'Nairobi', 'Muscat']],
  ])('is no stop (%s)', (_what, text, stops) => {
    expect(all(text, '2026-03-02', stops[0]!)).toEqual(stops);
  });

  it('is still a stop where the text stops there on the way ("via Reykjavik")', () => {
    expect(all('She will fly to Nuuk on 20 January via Reykjavik. She returns to Copenhagen on 23 January.', '2026-01-10', 'Copenhagen')).toEqual(['Copenhagen', 'Reykjavík', 'Nuuk', 'Copenhagen']);
  });
});

describe('places: the places a trip is said to include', () => {
  it('reads each of "a working visit to Europe that includes Brussels, Strasbourg and Berlin"', () => {
    const text = 'His Majesty departed Amman today for a working visit to Europe that includes Brussels, Strasbourg and Berlin. He is scheduled to return to Amman on 19 May.';
    expect(all(text, '2026-05-14', 'Amman')).toEqual(['Amman', 'Brussels', 'Strasbourg', 'Berlin', 'Amman']);
  });
});

describe('places: a place whose day comes first, its verb left out', () => {
  it('reads "and on 25 June in Kos" after "he will be in Rhodes"', () => {
    const text = 'On 24 June he will be in Rhodes, where he will open the new hospital wing, and on 25 June in Kos. He returns to Athens on the evening of 25 June.';
    expect(all(text, '2026-06-20', 'Athens')).toEqual(['Athens', 'Rhodes', 'Kos', 'Athens']);
  });
});

describe('places: a list after a colon that ends a clause of visiting', () => {
  it('reads "will visit the Azores from 10 to 12 June: Ponta Delgada on 10 June, …" as a visit to each', () => {
    const text = 'The President will visit the Azores from 10 to 12 June: Ponta Delgada on 10 June and Ribeira Grande on 11 June. He returns to Lisbon on 12 June.';
    expect(all(text, '2026-06-05', 'Lisbon')).toEqual(['Lisbon', 'Ponta Delgada', 'Ribeira Grande', 'Lisbon']);
  });
});

describe('order: a stop made before the event the text goes to', () => {
  it('comes before the event’s place ("… the Forum in Honiara … Before the Forum he will stop over in Brisbane")', () => {
    const text =
      'The Prime Minister will lead the delegation to the Pacific Islands Forum Leaders Meeting in Honiara, Solomon Islands, from 8 to 12 September. Before the Forum he will stop over in Brisbane for talks with the Premier of Queensland. He returns to Port Moresby on 12 September.';
    expect(all(text, '2026-08-26', 'Port Moresby')).toEqual(['Port Moresby', 'Brisbane', 'Honiara', 'Port Moresby']);
  });
});

describe('warnings: regions, groupings and news agencies are no places the gazetteer lacks', () => {
  it.each([
    ['"the Horn of Africa"', 'Foreign Minister Badr Abdelatty will begin a tour of the Horn of Africa on Sunday 8 February, visiting Addis Ababa and Asmara. He will return to Cairo on 11 February.', 'Cairo'],
    ['an agency credited in brackets ("(KUNA)")', 'Kuwait City, 22 April 2026 (KUNA) — His Highness the Crown Prince returned home today after an official visit to Egypt. In Cairo, His Highness met President Abdel Fattah El-Sisi on 20 April.', 'Kuwait City'],
  ])('%s', (_what, text, home) => {
    expect(unplaced(text, '2026-02-05', home)).toEqual([]);
  });

  it.each([
    ['the Baltic states', 'The Minister will visit the Baltic states on 14 and 15 January. On 14 January he will be in Vilnius. He returns to Warsaw on 15 January.', 'Warsaw'],
    ['the southern border provinces', 'The Prime Minister will visit the southern border provinces on 9 and 10 January. He will fly to Narathiwat on 9 January. He returns to Bangkok on 10 January.', 'Bangkok'],
    ['the Sacred Valley', 'Their Majesties will travel to Cusco on 18 November and visit the Sacred Valley on 19 November. They return to Madrid on 20 November.', 'Madrid'],
  ])('takes no site visit at a group of places named by a word for them (%s)', (_what, text, home) => {
    expect(draft(text, '2026-01-06', home).stops.flatMap((s) => s.meetings.map((m) => m.title))).toEqual([]);
  });
});

describe('places the gazetteer lacks, in announcements written after the fixes (two of the fourteen)', () => {
  it('warns of each, and keeps the stops it knows ("… the Galápagos Islands, where he will visit Puerto Ayora …")', () => {
    const text =
      'Quito, 12 August 2026 — President Daniel Noboa travels today to Guayaquil and tomorrow to the Galápagos Islands, where he will visit Puerto Ayora to review the marine reserve. He returns to Quito on 14 August.';
    expect(all(text, '2026-08-12', 'Quito')).toEqual(['Quito', 'Guayaquil', 'Quito']);
    expect(unplaced(text, '2026-08-12', 'Quito')).toEqual(['Puerto Ayora']);
  });

  it('warns of the names of a dated list after "will visit …:" that it cannot place ("Angra do Heroísmo on 11 June and Horta on 12 June")', () => {
    const text =
      'Lisbon, 5 June 2026. The President of the Republic will visit the Azores from 10 to 12 June: Ponta Delgada on 10 June, Angra do Heroísmo on 11 June and Horta on 12 June. He returns to Lisbon on 12 June.';
    expect(all(text, '2026-06-05', 'Lisbon')).toEqual(['Lisbon', 'Ponta Delgada', 'Lisbon']);
    expect(unplaced(text, '2026-06-05', 'Lisbon')).toEqual(['Angra do Heroísmo', 'Horta']);
  });
});

describe('places and meetings: announcements written after every fix, read as a new user would', () => {
  it.each(third.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    expect(failures(c)).toEqual([]);
  });
});

describe('meetings: time spent with someone, and joining a titled person', () => {
  it.each([
    ['"spent Monday with the Minister of Natural Resources"', 'I landed in Ottawa on Sunday night and spent Monday with the Minister of Natural Resources.', 'Minister of Natural Resources'],
    ['"will join President João Lourenço to inspect …"', 'He departed this morning for Luanda, where he will join President João Lourenço to inspect the railway.', 'João Lourenço'],
  ])('is a meeting (%s)', (_what, sentence, who) => {
    expect(findMeetings(sentence).flatMap((m) => (m.kind === 'meeting' ? m.with.map((w) => w.participant.name) : []))).toEqual([who]);
  });
});

describe('places: the second of two places each with its own "where" clause', () => {
  it('is a stop too ("The programme includes Tokyo, where …, and Hiroshima, where …"), and no one met', () => {
    const text =
      'The President will pay an official visit to Japan from 7 to 10 September. The programme includes Tokyo, where the President will be received by the Emperor, and Hiroshima, where he will lay a wreath. He returns to Riga on 11 September.';
    const stops = draft(text, '2026-09-03', 'Riga').stops;
    expect(stops.map((s) => s.name)).toEqual(['Riga', 'Tokyo', 'Hiroshima', 'Riga']);
    expect(stops[1]!.meetings.flatMap((m) => m.with.map((w) => w.name))).toEqual(['Emperor']);
  });
});

describe('days: a day written before "in" its place', () => {
  it('is that place’s, so the places keep their order ("on Monday in Salto, on Tuesday in Paysandú and on Wednesday in Colonia del Sacramento")', () => {
    const text = 'The President will spend the week in the interior: on Monday in Salto, on Tuesday in Paysandú and on Wednesday in Colonia del Sacramento. He returns to Montevideo on Thursday.';
    expect(all(text, '2026-03-01', 'Montevideo')).toEqual(['Montevideo', 'Salto', 'Paysandú', 'Colonia del Sacramento', 'Montevideo']);
  });
});

describe('places: a programme line from one place to the next', () => {
  it('reads both places of "Tuesday 10 November: Hanoi – Ha Long (boat tour)"', () => {
    const text = 'Programme\nMonday 9 November: arrival in Hanoi\nTuesday 10 November: Hanoi – Ha Long (boat tour)\nThursday 12 November: departure for Helsinki';
    expect(all(text, '2026-11-02', 'Helsinki')).toEqual(['Helsinki', 'Hanoi', 'Hạ Long', 'Helsinki']);
  });
});
