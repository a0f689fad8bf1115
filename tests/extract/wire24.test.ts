// Whole announcements in the English of state news agencies and translated government releases, round 24 (issue 17): 50
// short announcements written for these tests, each modelled on a real visit of 2011–2025 that no corpus text or other rule
// test tells, in the house styles of Xinhua, TASS, Anadolu, Bernama, the Vietnam News Agency, Yonhap, Kyodo, KUNA, WAM, APS,
// the Élysée's, the Kremlin's and the Planalto's English pages: datelines ("ANKARA, Feb. 26 (Anadolu) -", "BELGRADE, January
// 17. /TASS/.", "NEW DELHI, 24th January, 2017 (WAM) --"), days given only as weekdays against the dateline's date, "arrived
// here", "the two sides", long titles, places with their province or region, Planalto's "this Sunday (8)". Each is scored as
// the corpus scores a text (evaluate.ts, through expected-stops.ts): every stop in order and nothing extra, the home at both
// ends, each stated day within its stop's stay, each stated mode and the meetings listed.
// The first 40 were written, with their expectations, before any rule was read; run on main (3404a4c), 14 failed. Fixed by
// general rules, 5 whole texts and parts of 3 more: a name beside its description with no comma ("the Sudanese capital
// Khartoum") and the flight to a described place ("fly to the Vietnamese port city of Da Nang"); "Washington D.C." without its
// comma; ", and Muscat on Tuesday" after a clause of talks; "wrap up the trip in Los Angeles"; "later in the day after the
// closing session" (no "the day after"); dotted initials before a title ("U.N. Secretary-General Ban Ki-moon"); a place flown
// in from, "where" something was done there; an act done "with Greek Prime Minister X". 9 are left, each with its cause in
// `why` (two towns no gazetteer here has, a palace named after its town, the White House, "China" read as no country, a host
// named only "at the invitation of", a departure for a country, a mode told from the place flown in from).
// The 10 after were run once before any change for them: 3 failed. Two causes fixed (a visit's verb through a description,
// "visit the port city of Valparaíso"; "has arrived in Pyongyang" on the report's day), but all 3 texts still fail on another
// cause each, in `why`.
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { findMeetings } from '../../src/extract/find-meetings';
import { splitSentences } from '../../src/extract/segment';
import { at, back, caseMisses, from, type Case } from './expected-stops';
import { useWorld } from './world';

const { draft, world } = useWorld();

const misses = caseMisses(draft);

/** The first 40, written before any change and run on main's extractor. */
export const first: Case[] = [
  {
    what: 'Xinhua, "BISHKEK, June 12 (Xinhua) --", "arrived here Wednesday", "will then travel to Dushanbe on Friday"',
    text: 'BISHKEK, June 12 (Xinhua) -- Chinese President Xi Jinping arrived here Wednesday for a state visit to Kyrgyzstan and the 19th meeting of the Council of Heads of State of the Shanghai Cooperation Organization (SCO). Xi will hold talks with Kyrgyz President Sooronbay Jeenbekov on Thursday, and the two sides will sign a joint statement on deepening their comprehensive strategic partnership. Xi will then travel to Dushanbe on Friday for the fifth summit of the Conference on Interaction and Confidence-Building Measures in Asia and a state visit to Tajikistan, where he will hold talks with President Emomali Rahmon.',
    published: '2019-06-12',
    home: 'Beijing',
    stops: [from('Beijing'), at('Bishkek', ['2019-06-12', '2019-06-13']), at('Dushanbe', ['2019-06-14']), back('Beijing')],
    meetings: [['Bishkek', 'Sooronbay Jeenbekov'], ['Dushanbe', 'Emomali Rahmon']],
  },
  {
    what: 'TASS, "BELGRADE, January 17. /TASS/.", "has arrived in Belgrade", "will return to Moscow in the evening"',
    text: 'BELGRADE, January 17. /TASS/. Russian President Vladimir Putin has arrived in Belgrade on an official visit to Serbia, the Kremlin press service reported. At the Palace of Serbia, Putin will hold talks with Serbian President Aleksandar Vucic, after which the two sides will sign more than 20 documents. Later on Thursday the Russian leader will visit the Church of Saint Sava and lay a wreath at the Memorial to the Liberators of Belgrade. Putin will return to Moscow in the evening.',
    published: '2019-01-17',
    home: 'Moscow',
    stops: [from('Moscow'), at('Belgrade', ['2019-01-17']), back('Moscow', '2019-01-17')],
    meetings: [['Belgrade', 'Aleksandar Vucic']],
  },
  {
    what: 'Anadolu, "ANKARA, Feb. 26 (Anadolu) -", "set off on a four-nation tour", "On Wednesday … Nouakchott, the Mauritanian capital, and on Thursday to Dakar, Senegal"',
    text: 'ANKARA, Feb. 26 (Anadolu) - Turkish President Recep Tayyip Erdogan on Monday set off on a four-nation tour of Africa that will take him to Algeria, Mauritania, Senegal and Mali. Speaking at Esenboga Airport in Ankara before his departure, Erdogan said he would hold talks with Algerian President Abdelaziz Bouteflika in Algiers. On Wednesday, Erdogan is scheduled to travel to Nouakchott, the Mauritanian capital, and on Thursday to Dakar, Senegal. The tour will end in Bamako, Mali, on Friday.',
    published: '2018-02-26',
    home: 'Ankara',
    stops: [from('Ankara', '2018-02-26'), at('Algiers', ['2018-02-26']), at('Nouakchott', ['2018-02-28']), at('Dakar', ['2018-03-01']), at('Bamako', ['2018-03-02']), back('Ankara')],
    meetings: [['Algiers', 'Abdelaziz Bouteflika']],
  },
  {
    what: 'Bernama, "PUTRAJAYA, Aug 16 (Bernama) --", "begin the visit in Hangzhou, Zhejiang province", "proceed to Beijing on Aug 19", "return home on Aug 21"',
    text: "PUTRAJAYA, Aug 16 (Bernama) -- Prime Minister Tun Dr Mahathir Mohamad will undertake an official visit to the People's Republic of China from Aug 17 to 21, his first to the country since taking office in May. Dr Mahathir will begin the visit in Hangzhou, Zhejiang province, where he is scheduled to visit the headquarters of the Alibaba Group and Geely Automobile. He will then proceed to Beijing on Aug 19, where he will hold a bilateral meeting with Premier Li Keqiang and call on President Xi Jinping at the Great Hall of the People. The Prime Minister and his delegation will return home on Aug 21.",
    published: '2018-08-16',
    home: 'Kuala Lumpur',
    stops: [from('Kuala Lumpur'), at('Hangzhou', ['2018-08-17', '2018-08-18']), at('Beijing', ['2018-08-19', '2018-08-20']), back('Kuala Lumpur', '2018-08-21')],
    meetings: [['Beijing', 'Li Keqiang'], ['Beijing', 'Xi Jinping']],
    why: '"China" is read as no country (a common word again since round 23\'s merge took that rule back), so the visit\'s span "from Aug 17 to 21" opens no stop there: Hangzhou, undated, gets only the day it is left (a dates cause the places stage decides)',
  },
  {
    what: 'VNA, "Hanoi (VNA) –", "left Hanoi on May 28", "In New York on May 29", "will then travel to Washington D.C."',
    text: 'Hanoi (VNA) – Prime Minister Nguyen Xuan Phuc left Hanoi on May 28 for an official visit to the United States at the invitation of President Donald Trump. In New York on May 29, Phuc will meet leaders of major US groups and attend a Vietnam–US investment promotion conference. He will then travel to Washington D.C., where he will hold talks with President Trump at the White House on May 31.',
    published: '2017-05-28',
    home: 'Hanoi',
    stops: [from('Hanoi', '2017-05-28'), at('New York', ['2017-05-29']), at('Washington', ['2017-05-31']), back('Hanoi')],
    meetings: [['Washington', 'Trump']],
  },
  {
    what: 'Yonhap, "SEOUL, Nov. 8 (Yonhap) --", "departed for Indonesia on Wednesday", "talks … at the Bogor Palace on Thursday", "fly to the Vietnamese port city of Da Nang", "return home next Wednesday"',
    text: 'SEOUL, Nov. 8 (Yonhap) -- President Moon Jae-in departed for Indonesia on Wednesday, kicking off a weeklong trip to Southeast Asia that will also take him to Vietnam and the Philippines. Moon will hold summit talks with Indonesian President Joko Widodo at the Bogor Palace on Thursday. On Friday, he will fly to the Vietnamese port city of Da Nang to attend the Asia-Pacific Economic Cooperation (APEC) summit, before moving to Manila on Sunday for the ASEAN-related summits. He is scheduled to return home next Wednesday.',
    published: '2017-11-08',
    home: 'Seoul',
    stops: [from('Seoul', '2017-11-08'), at('Bogor', ['2017-11-09']), at('Da Nang', ['2017-11-10'], 'flight'), at('Manila', ['2017-11-12']), back('Seoul', '2017-11-15')],
    meetings: [['Bogor', 'Joko Widodo']],
    why: 'a palace named after its town ("the Bogor Palace") is not read as the town, as many are not in the town of their name ("Blenheim Palace" is no palace of Blenheim, New Zealand); Da Nang\'s flight, missed on main, is read',
  },
  {
    what: 'Kyodo, "TOKYO, Oct. 18 (Kyodo) --", "left Tokyo on Sunday for Vietnam and Indonesia", "move to Jakarta on Tuesday"',
    text: 'TOKYO, Oct. 18 (Kyodo) -- Prime Minister Yoshihide Suga left Tokyo on Sunday for Vietnam and Indonesia, his first overseas trip since taking office last month. In Hanoi, Suga will hold talks with his Vietnamese counterpart Nguyen Xuan Phuc on Monday. He will move to Jakarta on Tuesday for a meeting with President Joko Widodo at the presidential palace and return to Tokyo on Wednesday.',
    published: '2020-10-18',
    home: 'Tokyo',
    stops: [from('Tokyo', '2020-10-18'), at('Hanoi', ['2020-10-19']), at('Jakarta', ['2020-10-20']), back('Tokyo', '2020-10-21')],
    meetings: [['Hanoi', 'Nguyen Xuan Phuc'], ['Jakarta', 'Joko Widodo']],
  },
  {
    what: 'KUNA, "KUWAIT, July 7 (KUNA) --", "departed the country on Saturday heading to the People\'s Republic of China", "in Beijing on Monday"',
    text: "KUWAIT, July 7 (KUNA) -- His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah departed the country on Saturday heading to the People's Republic of China on a state visit, at the invitation of President Xi Jinping. His Highness the Amir will hold official talks with President Xi in Beijing on Monday and attend the opening session of the eighth ministerial meeting of the China-Arab States Cooperation Forum on Tuesday.",
    published: '2018-07-07',
    home: 'Kuwait City',
    stops: [from('Kuwait City', '2018-07-07'), at('Beijing', ['2018-07-09', '2018-07-10']), back('Kuwait City')],
    meetings: [['Beijing', 'Xi']],
  },
  {
    what: 'WAM, "NEW DELHI, 24th January, 2017 (WAM) --", "arrived in New Delhi today", "On Wednesday …, and on Thursday"',
    text: 'NEW DELHI, 24th January, 2017 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, arrived in New Delhi today on a state visit to the Republic of India. His Highness was received at the airport by Prime Minister Narendra Modi. On Wednesday, His Highness will hold talks with Prime Minister Modi at Hyderabad House, and on Thursday he will attend the Republic Day parade on Rajpath as chief guest.',
    published: '2017-01-24',
    home: 'Abu Dhabi',
    stops: [from('Abu Dhabi'), at('New Delhi', ['2017-01-24', '2017-01-25', '2017-01-26']), back('Abu Dhabi')],
    meetings: [['New Delhi', 'Narendra Modi']],
  },
  {
    what: 'APS, "ALGIERS -", "left Algiers on Tuesday for Moscow … from 13 to 15 June", "St. Petersburg International Economic Forum on Friday"',
    text: 'ALGIERS - The President of the Republic, Abdelmadjid Tebboune, left Algiers on Tuesday for Moscow on a state visit to the Russian Federation from 13 to 15 June, at the invitation of his Russian counterpart Vladimir Putin, the Presidency of the Republic said in a statement. The President of the Republic will hold talks with President Putin at the Kremlin on Thursday, before travelling to Saint Petersburg, where he will take part in the St. Petersburg International Economic Forum on Friday.',
    published: '2023-06-13',
    home: 'Algiers',
    stops: [from('Algiers', '2023-06-13'), at('Moscow', ['2023-06-13', '2023-06-15']), at('Saint Petersburg', ['2023-06-16']), back('Algiers')],
    meetings: [['Moscow', 'Putin']],
  },
  {
    what: 'Élysée, "will begin his visit in Xi\'an, Shaanxi province, on Monday 8 January", "On Tuesday 9 January, he will be received in Beijing"',
    text: "The President of the Republic, Emmanuel Macron, will make a state visit to China from 8 to 10 January 2018. The President will begin his visit in Xi'an, Shaanxi province, on Monday 8 January, where he will visit the Terracotta Army and deliver a speech at the Daming Palace. On Tuesday 9 January, he will be received in Beijing by President Xi Jinping; the two Presidents will hold talks at the Great Hall of the People. On Wednesday 10 January, President Macron will meet Premier Li Keqiang before returning to Paris.",
    published: '2018-01-05',
    home: 'Paris',
    stops: [from('Paris'), at("Xi'an", ['2018-01-08']), at('Beijing', ['2018-01-09', '2018-01-10']), back('Paris')],
    meetings: [['Beijing', 'Xi Jinping'], ['Beijing', 'Li Keqiang']],
  },
  {
    what: 'Kremlin, "will be on a state visit to Kyrgyzstan on October 12–13", "On October 12, … in Bishkek"',
    text: 'Vladimir Putin will be on a state visit to Kyrgyzstan on October 12–13. On October 12, the President of Russia will hold talks with President of Kyrgyzstan Sadyr Japarov in Bishkek. The two sides will discuss trade, economic and humanitarian cooperation. On October 13, Vladimir Putin will take part in the meeting of the CIS Council of Heads of State.',
    published: '2023-10-11',
    home: 'Moscow',
    stops: [from('Moscow'), at('Bishkek', ['2023-10-12', '2023-10-13']), back('Moscow')],
    meetings: [['Bishkek', 'Sadyr Japarov']],
  },
  {
    what: 'Planalto, "travels to Bogotá, Colombia, this Tuesday, 16 April", "On Wednesday (17)", "On Thursday (18)"',
    text: 'President Luiz Inácio Lula da Silva travels to Bogotá, Colombia, this Tuesday, 16 April, for a state visit at the invitation of President Gustavo Petro. On Wednesday (17), the two presidents will hold a bilateral meeting at the Casa de Nariño and sign agreements on energy transition and the Amazon. On Thursday (18), Lula will attend the opening of the Bogotá International Book Fair, where Brazil is the guest of honour, before returning to Brasília.',
    published: '2024-04-15',
    home: 'Brasília',
    stops: [from('Brasília', '2024-04-16'), at('Bogotá', ['2024-04-16', '2024-04-17', '2024-04-18']), back('Brasília')],
    meetings: [['Bogotá', 'Gustavo Petro']],
    why: 'the host is named only "at the invitation of President Gustavo Petro" (no meeting, as meetings14b.test.ts holds), and the meeting itself is told as "the two presidents will hold a bilateral meeting", which no rule links back to him',
  },
  {
    what: 'Xinhua, "KATHMANDU, Oct. 12 (Xinhua) --", "arrived here Saturday", "flew in from the southern Indian city of Chennai"',
    text: 'KATHMANDU, Oct. 12 (Xinhua) -- Chinese President Xi Jinping arrived here Saturday for a state visit to Nepal, the first by a Chinese head of state in 23 years. Xi flew in from the southern Indian city of Chennai, where he held the second informal meeting with Indian Prime Minister Narendra Modi. During his stay, Xi will meet Nepali President Bidya Devi Bhandari and hold talks with Prime Minister K.P. Sharma Oli on Sunday.',
    published: '2019-10-12',
    home: 'Beijing',
    stops: [from('Beijing'), at('Chennai', []), at('Kathmandu', ['2019-10-12', '2019-10-13'], 'flight'), back('Beijing')],
    meetings: [['Chennai', 'Narendra Modi'], ['Kathmandu', 'Bidya Devi Bhandari'], ['Kathmandu', 'Sharma Oli']],
    why: 'the flight into Kathmandu is told in a sentence that names only the place flown in from ("Xi flew in from … Chennai"), and the leg\'s mode is read only from a sentence that names the place reached; Chennai and its meeting, missed on main, are read',
  },
  {
    what: 'TASS, "HANOI, November 12. /ITAR-TASS/.", "arrived in Hanoi on Tuesday", "On Wednesday the Russian leader will fly to Seoul"',
    text: 'HANOI, November 12. /ITAR-TASS/. Russian President Vladimir Putin arrived in Hanoi on Tuesday on an official visit to Vietnam. Putin will hold talks with Vietnamese President Truong Tan Sang and meet Communist Party General Secretary Nguyen Phu Trong. On Wednesday the Russian leader will fly to Seoul for talks with South Korean President Park Geun-hye.',
    published: '2013-11-12',
    home: 'Moscow',
    stops: [from('Moscow'), at('Hanoi', ['2013-11-12']), at('Seoul', ['2013-11-13'], 'flight'), back('Moscow')],
    meetings: [['Hanoi', 'Truong Tan Sang'], ['Hanoi', 'Nguyen Phu Trong'], ['Seoul', 'Park Geun-hye']],
  },
  {
    what: 'Anadolu, "ISTANBUL, Dec. 24 (Anadolu) -", "arrived in the Sudanese capital Khartoum", "travel to N\'Djamena, Chad, on Tuesday and conclude his tour in Tunis on Wednesday"',
    text: "ISTANBUL, Dec. 24 (Anadolu) - President Recep Tayyip Erdogan on Sunday arrived in the Sudanese capital Khartoum, the first leg of a three-nation Africa tour, and was welcomed at the airport by President Omar al-Bashir. On Monday, Erdogan will visit the Red Sea town of Suakin, where Turkey is restoring Ottoman-era buildings. The president will then travel to N'Djamena, Chad, on Tuesday and conclude his tour in Tunis on Wednesday.",
    published: '2017-12-24',
    home: 'Ankara',
    stops: [from('Ankara'), at('Khartoum', ['2017-12-24']), at('Suakin', ['2017-12-25']), at("N'Djamena", ['2017-12-26']), at('Tunis', ['2017-12-27']), back('Ankara')],
    meetings: [['Khartoum', 'Omar al-Bashir']],
    why: 'Suakin is in no gazetteer here; Khartoum ("the Sudanese capital Khartoum"), missed on main, is read',
  },
  {
    what: 'Bernama, "JAKARTA, Feb 5 (Bernama) --", "arrived here this morning", "return to Kuala Lumpur this evening"',
    text: 'JAKARTA, Feb 5 (Bernama) -- Prime Minister Tan Sri Muhyiddin Yassin arrived here this morning for a one-day official visit to Indonesia, his first overseas trip since taking office. Muhyiddin was received by President Joko Widodo at the Merdeka Palace, where the two leaders held a bilateral meeting followed by a joint press statement. The Prime Minister is scheduled to return to Kuala Lumpur this evening.',
    published: '2021-02-05',
    home: 'Kuala Lumpur',
    stops: [from('Kuala Lumpur'), at('Jakarta', ['2021-02-05']), back('Kuala Lumpur', '2021-02-05')],
    meetings: [['Jakarta', 'Joko Widodo']],
  },
  {
    what: 'VNA, "left Hanoi on July 5 for an official visit … from July 6-10", "on July 7", "travel to New York on July 9"',
    text: 'Hanoi (VNA) - Party General Secretary Nguyen Phu Trong left Hanoi on July 5 for an official visit to the United States from July 6-10 at the invitation of the US Government. In Washington D.C., the Party leader will hold talks with President Barack Obama at the White House on July 7, and meet Vice President Joe Biden. He will then travel to New York on July 9 to meet UN Secretary-General Ban Ki-moon.',
    published: '2015-07-05',
    home: 'Hanoi',
    stops: [from('Hanoi', '2015-07-05'), at('Washington', ['2015-07-06', '2015-07-07']), at('New York', ['2015-07-09']), back('Hanoi')],
    meetings: [['Washington', 'Barack Obama'], ['Washington', 'Joe Biden'], ['New York', 'Ban Ki-moon']],
  },
  {
    what: 'Yonhap, "left for the United States on Sunday", "first stop in New York", "fly to Washington on Tuesday", "wrap up the trip in Los Angeles before returning home on Saturday"',
    text: 'SEOUL, May 5 (Yonhap) -- President Park Geun-hye left for the United States on Sunday on her first overseas trip since taking office in February. Park will first stop in New York, where she will meet U.N. Secretary-General Ban Ki-moon and Korean residents. She will then fly to Washington on Tuesday for a summit with President Barack Obama at the White House, and address a joint meeting of Congress on Wednesday. Park will wrap up the trip in Los Angeles before returning home on Saturday.',
    published: '2013-05-05',
    home: 'Seoul',
    stops: [from('Seoul', '2013-05-05'), at('New York', []), at('Washington', ['2013-05-07', '2013-05-08'], 'flight'), at('Los Angeles', []), back('Seoul', '2013-05-11')],
    meetings: [['New York', 'Ban Ki-moon'], ['Washington', 'Barack Obama']],
  },
  {
    what: 'Kyodo, "left Tokyo on Wednesday for the Netherlands and Britain", "In The Hague … on Wednesday evening", "fly to London and meet … on Thursday", "return to Japan on Saturday"',
    text: "TOKYO, Jan. 9 (Kyodo) -- Prime Minister Shinzo Abe left Tokyo on Wednesday for the Netherlands and Britain, where he is expected to seek cooperation over Britain's exit from the European Union. In The Hague, Abe will hold talks with Dutch Prime Minister Mark Rutte on Wednesday evening. He will then fly to London and meet British Prime Minister Theresa May at her official residence on Thursday. Abe is scheduled to return to Japan on Saturday.",
    published: '2019-01-09',
    home: 'Tokyo',
    stops: [from('Tokyo', '2019-01-09'), at('The Hague', ['2019-01-09']), at('London', ['2019-01-10'], 'flight'), back('Tokyo', '2019-01-12')],
    meetings: [['The Hague', 'Mark Rutte'], ['London', 'Theresa May']],
  },
  {
    what: 'KUNA, "WASHINGTON, Sept 7 (KUNA) --", "arrived here Wednesday", "at the White House on Thursday"',
    text: 'WASHINGTON, Sept 7 (KUNA) -- His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah arrived here Wednesday on an official visit to the United States at the invitation of President Donald Trump. His Highness the Amir will hold talks with President Trump at the White House on Thursday, which will address the situation in the Gulf and bilateral relations.',
    published: '2017-09-07',
    home: 'Kuwait City',
    stops: [from('Kuwait City'), at('Washington', ['2017-09-06', '2017-09-07']), back('Kuwait City')],
    meetings: [['Washington', 'Trump']],
  },
  {
    what: 'WAM, "BEIJING, 21st July, 2019 (WAM) --", "received at Beijing Capital International Airport by …", "travel to Shanghai on Wednesday"',
    text: "BEIJING, 21st July, 2019 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, arrived in Beijing today on a state visit to the People's Republic of China. His Highness was received at Beijing Capital International Airport by State Councillor and Foreign Minister Wang Yi. On Monday, His Highness will hold talks with President Xi Jinping at the Great Hall of the People. His Highness will then travel to Shanghai on Wednesday, where he will tour the Lujiazui financial district.",
    published: '2019-07-21',
    home: 'Abu Dhabi',
    stops: [from('Abu Dhabi'), at('Beijing', ['2019-07-21', '2019-07-22']), at('Shanghai', ['2019-07-24']), back('Abu Dhabi')],
    meetings: [['Beijing', 'Wang Yi'], ['Beijing', 'Xi Jinping']],
  },
  {
    what: 'APS, "will pay a state visit to Italy from Wednesday 25 to Friday 27 May", "at the Quirinal Palace" (no city named)',
    text: 'ALGIERS - The President of the Republic, Abdelmadjid Tebboune, will pay a state visit to Italy from Wednesday 25 to Friday 27 May, at the invitation of his Italian counterpart Sergio Mattarella, the Presidency of the Republic announced Tuesday in a communiqué. During this visit, the President of the Republic will hold talks with President Mattarella at the Quirinal Palace and with Prime Minister Mario Draghi, with whom he will co-chair the fourth Algerian-Italian intergovernmental summit.',
    published: '2022-05-24',
    home: 'Algiers',
    stops: [from('Algiers'), at('Rome', ['2022-05-25', '2022-05-26', '2022-05-27']), back('Algiers')],
    meetings: [['Rome', 'Mattarella'], ['Rome', 'Mario Draghi']],
  },
  {
    what: 'Élysée, "to Australia from 1 to 3 May 2018, then to New Caledonia from 3 to 5 May", "In Sydney", "in Nouméa"',
    text: 'The President of the Republic will travel to Australia from 1 to 3 May 2018, then to New Caledonia from 3 to 5 May. In Sydney, Emmanuel Macron will hold talks with Prime Minister Malcolm Turnbull on Wednesday 2 May and speak to students on the Franco-Australian partnership. In Nouméa, on Friday 4 May, the President will address the people of New Caledonia ahead of the referendum on self-determination. He will return to Paris on Saturday 5 May.',
    published: '2018-04-27',
    home: 'Paris',
    stops: [from('Paris'), at('Sydney', ['2018-05-01', '2018-05-02', '2018-05-03']), at('Nouméa', ['2018-05-03', '2018-05-04']), back('Paris', '2018-05-05')],
    meetings: [['Sydney', 'Malcolm Turnbull']],
  },
  {
    what: 'Kremlin, "will pay a state visit to the Arab Republic of Egypt on February 9–10", "talks in Cairo on February 10"',
    text: 'Vladimir Putin will pay a state visit to the Arab Republic of Egypt on February 9–10 at the invitation of President Abdel Fattah el-Sisi. The programme of the visit includes Russian-Egyptian talks in Cairo on February 10, during which the two sides will discuss trade, energy and the situation in the Middle East and North Africa.',
    published: '2015-02-06',
    home: 'Moscow',
    stops: [from('Moscow'), at('Cairo', ['2015-02-09', '2015-02-10']), back('Moscow')],
    meetings: [['Cairo', 'Sisi']],
    why: 'the host is named only "at the invitation of President Abdel Fattah el-Sisi" (no meeting, as meetings14b.test.ts holds), and "Russian-Egyptian talks in Cairo" name no one',
  },
  {
    what: 'Planalto, "departs for Israel this Saturday (30)", "In Jerusalem, … on Sunday (31)", "On Monday (1)", "returns to Brasília on Wednesday (3)"',
    text: 'President Jair Bolsonaro departs for Israel this Saturday (30), on an official visit that runs until Wednesday (3). In Jerusalem, the President will be received on Sunday (31) by Prime Minister Benjamin Netanyahu. On Monday (1), Bolsonaro will visit the Western Wall alongside Netanyahu, and on Tuesday (2) he will meet President Reuven Rivlin. The President returns to Brasília on Wednesday (3).',
    published: '2019-03-29',
    home: 'Brasília',
    stops: [from('Brasília', '2019-03-30'), at('Jerusalem', ['2019-03-31', '2019-04-01', '2019-04-02']), back('Brasília', '2019-04-03')],
    meetings: [['Jerusalem', 'Benjamin Netanyahu'], ['Jerusalem', 'Reuven Rivlin']],
  },
  {
    what: 'Xinhua, "MADRID, Nov. 27 (Xinhua) --", "arrived here Tuesday", "After Spain, Xi will travel to Buenos Aires … from Nov. 30 to Dec. 1", "before going on to Panama City and Lisbon"',
    text: 'MADRID, Nov. 27 (Xinhua) -- Chinese President Xi Jinping arrived here Tuesday for a state visit to Spain, the first by a Chinese head of state in 13 years. Xi will meet King Felipe VI and hold talks with Prime Minister Pedro Sanchez on Wednesday. After Spain, Xi will travel to Buenos Aires for the 13th G20 summit from Nov. 30 to Dec. 1 and a state visit to Argentina, before going on to Panama City and Lisbon.',
    published: '2018-11-27',
    home: 'Beijing',
    stops: [from('Beijing'), at('Madrid', ['2018-11-27', '2018-11-28']), at('Buenos Aires', ['2018-11-30', '2018-12-01']), at('Panama City', []), at('Lisbon', []), back('Beijing')],
    meetings: [['Madrid', 'Felipe VI'], ['Madrid', 'Pedro Sanchez']],
  },
  {
    what: 'TASS, "MOSCOW, July 24. /TASS/.", "arrived in Cairo on Sunday", "expected in Brazzaville on Monday, Kampala on Tuesday and Addis Ababa on Wednesday"',
    text: 'MOSCOW, July 24. /TASS/. Russian Foreign Minister Sergey Lavrov arrived in Cairo on Sunday, kicking off an African tour that will also take him to the Republic of the Congo, Uganda and Ethiopia. In Cairo, Lavrov held talks with Egyptian President Abdel Fattah el-Sisi and his counterpart Sameh Shoukry. The minister is then expected in Brazzaville on Monday, Kampala on Tuesday and Addis Ababa on Wednesday.',
    published: '2022-07-24',
    home: 'Moscow',
    stops: [from('Moscow'), at('Cairo', ['2022-07-24']), at('Brazzaville', ['2022-07-25']), at('Kampala', ['2022-07-26']), at('Addis Ababa', ['2022-07-27']), back('Moscow')],
    meetings: [['Cairo', 'Abdel Fattah el-Sisi'], ['Cairo', 'Sameh Shoukry']],
  },
  {
    what: 'Anadolu, "on Thursday departed for Pakistan for a two-day official visit", "In Islamabad, … co-chair … with Khan"',
    text: "ANKARA, Feb. 13 (Anadolu) - Turkish President Recep Tayyip Erdogan on Thursday departed for Pakistan for a two-day official visit at the invitation of Prime Minister Imran Khan. In Islamabad, Erdogan will co-chair the sixth meeting of the High-Level Strategic Cooperation Council with Khan and address a joint session of Pakistan's parliament on Friday.",
    published: '2020-02-13',
    home: 'Ankara',
    stops: [from('Ankara', '2020-02-13'), at('Islamabad', ['2020-02-13', '2020-02-14']), back('Ankara')],
    meetings: [['Islamabad', 'Imran Khan']],
    why: 'a departure for a country on Thursday states no day of reaching its capital, told in the next sentence; Islamabad\'s Thursday is only inferred from "a two-day official visit" (the stage reads no such length into a first day)',
  },
  {
    what: 'Bernama, "WASHINGTON, Sept 11 (Bernama) --", "arrived here Sunday night", "on Tuesday", "Before leaving for home on Wednesday"',
    text: 'WASHINGTON, Sept 11 (Bernama) -- Prime Minister Datuk Seri Najib Tun Razak arrived here Sunday night for a three-day official visit to the United States at the invitation of President Donald Trump. Najib is scheduled to hold a bilateral meeting with Trump at the White House on Tuesday. Before leaving for home on Wednesday, he will meet American business leaders and Malaysian students.',
    published: '2017-09-11',
    home: 'Kuala Lumpur',
    stops: [from('Kuala Lumpur'), at('Washington', ['2017-09-10', '2017-09-12', '2017-09-13']), back('Kuala Lumpur')],
    meetings: [['Washington', 'Trump']],
  },
  {
    what: 'VNA, "left Hanoi on July 23 … The visit runs until July 26", "at the White House on July 25"',
    text: 'Hanoi (VNA) – President Truong Tan Sang and his spouse left Hanoi on July 23 for an official visit to the United States at the invitation of President Barack Obama. The visit runs until July 26. The Vietnamese leader will hold talks with President Obama at the White House on July 25, the two sides being expected to establish a comprehensive partnership.',
    published: '2013-07-23',
    home: 'Hanoi',
    stops: [from('Hanoi', '2013-07-23'), at('Washington', ['2013-07-25']), back('Hanoi')],
    meetings: [['Washington', 'Obama']],
  },
  {
    what: 'Yonhap, "arrived in Vladivostok on Friday", "After the APEC meeting ends on Sunday, Lee will fly to Oslo on Monday"',
    text: 'SEOUL, Sept. 7 (Yonhap) -- President Lee Myung-bak arrived in Vladivostok on Friday to attend the annual Asia-Pacific Economic Cooperation (APEC) forum, where he will hold a summit with Russian President Vladimir Putin on Saturday. After the APEC meeting ends on Sunday, Lee will fly to Oslo on Monday for talks with Norwegian Prime Minister Jens Stoltenberg.',
    published: '2012-09-07',
    home: 'Seoul',
    stops: [from('Seoul'), at('Vladivostok', ['2012-09-07', '2012-09-08', '2012-09-09']), at('Oslo', ['2012-09-10'], 'flight'), back('Seoul')],
    meetings: [['Vladivostok', 'Vladimir Putin'], ['Oslo', 'Jens Stoltenberg']],
  },
  {
    what: 'Kyodo, "left Tokyo on Saturday for a five-day tour", "meet … in Riyadh on Sunday", "visit Abu Dhabi on Monday", "Muscat on Tuesday", "return on Wednesday"',
    text: 'TOKYO, Jan. 11 (Kyodo) -- Prime Minister Shinzo Abe left Tokyo on Saturday for a five-day tour of Saudi Arabia, the United Arab Emirates and Oman, seeking to ease tensions in the Middle East. Abe will meet Saudi Crown Prince Mohammed bin Salman in Riyadh on Sunday. He will visit Abu Dhabi on Monday for talks with Crown Prince Sheikh Mohamed bin Zayed Al Nahyan, and Muscat on Tuesday, before returning to Tokyo on Wednesday.',
    published: '2020-01-11',
    home: 'Tokyo',
    stops: [from('Tokyo', '2020-01-11'), at('Riyadh', ['2020-01-12']), at('Abu Dhabi', ['2020-01-13']), at('Muscat', ['2020-01-14']), back('Tokyo', '2020-01-15')],
    meetings: [['Riyadh', 'Mohammed bin Salman'], ['Abu Dhabi', 'Mohamed bin Zayed']],
  },
  {
    what: 'KUNA, "KUWAIT, March 29 (KUNA) --", "arrived in Baghdad on Thursday", "received at Baghdad International Airport by …", "returned home later in the day"',
    text: 'KUWAIT, March 29 (KUNA) -- His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah arrived in Baghdad on Thursday to take part in the 23rd Arab Summit, the first visit by a Kuwaiti Amir to Iraq since 1990. His Highness the Amir was received at Baghdad International Airport by Iraqi President Jalal Talabani and Prime Minister Nouri al-Maliki. His Highness the Amir returned home later in the day after the summit\'s closing session.',
    published: '2012-03-29',
    home: 'Kuwait City',
    stops: [from('Kuwait City'), at('Baghdad', ['2012-03-29']), back('Kuwait City', '2012-03-29')],
    meetings: [['Baghdad', 'Jalal Talabani'], ['Baghdad', 'Nouri al-Maliki']],
  },
  {
    what: 'WAM, "SEOUL, 28th May, 2024 (WAM) --", "arrived in Seoul today", "talks … on Wednesday"',
    text: 'SEOUL, 28th May, 2024 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan arrived in Seoul today on a state visit to the Republic of Korea, his first since taking office. His Highness will hold talks with President Yoon Suk Yeol on Wednesday at the Presidential Office, where the two sides are expected to sign a Comprehensive Economic Partnership Agreement.',
    published: '2024-05-28',
    home: 'Abu Dhabi',
    stops: [from('Abu Dhabi'), at('Seoul', ['2024-05-28', '2024-05-29']), back('Abu Dhabi')],
    meetings: [['Seoul', 'Yoon Suk Yeol']],
  },
  {
    what: 'APS, "BEIJING -", "arrived Monday in Beijing on a five-day state visit", "visit Shenzhen, in Guangdong Province, on Thursday"',
    text: "BEIJING - The President of the Republic, Mr. Abdelmadjid Tebboune, arrived Monday in Beijing on a five-day state visit to the People's Republic of China, at the invitation of President Xi Jinping. On Tuesday, President Tebboune will hold talks with President Xi Jinping at the Great Hall of the People, then visit Shenzhen, in Guangdong Province, on Thursday.",
    published: '2023-07-17',
    home: 'Algiers',
    stops: [from('Algiers'), at('Beijing', ['2023-07-17', '2023-07-18']), at('Shenzhen', ['2023-07-20']), back('Algiers')],
    meetings: [['Beijing', 'Xi Jinping']],
  },
  {
    what: 'Élysée, "begin in Djibouti on Monday 11 March", "travel to Lalibela, in the Amhara region, … then to Addis Ababa", "fly to Nairobi"',
    text: 'The President of the Republic will travel to East Africa from 11 to 14 March 2019. He will begin in Djibouti on Monday 11 March, where he will meet President Ismaïl Omar Guelleh. On Tuesday 12 March, President Macron will travel to Lalibela, in the Amhara region, to see the rock-hewn churches, then to Addis Ababa for talks with Prime Minister Abiy Ahmed. On Wednesday 13 March, he will fly to Nairobi, where he will be received by President Uhuru Kenyatta and take part in the One Planet Summit on Thursday 14 March.',
    published: '2019-03-08',
    home: 'Paris',
    stops: [from('Paris'), at('Djibouti', ['2019-03-11']), at('Lalibela', ['2019-03-12']), at('Addis Ababa', ['2019-03-12']), at('Nairobi', ['2019-03-13', '2019-03-14'], 'flight'), back('Paris')],
    meetings: [['Djibouti', 'Ismaïl Omar Guelleh'], ['Addis Ababa', 'Abiy Ahmed'], ['Nairobi', 'Uhuru Kenyatta']],
    why: 'Lalibela is in no gazetteer here (the draft warns that it is not placed)',
  },
  {
    what: 'Kremlin, "will pay an official visit to the Republic of Belarus on May 23–24", "In Minsk"',
    text: 'Vladimir Putin will pay an official visit to the Republic of Belarus on May 23–24. In Minsk, the President of Russia will hold talks with President of Belarus Alexander Lukashenko in restricted and expanded formats. The two leaders will discuss the strategic partnership and the building of the Union State.',
    published: '2024-05-22',
    home: 'Moscow',
    stops: [from('Moscow'), at('Minsk', ['2024-05-23', '2024-05-24']), back('Moscow')],
    meetings: [['Minsk', 'Alexander Lukashenko']],
  },
  {
    what: 'Planalto, "travels this Sunday (8) to the United States", "On Monday (9) … at the White House", "On Tuesday (10), Dilma travels to Boston, Massachusetts"',
    text: 'President Dilma Rousseff travels this Sunday (8) to the United States, where she will make a working visit until Tuesday (10). On Monday (9), the President will be received by President Barack Obama at the White House. On Tuesday (10), Dilma travels to Boston, Massachusetts, where she will visit Harvard University and the Massachusetts Institute of Technology.',
    published: '2012-04-06',
    home: 'Brasília',
    stops: [from('Brasília', '2012-04-08'), at('Washington', ['2012-04-09']), at('Boston', ['2012-04-10']), back('Brasília')],
    meetings: [['Washington', 'Barack Obama']],
    why: '"received by President Barack Obama at the White House" places him nowhere: the White House is not read as Washington (tried as a seat of government, it moved tuning text 312, whose recap "held talks at the White House" came first, losing three dates and a meeting), and the departure "travels this Sunday (8) to the United States" is then read for no stop',
  },
  {
    what: 'Xinhua, "ATHENS, Nov. 11 (Xinhua) --", "arrived in Athens on Sunday", "On Tuesday, Xi will visit the Piraeus port with … before leaving for Brasilia"',
    text: 'ATHENS, Nov. 11 (Xinhua) -- Chinese President Xi Jinping held talks with Greek President Prokopis Pavlopoulos here on Monday, and the two sides agreed to deepen their comprehensive strategic partnership. Xi arrived in Athens on Sunday for a state visit to Greece. On Tuesday, Xi will visit the Piraeus port with Greek Prime Minister Kyriakos Mitsotakis before leaving for Brasilia to attend the 11th BRICS summit.',
    published: '2019-11-11',
    home: 'Beijing',
    stops: [from('Beijing'), at('Athens', ['2019-11-10', '2019-11-11']), at('Piraeus', ['2019-11-12']), at('Brasília', []), back('Beijing')],
    meetings: [['Athens', 'Prokopis Pavlopoulos'], ['Piraeus', 'Kyriakos Mitsotakis']],
  },
];

/** The 10 written after the fixes, run once before any change for them. */
export const second: Case[] = [
  {
    what: 'Xinhua, "ASTANA, Sept. 7 (Xinhua) --", "arrived here Saturday from St. Petersburg, where he attended the G20 summit", "travel to Tashkent on Monday"',
    text: 'ASTANA, Sept. 7 (Xinhua) -- Chinese President Xi Jinping arrived here Saturday from St. Petersburg, where he attended the G20 summit, for a state visit to Kazakhstan. Xi will hold talks with President Nursultan Nazarbayev on Saturday and deliver a speech at Nazarbayev University on the Silk Road Economic Belt. He will then travel to Tashkent on Monday for a state visit to Uzbekistan.',
    published: '2013-09-07',
    home: 'Beijing',
    stops: [from('Beijing'), at('Saint Petersburg', []), at('Astana', ['2013-09-07']), at('Tashkent', ['2013-09-09']), back('Beijing')],
    meetings: [['Astana', 'Nursultan Nazarbayev']],
  },
  {
    what: 'TASS, "PYONGYANG, July 25. /TASS/.", "has arrived in Pyongyang", "talks … on Wednesday", "celebrations on July 27"',
    text: 'PYONGYANG, July 25. /TASS/. A Russian military delegation led by Defense Minister Sergei Shoigu has arrived in Pyongyang to take part in the celebrations of the 70th anniversary of the end of the Korean War on July 27, the Russian Defense Ministry said. Shoigu will hold talks with North Korean Defense Minister Kang Sun Nam on Wednesday.',
    published: '2023-07-25',
    home: 'Moscow',
    stops: [from('Moscow'), at('Pyongyang', ['2023-07-25', '2023-07-26', '2023-07-27']), back('Moscow')],
    meetings: [['Pyongyang', 'Kang Sun Nam']],
    why: 'the day of the event the delegation arrived for ("to take part in the celebrations … on July 27") is read as the day of the arrival in that sentence, and "on Wednesday" is then counted after it (2 August); an arrival "has arrived in Pyongyang" alone is now dated on the report\'s day',
  },
  {
    what: 'Anadolu, "arrived in Budapest on Thursday", "met … at the Carmelite Monastery", "returned to Ankara late Thursday"',
    text: 'ANKARA, Nov. 7 (Anadolu) - President Recep Tayyip Erdogan arrived in Budapest on Thursday for an official visit to Hungary. Erdogan met Hungarian Prime Minister Viktor Orban at the Carmelite Monastery, the seat of the prime minister, and the two sides signed agreements on trade and energy. Erdogan returned to Ankara late Thursday.',
    published: '2019-11-07',
    home: 'Ankara',
    stops: [from('Ankara'), at('Budapest', ['2019-11-07']), back('Ankara', '2019-11-07')],
    meetings: [['Budapest', 'Viktor Orban']],
  },
  {
    what: 'Bernama, "BANGKOK, Nov 29 (Bernama) --", "arrived here today for a two-day official visit", "on Tuesday"',
    text: 'BANGKOK, Nov 29 (Bernama) -- Prime Minister Datuk Seri Ismail Sabri Yaakob arrived here today for a two-day official visit to Thailand, his first to the kingdom since taking office. He will hold a bilateral meeting with Thai Prime Minister Prayut Chan-o-cha at Government House on Tuesday before returning to Kuala Lumpur in the evening.',
    published: '2021-11-29',
    home: 'Kuala Lumpur',
    stops: [from('Kuala Lumpur'), at('Bangkok', ['2021-11-29', '2021-11-30']), back('Kuala Lumpur', '2021-11-30')],
    meetings: [['Bangkok', 'Prayut Chan-o-cha']],
  },
  {
    what: 'VNA, "left Hanoi on December 11 for an official visit to Luxembourg", "in Brussels, Belgium, on December 14", "in The Hague on December 15"',
    text: 'Hanoi (VNA) – Prime Minister Pham Minh Chinh left Hanoi on December 11 for an official visit to Luxembourg, after which he will attend the ASEAN-EU Commemorative Summit in Brussels, Belgium, on December 14 and pay an official visit to the Netherlands, where he will hold talks with Prime Minister Mark Rutte in The Hague on December 15.',
    published: '2022-12-11',
    home: 'Hanoi',
    stops: [from('Hanoi', '2022-12-11'), at('Luxembourg', []), at('Brussels', ['2022-12-14']), at('The Hague', ['2022-12-15']), back('Hanoi')],
    meetings: [['The Hague', 'Mark Rutte']],
  },
  {
    what: 'Yonhap, "arrived in Tehran on Sunday", "summit talks … on Monday", "leave for Seoul on Tuesday"',
    text: 'SEOUL, May 1 (Yonhap) -- President Park Geun-hye arrived in Tehran on Sunday, becoming the first South Korean head of state to visit Iran since the two countries established diplomatic ties. Park will hold summit talks with Iranian President Hassan Rouhani on Monday and meet Supreme Leader Ayatollah Ali Khamenei. She will leave for Seoul on Tuesday.',
    published: '2016-05-01',
    home: 'Seoul',
    stops: [from('Seoul'), at('Tehran', ['2016-05-01', '2016-05-02', '2016-05-03']), back('Seoul')],
    meetings: [['Tehran', 'Hassan Rouhani'], ['Tehran', 'Ali Khamenei']],
  },
  {
    what: 'Kyodo, "left Tokyo on Sunday for a state visit to Mongolia", "In Ulaanbaatar, … on Monday", "return to Japan on Sunday next week"',
    text: 'TOKYO, July 6 (Kyodo) -- Emperor Naruhito and Empress Masako left Tokyo on Sunday for a state visit to Mongolia, their first to the country. In Ulaanbaatar, the Emperor will attend a welcome ceremony hosted by President Ukhnaagiin Khurelsukh on Monday and lay flowers at a memorial to Japanese detainees. The couple will return to Japan on Sunday next week.',
    published: '2025-07-06',
    home: 'Tokyo',
    stops: [from('Tokyo', '2025-07-06'), at('Ulaanbaatar', ['2025-07-07']), back('Tokyo', '2025-07-13')],
    meetings: [['Ulaanbaatar', 'Ukhnaagiin Khurelsukh']],
  },
  {
    what: 'WAM, "ROME, 24th February, 2025 (WAM) --", "arrived in Rome today", "at the Quirinal Palace on Tuesday"',
    text: 'ROME, 24th February, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan arrived in Rome today on a state visit to the Italian Republic. His Highness will hold talks with Italian President Sergio Mattarella at the Quirinal Palace on Tuesday, and with Prime Minister Giorgia Meloni, with whom he will attend a UAE–Italy business forum.',
    published: '2025-02-24',
    home: 'Abu Dhabi',
    stops: [from('Abu Dhabi'), at('Rome', ['2025-02-24', '2025-02-25']), back('Abu Dhabi')],
    meetings: [['Rome', 'Sergio Mattarella'], ['Rome', 'Giorgia Meloni']],
    why: 'a second person met after the day, ", and with Prime Minister Giorgia Meloni", is not read (a rule reading ", and with" before a title found two tuning meetings and lost one, and was dropped)',
  },
  {
    what: 'APS, "LISBON -", "arrived Tuesday in Lisbon on a two-day state visit", "talks on Wednesday with Prime Minister António Costa"',
    text: 'LISBON - The President of the Republic, Abdelmadjid Tebboune, arrived Tuesday in Lisbon on a two-day state visit to Portugal at the invitation of his Portuguese counterpart Marcelo Rebelo de Sousa. President Tebboune will hold talks on Wednesday with Prime Minister António Costa, with whom he will co-chair the sixth Algerian-Portuguese high-level meeting.',
    published: '2023-05-23',
    home: 'Algiers',
    stops: [from('Algiers'), at('Lisbon', ['2023-05-23', '2023-05-24']), back('Algiers')],
    meetings: [['Lisbon', 'António Costa']],
  },
  {
    what: 'Planalto, "travels to Santiago, Chile, this Sunday (4)", "On Monday (5) … at the La Moneda Palace", "On Tuesday (6), … the port city of Valparaíso"',
    text: 'President Luiz Inácio Lula da Silva travels to Santiago, Chile, this Sunday (4), for a state visit at the invitation of President Gabriel Boric. On Monday (5), the two presidents will hold a bilateral meeting at the La Moneda Palace and sign agreements on trade and science. On Tuesday (6), Lula will visit the port city of Valparaíso, where he will speak at the National Congress, before returning to Brasília.',
    published: '2024-08-02',
    home: 'Brasília',
    stops: [from('Brasília', '2024-08-04'), at('Santiago', ['2024-08-04', '2024-08-05']), at('Valparaíso', ['2024-08-06']), back('Brasília')],
    meetings: [['Santiago', 'Gabriel Boric']],
    why: 'the host is named only "at the invitation of President Gabriel Boric" and the meeting as "the two presidents will hold a bilateral meeting", as in the Bogotá text; Valparaíso ("visit the port city of Valparaíso") is now read',
  },
];

/** Every announcement of the round, the first 40 and the 10 after. */
export const cases: Case[] = [...first, ...second];

describe('announcements of round 24: news agencies and translated releases', () => {
  for (const c of cases.filter((x) => !x.why)) {
    it(`reads ${c.what}`, () => {
      expect(misses(c)).toEqual([]);
    });
  }
});

describe('round 24: the rules, alone', () => {
  const stops = (text: string, published = '2019-10-09', home = 'Beijing') =>
    draft(text, published, home).stops.map((s) => `${s.name} ${s.arrive ?? '-'}..${s.depart ?? '-'}`);
  const legs = (text: string, published = '2019-10-09', home = 'Beijing') => draft(text, published, home).legs.map((l) => l.mode);

  it('reads a place set beside "the Sudanese capital" or "the Chinese city" with no comma, as it reads it after a comma or "of"', () => {
    expect(stops('On Friday he arrived in the Sudanese capital Khartoum for talks.', '2019-10-12')).toEqual(['Beijing -..2019-10-11', 'Khartoum 2019-10-11..2019-10-11', 'Beijing 2019-10-11..-']);
    expect(stops('On Friday he arrived in the Sudanese capital, Khartoum, for talks.', '2019-10-12')).toEqual(['Beijing -..2019-10-11', 'Khartoum 2019-10-11..2019-10-11', 'Beijing 2019-10-11..-']);
    expect(stops('On Friday he will travel to the northern Chinese city Tianjin.', '2019-10-09', 'Kuala Lumpur')).toEqual(['Kuala Lumpur -..2019-10-11', 'Tianjin 2019-10-11..2019-10-11', 'Kuala Lumpur 2019-10-11..-']);
  });

  it('states the flight to a place described between the verb and its name ("fly to the Vietnamese port city of Da Nang")', () => {
    expect(legs('On Friday, he will fly to the Vietnamese port city of Da Nang to attend the summit.')).toEqual(['flight', 'unknown']);
    expect(legs('On Friday, he will fly to the Sudanese capital Khartoum.')).toEqual(['flight', 'unknown']);
    expect(legs('On Friday, he will fly to Da Nang, a Vietnamese port city, and then drive to Hoi An.')).toEqual(['flight', 'road', 'unknown']);
  });

  it('reads "Washington D.C." written without a comma as Washington, not a longer name', () => {
    expect(stops('In Washington D.C., the Party leader will hold talks with President Barack Obama on July 7.', '2015-07-05', 'Hanoi')).toEqual(['Hanoi -..2015-07-07', 'Washington, D.C. 2015-07-07..2015-07-07', 'Hanoi 2015-07-07..-']);
  });
  it('reads a place after ", and" with its own day, its verb left out, after a place visited with its day and a clause of talks ("visit Abu Dhabi on Monday for talks with …, and Muscat on Tuesday")', () => {
    expect(stops('He will visit Abu Dhabi on Monday for talks with Crown Prince Sheikh Mohamed bin Zayed Al Nahyan, and Muscat on Tuesday, before returning to Tokyo on Wednesday.', '2020-01-11', 'Tokyo')).toEqual(['Tokyo -..2020-01-13', 'Abu Dhabi 2020-01-13..2020-01-13', 'Muscat 2020-01-14..2020-01-15', 'Tokyo 2020-01-15..-']);
  });

  it('reads the place a trip is wrapped up in ("will wrap up the trip in Los Angeles")', () => {
    const got = draft('Park left Seoul on Sunday and will first stop in New York on Monday. She will wrap up the trip in Los Angeles before returning home on Saturday.', '2013-05-05', 'Seoul').stops;
    expect(got.map((s) => s.name)).toEqual(['Seoul', 'New York', 'Los Angeles', 'Seoul']);
    expect(got[2]!.depart).toBe('2013-05-11');
  });

  it('keeps "later in the day after the closing session" on the day the story has reached, not the day after it', () => {
    expect(stops("KUWAIT, March 29 (KUNA) -- The Amir arrived in Baghdad on Thursday to take part in the Arab Summit. The Amir returned home later in the day after the summit's closing session.", '2012-03-29', 'Kuwait City')).toEqual(['Kuwait City -..2012-03-29', 'Baghdad 2012-03-29..2012-03-29', 'Kuwait City 2012-03-29..-']);
    expect(stops('The Amir arrived in Baghdad on Thursday 29 March. The day after the summit, he flew to Amman.', '2012-03-27', 'Kuwait City').slice(1, 3)).toEqual(['Baghdad 2012-03-29..2012-03-30', 'Amman 2012-03-30..2012-03-30']);
  });
  it('ends no sentence at dotted initials before the title they qualify ("U.N. Secretary-General Ban Ki-moon", "U.S. President Barack Obama")', () => {
    const texts = (t: string) => splitSentences(t).map((x) => x.text);
    expect(texts('In New York she will meet U.N. Secretary-General Ban Ki-moon and Korean residents. She then flies on.')).toEqual(['In New York she will meet U.N. Secretary-General Ban Ki-moon and Korean residents.', 'She then flies on.']);
    expect(texts('He held talks with U.S. President Barack Obama.')).toEqual(['He held talks with U.S. President Barack Obama.']);
    expect(texts('He spoke at the U.N. The President met him there.')).toEqual(['He spoke at the U.N.', 'The President met him there.']);
  });
  it('reads the place a traveller flew in from, where the sentence says what was done there, as the stop before the one reached ("flew in from the southern Indian city of Chennai, where he held …")', () => {
    const text = (where: string) =>
      `KATHMANDU, Oct. 12 (Xinhua) -- Chinese President Xi Jinping arrived here Saturday for a state visit to Nepal. Xi flew in from the southern Indian city of Chennai${where}. During his stay, Xi will hold talks with Prime Minister K.P. Sharma Oli on Sunday.`;
    const names = (t: string) => draft(t, '2019-10-12', 'Beijing').stops.map((s) => [s.name, s.meetings.map((m) => m.title)]);
    expect(names(text(', where he held an informal meeting with Indian Prime Minister Narendra Modi'))).toEqual([
      ['Beijing', []],
      ['Chennai', ['Meeting with Narendra Modi']],
      ['Kathmandu', ['Meeting with K.P. Sharma Oli']],
      ['Beijing', []],
    ]);
    // Only named as where the flight came from: no stop.
    expect(names(text('')).map(([n]) => n)).toEqual(['Beijing', 'Kathmandu', 'Beijing']);
  });
  it('meets a head named with a country\'s word before the title after an act done with them ("visit the Piraeus port with Greek Prime Minister X"); a company\'s or a lower-case word is no title', () => {
    const met = (t: string) => findMeetings(t).filter((m) => m.kind === 'meeting').flatMap((m) => m.with.map((w) => String(w.participant.name)));
    expect(met('On Tuesday, Xi will visit the Piraeus port with Greek Prime Minister Kyriakos Mitsotakis before leaving for Brasilia.')).toEqual(['Kyriakos Mitsotakis']);
    expect(met('He toured the shipyard with Indonesian President Joko Widodo.')).toEqual(['Joko Widodo']);
    expect(met('He toured the shipyard with Hanwha engineers.')).toEqual([]);
  });
  it('reads a place a visit\'s verb reaches through a description ("will visit the port city of Valparaíso, where …")', () => {
    expect(stops('On Tuesday (6), Lula will visit the port city of Valparaíso, where he will speak at the National Congress.', '2024-08-02', 'Brasília')).toEqual(['Brasília -..2024-08-06', 'Valparaíso 2024-08-06..2024-08-06', 'Brasília 2024-08-06..-']);
  });

  it('dates an arrival told as just done ("has arrived in Pyongyang") on the day of a report with no day before it', () => {
    expect(stops('PYONGYANG, July 25. /TASS/. Defense Minister Sergei Shoigu has arrived in Pyongyang. He will hold talks with Defense Minister Kang Sun Nam on Wednesday.', '2023-07-25', 'Moscow')).toEqual(['Moscow -..2023-07-25', 'Pyongyang 2023-07-25..2023-07-26', 'Moscow 2023-07-26..-']);
  });
  it('warns of no country\'s word as a place not placed ("the Sudanese capital Khartoum", "the Vietnamese port city of Da Nang"), and still of a town no gazetteer has (Lalibela)', () => {
    const unplaced = (text: string) => extractWith(world.g, text, { published: '2019-03-08', home: 'Paris' }).warnings.flatMap((w) => (w.code === 'unplaced' ? [w.name] : []));
    expect(unplaced('On Monday 11 March he will arrive in the Sudanese capital Khartoum, and on Tuesday he will fly to the Vietnamese port city of Da Nang.')).toEqual([]);
    expect(unplaced('On Tuesday 12 March he will travel to Lalibela, in the Amhara region, then to Addis Ababa.')).toEqual(['Lalibela']);
  });
});
