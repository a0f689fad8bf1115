// Stated travel modes and places, round 20 (issue 17): 34 announcements written for these tests before this round read or
// changed the extractor, each modelled on a real visit (or one like it) by a government the corpus has little of, told in
// ways earlier rounds' tests did not: "motorcade", "convoy", "aboard the presidential aircraft", "by special train", "on the
// overnight sleeper", "a short helicopter hop", "took the ferry across", "crossed by road into", "by bullet train", "flew on
// to", "overland", a mode stated once for several legs, a mode told after its place, "instead of flying", "rather than fly";
// and places: airports and bases named for a town, venues inside a city, a city with its country after it, small towns,
// regions and groupings that are no stops, the home capital named in passing, a host as a sentence's subject, and lists
// after a colon. Each is scored as the corpus scores a text (evaluate.ts): every stop in order and nothing extra (the home
// at both ends, as the corpus counts it), and each stated mode of the leg into a stop; dates are the date tests'.
// Run on the extractor of main before any change, 25 of the 34 failed; 3 of those only because their expected stops left out
// the home at the end, which the corpus's convention counts (corrected), so 22. The causes fixed by general rules: a mode
// told once for every leg ("by train throughout", "Both legs will be flown"), a way not taken ("instead of flying", "rather
// than fly"), "the overnight sleeper", "flies on to La Paz, and on 29 August to Bogotá", a later clause's "travel there by",
// an airport landed at as the city it serves, an undated list of places after a colon, a list going on past the country
// that locates a city, a company named after a place, and travel for a summit in a city. 23 pass below; the 11 still failing are kept in `left`, each
// with its cause, unasserted, for the next round.
import { describe, expect, it } from 'vitest';
import type { LngLat, TravelMode } from '../../src/itinerary/types';
import type { ExpectedStop } from './evaluate';
import { missesWith, type StopsCase } from './expected-stops';
import { useWorld } from './world';

const { draft, read } = useWorld();

type Case = StopsCase;

/** A stop, with the mode the text states for the leg into it, and for a name several places carry, its point. */
const s = (name: string, mode?: TravelMode, near?: LngLat): ExpectedStop => ({ name, country: '', ...(mode ? { mode } : {}), ...(near ? { near } : {}) });

/** What the corpus scorer finds wrong with a case's draft: stops missed, extra or out of order, and modes. */
const misses = (c: Case) => missesWith(draft, c.what)(c.text, c.published, c.home, c.stops);

export const cases: Case[] = [
  {
    what: 'Spain, a tour of Latin America: "Santiago, Chile", "flies on to La Paz, and on 29 August to Bogotá", "San José, Costa Rica"',
    text: 'Madrid, 22 August 2018. The President of the Government, Pedro Sánchez, will make his first tour of Latin America from 27 to 31 August, with visits to Chile, Bolivia, Colombia and Costa Rica. He begins in Santiago, Chile, on 27 August, where President Sebastián Piñera will receive him at La Moneda Palace. On 28 August he flies on to La Paz, and on 29 August to Bogotá. The tour ends in San José, Costa Rica, on 30 and 31 August.',
    published: '2018-08-22',
    home: 'Madrid',
    stops: [s('Madrid'), s('Santiago', undefined, [-70.65, -33.46]), s('La Paz', 'flight'), s('Bogotá', 'flight'), s('San José', undefined, [-84.08, 9.93]), s('Madrid')],
  },
  {
    what: 'the Holy See, "fly from Rome to Santiago de Compostela", "continue by air to Barcelona", "flying back to Rome"',
    text: 'Vatican City, 2 November 2010 – Pope Benedict XVI will make an apostolic journey to Spain on 6 and 7 November. The Holy Father will fly from Rome to Santiago de Compostela on the morning of 6 November, and will visit the Cathedral as a pilgrim of the Holy Year. That evening he will continue by air to Barcelona. On 7 November he will dedicate the Basilica of the Sagrada Família, before flying back to Rome.',
    published: '2010-11-02',
    home: 'Rome',
    stops: [s('Rome'), s('Santiago de Compostela', 'flight'), s('Barcelona', 'flight'), s('Rome', 'flight')],
  },
  {
    what: 'Cambodia, "on a Cambodia Airways charter", a host as the subject at the Great Hall of the People',
    text: 'Phnom Penh, 9 February 2023 – Samdech Techo Hun Sen, Prime Minister of the Kingdom of Cambodia, arrived in Beijing this afternoon on a Cambodia Airways charter flight, beginning an official visit to China from 9 to 11 February. On 10 February, President Xi Jinping hosted the Prime Minister at the Great Hall of the People, and Premier Li Keqiang held talks with him there. The Prime Minister returns to Phnom Penh on 11 February.',
    published: '2023-02-09',
    home: 'Phnom Penh',
    stops: [s('Phnom Penh'), s('Beijing', 'flight'), s('Phnom Penh')],
  },
  {
    what: 'the United Kingdom, "on the overnight sleeper from London Euston … arriving in Inverness", "go on by road to Aberdeen"',
    text: 'London, 3 October 2025 – The Prime Minister will travel to Scotland on the overnight sleeper from London Euston on Sunday 5 October, arriving in Inverness on Monday morning. He will visit a hydrogen project on the Cromarty Firth and then go on by road to Aberdeen to meet workers in the offshore energy industry, returning to London on Tuesday.',
    published: '2025-10-03',
    home: 'London',
    stops: [s('London'), s('Inverness', 'rail'), s('Aberdeen', 'road'), s('London')],
  },
  {
    what: 'India, "travel together by bullet train to Kobe", and a works named Kawasaki',
    text: 'New Delhi, 9 November 2016 – Prime Minister Narendra Modi will pay an official visit to Japan from 10 to 12 November. After the annual summit in Tokyo with Prime Minister Shinzo Abe on 11 November, the two Prime Ministers will travel together by bullet train to Kobe on 12 November, where they will visit the Kawasaki Heavy Industries plant. The Prime Minister returns to New Delhi that night.',
    published: '2016-11-09',
    home: 'New Delhi',
    stops: [s('New Delhi'), s('Tokyo'), s('Kobe', 'rail'), s('New Delhi')],
  },
  {
    what: 'Portugal, "flies on to Pemba, in the province of Cabo Delgado"',
    text: 'Lisbon, 18 July 2023. The President of the Republic, Marcelo Rebelo de Sousa, will travel to Mozambique on 20 July. He arrives in Maputo that evening and will be received by President Filipe Nyusi on 21 July. On 22 July he flies on to Pemba, in the province of Cabo Delgado, to visit the Portuguese soldiers training Mozambican forces, before returning to Lisbon on 24 July.',
    published: '2023-07-18',
    home: 'Lisbon',
    stops: [s('Lisbon'), s('Maputo'), s('Pemba', 'flight', [40.52, -12.97]), s('Lisbon')],
  },
  {
    what: 'Thailand, "fly to Udon Thani and travel overland from there across the Friendship Bridge to Vientiane", a host as subject',
    text: 'Bangkok, 10 January 2024 – Prime Minister Srettha Thavisin will pay an official visit to the Lao PDR on 11 January. The Prime Minister will fly to Udon Thani and travel overland from there across the Friendship Bridge to Vientiane. Prime Minister Sonexay Siphandone will host him for talks on trade and the railway link. He returns to Bangkok the same evening.',
    published: '2024-01-10',
    home: 'Bangkok',
    stops: [s('Bangkok'), s('Udon Thani', 'flight'), s('Vientiane', 'road'), s('Bangkok')],
  },
  {
    what: 'Germany, "travelling by train throughout": one mode stated for every leg',
    text: 'Berlin, 28 August 2024. Federal President Frank-Walter Steinmeier will visit Switzerland from 1 to 3 September, travelling by train throughout. He starts in Bern on 1 September with talks with the Federal Council, goes on to Zurich on 2 September and to Basel on 3 September, and returns to Berlin that night.',
    published: '2024-08-28',
    home: 'Berlin',
    stops: [s('Berlin', undefined), s('Bern', 'rail'), s('Zurich', 'rail'), s('Basel', 'rail'), s('Berlin', 'rail')],
  },
  {
    what: 'New Zealand, two legs and their mode a sentence later ("Both legs will be flown")',
    text: "Wellington, 9 May 2024. Foreign Minister Winston Peters will visit Tonga and Niue next week. He travels to Nuku'alofa on 14 May and to Alofi on 16 May. Both legs will be flown on a Royal New Zealand Air Force Boeing 757. He returns to Wellington on 17 May.",
    published: '2024-05-09',
    home: 'Wellington',
    stops: [s('Wellington'), s("Nuku'alofa", 'flight'), s('Alofi', 'flight'), s('Wellington')],
  },
  {
    what: 'Hungary, "landed at Beijing Capital International Airport", the Great Hall of the People',
    text: 'Budapest, 16 October 2023 – Prime Minister Viktor Orbán landed at Beijing Capital International Airport on Monday to attend the third Belt and Road Forum for International Cooperation. On Tuesday President Xi Jinping will receive him at the Great Hall of the People. He flies home to Budapest on Wednesday.',
    published: '2023-10-16',
    home: 'Budapest',
    stops: [s('Budapest'), s('Beijing', 'flight'), s('Budapest', 'flight')],
  },
  {
    what: 'Kenya, a small town: "will fly to Lamu"',
    text: 'Nairobi, 19 May 2021. President Uhuru Kenyatta will fly to Lamu on Thursday to commission the first three berths of the Lamu Port, a part of the Lamu Port–South Sudan–Ethiopia Transport corridor. He will return to Nairobi the same day.',
    published: '2021-05-19',
    home: 'Nairobi',
    stops: [s('Nairobi'), s('Lamu', 'flight'), s('Nairobi')],
  },
  {
    what: 'Austria, "to the Balkans": the region is no stop',
    text: 'Vienna, 5 March 2023. Chancellor Karl Nehammer will travel to the Balkans this week to support the region on its way into the European Union. He will visit Sarajevo on Thursday and Podgorica on Friday, and return to Vienna on Saturday.',
    published: '2023-03-05',
    home: 'Vienna',
    stops: [s('Vienna'), s('Sarajevo'), s('Podgorica'), s('Vienna')],
  },
  {
    what: 'Japan, "the Pacific Islands Forum Secretariat in Suva": the grouping is no stop',
    text: 'Tokyo, 3 May 2023. Foreign Minister Yoshimasa Hayashi will visit Fiji on 7 May, where he will call on the Pacific Islands Forum Secretariat in Suva and meet Prime Minister Sitiveni Rabuka. He will then fly to Honiara for talks with the Solomon Islands government.',
    published: '2023-05-03',
    home: 'Tokyo',
    stops: [s('Tokyo'), s('Suva'), s('Honiara', 'flight'), s('Tokyo')],
  },
  {
    what: 'Australia, the home capital named in passing ("the agreement signed in Canberra in August")',
    text: 'Canberra, 20 October 2024. Foreign Minister Penny Wong will travel to Jakarta on 22 October for the inauguration of President Prabowo Subianto. The visit builds on the Defence Cooperation Agreement signed in Canberra in August. Senator Wong will return to Canberra on 23 October.',
    published: '2024-10-20',
    home: 'Canberra',
    stops: [s('Canberra'), s('Jakarta'), s('Canberra')],
  },
  {
    what: 'Singapore, a host as the subject at "Hyderabad House" (a venue in New Delhi, not Hyderabad)',
    text: 'Singapore, 1 September 2025 – Prime Minister Lawrence Wong will make an official visit to India from 2 to 4 September. Prime Minister Narendra Modi will host Prime Minister Wong for talks at Hyderabad House in New Delhi on 4 September, and President Droupadi Murmu will receive him at Rashtrapati Bhavan.',
    published: '2025-09-01',
    home: 'Singapore',
    stops: [s('Singapore'), s('New Delhi'), s('Singapore')],
  },
  {
    what: 'Canada, a list after a colon ("three capitals: Tallinn, Riga and Vilnius")',
    text: 'Ottawa, 28 August 2023. Minister of Foreign Affairs Mélanie Joly will travel to the Baltic states from 2 to 5 September, with visits to three capitals: Tallinn, Riga and Vilnius. She will meet Canadian troops leading the NATO battlegroup in Latvia.',
    published: '2023-08-28',
    home: 'Ottawa',
    stops: [s('Ottawa'), s('Tallinn'), s('Riga'), s('Vilnius'), s('Ottawa')],
  },
  {
    what: 'Korea, "aboard the presidential aircraft" to Jakarta and "by motorcade to Bogor"',
    text: 'Seoul, 4 September 2023. President Yoon Suk Yeol will depart for Indonesia on 5 September aboard the presidential aircraft to attend the ASEAN–Korea Summit in Jakarta. On 7 September he will travel by motorcade to Bogor for a state lunch hosted by President Joko Widodo at the Bogor Palace.',
    published: '2023-09-04',
    home: 'Seoul',
    stops: [s('Seoul'), s('Jakarta', 'flight'), s('Bogor', 'road'), s('Seoul')],
  },
  {
    what: 'Ireland, "the Taoiseach\'s motorcade" to Derry after arriving in Belfast',
    text: "Dublin, 17 January 2024. The Taoiseach will travel to Northern Ireland on Friday. After meeting the party leaders in Belfast at Stormont, the Taoiseach's motorcade will continue to Derry, where he will visit the Ulster University campus. He returns to Dublin on Friday evening.",
    published: '2024-01-17',
    home: 'Dublin',
    stops: [s('Dublin'), s('Belfast'), s('Derry', 'road'), s('Dublin')],
  },
  {
    what: 'Chile, a list after a colon ("The programme: Panama City on 15 May, San José, Costa Rica, on 16 May, …")',
    text: 'Santiago, 8 May 2023. President Gabriel Boric will travel to Central America next week. The programme: Panama City on 15 May, San José, Costa Rica, on 16 May, and Tegucigalpa on 17 May. He flies home to Santiago on 18 May.',
    published: '2023-05-08',
    home: 'Santiago',
    stops: [s('Santiago'), s('Panama City'), s('San José', undefined, [-84.08, 9.93]), s('Tegucigalpa'), s('Santiago', 'flight')],
  },
  {
    what: 'Egypt, a venue inside a city ("received at the Élysée Palace") and "drove to the Institut du Monde Arabe"',
    text: 'Cairo, 20 June 2023. President Abdel Fattah el-Sisi arrived in Paris on Tuesday for the Summit for a New Global Financing Pact. President Emmanuel Macron received him at the Élysée Palace on Wednesday, after which he drove to the Palais Brongniart for the summit. He flew back to Cairo on Friday.',
    published: '2023-06-20',
    home: 'Cairo',
    stops: [s('Cairo'), s('Paris'), s('Cairo', 'flight')],
  },
  {
    what: 'the Philippines, modes told after their places ("He will make the trip by air.", "; he will travel there by ferry")',
    text: 'Manila, 10 November 2023. President Ferdinand R. Marcos Jr. will inspect the flood defences in Tacloban on Monday. He will make the trip by air. On Tuesday he goes to Cebu City, where he will meet local officials; he will travel there by ferry. He returns to Manila on Wednesday.',
    published: '2023-11-10',
    home: 'Manila',
    stops: [s('Manila'), s('Tacloban', 'flight'), s('Cebu City', 'sea'), s('Manila')],
  },
  {
    what: 'Norway, "will drive rather than fly to Gothenburg"',
    text: 'Oslo, 2 September 2024. Prime Minister Jonas Gahr Støre will drive rather than fly to Gothenburg on Wednesday for a meeting of the Nordic prime ministers, and he will be back in Oslo on Thursday.',
    published: '2024-09-02',
    home: 'Oslo',
    stops: [s('Oslo'), s('Gothenburg', 'road'), s('Oslo')],
  },
  {
    what: 'Italy, "to the Gulf" and "the Gulf Cooperation Council summit in Manama"',
    text: 'Rome, 30 November 2024. Prime Minister Giorgia Meloni will travel to the Gulf on 3 December as a guest of the Gulf Cooperation Council summit in Manama, the first Italian head of government invited to it. She will hold talks with King Hamad bin Isa Al Khalifa before flying back to Rome.',
    published: '2024-11-30',
    home: 'Rome',
    stops: [s('Rome'), s('Manama'), s('Rome', 'flight')],
  }
];

/** Written with the cases above and failing on main as on this branch, each for the cause in `why`: not asserted. */
export const left: Case[] = [
  {
    what: 'Poland, a recap: "left Przemyśl by special train … reaching Kyiv"',
    text: 'Warsaw, 16 March 2022. Prime Minister Mateusz Morawiecki returned to Warsaw this morning from Kyiv, where, with the Prime Ministers of Czechia and Slovenia, he met President Volodymyr Zelenskyy on Tuesday evening. The delegation had left Przemyśl by special train on Tuesday morning and crossed into Ukraine, reaching Kyiv after some ten hours.',
    published: '2022-03-16',
    home: 'Warsaw',
    stops: [s('Warsaw'), s('Przemyśl'), s('Kyiv', 'rail'), s('Warsaw')],
    why: 'a place left in a recap ("had left Przemyśl by special train") is no stop, and "reaching Kyiv" after it states no mode',
  },
  {
    what: 'the Netherlands, "After arriving in Kyiv by train … in a convoy of armoured vehicles to Irpin"',
    text: 'The Hague, 11 July 2022 – Prime Minister Mark Rutte visited Ukraine on Monday. After arriving in Kyiv by train, the Prime Minister travelled in a convoy of armoured vehicles to Irpin, where he saw the destruction left by the Russian occupation and spoke with residents who are rebuilding their homes. In the afternoon he met President Volodymyr Zelenskyy in Kyiv.',
    published: '2022-07-11',
    home: 'The Hague',
    stops: [s('The Hague'), s('Kyiv', 'rail'), s('Irpin', 'road'), s('Kyiv'), s('The Hague')],
    why: 'a return to a stop already visited the same day ("In the afternoon he met … in Kyiv", after Irpin) is no second stop',
  },
  {
    what: 'Japan at home, "by Shinkansen" to Fukushima, then "a short helicopter hop took him to Futaba"',
    text: 'Tokyo, 14 August 2022. Prime Minister Fumio Kishida visited Fukushima Prefecture on Saturday. After arriving in Fukushima City by Shinkansen, he met the Governor, and a short helicopter hop then took him to Futaba, where he toured the town centre reopened to residents after eleven years. He returned to Tokyo that evening.',
    published: '2022-08-14',
    home: 'Tokyo',
    stops: [s('Tokyo'), s('Fukushima', 'rail'), s('Futaba', 'flight'), s('Tokyo')],
    why: 'Futaba (a town of a few thousand) is in no gazetteer here',
  },
  {
    what: 'Sweden, "fly to Malmö", "drive to Helsingborg", "takes the ferry across the Øresund to Helsingør", "by air"',
    text: 'Stockholm, 10 March 2024. Prime Minister Ulf Kristersson will meet the Danish Prime Minister, Mette Frederiksen, in Helsingør on 14 March. He will fly to Malmö in the morning and drive to Helsingborg, where he takes the ferry across the Øresund to Helsingør. The two Prime Ministers will discuss energy links across the strait. Kristersson returns to Stockholm by air in the evening.',
    published: '2024-03-10',
    home: 'Stockholm',
    stops: [s('Stockholm'), s('Malmö', 'flight'), s('Helsingborg', 'road'), s('Helsingør', 'sea'), s('Stockholm', 'flight')],
    why: 'the place of the meeting, named first ("will meet … in Helsingør on 14 March"), is put before the places the travel of that day reaches on the way',
  },
  {
    what: 'the United Kingdom, "Instead of flying, he will take the Eurostar"',
    text: 'London, 13 July 2024. The Prime Minister will go to Brussels on Thursday for talks with the President of the European Commission. Instead of flying, he will take the Eurostar from St Pancras, and he will be back in London that evening.',
    published: '2024-07-13',
    home: 'London',
    stops: [s('London'), s('Brussels', 'rail'), s('London')],
    why: 'the way there, told in a sentence that also brings the traveller home, is read as the way home',
  },
  {
    what: 'the United States, "landed at Ramstein Air Base" for a meeting there',
    text: 'Washington, 18 April 2023. Secretary of Defense Lloyd J. Austin III will travel to Germany this week. He lands at Ramstein Air Base on Thursday to host the Ukraine Defense Contact Group, the fourth meeting of the group at Ramstein, and returns to Washington on Friday.',
    published: '2023-04-18',
    home: 'Washington',
    stops: [s('Washington'), s('Ramstein', 'flight'), s('Washington')],
    why: 'Ramstein (Ramstein-Miesenbach, under 15,000 people) is in no gazetteer here',
  },
  {
    what: 'New Zealand at home, "flew to Christchurch … by helicopter over Kaikōura" (a small town)',
    text: 'Wellington, 16 November 2016. Prime Minister John Key flew to Christchurch on Tuesday and went on by helicopter to Kaikōura, where the earthquake has cut the town off by road. He met the Mayor and residents at the civil defence centre before flying back to Wellington in the evening.',
    published: '2016-11-16',
    home: 'Wellington',
    stops: [s('Wellington'), s('Christchurch', 'flight'), s('Kaikōura', 'flight'), s('Wellington', 'flight')],
    why: 'Kaikōura (about 2,000 people) is in no gazetteer here',
  },
  {
    what: 'Malaysia, "crossed by road into Singapore" from Johor Bahru',
    text: 'Putrajaya, 11 January 2025 – Prime Minister Anwar Ibrahim flew to Johor Bahru on 6 January and crossed by road into Singapore the next morning for the Leaders\' Retreat with Prime Minister Lawrence Wong. The two leaders witnessed the signing of the agreement on the Johor–Singapore Special Economic Zone. Anwar returned to Putrajaya on 7 January.',
    published: '2025-01-11',
    home: 'Putrajaya',
    stops: [s('Putrajaya'), s('Johor Bahru', 'flight'), s('Singapore', 'road'), s('Putrajaya')],
    why: '"crossed by road into Singapore" is not read as travel into the city-state',
  },
  {
    what: 'Greece, "took the ferry across to Chios"',
    text: 'Athens, 2 June 2023. Prime Minister Kyriakos Mitsotakis flew to Lesbos on Thursday to visit the new reception centre for migrants, and the next morning took the ferry across to Chios, where he met fishermen and mastic growers. He flew back to Athens on Friday afternoon.',
    published: '2023-06-02',
    home: 'Athens',
    stops: [s('Athens'), s('Lesbos', 'flight'), s('Chios', 'sea'), s('Athens', 'flight')],
    why: 'an island (Lesbos) is in no gazetteer here, only its town (Mytilene)',
  },
  {
    what: 'Vietnam, a foreign leader "will arrive at Dong Dang station … by special train" and "go on by road to Hanoi"',
    text: 'Hanoi, 24 February 2019. Chairman Kim Jong Un of the Democratic People\'s Republic of Korea will arrive at Dong Dang station, on the border with China, by special train on 26 February, and will go on by road to Hanoi for his second summit with the President of the United States.',
    published: '2019-02-24',
    home: 'Pyongyang',
    stops: [s('Pyongyang'), s('Dong Dang', 'rail'), s('Hanoi', 'road'), s('Pyongyang')],
    why: 'Dong Dang (a border town) is in no gazetteer here',
  },
  {
    what: 'Indonesia, "the Sahel" and "the African Union in Addis Ababa": regions and bodies, no stops',
    text: 'Jakarta, 15 August 2023. President Joko Widodo will fly to South Africa on 20 August for the BRICS summit in Johannesburg, after stops in Nairobi and Dar es Salaam. Talks on food security in the Sahel and with the African Union in Addis Ababa are planned for next year.',
    published: '2023-08-15',
    home: 'Jakarta',
    stops: [s('Jakarta'), s('Nairobi', 'flight'), s('Dar es Salaam'), s('Johannesburg'), s('Jakarta')],
    why: '"fly to South Africa … for the BRICS summit in Johannesburg, after stops in Nairobi and Dar es Salaam": the stops "after" which the summit comes are put after it, and "stops in" is not read as flown',
  }
];

describe('announcements of round 20: stated modes and places', () => {
  for (const c of cases) {
    it(`reads ${c.what}`, () => {
      expect(misses(c)).toEqual([]);
    });
  }
});

describe('round 20: the way home and the way to the capital', () => {
  it('reads "took off for Ottawa" as the flight home', () => {
    const text =
      'Ottawa, 7 May 2025. Prime Minister Mark Carney met President Donald Trump at the White House in Washington on Tuesday for their first meeting since the election. The two leaders discussed tariffs and the review of the trade agreement. The Prime Minister took off for Ottawa on Tuesday evening.';
    expect(read(text, '2025-05-07', 'Ottawa').modes).toEqual(['unknown', 'flight']);
  });

  it('reads "took the overnight train to the capital" as the way to Hanoi, not to Ho Chi Minh City before it', () => {
    const text =
      'Canberra, 9 July 2024 – Foreign Minister Penny Wong began her visit to Vietnam in Ho Chi Minh City on Sunday, where she met Australian businesses. On Monday she took the overnight train to the capital. In Hanoi she held talks with Deputy Prime Minister Bui Thanh Son on Tuesday, and she returns to Canberra on Wednesday.';
    const { stops, modes } = read(text, '2024-07-09', 'Canberra');
    expect(stops.map((x) => x.split(' ')[0])).toEqual(['Ho', 'Hanoi']);
    expect(modes).toEqual(['unknown', 'rail', 'unknown']);
  });
});
