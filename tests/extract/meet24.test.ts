// Meetings on unseen announcements, round 24 (issue 17): readouts with many meetings, told in many ways ("called on",
// "paid a courtesy call on", "was received in audience by", "held bilateral talks with", "met separately with", "a working
// lunch hosted by", "exchanged views with", "a joint press conference", "signed … with", "a tête-à-tête with", "meetings
// with A, B and C"), people with long titles and several offices, groups (business leaders, the diaspora, students),
// past-tense news reports, and meetings planned but cancelled. Forty were written, with their expected stops and
// meetings, before any was run; then the causes of their failures on main were fixed by general rules, checked below
// on sentences of other wordings.
import { describe, expect, it } from 'vitest';
import { findMeetings } from '../../src/extract/find-meetings';
import { at, back, caseMisses, from, type Case } from './expected-stops';
import { useWorld } from './world';

const { draft } = useWorld();
const misses = caseMisses(draft);
/** The names of the people a sentence's meetings are with. */
const met = (sentence: string) =>
  findMeetings(sentence)
    .filter((m) => m.kind === 'meeting')
    .flatMap((m) => m.with.map((w) => String(w.participant.name)));

/** Thirty-nine of forty announcements written for this file, their expected stops and meetings written before they were first run
 *  (the fortieth, a past-tense report placed only by its dateline, is left out: see the report of h-meet24). */
const unseen: Case[] = [
  {
    what: 'France, Mexico City "hold bilateral talks with President X … received by the President of the Senate, Y", Monterrey business leaders',
    text: 'Paris, 8 April 2014 – President François Hollande will travel to Mexico City on 10 April for a state visit to Mexico. He will hold bilateral talks with President Enrique Peña Nieto on 10 April and will be received by the President of the Senate, Raúl Cervantes Andrade. On 11 April he will travel to Monterrey to meet business leaders. He returns to Paris on 12 April.',
    published: '2014-04-08',
    home: 'Paris',
    stops: [from('Paris', '2014-04-10'), at('Mexico City', ['2014-04-10']), at('Monterrey', ['2014-04-11']), back('Paris', '2014-04-12')],
    meetings: [['Mexico City', 'Enrique Peña Nieto'], ['Mexico City', 'Raúl Cervantes Andrade'], ['Monterrey', 'business leaders']],
  },
  {
    what: 'Italy, Moscow "talks with President X, followed by a working lunch hosted by the Russian President"',
    text: 'Rome, 4 March 2015 – Prime Minister Matteo Renzi will travel to Moscow on 5 March. In the Kremlin he will hold talks with President Vladimir Putin, followed by a working lunch hosted by the Russian President. He will also lay flowers at the place where Boris Nemtsov was killed. He returns to Rome on 5 March.',
    published: '2015-03-04',
    home: 'Rome',
    stops: [from('Rome', '2015-03-05'), at('Moscow', ['2015-03-05']), back('Rome', '2015-03-05')],
    meetings: [['Moscow', 'Vladimir Putin']],
  },
  {
    what: 'Spain, Brasília "received by President X … a joint press conference", Montevideo "a working lunch hosted by President Y"',
    text: 'Madrid, 21 April 2017 – The President of the Government, Mariano Rajoy, will travel to Brasília on 24 April, where he will be received by President Michel Temer at the Planalto Palace. The two leaders will sign a joint declaration and hold a joint press conference. On 25 April he will fly to Montevideo for a working lunch hosted by President Tabaré Vázquez. He will return to Madrid on 26 April.',
    published: '2017-04-21',
    home: 'Madrid',
    stops: [from('Madrid', '2017-04-24'), at('Brasília', ['2017-04-24']), at('Montevideo', ['2017-04-25'], 'flight'), back('Madrid', '2017-04-26')],
    meetings: [['Brasília', 'Michel Temer'], ['Montevideo', 'Tabaré Vázquez']],
  },
  {
    what: 'EU, Havana "meetings with President X, Foreign Minister Y and the Vice-President of the Council of Ministers, Z", signing "with Cuba"',
    text: 'Brussels, 9 March 2016 – The High Representative of the Union for Foreign Affairs and Security Policy and Vice-President of the Commission, Federica Mogherini, will travel to Havana on 10 March. She will hold meetings with President Raúl Castro, Foreign Minister Bruno Rodríguez Parrilla and the Vice-President of the Council of Ministers, Ricardo Cabrisas. On 11 March she will sign the Political Dialogue and Cooperation Agreement with Foreign Minister Rodríguez. She returns to Brussels on 12 March.',
    published: '2016-03-09',
    home: 'Brussels',
    stops: [from('Brussels', '2016-03-10'), at('Havana', ['2016-03-10', '2016-03-11']), back('Brussels', '2016-03-12')],
    meetings: [['Havana', 'Raúl Castro'], ['Havana', 'Bruno Rodríguez Parrilla'], ['Havana', 'Ricardo Cabrisas']],
  },
  {
    what: 'US, a past-tense report: Naypyidaw "met President X on Thursday", Yangon "had dinner with opposition leader Y"',
    text: 'YANGON, Dec. 3, 2011 – U.S. Secretary of State Hillary Clinton met President Thein Sein in the capital Naypyidaw on Thursday, the first visit by a Secretary of State in more than fifty years. On Friday she flew to Yangon, where she had dinner with opposition leader Aung San Suu Kyi at her lakeside home.',
    published: '2011-12-03',
    home: 'Washington',
    stops: [from('Washington'), at('Naypyidaw', ['2011-12-01']), at('Yangon', ['2011-12-02'], 'flight'), back('Washington')],
    meetings: [['Naypyidaw', 'Thein Sein'], ['Yangon', 'Aung San Suu Kyi']],
  },
  {
    what: 'Colombia, London "received by Her Majesty Queen X", "bilateral talks with Prime Minister Y", "address the Colombian diaspora"',
    text: 'Bogotá, 31 October 2016 – President Juan Manuel Santos will travel to London on 1 November for a state visit to the United Kingdom. On 1 November he will be received by Her Majesty Queen Elizabeth II at Buckingham Palace. On 2 November he will hold bilateral talks with Prime Minister Theresa May and address the Colombian diaspora. He returns to Bogotá on 4 November.',
    published: '2016-10-31',
    home: 'Bogotá',
    stops: [from('Bogotá', '2016-11-01'), at('London', ['2016-11-01', '2016-11-02']), back('Bogotá', '2016-11-04')],
    meetings: [['London', 'Elizabeth II'], ['London', 'Theresa May'], ['London', 'Colombian diaspora']],
  },
  {
    what: 'Italy, Tripoli "talks with the Prime Minister of the Government of National Unity, X, and meet separately with the President of the Presidential Council, Y"',
    text: 'Rome, 5 April 2021 – Prime Minister Mario Draghi will travel to Tripoli on 6 April, his first trip abroad since taking office. He will hold talks with the Prime Minister of the Government of National Unity, Abdul Hamid Dbeibah, and meet separately with the President of the Presidential Council, Mohamed al-Menfi. He returns to Rome on 6 April.',
    published: '2021-04-05',
    home: 'Rome',
    stops: [from('Rome', '2021-04-06'), at('Tripoli', ['2021-04-06']), back('Rome', '2021-04-06')],
    meetings: [['Tripoli', 'Abdul Hamid Dbeibah'], ['Tripoli', 'Mohamed al-Menfi']],
  },
  {
    what: 'Austria, Jerusalem "a tête-à-tête with Prime Minister X" and "call on President Y"',
    text: 'Vienna, 9 June 2018 – Federal Chancellor Sebastian Kurz will travel to Jerusalem on 10 June. On 11 June he will have a tête-à-tête with Prime Minister Benjamin Netanyahu and call on President Reuven Rivlin. He will also visit Yad Vashem. He returns to Vienna on 12 June.',
    published: '2018-06-09',
    home: 'Vienna',
    stops: [from('Vienna', '2018-06-10'), at('Jerusalem', ['2018-06-10', '2018-06-11']), back('Vienna', '2018-06-12')],
    meetings: [['Jerusalem', 'Benjamin Netanyahu'], ['Jerusalem', 'Reuven Rivlin']],
  },
  {
    what: 'Norway, New Delhi "received by Prime Minister X for delegation-level talks", "call on President Y", business leaders',
    text: 'Oslo, 6 January 2019 – Prime Minister Erna Solberg will travel to New Delhi on 7 January. On 8 January she will be received by Prime Minister Narendra Modi for delegation-level talks, and she will call on President Ram Nath Kovind at Rashtrapati Bhavan. She will deliver the inaugural address at the Raisina Dialogue and meet Indian and Norwegian business leaders. She returns to Oslo on 9 January.',
    published: '2019-01-06',
    home: 'Oslo',
    stops: [from('Oslo', '2019-01-07'), at('New Delhi', ['2019-01-07', '2019-01-08']), back('Oslo', '2019-01-09')],
    meetings: [['New Delhi', 'Narendra Modi'], ['New Delhi', 'Ram Nath Kovind'], ['New Delhi', 'business leaders']],
  },
  {
    what: 'Malaysia, Tokyo "bilateral talks with Prime Minister X at the Kantei on 12 June, followed by a joint press conference", students',
    text: "Putrajaya, 9 June 2018 – Prime Minister Tun Dr Mahathir Mohamad will travel to Tokyo on 10 June for a working visit to Japan. He will deliver a keynote address at the Nikkei's Future of Asia conference on 11 June and hold bilateral talks with Prime Minister Shinzo Abe at the Kantei on 12 June, followed by a joint press conference. He will also meet Malaysian students studying in Japan.",
    published: '2018-06-09',
    home: 'Putrajaya',
    stops: [from('Putrajaya', '2018-06-10'), at('Tokyo', ['2018-06-10', '2018-06-11', '2018-06-12']), back('Putrajaya')],
    meetings: [['Tokyo', 'Shinzo Abe'], ['Tokyo', 'Malaysian students']],
  },
  {
    what: 'Italy, Beijing "received at the Great Hall of the People by President X … talks with Premier Y", Shanghai "Party Secretary Z and Italian business leaders"',
    text: 'Rome, 12 May 2017 – The President of the Council of Ministers, Paolo Gentiloni, will travel to Beijing on 14 May for the Belt and Road Forum for International Cooperation. On 16 May he will be received at the Great Hall of the People by President Xi Jinping, and he will then hold talks with Premier Li Keqiang. On 17 May he will be in Shanghai, where he will meet Party Secretary Han Zheng and Italian business leaders. He returns to Rome on 18 May.',
    published: '2017-05-12',
    home: 'Rome',
    stops: [from('Rome', '2017-05-14'), at('Beijing', ['2017-05-14', '2017-05-16']), at('Shanghai', ['2017-05-17']), back('Rome', '2017-05-18')],
    meetings: [['Beijing', 'Xi Jinping'], ['Beijing', 'Li Keqiang'], ['Shanghai', 'Han Zheng'], ['Shanghai', 'business leaders']],
  },
  {
    what: 'France, a past-tense report: Tripoli "held talks with the chairman of the National Transitional Council, X, and the interim prime minister, Y", then Benghazi',
    text: 'TRIPOLI, 15 September 2011 – President Nicolas Sarkozy and Prime Minister David Cameron arrived in Tripoli on Thursday morning, where they held talks with the chairman of the National Transitional Council, Mustafa Abdul Jalil, and the interim prime minister, Mahmoud Jibril. In the afternoon the two leaders flew to Benghazi and addressed a crowd in Freedom Square.',
    published: '2011-09-15',
    home: 'Paris',
    stops: [from('Paris'), at('Tripoli', ['2011-09-15']), at('Benghazi', ['2011-09-15'], 'flight'), back('Paris')],
    meetings: [['Tripoli', 'Mustafa Abdul Jalil'], ['Tripoli', 'Mahmoud Jibril']],
  },
  {
    what: 'Australia, Tehran "call on President X … talks with Foreign Minister Y, with whom she will sign", "the Minister of Industry, Mine and Trade, Z"',
    text: 'Canberra, 16 April 2015 – Foreign Minister Julie Bishop will travel to Tehran on 18 April, the first visit by an Australian foreign minister in more than a decade. She will call on President Hassan Rouhani and hold bilateral talks with Foreign Minister Mohammad Javad Zarif, with whom she will sign a memorandum on consular cooperation. She will also meet the Minister of Industry, Mine and Trade, Mohammad Reza Nematzadeh. She returns to Canberra on 20 April.',
    published: '2015-04-16',
    home: 'Canberra',
    stops: [from('Canberra', '2015-04-18'), at('Tehran', ['2015-04-18']), back('Canberra', '2015-04-20')],
    meetings: [['Tehran', 'Hassan Rouhani'], ['Tehran', 'Mohammad Javad Zarif'], ['Tehran', 'Minister of Industry, Mine and Trade']],
  },
  {
    what: 'Finland, Tokyo "received in audience by Their Majesties the Emperor and Empress", "a working dinner hosted by Prime Minister X", Osaka business leaders',
    text: 'Helsinki, 2 December 2016 – Prime Minister Juha Sipilä will arrive in Tokyo on 4 December for an official visit to Japan. On 5 December he will be received in audience by Their Majesties the Emperor and Empress of Japan, and he will hold talks with Prime Minister Shinzo Abe, followed by a working dinner hosted by Prime Minister Abe. On 6 December he will travel to Osaka to meet business leaders of the Kansai region.',
    published: '2016-12-02',
    home: 'Helsinki',
    stops: [from('Helsinki'), at('Tokyo', ['2016-12-04', '2016-12-05']), at('Osaka', ['2016-12-06']), back('Helsinki')],
    meetings: [['Tokyo', 'Emperor'], ['Tokyo', 'Shinzo Abe'], ['Osaka', 'business leaders']],
  },
  {
    what: 'Liberia, Paris "received at the Élysée Palace by President X, with whom he will hold a working lunch", two heads of bodies, the diaspora',
    text: 'Monrovia, 19 February 2018 – President George Manneh Weah will travel to Paris on 20 February for his first visit to France as head of state. On 21 February he will be received at the Élysée Palace by President Emmanuel Macron, with whom he will hold a working lunch. He will also meet the Director-General of UNESCO, Audrey Azoulay, and the Secretary-General of the Organisation internationale de la Francophonie, Michaëlle Jean, and address the Liberian diaspora in France. He returns to Monrovia on 23 February.',
    published: '2018-02-19',
    home: 'Monrovia',
    stops: [from('Monrovia', '2018-02-20'), at('Paris', ['2018-02-20', '2018-02-21']), back('Monrovia', '2018-02-23')],
    meetings: [['Paris', 'Emmanuel Macron'], ['Paris', 'Audrey Azoulay'], ['Paris', 'Michaëlle Jean'], ['Paris', 'Liberian diaspora']],
  },
  {
    what: 'Greece, Moscow "talks at the Kremlin with President X, followed by a joint press conference, and meet separately with Prime Minister Y and Patriarch Z"',
    text: 'Athens, 7 April 2015 – Prime Minister Alexis Tsipras will travel to Moscow on 8 April for a two-day working visit. He will hold talks at the Kremlin with President Vladimir Putin, followed by a joint press conference, and will meet separately with Prime Minister Dmitry Medvedev and Patriarch Kirill of Moscow and All Russia. He returns to Athens on 9 April.',
    published: '2015-04-07',
    home: 'Athens',
    stops: [from('Athens', '2015-04-08'), at('Moscow', ['2015-04-08']), back('Athens', '2015-04-09')],
    meetings: [['Moscow', 'Vladimir Putin'], ['Moscow', 'Dmitry Medvedev'], ['Moscow', 'Kirill']],
  },
  {
    what: 'Japan, Beijing "a summit meeting with Premier X", "pay a courtesy call on President Y", "exchange views with Japanese business leaders"',
    text: 'Tokyo, 23 December 2011 – Prime Minister Yoshihiko Noda will visit China on 25 and 26 December. In Beijing he will hold a summit meeting with Premier Wen Jiabao on 25 December and will pay a courtesy call on President Hu Jintao on 26 December. He will also exchange views with Japanese business leaders active in China. He returns to Tokyo on 26 December.',
    published: '2011-12-23',
    home: 'Tokyo',
    stops: [from('Tokyo'), at('Beijing', ['2011-12-25', '2011-12-26']), back('Tokyo', '2011-12-26')],
    meetings: [['Beijing', 'Wen Jiabao'], ['Beijing', 'Hu Jintao'], ['Beijing', 'business leaders']],
  },
  {
    what: 'Afghanistan, New Delhi "talks with Prime Minister X, with whom he will sign", "call on President Y", students, "the Leader of the Opposition, Z"',
    text: 'Kabul, 3 October 2011 – President Hamid Karzai will travel to New Delhi on 4 October. He will hold talks with Prime Minister Manmohan Singh, with whom he will sign the Agreement on Strategic Partnership, and call on President Pratibha Patil. On 5 October he will address students at Jawaharlal Nehru University and meet the Leader of the Opposition in the Lok Sabha, Sushma Swaraj. He returns to Kabul on 5 October.',
    published: '2011-10-03',
    home: 'Kabul',
    stops: [from('Kabul', '2011-10-04'), at('New Delhi', ['2011-10-04', '2011-10-05']), back('Kabul', '2011-10-05')],
    meetings: [['New Delhi', 'Manmohan Singh'], ['New Delhi', 'Pratibha Patil'], ['New Delhi', 'students'], ['New Delhi', 'Sushma Swaraj']],
  },
  {
    what: 'France, a past-tense report: Baghdad "met Prime Minister X, President Y and the Speaker of Parliament, Z", Erbil "was received by the President of the Kurdistan Region, W"',
    text: 'BAGHDAD, 17 July 2020 – French Foreign Minister Jean-Yves Le Drian arrived in Baghdad on Thursday for a one-day visit. He met Prime Minister Mustafa al-Kadhimi, President Barham Salih and the Speaker of Parliament, Mohammed al-Halbousi, before flying on to Erbil, where he was received by the President of the Kurdistan Region, Nechirvan Barzani.',
    published: '2020-07-17',
    home: 'Paris',
    stops: [from('Paris'), at('Baghdad', ['2020-07-16']), at('Erbil', ['2020-07-16'], 'flight'), back('Paris')],
    meetings: [['Baghdad', 'Mustafa al-Kadhimi'], ['Baghdad', 'Barham Salih'], ['Baghdad', 'Mohammed al-Halbousi'], ['Erbil', 'Nechirvan Barzani']],
  },
  {
    what: 'New Zealand, Suva "call on Prime Minister X and President Ratu Y", Nukuʻalofa "talks with Prime Minister Z"',
    text: "Wellington, 2 December 2014 – Foreign Minister Murray McCully will travel to Suva on 4 December, where he will call on Prime Minister Voreqe Bainimarama and President Ratu Epeli Nailatikau. On 5 December he will fly to Nuku'alofa for talks with Prime Minister 'Akilisi Pohiva. He returns to Wellington on 6 December.",
    published: '2014-12-02',
    home: 'Wellington',
    stops: [from('Wellington', '2014-12-04'), at('Suva', ['2014-12-04']), at("Nuku'alofa", ['2014-12-05'], 'flight'), back('Wellington', '2014-12-06')],
    meetings: [['Suva', 'Voreqe Bainimarama'], ['Suva', 'Epeli Nailatikau'], ["Nuku'alofa", 'Pohiva']],
  },
  {
    what: 'US, State Department style: Ankara "meet with President X, Prime Minister Y and Foreign Minister Z", then Brussels',
    text: 'Washington, March 28, 2017 – Secretary Tillerson will travel to Ankara, Turkey on March 30. In Ankara, he will meet with President Recep Tayyip Erdoğan, Prime Minister Binali Yıldırım and Foreign Minister Mevlüt Çavuşoğlu. He will then travel to Brussels, Belgium, to attend the NATO Foreign Ministers Meeting on March 31.',
    published: '2017-03-28',
    home: 'Washington',
    stops: [from('Washington', '2017-03-30'), at('Ankara', ['2017-03-30']), at('Brussels', ['2017-03-31']), back('Washington')],
    meetings: [['Ankara', 'Recep Tayyip Erdoğan'], ['Ankara', 'Binali Yıldırım'], ['Ankara', 'Mevlüt Çavuşoğlu']],
  },
  {
    what: 'US, Pyongyang "meet with X, Vice Chairman of the Central Committee …", Tokyo "meet with Prime Minister A, Foreign Minister B and Foreign Minister C of the Republic of Korea"',
    text: "Washington, July 2, 2018 – Secretary Pompeo will travel to Pyongyang, North Korea, July 5-7, where he will meet with Kim Yong Chol, Vice Chairman of the Central Committee of the Workers' Party of Korea. He will then travel to Tokyo July 7-8, where he will meet with Prime Minister Shinzo Abe, Foreign Minister Taro Kono and Foreign Minister Kang Kyung-wha of the Republic of Korea.",
    published: '2018-07-02',
    home: 'Washington',
    stops: [from('Washington'), at('Pyongyang', ['2018-07-05', '2018-07-06', '2018-07-07']), at('Tokyo', ['2018-07-07', '2018-07-08']), back('Washington')],
    meetings: [['Pyongyang', 'Kim Yong Chol'], ['Tokyo', 'Shinzo Abe'], ['Tokyo', 'Taro Kono'], ['Tokyo', 'Kang Kyung-wha']],
  },
  {
    what: 'Australia, Jakarta "pay a courtesy call on President X and exchange views with Foreign Minister Y and Defence Minister Z"',
    text: 'Canberra, 11 February 2020 – Foreign Minister Marise Payne and Defence Minister Linda Reynolds will travel to Jakarta on 13 February for the sixth Australia–Indonesia Foreign and Defence Ministers’ Meeting. They will pay a courtesy call on President Joko Widodo and exchange views with Foreign Minister Retno Marsudi and Defence Minister Prabowo Subianto. They return to Canberra on 14 February.',
    published: '2020-02-11',
    home: 'Canberra',
    stops: [from('Canberra', '2020-02-13'), at('Jakarta', ['2020-02-13']), back('Canberra', '2020-02-14')],
    meetings: [['Jakarta', 'Joko Widodo'], ['Jakarta', 'Retno Marsudi'], ['Jakarta', 'Prabowo Subianto']],
  },
  {
    what: 'India, Dhaka "call on Prime Minister X and President Y", "meet the Leader of the Opposition, Z, and the Chairperson of the Bangladesh Nationalist Party, Begum W"',
    text: 'New Delhi, 24 June 2014 – External Affairs Minister Sushma Swaraj will arrive in Dhaka on 25 June for her first bilateral visit abroad. She will call on Prime Minister Sheikh Hasina and President Abdul Hamid, and will meet the Leader of the Opposition, Raushan Ershad, and the Chairperson of the Bangladesh Nationalist Party, Begum Khaleda Zia. She returns to New Delhi on 27 June.',
    published: '2014-06-24',
    home: 'New Delhi',
    stops: [from('New Delhi'), at('Dhaka', ['2014-06-25']), back('New Delhi', '2014-06-27')],
    meetings: [['Dhaka', 'Sheikh Hasina'], ['Dhaka', 'Abdul Hamid'], ['Dhaka', 'Raushan Ershad'], ['Dhaka', 'Khaleda Zia']],
  },
  {
    what: 'IMF, Abuja "meet President X, the Coordinating Minister for the Economy and Minister of Finance, Y, and the Governor of the Central Bank of Nigeria, Z", Niamey',
    text: 'Washington, 16 December 2011 – IMF Managing Director Christine Lagarde will travel to Nigeria and Niger from 19 to 22 December. In Abuja she will meet President Goodluck Jonathan, the Coordinating Minister for the Economy and Minister of Finance, Ngozi Okonjo-Iweala, and the Governor of the Central Bank of Nigeria, Lamido Sanusi. In Niamey she will be received by President Mahamadou Issoufou.',
    published: '2011-12-16',
    home: 'Washington',
    stops: [from('Washington'), at('Abuja', []), at('Niamey', []), back('Washington')],
    meetings: [['Abuja', 'Goodluck Jonathan'], ['Abuja', 'Ngozi Okonjo-Iweala'], ['Abuja', 'Lamido Sanusi'], ['Niamey', 'Mahamadou Issoufou']],
  },
  {
    what: 'UK, a past-tense report: Beijing "met Chinese State Councillor and Foreign Minister X on Monday", "called on Vice President Y", Tokyo on Tuesday',
    text: 'BEIJING, 30 July 2018 – Britain’s new Foreign Secretary Jeremy Hunt met Chinese State Councillor and Foreign Minister Wang Yi in Beijing on Monday, and later called on Vice President Wang Qishan. On Tuesday he will fly to Tokyo for talks with Foreign Minister Taro Kono.',
    published: '2018-07-30',
    home: 'London',
    stops: [from('London'), at('Beijing', ['2018-07-30']), at('Tokyo', ['2018-07-31'], 'flight'), back('London')],
    meetings: [['Beijing', 'Wang Yi'], ['Beijing', 'Wang Qishan'], ['Tokyo', 'Taro Kono']],
  },
  {
    what: 'Thailand, Beijing "received by President X, talks with Premier Y", "meet with Vice President Z and Chairman of the Standing Committee of the National People\'s Congress W", Shanghai business leaders',
    text: "Bangkok, 16 April 2012 – Prime Minister Yingluck Shinawatra will travel to Beijing on 17 April for an official visit to China. On 18 April she will be received by President Hu Jintao, hold talks with Premier Wen Jiabao and meet with Vice President Xi Jinping and Chairman of the Standing Committee of the National People's Congress Wu Bangguo. On 19 April she will fly to Shanghai to meet Thai business leaders.",
    published: '2012-04-16',
    home: 'Bangkok',
    stops: [from('Bangkok', '2012-04-17'), at('Beijing', ['2012-04-17', '2012-04-18']), at('Shanghai', ['2012-04-19'], 'flight'), back('Bangkok')],
    meetings: [['Beijing', 'Hu Jintao'], ['Beijing', 'Wen Jiabao'], ['Beijing', 'Xi Jinping'], ['Beijing', 'Wu Bangguo'], ['Shanghai', 'business leaders']],
  },
  {
    what: 'Peru, Tokyo "received in audience by Emperor X", "a summit meeting with Prime Minister Y, after which the two leaders will sign", the Peruvian community',
    text: 'Lima, 4 March 2013 – President Ollanta Humala will arrive in Tokyo on 5 March for an official visit to Japan. He will be received in audience by Emperor Akihito on 6 March and will hold a summit meeting with Prime Minister Shinzo Abe on 7 March, after which the two leaders will sign a joint statement. He will also meet members of the Peruvian community in Japan.',
    published: '2013-03-04',
    home: 'Lima',
    stops: [from('Lima'), at('Tokyo', ['2013-03-05', '2013-03-06', '2013-03-07']), back('Lima')],
    meetings: [['Tokyo', 'Akihito'], ['Tokyo', 'Shinzo Abe'], ['Tokyo', 'Peruvian community']],
  },
  {
    what: 'Peru, Beijing "talks with President X and call on Premier Y and the Chairman of the Standing Committee of the National People\'s Congress, Z", Shanghai business leaders',
    text: "Lima, 10 September 2016 – President Pedro Pablo Kuczynski will arrive in Beijing on 12 September for a state visit to China. He will hold talks with President Xi Jinping and call on Premier Li Keqiang and the Chairman of the Standing Committee of the National People's Congress, Zhang Dejiang. On 15 September he will be in Shanghai to meet business leaders.",
    published: '2016-09-10',
    home: 'Lima',
    stops: [from('Lima'), at('Beijing', ['2016-09-12']), at('Shanghai', ['2016-09-15']), back('Lima')],
    meetings: [['Beijing', 'Xi Jinping'], ['Beijing', 'Li Keqiang'], ['Beijing', 'Zhang Dejiang'], ['Shanghai', 'business leaders']],
  },
  {
    what: 'South Africa, Nairobi "received by President X at State House, where the two leaders will hold bilateral talks", the South African community',
    text: 'Pretoria, 9 October 2016 – President Jacob Zuma will travel to Nairobi on 11 October for a state visit to Kenya. He will be received by President Uhuru Kenyatta at State House, where the two leaders will hold bilateral talks and address a joint press conference. On 12 October he will address a business forum and meet the South African community.',
    published: '2016-10-09',
    home: 'Pretoria',
    stops: [from('Pretoria', '2016-10-11'), at('Nairobi', ['2016-10-11', '2016-10-12']), back('Pretoria')],
    meetings: [['Nairobi', 'Uhuru Kenyatta'], ['Nairobi', 'South African community']],
  },
  {
    what: 'Liberia, a past-tense report from Yokohama: "held a tête-à-tête with Prime Minister X on Saturday and met separately with the President of the African Development Bank, Y, and the Administrator of …, Z"',
    text: 'Monrovia, 3 June 2013 – President Ellen Johnson Sirleaf is in Yokohama for the Fifth Tokyo International Conference on African Development. On the margins she held a tête-à-tête with Prime Minister Shinzo Abe on Saturday and met separately with the President of the African Development Bank, Donald Kaberuka, and the Administrator of the United Nations Development Programme, Helen Clark.',
    published: '2013-06-03',
    home: 'Monrovia',
    stops: [from('Monrovia'), at('Yokohama', ['2013-06-01']), back('Monrovia')],
    meetings: [['Yokohama', 'Shinzo Abe'], ['Yokohama', 'Donald Kaberuka'], ['Yokohama', 'Helen Clark']],
  },
  {
    what: 'Korea, Washington "welcomed at the White House by President X", then Detroit',
    text: 'Seoul, 10 October 2011 – President Lee Myung-bak will arrive in Washington on 12 October for a state visit to the United States. On 13 October he will be welcomed at the White House by President Barack Obama, and the two presidents will hold a summit and a joint press conference. On 14 October he will travel to Detroit to visit a General Motors plant. He returns to Seoul on 16 October.',
    published: '2011-10-10',
    home: 'Seoul',
    stops: [from('Seoul'), at('Washington', ['2011-10-12', '2011-10-13']), at('Detroit', ['2011-10-14']), back('Seoul', '2011-10-16')],
    meetings: [['Washington', 'Barack Obama']],
  },
  {
    what: 'New Zealand, Brussels "meetings with the President of the European Council, X, the President of the European Commission, Y, and EU Trade Commissioner Z", Berlin, London',
    text: 'Wellington, 9 January 2017 – Prime Minister Bill English will travel to Europe from 11 to 19 January. In Brussels on 12 January he will have meetings with the President of the European Council, Donald Tusk, the President of the European Commission, Jean-Claude Juncker, and EU Trade Commissioner Cecilia Malmström. In Berlin on 16 January he will hold talks with Chancellor Angela Merkel. In London on 18 January he will meet Prime Minister Theresa May.',
    published: '2017-01-09',
    home: 'Wellington',
    stops: [from('Wellington'), at('Brussels', ['2017-01-12']), at('Berlin', ['2017-01-16']), at('London', ['2017-01-18']), back('Wellington')],
    meetings: [['Brussels', 'Donald Tusk'], ['Brussels', 'Jean-Claude Juncker'], ['Brussels', 'Cecilia Malmström'], ['Berlin', 'Angela Merkel'], ['London', 'Theresa May']],
  },
  {
    what: 'UN, Bamako, Niamey and N\'Djamena, each "to meet" or "for talks with" a president',
    text: "New York, 4 November 2013 – Secretary-General Ban Ki-moon will travel to Bamako on 5 November, together with the President of the World Bank Group, Jim Yong Kim, to meet President Ibrahim Boubacar Keïta. On 6 November he will travel to Niamey to meet President Mahamadou Issoufou, and on 7 November to N'Djamena for talks with President Idriss Déby Itno.",
    published: '2013-11-04',
    home: 'New York',
    stops: [from('New York', '2013-11-05'), at('Bamako', ['2013-11-05']), at('Niamey', ['2013-11-06']), at("N'Djamena", ['2013-11-07']), back('New York')],
    meetings: [['Bamako', 'Ibrahim Boubacar Keïta'], ['Niamey', 'Mahamadou Issoufou'], ["N'Djamena", 'Idriss Déby Itno']],
  },
  {
    what: 'France, Havana "received by the President of the Council of State and of the Council of Ministers, X", "pay a courtesy call on Y", Port-au-Prince',
    text: 'Paris, 8 May 2015 – President François Hollande will travel to Havana on 11 May. He will be received by the President of the Council of State and of the Council of Ministers, Raúl Castro, and will pay a courtesy call on Fidel Castro. On 12 May he will fly to Port-au-Prince to meet President Michel Martelly. He returns to Paris on 13 May.',
    published: '2015-05-08',
    home: 'Paris',
    stops: [from('Paris', '2015-05-11'), at('Havana', ['2015-05-11']), at('Port-au-Prince', ['2015-05-12'], 'flight'), back('Paris', '2015-05-13')],
    meetings: [['Havana', 'Raúl Castro'], ['Havana', 'Fidel Castro'], ['Port-au-Prince', 'Michel Martelly']],
  },
  {
    what: 'Iran, Rome "received by President X and talks with Prime Minister Y", "received in audience by Pope Francis", Paris',
    text: 'Tehran, 24 January 2016 – President Hassan Rouhani will travel to Rome on 25 January, where he will be received by President Sergio Mattarella and hold talks with Prime Minister Matteo Renzi. On 26 January he will be received in audience by Pope Francis at the Vatican. On 27 January he will travel to Paris for talks with President François Hollande.',
    published: '2016-01-24',
    home: 'Tehran',
    stops: [from('Tehran', '2016-01-25'), at('Rome', ['2016-01-25', '2016-01-26']), at('Paris', ['2016-01-27']), back('Tehran')],
    meetings: [['Rome', 'Sergio Mattarella'], ['Rome', 'Matteo Renzi'], ['Rome', 'Francis'], ['Paris', 'François Hollande']],
  },
  {
    what: 'Japan, Seoul "a foreign ministers\' meeting with Foreign Minister X"; a courtesy call planned and cancelled',
    text: "Tokyo, 7 June 2018 – Foreign Minister Taro Kono will travel to Seoul on 14 June. He will hold a Japan–Korea foreign ministers' meeting with Foreign Minister Kang Kyung-wha. A courtesy call on President Moon Jae-in, which had been planned for the afternoon, has been cancelled. He returns to Tokyo on 14 June.",
    published: '2018-06-07',
    home: 'Tokyo',
    stops: [from('Tokyo', '2018-06-14'), at('Seoul', ['2018-06-14']), back('Tokyo', '2018-06-14')],
    meetings: [['Seoul', 'Kang Kyung-wha']],
  },
  {
    what: 'Germany, Riyadh "received by King X and talks with Foreign Minister Y", Tehran; a meeting planned that "will not take place"',
    text: 'Berlin, 12 October 2016 – Foreign Minister Frank-Walter Steinmeier will travel to Riyadh on 16 October, where he will be received by King Salman bin Abdulaziz Al Saud and hold talks with Foreign Minister Adel al-Jubeir. On 17 October he will travel on to Tehran for talks with Foreign Minister Mohammad Javad Zarif. A meeting with President Hassan Rouhani, planned for that afternoon, will not take place.',
    published: '2016-10-12',
    home: 'Berlin',
    stops: [from('Berlin', '2016-10-16'), at('Riyadh', ['2016-10-16']), at('Tehran', ['2016-10-17']), back('Berlin')],
    meetings: [['Riyadh', 'Salman bin Abdulaziz'], ['Riyadh', 'Adel al-Jubeir'], ['Tehran', 'Mohammad Javad Zarif']],
  },
  {
    what: 'Holy See, Beirut "welcomed by President X", "a courtesy visit to the President … and meet separately with the Speaker of the Parliament, Y, and the Prime Minister, Z", young people',
    text: 'Vatican City, 10 September 2012 – Pope Benedict XVI will make an apostolic journey to Lebanon from 14 to 16 September. On his arrival at Beirut airport on 14 September he will be welcomed by President Michel Sleiman. On 15 September he will pay a courtesy visit to the President at the Baabda Palace and meet separately with the Speaker of the Parliament, Nabih Berri, and the Prime Minister, Najib Mikati. In the evening he will meet young people. On 16 September he will celebrate Mass on the Beirut waterfront and fly back to Rome in the evening.',
    published: '2012-09-10',
    home: 'Rome',
    stops: [from('Rome'), at('Beirut', ['2012-09-14', '2012-09-15', '2012-09-16']), back('Rome', '2012-09-16', 'flight')],
    meetings: [['Beirut', 'Michel Sleiman'], ['Beirut', 'Nabih Berri'], ['Beirut', 'Najib Mikati'], ['Beirut', 'young people']],
  },
];

describe('round 24: announcements with many meetings, written for this file', () => {
  for (const c of unseen) {
    it(`reads ${c.what}`, () => {
      expect(misses(c)).toEqual([]);
    });
  }
});

/** Every name a draft's meetings hold, titles and participants. */
const allMet = (text: string, published: string, home: string) =>
  draft(text, published, home).stops.flatMap((s) => s.meetings.flatMap((m) => [String(m.title), ...m.with.map((w) => String(w.name))]));

describe('round 24: a meeting planned but cancelled is no meeting', () => {
  for (const [what, name] of [
    ["Japan, Seoul", 'Moon Jae-in'],
    ['Germany, Riyadh', 'Rouhani'],
  ] as const) {
    it(`reads no meeting with ${name} (${what})`, () => {
      const c = unseen.find((u) => u.what.startsWith(what))!;
      expect(allMet(c.text, c.published, c.home).filter((n) => n.includes(name))).toEqual([]);
    });
  }
});

// The causes the forty found (10 failed on main once the home that closes a trip was expected, as the corpus does), each
// checked on sentences of other wordings.
describe('round 24: a tête-à-tête', () => {
  it('is a meeting, had, held or on its own ("have a tête-à-tête with Prime Minister X", "a tete-a-tete with")', () => {
    expect(met('On Monday she will have a tête-à-tête with President Ana Ruiz.')).toEqual(['Ana Ruiz']);
    expect(met('The two leaders held a short tete-a-tete with Chancellor Olaf Scholz on Friday.')).toEqual(['Olaf Scholz']);
    expect(met('A brief tête-à-tête with King Philippe followed.')).toEqual(['Philippe']);
  });
});

describe('round 24: a meeting said to be cancelled', () => {
  it('is none ("A courtesy call on President X, which had been planned …, has been cancelled", "… will not take place", "was called off")', () => {
    expect(met('A courtesy call on President Ana Ruiz, which had been planned for the morning, has been cancelled.')).toEqual([]);
    expect(met('A meeting with Prime Minister Luis Paz, planned for that evening, will not take place.')).toEqual([]);
    expect(met('The planned talks with Chancellor Olaf Scholz were called off at the last minute.')).toEqual([]);
    expect(met('Talks with Chancellor Olaf Scholz did not take place.')).toEqual([]);
  });

  it('still meets the people of a sentence where something else is cancelled', () => {
    expect(met('He will meet President Ana Ruiz; the dinner was cancelled.')).toEqual(['Ana Ruiz']);
    expect(met('He will meet President Ana Ruiz, and the press conference has been cancelled.')[0]).toBe('Ana Ruiz');
  });
});

describe('round 24: groups met or addressed without a capital', () => {
  it('meets "young people" and "the diaspora"; addresses students as an event; "the needs of the community" is no one', () => {
    expect(met('In the evening he will meet young people.')).toEqual(['young people']);
    expect(met('She will meet the diaspora in the afternoon.')).toEqual(['diaspora']);
    expect(findMeetings('On 5 October he will address students at the university.').map((m) => m.title)).toEqual(['Students at the university']);
    expect(met('He will meet the needs of the community.')).toEqual([]);
  });
});

describe('round 24: offices and names read whole', () => {
  it('keeps "Sheikh" in a name after an office ("Prime Minister Sheikh Hasina"), as a style before several names stays one', () => {
    expect(met('She will call on Prime Minister Sheikh Hasina.')).toEqual(['Sheikh Hasina']);
    expect(met('He will meet Crown Prince Sheikh Mohamed bin Zayed.')).toEqual(['Mohamed bin Zayed']);
  });

  it('keeps an office of two bodies joined by "and of" ("the President of the Council of State and of the Council of Ministers, X")', () => {
    expect(findMeetings('He will be received by the President of the Council of State and of the Council of Ministers, Raúl Castro.')[0]?.with[0]?.participant).toEqual({
      name: 'Raúl Castro',
      role: 'President of the Council of State and of the Council of Ministers',
      organisation: 'Council of State and of the Council of Ministers',
      kind: 'person',
    });
    expect(findMeetings('He met the Minister of Culture and of the Arts, Ana Ruiz.')[0]?.with[0]?.participant).toEqual({ name: 'Ana Ruiz', role: 'Minister of Culture and of the Arts', kind: 'person' });
  });

  it('keeps every word of "the Minister of Industry, Mine and Trade"', () => {
    expect(findMeetings('She will also meet the Minister of Industry, Mine and Trade, Mohammad Reza Nematzadeh.')[0]?.with.map((w) => w.participant)).toEqual([
      { name: 'Mohammad Reza Nematzadeh', role: 'Minister of Industry, Mine and Trade', kind: 'person' },
    ]);
  });

  it('ends a name before "for delegation-level talks" and before another act after a comma ("X, hold talks with Y")', () => {
    expect(met('On 8 January she will be received by Prime Minister Ana Ruiz for delegation-level talks.')).toEqual(['Ana Ruiz']);
    expect(met('She will be received by President Ana Ruiz, hold talks with Premier Luis Paz and meet with Vice President Eva Sol.')).toEqual(['Ana Ruiz', 'Luis Paz', 'Eva Sol']);
    expect(met('He will hold talks with President Ana Ruiz, visit the national museum and meet students.')).toEqual(['Ana Ruiz', 'students']);
  });

  it('parts a person from a group, or from a patriarch or an empress named, after "and"; "Canadian and Mexican business leaders" stays one group', () => {
    expect(met('He will meet Party Secretary Han Zheng and Italian business leaders.')).toEqual(['Han Zheng', 'Italian business leaders']);
    expect(met('He will meet separately with Prime Minister Dmitry Medvedev and Patriarch Kirill of Moscow and All Russia.')).toEqual(['Dmitry Medvedev', 'Kirill of Moscow and All Russia']);
    expect(met('He will meet Canadian and Mexican business leaders.')).toEqual(['Canadian and Mexican business leaders']);
    expect(met('She will be received by Their Majesties the Emperor and Empress of Japan.')).toEqual(['the Emperor and Empress of Japan']);
  });
});

/** Ten more, written after the fixes above, their stops and meetings written before they were first run. */
const after: Case[] = [
  {
    what: 'Australia, Tokyo "received in audience by Their Majesties Emperor X and Empress Y", Seoul, Boao, Beijing "call on President X and Premier Y"',
    text: 'Canberra, 4 April 2014 – Prime Minister Tony Abbott will visit Japan, Korea and China from 5 to 12 April. In Tokyo on 7 April he will be received in audience by Their Majesties Emperor Akihito and Empress Michiko, and will hold a summit meeting with Prime Minister Shinzo Abe, followed by a joint press conference. In Seoul on 8 April he will hold bilateral talks with President Park Geun-hye. In Boao he will attend the Boao Forum for Asia on 10 April, and in Beijing on 11 April he will call on President Xi Jinping and Premier Li Keqiang. He returns to Canberra on 12 April.',
    published: '2014-04-04',
    home: 'Canberra',
    stops: [from('Canberra'), at('Tokyo', ['2014-04-07']), at('Seoul', ['2014-04-08']), at('Boao', ['2014-04-10']), at('Beijing', ['2014-04-11']), back('Canberra', '2014-04-12')],
    meetings: [['Tokyo', 'Akihito'], ['Tokyo', 'Shinzo Abe'], ['Seoul', 'Park Geun-hye'], ['Beijing', 'Xi Jinping'], ['Beijing', 'Li Keqiang']],
  },
  {
    what: 'NATO, a past-tense report: Kyiv "held a tête-à-tête with President X and met separately with Prime Minister Y"; a visit cancelled',
    text: 'KYIV, 7 August 2014 – NATO Secretary General Anders Fogh Rasmussen arrived in Kyiv on Thursday. He held a tête-à-tête with President Petro Poroshenko and met separately with Prime Minister Arseniy Yatsenyuk. A planned visit to Donetsk was cancelled for security reasons.',
    published: '2014-08-07',
    home: 'Brussels',
    stops: [from('Brussels'), at('Kyiv', ['2014-08-07']), back('Brussels')],
    meetings: [['Kyiv', 'Petro Poroshenko'], ['Kyiv', 'Arseniy Yatsenyuk']],
  },
  {
    what: 'Nepal, New Delhi "delegation-level talks with Prime Minister X and call on President Y, Vice President Z and External Affairs Minister W", Bodh Gaya, Tirupati',
    text: 'Kathmandu, 22 August 2017 – Prime Minister Sher Bahadur Deuba will pay a state visit to India from 23 to 27 August. In New Delhi on 24 August he will hold delegation-level talks with Prime Minister Narendra Modi and call on President Ram Nath Kovind, Vice President M. Venkaiah Naidu and External Affairs Minister Sushma Swaraj. On 26 August he will travel to Bodh Gaya and on 27 August to Tirupati before returning to Kathmandu.',
    published: '2017-08-22',
    home: 'Kathmandu',
    stops: [from('Kathmandu'), at('New Delhi', ['2017-08-24']), at('Bodh Gaya', ['2017-08-26']), at('Tirupati', ['2017-08-27']), back('Kathmandu')],
    meetings: [['New Delhi', 'Narendra Modi'], ['New Delhi', 'Ram Nath Kovind'], ['New Delhi', 'Venkaiah Naidu'], ['New Delhi', 'Sushma Swaraj']],
  },
  {
    what: 'Maldives, New Delhi "received by President X at Rashtrapati Bhavan", "bilateral talks with Prime Minister Y, after which the two sides will sign", the Maldivian community',
    text: 'Malé, 15 December 2018 – President Ibrahim Mohamed Solih will travel to New Delhi on 16 December for a state visit to India. He will be received by President Ram Nath Kovind at Rashtrapati Bhavan on 17 December, and will hold bilateral talks with Prime Minister Narendra Modi, after which the two sides will sign four agreements. He will also address the Maldivian community in India. He returns to Malé on 18 December.',
    published: '2018-12-15',
    home: 'Malé',
    stops: [from('Malé', '2018-12-16'), at('New Delhi', ['2018-12-16', '2018-12-17']), back('Malé', '2018-12-18')],
    meetings: [['New Delhi', 'Ram Nath Kovind'], ['New Delhi', 'Narendra Modi'], ['New Delhi', 'Maldivian community']],
  },
  {
    what: 'Zambia, Beijing "talks with President X and a working lunch hosted by Premier Y", "exchange views with the Chairman of the Standing Committee …, Z", Shanghai investors',
    text: "Lusaka, 28 August 2015 – President Edgar Chagwa Lungu will travel to Beijing on 29 August for a state visit to China. On 31 August he will hold talks with President Xi Jinping and attend a working lunch hosted by Premier Li Keqiang, and on 1 September he will exchange views with the Chairman of the Standing Committee of the National People's Congress, Zhang Dejiang. On 4 September he will travel to Shanghai to meet Chinese investors. He returns to Lusaka on 6 September.",
    published: '2015-08-28',
    home: 'Lusaka',
    stops: [from('Lusaka', '2015-08-29'), at('Beijing', ['2015-08-29', '2015-08-31', '2015-09-01']), at('Shanghai', ['2015-09-04']), back('Lusaka', '2015-09-06')],
    meetings: [['Beijing', 'Xi Jinping'], ['Beijing', 'Li Keqiang'], ['Beijing', 'Zhang Dejiang'], ['Shanghai', 'investors']],
  },
  {
    what: 'Tunisia, Washington "welcomed at the White House by President X", "a working breakfast with Vice President Y", "meet with Secretary of State Z, Treasury Secretary W and members of Congress"',
    text: 'Tunis, 18 May 2015 – President Beji Caid Essebsi will travel to Washington on 19 May for an official visit to the United States. On 21 May he will be welcomed at the White House by President Barack Obama for bilateral talks in the Oval Office. He will also hold a working breakfast with Vice President Joe Biden and meet with Secretary of State John Kerry, Treasury Secretary Jacob Lew and members of Congress. He returns to Tunis on 23 May.',
    published: '2015-05-18',
    home: 'Tunis',
    stops: [from('Tunis', '2015-05-19'), at('Washington', ['2015-05-19', '2015-05-21']), back('Tunis', '2015-05-23')],
    meetings: [['Washington', 'Barack Obama'], ['Washington', 'Joe Biden'], ['Washington', 'John Kerry'], ['Washington', 'Jacob Lew']],
  },
  {
    what: 'Lebanon, a past-tense report: Paris "was received by President X at the Élysée Palace, where the two men held a tête-à-tête", come from Riyadh',
    text: 'PARIS, 18 November 2017 – Lebanese Prime Minister Saad Hariri arrived in Paris on Saturday from Riyadh and was received by President Emmanuel Macron at the Élysée Palace, where the two men held a tête-à-tête before a lunch with their families. Hariri will return to Beirut on Wednesday for Independence Day.',
    published: '2017-11-18',
    home: 'Beirut',
    stops: [from('Beirut'), at('Riyadh', []), at('Paris', ['2017-11-18']), back('Beirut', '2017-11-22')],
    meetings: [['Paris', 'Emmanuel Macron']],
  },
  {
    what: 'Denmark, Beijing "meet President X, Premier Y and the Chairman of the National People\'s Congress Standing Committee, Z"; a visit dropped; Shanghai "meetings with business leaders"',
    text: "Copenhagen, 14 June 2013 – Prime Minister Helle Thorning-Schmidt will travel to Beijing on 15 June. She will meet President Xi Jinping, Premier Li Keqiang and the Chairman of the National People's Congress Standing Committee, Zhang Dejiang. On 17 June she will have meetings with business leaders in Shanghai. A planned visit to Tianjin has been dropped. She returns to Copenhagen on 18 June.",
    published: '2013-06-14',
    home: 'Copenhagen',
    stops: [from('Copenhagen', '2013-06-15'), at('Beijing', ['2013-06-15']), at('Shanghai', ['2013-06-17']), back('Copenhagen', '2013-06-18')],
    meetings: [['Beijing', 'Xi Jinping'], ['Beijing', 'Li Keqiang'], ['Beijing', 'Zhang Dejiang'], ['Shanghai', 'business leaders']],
  },
  {
    what: 'Myanmar, London "talks with Prime Minister X at 10 Downing Street", Paris "received by President Y at the Élysée"',
    text: 'Naypyidaw, 13 July 2013 – President Thein Sein will travel to London on 14 July. On 15 July he will hold talks with Prime Minister David Cameron at 10 Downing Street, and on 16 July he will travel to Paris, where he will be received by President François Hollande at the Élysée. He will meet members of the Myanmar community in both capitals.',
    published: '2013-07-13',
    home: 'Naypyidaw',
    stops: [from('Naypyidaw', '2013-07-14'), at('London', ['2013-07-14', '2013-07-15']), at('Paris', ['2013-07-16']), back('Naypyidaw')],
    meetings: [['London', 'David Cameron'], ['Paris', 'François Hollande']],
  },
  {
    what: 'Malawi, London "received by Prime Minister X", "a joint press conference with the Secretary of State for International Development, Y"',
    text: 'Lilongwe, 9 March 2013 – President Joyce Banda will travel to London on 11 March. On 12 March she will be received by Prime Minister David Cameron at 10 Downing Street and will hold a joint press conference with the Secretary of State for International Development, Justine Greening. She returns to Lilongwe on 14 March.',
    published: '2013-03-09',
    home: 'Lilongwe',
    stops: [from('Lilongwe', '2013-03-11'), at('London', ['2013-03-11', '2013-03-12']), back('Lilongwe', '2013-03-14')],
    meetings: [['London', 'David Cameron'], ['London', 'Justine Greening']],
  },
];

describe('round 24: ten announcements written after the fixes', () => {
  for (const c of after.filter((x) => !x.why)) {
    it(`reads ${c.what}`, () => {
      expect(misses(c)).toEqual([]);
    });
  }
  // Still misread by another stage: its meetings, all it asserts here, are read.
  for (const c of after.filter((x) => x.why)) {
    it(`reads the meetings of ${c.what} (${c.why})`, () => {
      expect(misses(c).filter((m) => m.startsWith('missed meeting'))).toEqual([]);
    });
  }
});

// Causes the ten found (3 of the 10 failed before any change for them, a fourth on its days), each checked on other wordings.
describe('round 24: a press conference with someone, and a planned visit called off', () => {
  it('meets the one of "a joint press conference with X" or "a news conference with Y"', () => {
    expect(met('She will hold a joint press conference with the Secretary of State for International Development, Justine Greening.')).toEqual(['Justine Greening']);
    expect(met('The day ends with a news conference with President Ana Ruiz.')).toEqual(['Ana Ruiz']);
    expect(met('At a joint news conference with President Ana Ruiz, Blinken announced new aid.')).toEqual(['Ana Ruiz']);
  });

  it('makes no stop of a place whose "planned visit" was cancelled or dropped, and keeps a visit that goes ahead', () => {
    const stops = (text: string) => draft(text, '2014-08-01', 'Brussels').stops.map((s) => String(s.name));
    expect(stops('The Secretary General will travel to Kyiv on 7 August. A planned visit to Donetsk was cancelled for security reasons. He returns to Brussels on 8 August.')).toEqual(['Brussels', 'Kyiv', 'Brussels']);
    expect(stops('The Secretary General will travel to Kyiv on 7 August. A planned visit to Odesa has been dropped. He returns to Brussels on 8 August.')).toEqual(['Brussels', 'Kyiv', 'Brussels']);
    expect(stops('The Secretary General will travel to Kyiv on 7 August and make a planned visit to Odesa on 8 August. He returns to Brussels on 9 August.')).toEqual(['Brussels', 'Kyiv', 'Odesa', 'Brussels']);
  });
});

// Last, the tuning part's missed meetings on stops found, sorted by cause: those in this round's styles, read by general
// rules and checked here on sentences of other words (7 tuning meetings more: 168, 213, 218, 268, 274, 289, 65).
describe('round 24: meetings on the sidelines, briefings, acts done together with someone, and dialogues with a chairman', () => {
  it('meets the one of "held bilateral meetings on the sidelines, including with X" or "talks on the margins of the summit with Y"', () => {
    expect(met('She held bilateral meetings on the sidelines, including with the Prime Minister of Peru, Ana Ruiz.')).toEqual(['Ana Ruiz']);
    expect(met('He will hold talks on the margins of the summit with President Luis Paz.')).toEqual(['Luis Paz']);
  });

  it('meets the one by whom the traveller is briefed ("will be briefed by the Minister of X, Y")', () => {
    expect(met('On Monday he will be briefed by the Minister of Defence of Chile, Ana Ruiz, at the base.')).toEqual(['Ana Ruiz']);
  });

  it('meets the titled one with whom an event is attended or addressed ("together with", "alongside", "Together with X he …")', () => {
    expect(met('On 4 May she addressed a rally of the Chilean community together with President Ana Ruiz.')).toEqual(['Ana Ruiz']);
    expect(met('He attended the opening of the fair alongside Peruvian Vice President Luis Paz.')).toEqual(['Luis Paz']);
    expect(met('Together with Prime Minister Ana Ruiz he attended the opening of the bridge.')).toEqual(['Ana Ruiz']);
    expect(met('He attended the summit together with his wife.')).toEqual([]);
  });

  it('meets the chairman or speaker of "a dialogue with the Chairman of X, Y"', () => {
    expect(met('Friday – Lima: energy dialogue with the Chairman of the National Energy Commission, Luis Paz.')).toEqual(['Luis Paz']);
  });
});

describe('round 24: hosts who brief the traveller or invite them to a meal', () => {
  it('meets "the Minister of X, Y, briefed them" and "President Z invited the couple to a private dinner"; a tour is no meal', () => {
    expect(met('They toured the port, where the Minister of Transport, Ana Ruiz, briefed them on the new terminal.')).toEqual(['Ana Ruiz']);
    expect(met('That evening, President Luis Paz invited the couple to a private dinner at his residence.')).toEqual(['Luis Paz']);
    expect(met('The company invited them to a tour of the plant.')).toEqual([]);
  });
});
