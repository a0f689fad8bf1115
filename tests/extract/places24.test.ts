// Places on unseen announcements, round 24 (issue 17): 51 announcements written for these tests, each modelled on a real visit
// (2011–2025) that no corpus text or earlier round's test tells, of Central Asia, the Caucasus, the Pacific islands, West and
// Central Africa, the Andes and the Caribbean, and of small towns and sites in Europe and North America (a factory, a memorial, a
// national park, an island), with places as writers give them: older and other transliterations (Ashkhabad, Alma-Ata, Erevan,
// Nakhichevan, Samarqand), fuller names than the world list's (Ciudad Juárez, Tuxtla Gutiérrez), "St." and "Saint", hyphens
// (Port-au-Prince, Cap-Haïtien), "X City", "the island of X", and towns under the world list's 15,000 people. Each is scored
// as the corpus scores a text (evaluate.ts, through expected-stops.ts).
// The first 41 were written before this round changed anything (four replaced before any fix, as earlier rounds' tests told
// the same visits). Run on main (044eb27), 25 failed. By the corpus's conventions three expectations were put right: a
// spelling the gazetteer lists under another name is shown by that name (St. George's as Saint George's), the sea is the
// mode of a ferry, and an island off a city visited that day (Gorée, off Dakar) is part of the stay there, as a district is.
// Causes: 16 places no gazetteer here had (older spellings, towns under 15,000 people); 1 a works named after a place ("the
// Toyota plant in Georgetown"); 1 the convention alone (Gorée); 7 left, of other stages or places (each with its cause in
// `why`). Fixed: the first two causes, 17 texts, by curated places (data/gazetteer/places.json) and a general rule, and
// later one of the 7 (an island after "on" in a list of "in" places: "and on Rarotonga in the Cook Islands on 8 March"). The 10 after were run once before any change for them: 5 failed,
// 1 only by the convention (St Helier is shown as Saint Helier); fixed, 3: two spellings or towns (Turkistan, Newtown,
// Connecticut) and an event named with an en dash ("the first Africa–CARICOM summit in Bridgetown"); 1 left (a date).
import { describe, expect, it } from 'vitest';
import { at, back, caseMisses, from, type Case } from './expected-stops';
import { useWorld } from './world';

const { draft } = useWorld();

const misses = caseMisses(draft);

/** The first 40, written before any change and run on main's extractor. */
export const first: Case[] = [
  {
    what: 'Japan, Central Asia, "Ashkhabad" (the older spelling)',
    text: 'Tokyo, 20 October 2015 – Prime Minister Shinzo Abe will visit Mongolia and the five countries of Central Asia from 22 to 28 October. He will be in Ulaanbaatar on 22 October and in Ashkhabad on 23 October, where he will meet President Gurbanguly Berdimuhamedov. On 25 October he will visit Dushanbe, and on 26 October Tashkent.',
    published: '2015-10-20',
    home: 'Tokyo',
    stops: [from('Tokyo'), at('Ulaanbaatar', ['2015-10-22']), at('Ashkhabad', ['2015-10-23']), at('Dushanbe', ['2015-10-25']), at('Tashkent', ['2015-10-26']), back('Tokyo')],
    meetings: [['Ashkhabad', 'Berdimuhamedov']],
  },
  {
    what: 'United States, "Hanover, Germany" for the trade fair',
    text: 'Washington, 19 April 2016 – President Obama will travel to London on 21 April, where he will meet Prime Minister David Cameron on 22 April. On 24 April he will travel to Hanover, Germany, where he and Chancellor Angela Merkel will open the Hannover Messe trade fair.',
    published: '2016-04-19',
    home: 'Washington',
    stops: [from('Washington, D.C.', '2016-04-21'), at('London', ['2016-04-21', '2016-04-22']), at('Hanover', ['2016-04-24']), back('Washington, D.C.')],
    meetings: [['London', 'Cameron'], ['Hanover', 'Merkel']],
    why: 'a meeting told as a shared act ("he and Chancellor Angela Merkel will open") is not read as one: a meeting stage\'s cause',
  },
  {
    what: 'Holy See, "León, Guanajuato", "fly to Santiago de Cuba", Havana',
    text: 'Vatican City, 20 March 2012 – Pope Benedict XVI will travel to Mexico and Cuba from 23 to 28 March. He will stay in León, Guanajuato, from 23 to 26 March, and on 26 March he will fly to Santiago de Cuba, where he will celebrate Mass. On 27 March he will go on to Havana, where he will meet President Raúl Castro.',
    published: '2012-03-20',
    home: 'Vatican City',
    stops: [from('Vatican City', '2012-03-23'), at('León', ['2012-03-23', '2012-03-24', '2012-03-25', '2012-03-26']), at('Santiago de Cuba', ['2012-03-26'], 'flight'), at('Havana', ['2012-03-27']), back('Vatican City')],
    meetings: [['Havana', 'Raúl Castro']],
    why: 'the world list has León, Mexico only as "León de los Aldama", so "León" is León in Nicaragua or Spain and "Guanajuato" a city of its own; a curated "León" was tried and dropped, as it made the first name of "Leon Kacou Adom" in a tuning text a stop',
  },
  {
    what: 'United Kingdom, the Caribbean: Kingstown, "St. George\'s, Grenada", Basseterre',
    text: 'London, 15 March 2019 – The Prince of Wales and the Duchess of Cornwall will visit the Caribbean from 17 to 27 March. They will begin in Kingstown, St Vincent and the Grenadines, on 18 March, then travel to St. George\'s, Grenada, on 19 March, and to Basseterre, St Kitts and Nevis, on 21 March, before a visit to Havana from 24 to 27 March.',
    published: '2019-03-15',
    home: 'London',
    stops: [from('London', '2019-03-17'), at('Kingstown', ['2019-03-18']), at("Saint George's", ['2019-03-19']), at('Basseterre', ['2019-03-21']), at('Havana', ['2019-03-24', '2019-03-25', '2019-03-26', '2019-03-27']), back('London')],
  },
  {
    what: 'United States, the EPA Administrator "in East Palestine, Ohio" (a village of 4,700)',
    text: 'Washington, 15 February 2023 – EPA Administrator Michael S. Regan will travel to East Palestine, Ohio, on 16 February to see the cleanup of the train derailment site and to meet residents and Governor Mike DeWine.',
    published: '2023-02-15',
    home: 'Washington',
    stops: [from('Washington, D.C.'), at('East Palestine', ['2023-02-16']), back('Washington, D.C.')],
    meetings: [['East Palestine', 'DeWine']],
  },

  {
    what: 'Singapore, "to Bintan, Indonesia, by ferry"',
    text: 'Singapore, 24 January 2022 – Prime Minister Lee Hsien Loong will travel to Bintan, Indonesia, by ferry on 25 January for the Leaders\' Retreat with President Joko Widodo, and will return to Singapore the same evening.',
    published: '2022-01-24',
    home: 'Singapore',
    stops: [from('Singapore', '2022-01-25'), at('Bintan', ['2022-01-25'], 'sea'), back('Singapore', '2022-01-25')],
    meetings: [['Bintan', 'Joko Widodo']],
  },
  {
    what: 'Japan, the Emperor "to Wajima and Suzu" by way of Komatsu',
    text: 'Tokyo, 18 March 2024 – Their Majesties the Emperor and Empress will visit Ishikawa Prefecture on 22 March to console the people affected by the Noto Peninsula earthquake. They will fly to Komatsu and go on by Self-Defense Forces helicopter to Wajima and Suzu, returning to Tokyo the same day.',
    published: '2024-03-18',
    home: 'Tokyo',
    stops: [from('Tokyo', '2024-03-22'), at('Komatsu', ['2024-03-22'], 'flight'), at('Wajima', ['2024-03-22'], 'flight'), at('Suzu', ['2024-03-22']), back('Tokyo', '2024-03-22')],
  },

  {
    what: 'United States, "El Paso, Texas" and "Ciudad Juárez"',
    text: 'Washington, 21 January 2024 – Secretary of Homeland Security Alejandro Mayorkas will travel to El Paso, Texas, on 23 January, and on 24 January he will cross to Ciudad Juárez for talks with Mexican officials on migration.',
    published: '2024-01-21',
    home: 'Washington',
    stops: [from('Washington, D.C.'), at('El Paso', ['2024-01-23']), at('Ciudad Juárez', ['2024-01-24']), back('Washington, D.C.')],
  },
  {
    what: 'Guatemala, "Tuxtla Gutiérrez, Chiapas"',
    text: 'Guatemala City, 8 October 2024 – President Bernardo Arévalo will travel to Tuxtla Gutiérrez, Chiapas, on 10 October for talks with President Claudia Sheinbaum on the southern border.',
    published: '2024-10-08',
    home: 'Guatemala City',
    stops: [from('Guatemala City'), at('Tuxtla Gutiérrez', ['2024-10-10']), back('Guatemala City')],
    meetings: [['Tuxtla Gutiérrez', 'Sheinbaum']],
  },

  {
    what: 'Thailand, Myanmar: Yangon and "the temples of Bagan"',
    text: 'Bangkok, 10 January 2020 – Her Royal Highness Princess Maha Chakri Sirindhorn will visit Myanmar from 13 to 16 January. She will be in Yangon on 13 and 14 January and will travel to Bagan on 15 January to see the restoration of its temples.',
    published: '2020-01-10',
    home: 'Bangkok',
    stops: [from('Bangkok'), at('Yangon', ['2020-01-13', '2020-01-14']), at('Bagan', ['2020-01-15']), back('Bangkok')],
  },

  {
    what: 'Belarus, "Alma-Ata" (the older name)',
    text: 'Minsk, 27 May 2014 – President Alexander Lukashenko will travel to Astana on 29 May to sign the Treaty on the Eurasian Economic Union, and on 30 May he will visit Alma-Ata, where he will meet business leaders.',
    published: '2014-05-27',
    home: 'Minsk',
    stops: [from('Minsk'), at('Astana', ['2014-05-29']), at('Alma-Ata', ['2014-05-30']), back('Minsk')],
  },
  {
    what: 'Holy See, Armenia: Yerevan, "Holy Etchmiadzin", Gyumri',
    text: 'Vatican City, 21 June 2016 – Pope Francis will make an apostolic journey to Armenia from 24 to 26 June. In Yerevan he will meet President Serzh Sargsyan on 24 June. On 25 June he will fly to Gyumri, the country\'s second city, to celebrate Mass, and on 26 June he will visit the Khor Virap monastery before returning to Rome.',
    published: '2016-06-21',
    home: 'Rome',
    stops: [from('Rome', '2016-06-24'), at('Yerevan', ['2016-06-24']), at('Gyumri', ['2016-06-25'], 'flight'), back('Rome', '2016-06-26')],
    meetings: [['Yerevan', 'Sargsyan']],
  },
  {
    what: 'New Zealand, the Pacific: Apia, "Alofi, Niue", "Nuku\'alofa", "Rarotonga in the Cook Islands"',
    text: 'Wellington, 28 February 2018 – Prime Minister Jacinda Ardern will lead a Pacific mission from 5 to 9 March, visiting Samoa, Niue, Tonga and the Cook Islands. She will be in Apia on 5 March, in Alofi, Niue, on 6 March, in Nuku\'alofa on 7 March and on Rarotonga in the Cook Islands on 8 and 9 March.',
    published: '2018-02-28',
    home: 'Wellington',
    stops: [from('Wellington'), at('Apia', ['2018-03-05']), at('Alofi', ['2018-03-06']), at("Nuku'alofa", ['2018-03-07']), at('Rarotonga', ['2018-03-08', '2018-03-09']), back('Wellington')],
  },
  {
    what: 'France, the Pacific: Nouméa, "Port-Vila", Port Moresby',
    text: 'Paris, 21 July 2023 – President Emmanuel Macron will travel to New Caledonia, Vanuatu and Papua New Guinea from 24 to 28 July. He will be in Nouméa from 24 to 26 July, in Port-Vila on 27 July for talks with Prime Minister Ishmael Kalsakau, and in Port Moresby on 28 July, the first visit of a French president to Papua New Guinea.',
    published: '2023-07-21',
    home: 'Paris',
    stops: [from('Paris'), at('Nouméa', ['2023-07-24', '2023-07-25', '2023-07-26']), at('Port-Vila', ['2023-07-27']), at('Port Moresby', ['2023-07-28']), back('Paris')],
    meetings: [['Port-Vila', 'Kalsakau']],
  },
  {
    what: 'Holy See, "the island of Lampedusa" (a town of 6,000)',
    text: 'Vatican City, 1 July 2013 – Pope Francis will visit the island of Lampedusa on 8 July to pray for the migrants who have died at sea, and will celebrate Mass at the sports ground.',
    published: '2013-07-01',
    home: 'Vatican City',
    stops: [from('Vatican City'), at('Lampedusa', ['2013-07-08']), back('Vatican City')],
  },
  {
    what: 'France, Côte d\'Ivoire: Abidjan, "the base at Port-Bouët", "Bouaké"',
    text: 'Paris, 18 December 2019 – President Emmanuel Macron will travel to Côte d\'Ivoire from 20 to 22 December. In Abidjan he will meet President Alassane Ouattara on 21 December, after spending the evening of 20 December with the French troops at Port-Bouët, and on 22 December he will fly to Bouaké.',
    published: '2019-12-18',
    home: 'Paris',
    stops: [from('Paris'), at('Abidjan', ['2019-12-20', '2019-12-21']), at('Bouaké', ['2019-12-22'], 'flight'), back('Paris')],
    meetings: [['Abidjan', 'Ouattara']],
  },
  {
    what: 'Holy See, Benin: Cotonou and "Ouidah"',
    text: 'Vatican City, 15 November 2011 – Pope Benedict XVI will travel to Benin from 18 to 20 November. After his arrival in Cotonou on 18 November, he will meet President Thomas Boni Yayi on 19 November and go on to Ouidah, where he will sign the apostolic exhortation Africae munus, before celebrating Mass in Cotonou on 20 November.',
    published: '2011-11-15',
    home: 'Vatican City',
    stops: [from('Vatican City', '2011-11-18'), at('Cotonou', ['2011-11-18', '2011-11-19']), at('Ouidah', ['2011-11-19']), at('Cotonou', ['2011-11-20']), back('Vatican City')],
    meetings: [['Cotonou', 'Boni Yayi']],
    why: 'a return to the first city after an excursion ("go on to Ouidah …, before celebrating Mass in Cotonou on 20 November") is not read as a second stop: an order stage\'s cause',
  },
  {
    what: 'United States, Senegal: Dakar and "Gorée Island" (off Dakar: a part of the stay there, as a district is)',
    text: 'Washington, 21 June 2013 – President Obama will travel to Senegal, South Africa and Tanzania from 26 June to 2 July. In Dakar he will meet President Macky Sall on 27 June, and he will visit Gorée Island, from which enslaved Africans were shipped across the Atlantic, on the same day. He will be in Pretoria on 29 June and in Dar es Salaam on 1 and 2 July.',
    published: '2013-06-21',
    home: 'Washington',
    stops: [from('Washington, D.C.', '2013-06-26'), at('Dakar', ['2013-06-27']), at('Pretoria', ['2013-06-29']), at('Dar es Salaam', ['2013-07-01', '2013-07-02']), back('Washington, D.C.')],
    meetings: [['Dakar', 'Macky Sall']],
  },
  {
    what: 'Holy See, Chile and Peru: Santiago, Temuco, Iquique, Lima, "Puerto Maldonado", Trujillo',
    text: 'Vatican City, 12 January 2018 – Pope Francis will visit Chile and Peru from 15 to 22 January. In Chile he will be in Santiago on 16 January, in Temuco on 17 January and in Iquique on 18 January. In Peru he will go to Puerto Maldonado in the Amazon on 19 January, to Trujillo on 20 January and to Lima on 21 January.',
    published: '2018-01-12',
    home: 'Vatican City',
    stops: [from('Vatican City', '2018-01-15'), at('Santiago', ['2018-01-16']), at('Temuco', ['2018-01-17']), at('Iquique', ['2018-01-18']), at('Puerto Maldonado', ['2018-01-19']), at('Trujillo', ['2018-01-20']), at('Lima', ['2018-01-21']), back('Vatican City')],
  },
  {
    what: 'United States, "Cartagena de Indias" for the Summit of the Americas',
    text: 'Washington, 10 April 2012 – President Obama will travel to Cartagena de Indias, Colombia, on 13 April for the Sixth Summit of the Americas, and will hold a bilateral meeting with President Juan Manuel Santos on 15 April.',
    published: '2012-04-10',
    home: 'Washington',
    stops: [from('Washington, D.C.'), at('Cartagena', ['2012-04-13', '2012-04-15']), back('Washington, D.C.')],
    meetings: [['Cartagena', 'Santos']],
  },
  {
    what: 'United States, Kingston, Jamaica, then "Panama City"',
    text: 'Washington, 6 April 2015 – President Obama will travel to Kingston, Jamaica, on 8 April, where he will meet Prime Minister Portia Simpson-Miller and the leaders of CARICOM. On 9 April he will fly on to Panama City for the Summit of the Americas, returning to Washington on 11 April.',
    published: '2015-04-06',
    home: 'Washington',
    stops: [from('Washington, D.C.', '2015-04-08'), at('Kingston', ['2015-04-08']), at('Panama City', ['2015-04-09'], 'flight'), back('Washington, D.C.', '2015-04-11')],
    meetings: [['Kingston', 'Simpson-Miller']],
  },
  {
    what: 'China, "Port of Spain", "San José", Mexico City',
    text: 'Beijing, 28 May 2013 – President Xi Jinping will pay state visits to Trinidad and Tobago, Costa Rica and Mexico from 31 May to 6 June. He will be in Port of Spain from 31 May to 2 June, in San José on 3 June and in Mexico City from 4 to 6 June.',
    published: '2013-05-28',
    home: 'Beijing',
    stops: [from('Beijing'), at('Port of Spain', ['2013-05-31', '2013-06-01', '2013-06-02']), at('San José', ['2013-06-03']), at('Mexico City', ['2013-06-04', '2013-06-05', '2013-06-06']), back('Beijing')],
  },
  {
    what: 'UN, Haiti: "Port-au-Prince" and "Cap-Haïtien"',
    text: 'New York, 11 July 2017 – Deputy Secretary-General Amina Mohammed will visit Haiti on 13 and 14 July. In Port-au-Prince she will meet President Jovenel Moïse on 13 July, and on 14 July she will travel to Cap-Haïtien in the north.',
    published: '2017-07-11',
    home: 'New York',
    stops: [from('New York'), at('Port-au-Prince', ['2017-07-13']), at('Cap-Haïtien', ['2017-07-14']), back('New York')],
    meetings: [['Port-au-Prince', 'Jovenel Moïse']],
  },
  {
    what: 'France, "the shipyard at Saint-Nazaire"',
    text: 'Paris, 29 May 2017 – President Emmanuel Macron will visit the Chantiers de l\'Atlantique shipyard at Saint-Nazaire on 31 May, where he will meet workers, and will then travel to Lorient.',
    published: '2017-05-29',
    home: 'Paris',
    stops: [from('Paris'), at('Saint-Nazaire', ['2017-05-31']), at('Lorient', []), back('Paris')],
  },
  {
    what: 'United States, Alaska: Anchorage, "Seward", "Dillingham", "Kotzebue"',
    text: 'Washington, 28 August 2015 – President Obama will travel to Alaska from 31 August to 2 September. In Anchorage he will address the GLACIER conference on 31 August. On 1 September he will visit Kenai Fjords National Park near Seward, and on 2 September he will travel to Dillingham and then to Kotzebue, above the Arctic Circle.',
    published: '2015-08-28',
    home: 'Washington',
    stops: [from('Washington, D.C.', '2015-08-31'), at('Anchorage', ['2015-08-31']), at('Seward', ['2015-09-01']), at('Dillingham', ['2015-09-02']), at('Kotzebue', ['2015-09-02']), back('Washington, D.C.')],
  },
  {
    what: 'Germany, West Africa: Dakar, Accra, Abuja, Lagos',
    text: 'Berlin, 27 August 2018 – Chancellor Angela Merkel will travel to Senegal, Ghana and Nigeria from 29 to 31 August. She will meet President Macky Sall in Dakar on 29 August, President Nana Akufo-Addo in Accra on 30 August, and President Muhammadu Buhari in Abuja on 31 August, before visiting Lagos.',
    published: '2018-08-27',
    home: 'Berlin',
    stops: [from('Berlin'), at('Dakar', ['2018-08-29']), at('Accra', ['2018-08-30']), at('Abuja', ['2018-08-31']), at('Lagos', []), back('Berlin')],
    meetings: [['Dakar', 'Macky Sall'], ['Accra', 'Akufo-Addo'], ['Abuja', 'Buhari']],
    why: 'meetings listed with their verb left out ("President X in Accra on 30 August, and President Y in Abuja") are not each read: a meeting stage\'s cause',
  },
  {
    what: 'Russia, "Nagato, Yamaguchi Prefecture", Tokyo',
    text: 'Moscow, 13 December 2016 – President Vladimir Putin will pay an official visit to Japan on 15 and 16 December. Talks with Prime Minister Shinzo Abe will take place in Nagato, Yamaguchi Prefecture, on 15 December, and in Tokyo on 16 December.',
    published: '2016-12-13',
    home: 'Moscow',
    stops: [from('Moscow'), at('Nagato', ['2016-12-15']), at('Tokyo', ['2016-12-16']), back('Moscow')],
    meetings: [['Nagato', 'Abe']],
  },
  {
    what: 'United States, 11 September: New York, "Shanksville, Pennsylvania", the Pentagon',
    text: 'Washington, 9 September 2021 – On 11 September President Biden will visit all three sites of the attacks of 2001: the National September 11 Memorial in New York, the Flight 93 National Memorial in Shanksville, Pennsylvania, and the Pentagon.',
    published: '2021-09-09',
    home: 'Washington',
    stops: [from('Washington, D.C.'), at('New York', ['2021-09-11']), at('Shanksville', ['2021-09-11']), back('Washington, D.C.')],
  },
  {
    what: 'United States, "Selma, Alabama"',
    text: 'Washington, 4 March 2015 – President Obama will travel to Selma, Alabama, on 7 March to mark the fiftieth anniversary of the march across the Edmund Pettus Bridge, and will return to Washington that evening.',
    published: '2015-03-04',
    home: 'Washington',
    stops: [from('Washington, D.C.'), at('Selma', ['2015-03-07']), back('Washington, D.C.', '2015-03-07')],
  },
  {
    what: 'Japan, factories: "Smyrna, Tennessee" and "Georgetown, Kentucky"',
    text: 'Tokyo, 6 May 2019 – Minister of Economy, Trade and Industry Hiroshige Seko will visit the United States from 8 to 10 May. He will tour the Nissan plant in Smyrna, Tennessee, on 8 May and the Toyota plant in Georgetown, Kentucky, on 9 May, and will meet Commerce Secretary Wilbur Ross in Washington on 10 May.',
    published: '2019-05-06',
    home: 'Tokyo',
    stops: [from('Tokyo'), at('Smyrna', ['2019-05-08']), at('Georgetown', ['2019-05-09']), at('Washington, D.C.', ['2019-05-10']), back('Tokyo')],
    meetings: [['Washington, D.C.', 'Wilbur Ross']],
  },
  {
    what: 'United States, "Guatemala City" and Mexico City',
    text: 'Washington, 3 June 2021 – Vice President Kamala Harris will travel to Guatemala City on 6 June and meet President Alejandro Giammattei on 7 June, then fly to Mexico City, where she will meet President Andrés Manuel López Obrador on 8 June.',
    published: '2021-06-03',
    home: 'Washington',
    stops: [from('Washington, D.C.', '2021-06-06'), at('Guatemala City', ['2021-06-06', '2021-06-07']), at('Mexico City', ['2021-06-08'], 'flight'), back('Washington, D.C.')],
    meetings: [['Guatemala City', 'Giammattei'], ['Mexico City', 'López Obrador']],
  },
  {
    what: 'Turkey, "Nakhichevan" (the older spelling)',
    text: 'Ankara, 24 September 2023 – President Recep Tayyip Erdoğan will travel to Nakhichevan on 25 September, where he will meet President Ilham Aliyev and open a gas pipeline.',
    published: '2023-09-24',
    home: 'Ankara',
    stops: [from('Ankara'), at('Nakhichevan', ['2023-09-25']), back('Ankara')],
    meetings: [['Nakhichevan', 'Aliyev']],
  },
  {
    what: 'Iran, "Aktau, on the Caspian coast"',
    text: 'Tehran, 10 August 2018 – President Hassan Rouhani will travel to Aktau, on the Caspian coast of Kazakhstan, on 12 August for the fifth Caspian Summit, where the Convention on the Legal Status of the Caspian Sea will be signed.',
    published: '2018-08-10',
    home: 'Tehran',
    stops: [from('Tehran'), at('Aktau', ['2018-08-12']), back('Tehran')],
  },
  {
    what: 'Pakistan, "Samarqand" (the Uzbek spelling)',
    text: 'Islamabad, 13 September 2022 – Prime Minister Muhammad Shehbaz Sharif will travel to Samarqand on 14 September to attend the Council of Heads of State of the Shanghai Cooperation Organisation on 15 and 16 September.',
    published: '2022-09-13',
    home: 'Islamabad',
    stops: [from('Islamabad', '2022-09-14'), at('Samarqand', ['2022-09-14', '2022-09-15', '2022-09-16']), back('Islamabad')],
  },
  {
    what: 'Russia, "Nur-Sultan", Bishkek and Dushanbe, a month apart',
    text: 'Moscow, 26 May 2019 – President Vladimir Putin will attend the meeting of the Supreme Eurasian Economic Council in Nur-Sultan on 29 May. He will then travel to Bishkek on 13 June for the SCO summit, and on 14 June he will be in Dushanbe for the CICA summit.',
    published: '2019-05-26',
    home: 'Moscow',
    stops: [from('Moscow'), at('Nur-Sultan', ['2019-05-29']), at('Bishkek', ['2019-06-13']), at('Dushanbe', ['2019-06-14']), back('Moscow')],
  },
  {
    what: 'Spain, Peru: Lima, "Cusco" and "Arequipa"',
    text: 'Madrid, 10 November 2015 – King Felipe VI will pay a state visit to Peru from 12 to 14 November. He will meet President Ollanta Humala in Lima on 12 November, and will travel to Cusco on 13 November and to Arequipa on 14 November.',
    published: '2015-11-10',
    home: 'Madrid',
    stops: [from('Madrid'), at('Lima', ['2015-11-12']), at('Cusco', ['2015-11-13']), at('Arequipa', ['2015-11-14']), back('Madrid')],
    meetings: [['Lima', 'Humala']],
  },
  {
    what: 'Switzerland, a guest received "in St. Moritz"',
    text: 'Bern, 20 January 2017 – The President of the Swiss Confederation, Doris Leuthard, will travel to St. Moritz on 22 January, where she will receive the President of Austria at the opening of the Alpine World Ski Championships.',
    published: '2017-01-20',
    home: 'Bern',
    stops: [from('Bern'), at('St. Moritz', ['2017-01-22']), back('Bern')],
  },
  {
    what: 'France, Armenia: "Erevan" (the French spelling)',
    text: 'Paris, 9 October 2018 – President Emmanuel Macron will travel to Erevan on 11 and 12 October for the Summit of La Francophonie, and will hold talks with Prime Minister Nikol Pashinyan on 11 October.',
    published: '2018-10-09',
    home: 'Paris',
    stops: [from('Paris'), at('Erevan', ['2018-10-11', '2018-10-12']), back('Paris')],
    meetings: [['Erevan', 'Pashinyan']],
  },
  {
    what: 'United Kingdom, the Caribbean: "Belmopan", Kingston, "Nassau"',
    text: 'London, 17 March 2022 – The Duke and Duchess of Cambridge will visit Belize, Jamaica and The Bahamas from 19 to 26 March. They will be in Belmopan on 20 March, in Kingston from 22 to 24 March, where they will meet Prime Minister Andrew Holness, and in Nassau on 25 and 26 March.',
    published: '2022-03-17',
    home: 'London',
    stops: [from('London', '2022-03-19'), at('Belmopan', ['2022-03-20']), at('Kingston', ['2022-03-22', '2022-03-23', '2022-03-24']), at('Nassau', ['2022-03-25', '2022-03-26']), back('London')],
    meetings: [['Kingston', 'Holness']],
  },
  {
    what: 'Australia, the Pacific: "Honiara", "Suva" and "Funafuti, Tuvalu"',
    text: 'Canberra, 20 June 2022 – Foreign Minister Penny Wong will visit Solomon Islands, Fiji and Tuvalu from 22 to 25 June. She will be in Honiara on 22 June, in Suva on 23 and 24 June, and in Funafuti, Tuvalu, on 25 June.',
    published: '2022-06-20',
    home: 'Canberra',
    stops: [from('Canberra'), at('Honiara', ['2022-06-22']), at('Suva', ['2022-06-23', '2022-06-24']), at('Funafuti', ['2022-06-25']), back('Canberra')],
  },
  {
    what: 'Poland, "Narvik, in the north of Norway"',
    text: 'Warsaw, 5 May 2015 – President Bronisław Komorowski will travel to Narvik, in the north of Norway, on 8 May to mark the seventy-fifth anniversary of the battle in which Polish soldiers fought beside Norwegian, British and French troops.',
    published: '2015-05-05',
    home: 'Warsaw',
    stops: [from('Warsaw'), at('Narvik', ['2015-05-08']), back('Warsaw')],
  },
];

/** Ten more, written after the fixes and run once before any change for them. */
export const second: Case[] = [
  {
    what: 'Holy See, Georgia and Azerbaijan: Tbilisi, "Mtskheta", Baku',
    text: 'Vatican City, 27 September 2016 – Pope Francis will visit Georgia and Azerbaijan from 30 September to 2 October. In Tbilisi he will meet President Giorgi Margvelashvili on 30 September, and on 1 October he will celebrate Mass in the capital and visit the cathedral of Svetitskhoveli in Mtskheta. On 2 October he will fly to Baku, where he will meet President Ilham Aliyev.',
    published: '2016-09-27',
    home: 'Vatican City',
    stops: [from('Vatican City', '2016-09-30'), at('Tbilisi', ['2016-09-30', '2016-10-01']), at('Mtskheta', ['2016-10-01']), at('Baku', ['2016-10-02'], 'flight'), back('Vatican City')],
    meetings: [['Tbilisi', 'Margvelashvili'], ['Baku', 'Aliyev']],
  },
  {
    what: 'China, Fiji: "Nadi", after Brisbane, Canberra and Hobart',
    text: 'Beijing, 10 November 2014 – After the G20 summit in Brisbane on 15 and 16 November, President Xi Jinping will pay a state visit to Australia from 17 to 20 November, visiting Canberra and Hobart, and will then travel to Nadi, Fiji, on 21 and 22 November, where he will meet the leaders of eight Pacific island countries.',
    published: '2014-11-10',
    home: 'Beijing',
    stops: [from('Beijing'), at('Brisbane', ['2014-11-15', '2014-11-16']), at('Canberra', []), at('Hobart', []), at('Nadi', ['2014-11-21', '2014-11-22']), back('Beijing')],
  },
  {
    what: 'United Kingdom, West Africa: Banjul, Accra, "Kumasi, the Ashanti capital", Abuja, Lagos',
    text: 'London, 26 October 2018 – The Prince of Wales and the Duchess of Cornwall will visit The Gambia, Ghana and Nigeria from 31 October to 8 November. They will be in Banjul on 31 October and 1 November, in Accra from 2 to 4 November, and in Kumasi, the Ashanti capital, on 5 November, before travelling to Abuja on 6 November and Lagos on 7 and 8 November.',
    published: '2018-10-26',
    home: 'London',
    stops: [from('London', '2018-10-31'), at('Banjul', ['2018-10-31', '2018-11-01']), at('Accra', ['2018-11-02', '2018-11-03', '2018-11-04']), at('Kumasi', ['2018-11-05']), at('Abuja', ['2018-11-06']), at('Lagos', ['2018-11-07', '2018-11-08']), back('London')],
  },
  {
    what: 'China, Africa: Addis Ababa, Libreville, Luanda, Cotonou, Cairo',
    text: 'Beijing, 8 January 2023 – Foreign Minister Qin Gang will visit Ethiopia, Gabon, Angola, Benin and Egypt from 9 to 16 January, travelling to Addis Ababa, Libreville, Luanda, Cotonou and Cairo in turn.',
    published: '2023-01-08',
    home: 'Beijing',
    stops: [from('Beijing'), at('Addis Ababa', []), at('Libreville', []), at('Luanda', []), at('Cotonou', []), at('Cairo', []), back('Beijing')],
  },
  {
    what: 'Germany, Ecuador: Quito and "the port city of Guayaquil"',
    text: 'Berlin, 13 February 2023 – Federal President Frank-Walter Steinmeier will travel to Ecuador on 15 February. After talks with President Guillermo Lasso in Quito on 16 February, he will fly to the port city of Guayaquil on 17 February.',
    published: '2023-02-13',
    home: 'Berlin',
    stops: [from('Berlin', '2023-02-15'), at('Quito', ['2023-02-16']), at('Guayaquil', ['2023-02-17'], 'flight'), back('Berlin')],
    meetings: [['Quito', 'Lasso']],
  },
  {
    what: 'Kenya, the Caribbean: "Bridgetown, Barbados", "Castries, Saint Lucia"',
    text: 'Nairobi, 29 August 2023 – President William Ruto will travel to Barbados for the first Africa–CARICOM summit in Bridgetown on 7 September. He will then visit Castries, Saint Lucia, on 8 September.',
    published: '2023-08-29',
    home: 'Nairobi',
    stops: [from('Nairobi'), at('Bridgetown', ['2023-09-07']), at('Castries', ['2023-09-08']), back('Nairobi')],
  },
  {
    what: 'Slovakia, "the Kia plant in Žilina"',
    text: 'Bratislava, 2 June 2022 – Prime Minister Eduard Heger will visit the Kia plant in Žilina on 3 June, where he will meet the company\'s management and workers, and will go on to Martin in the afternoon.',
    published: '2022-06-02',
    home: 'Bratislava',
    stops: [from('Bratislava'), at('Žilina', ['2022-06-03']), at('Martin', ['2022-06-03']), back('Bratislava')],
  },
  {
    what: 'United States, "Newtown, Connecticut"',
    text: 'Washington, 15 December 2012 – President Obama will travel to Newtown, Connecticut, on 16 December to meet the families of the victims of the shooting at Sandy Hook Elementary School and to speak at an interfaith vigil.',
    published: '2012-12-15',
    home: 'Washington',
    stops: [from('Washington, D.C.'), at('Newtown', ['2012-12-16']), back('Washington, D.C.')],
  },
  {
    what: 'United Kingdom, the Channel Islands: "St Helier, Jersey" and "St Peter Port, Guernsey"',
    text: 'London, 12 July 2024 – The King and Queen will visit Jersey and Guernsey on 15 and 16 July. They will be in St Helier on 15 July and will travel to St Peter Port, Guernsey, on 16 July.',
    published: '2024-07-12',
    home: 'London',
    stops: [from('London'), at('Saint Helier', ['2024-07-15']), at('Saint Peter Port', ['2024-07-16']), back('London')],
  },
  {
    what: 'Uzbekistan, "Turkistan" for a summit of the Turkic states',
    text: 'Tashkent, 29 March 2021 – President Shavkat Mirziyoyev will travel to Turkistan, Kazakhstan, on 31 March for the informal summit of the Organization of Turkic States, and will return to Tashkent that evening.',
    published: '2021-03-29',
    home: 'Tashkent',
    stops: [from('Tashkent'), at('Turkistan', ['2021-03-31']), back('Tashkent', '2021-03-31')],
  },
];

/** Every announcement of the round. */
export const cases: Case[] = [...first, ...second];

describe('announcements of round 24: places as writers write them', () => {
  for (const c of cases.filter((x) => !x.why)) {
    it(`reads ${c.what}`, () => {
      expect(misses(c)).toEqual([]);
    });
  }
});

describe('round 24: the rules, alone', () => {
  const names = (text: string, home: string) => draft(text, '2019-04-15', home).stops.map((s) => s.name);

  it('reads cities by older and other spellings the world list lacks, shown as the text writes them', () => {
    for (const name of ['Ashkhabad', 'Alma-Ata', 'Erevan', 'Nakhichevan', 'Samarqand', 'Kharkov', 'Dnipropetrovsk', 'Kishinev', 'Cap-Haïtien', 'Ciudad Juárez', 'Tuxtla Gutiérrez', 'Turkistan', 'Khiva', 'El Alto']) {
      expect(names(`The Minister will travel to ${name} on 20 April.`, 'London')).toEqual(['London', name, 'London']);
    }
  });

  it('reads small towns and sites visits go to that the world list (15,000 people and more) lacks', () => {
    for (const name of ['East Palestine', 'Narvik', 'St. Moritz', 'Lampedusa', 'Shanksville', 'Bagan', 'Dong Dang', 'Bintan', 'Wajima', 'Grünheide', 'Armagh', 'Kotzebue']) {
      expect(names(`The Minister will travel to ${name} on 20 April.`, 'London')).toEqual(['London', name, 'London']);
    }
  });

  it('reads a works named after a place ("the Toyota plant in Georgetown, Kentucky") as the town it is in', () => {
    expect(names('He will tour the Toyota plant in Georgetown, Kentucky, on 20 April.', 'Tokyo')).toEqual(['Tokyo', 'Georgetown', 'Tokyo']);
    expect(names('He will visit the Nissan factory in Smyrna, Tennessee, on 20 April.', 'Tokyo')).toEqual(['Tokyo', 'Smyrna', 'Tokyo']);
  });

  it('reads travel for an event named with a dash ("the first Africa–CARICOM summit in Bridgetown") as travel to its city', () => {
    expect(names('He will travel to Barbados for the first Africa–CARICOM summit in Bridgetown on 20 April. He will then visit Castries on 21 April.', 'Nairobi')).toEqual(['Nairobi', 'Bridgetown', 'Castries', 'Nairobi']);
  });

  it('reads an island after "on" in a list of "in" places ("in Nuku\'alofa on 7 March and on Rarotonga"), not a topic after "on"', () => {
    expect(names('She will be in Apia on 20 April, in Nuku\'alofa on 21 April and on Rarotonga on 22 April.', 'Wellington')).toEqual(['Wellington', 'Apia', 'Nuku‘alofa', 'Rarotonga', 'Wellington']);
    expect(names('He will hold talks in Berlin on 20 April and on Ukraine with the Chancellor.', 'Paris')).toEqual(['Paris', 'Berlin', 'Paris']);
    expect(names('He will speak in Geneva on 20 April, and on Gaza at the Security Council in New York on 22 April.', 'Paris')).toEqual(['Paris', 'Geneva', 'New York', 'Paris']);
  });
});
