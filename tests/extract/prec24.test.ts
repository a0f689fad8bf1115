// Place precision on unseen announcements, round 24 (issue 17): foreign-ministry and news texts about a visit that also speak
// of other places: topics ("the situation in Gaza", "the war in Sudan"), agreements and formats named after places ("the Paris
// Agreement", "the Minsk agreements", "the Dayton Agreement"), bodies and companies ("the Shanghai Cooperation Organisation",
// "Singapore Airlines", "Samsung, whose factories in Bac Ninh"), where people and goods come from ("business leaders from Cork",
// "grain from Odesa"), countries as teams ("the Croatian team lost its semi-final to Argentina"), other visits and events ("his
// 2019 visit to Osaka", "Brazil will host COP30 in Belém next year"), distances ("about 100 km from Aleppo") and embassies. 50
// announcements written for these tests, each modelled on a real visit (2011–2025), scored as the corpus scores a text
// (evaluate.ts, through expected-stops.ts).
// The first 40 were written and run on main's extractor before any change: 13 failed. One by this file's own expectation (a
// trip whose return the text does not state still ends at home, as the corpus's files write it); three by a meeting only (kept,
// marked `why`, their places, days and modes asserted); nine by an extra stop, fixed by general rules: a "whose" clause of a
// body's or a person's things, 3 texts; a person's or goods' origin after "from", 2; a visit of another year, 1; a thing
// launched elsewhere, 1; where people were trained, 1; people "still held" somewhere, 1. Ten more were written after those
// rules and run once before any change for them: 1 failed (1 on main too), a coming event in a clause of its own, then fixed.
import { describe, expect, it } from 'vitest';
import { at, back, from, placeMisses, type Case } from './expected-stops';
import { useWorld } from './world';

const { draft } = useWorld();
/** The names of a draft's stops, home first and last. */
const names = (text: string, published: string, home: string) => draft(text, published, home).stops.map((x) => x.name);

/** The first set, written before any change. */
export const first: Case[] = [
  {
    what: 'Japan, Tel Aviv then Amman, "the humanitarian situation in Gaza", "spreading to Lebanon and the Red Sea"',
    text: 'Tokyo, 1 November 2023 – Foreign Minister Yoko Kamikawa will travel to Tel Aviv on 3 November, where she will meet Foreign Minister Eli Cohen and families of people held hostage in Gaza. On 4 November she goes on to Amman to meet Deputy Prime Minister Ayman Safadi on the humanitarian situation in Gaza and the risk of the conflict spreading to Lebanon and the Red Sea. She returns to Tokyo on 5 November.',
    published: '2023-11-01',
    home: 'Tokyo',
    stops: [from('Tokyo', '2023-11-03'), at('Tel Aviv', ['2023-11-03']), at('Amman', ['2023-11-04']), back('Tokyo', '2023-11-05')],
    meetings: [['Tel Aviv', 'Eli Cohen'], ['Amman', 'Ayman Safadi']],
  },
  {
    what: 'Germany, Djibouti, Nairobi, Juba, "the war in Sudan", "those who fled Khartoum"',
    text: 'Berlin, 24 January 2024. Foreign Minister Annalena Baerbock will travel to Djibouti on 25 January for talks on the war in Sudan and the attacks on shipping off Yemen. On 26 January she goes on to Nairobi to meet Prime Cabinet Secretary Musalia Mudavadi, and on 27 January to Juba, where many of those who fled Khartoum have found shelter. She returns to Berlin on 28 January.',
    published: '2024-01-24',
    home: 'Berlin',
    stops: [from('Berlin', '2024-01-25'), at('Djibouti', ['2024-01-25']), at('Nairobi', ['2024-01-26']), at('Juba', ['2024-01-27']), back('Berlin', '2024-01-28')],
    meetings: [['Nairobi', 'Musalia Mudavadi']],
  },
  {
    what: 'France, Dubai for COP28 "after the Paris Agreement was adopted at Le Bourget", then Doha',
    text: 'Paris, 29 November 2023 – President Emmanuel Macron will travel to Dubai on 1 December for the COP28 climate conference, eight years after the Paris Agreement was adopted at Le Bourget. On 2 December he goes on to Doha to meet the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, on the hostages still held in Gaza. He returns to Paris on 3 December.',
    published: '2023-11-29',
    home: 'Paris',
    stops: [from('Paris', '2023-12-01'), at('Dubai', ['2023-12-01']), at('Doha', ['2023-12-02']), back('Paris', '2023-12-03')],
    meetings: [['Doha', 'Tamim bin Hamad Al Thani']],
  },
  {
    what: 'Germany, Kyiv then Moscow, "the Minsk agreements and the Normandy format"',
    text: 'Berlin, 11 February 2022. Chancellor Olaf Scholz will travel to Kyiv on 14 February to meet President Volodymyr Zelenskyy, and to Moscow on 15 February to meet President Vladimir Putin. The talks will turn on the Minsk agreements and the Normandy format, in which Germany and France have mediated between Russia and Ukraine since 2014. The Chancellor returns to Berlin on 15 February.',
    published: '2022-02-11',
    home: 'Berlin',
    stops: [from('Berlin', '2022-02-14'), at('Kyiv', ['2022-02-14']), at('Moscow', ['2022-02-15']), back('Berlin', '2022-02-15')],
    meetings: [['Kyiv', 'Volodymyr Zelenskyy'], ['Moscow', 'Vladimir Putin']],
  },
  {
    what: 'India, Tokyo, "Toyota and Suzuki, whose plants in Gujarat and Karnataka", "the Bank of Japan"',
    text: 'New Delhi, 5 March 2024. External Affairs Minister S. Jaishankar will travel to Tokyo on 6 March for the 16th India–Japan Foreign Ministers\' Strategic Dialogue with Foreign Minister Yoko Kamikawa on 7 March. He will also meet business leaders from Toyota and Suzuki, whose plants in Gujarat and Karnataka build cars for export, and the Governor of the Bank of Japan. He returns to New Delhi on 8 March.',
    published: '2024-03-05',
    home: 'New Delhi',
    stops: [from('New Delhi', '2024-03-06'), at('Tokyo', ['2024-03-07']), back('New Delhi', '2024-03-08')],
    meetings: [['Tokyo', 'Yoko Kamikawa']],
  },
  {
    what: 'India, Islamabad for "the Shanghai Cooperation Organisation", "the first visit … to Pakistan since 2015"',
    text: 'New Delhi, 4 October 2024. External Affairs Minister S. Jaishankar will travel to Islamabad on 15 October to lead India\'s delegation at the meeting of the Council of Heads of Government of the Shanghai Cooperation Organisation. It is the first visit by an Indian foreign minister to Pakistan since 2015. He returns to New Delhi on 16 October.',
    published: '2024-10-04',
    home: 'New Delhi',
    stops: [from('New Delhi', '2024-10-15'), at('Islamabad', ['2024-10-15']), back('New Delhi', '2024-10-16')],
  },
  {
    what: 'Ireland, Washington, "whose mother was born on the Isle of Lewis", "business leaders from Cork and Limerick"',
    text: 'Dublin, 10 March 2025. The Taoiseach, Micheál Martin, will travel to Washington on 11 March for the St Patrick\'s Day programme, with business leaders from Cork and Limerick. On 12 March he will meet President Donald Trump, whose mother was born on the Isle of Lewis, at the White House, and attend the Speaker\'s Lunch at the Capitol. He returns to Dublin on 13 March.',
    published: '2025-03-10',
    home: 'Dublin',
    stops: [from('Dublin', '2025-03-11'), at('Washington', ['2025-03-12']), back('Dublin', '2025-03-13')],
    meetings: [['Washington', 'Donald Trump']],
  },
  {
    what: 'France, Doha for the semi-final "against Morocco", "beat Portugal in the quarter-final"',
    text: 'Paris, 12 December 2022 – President Emmanuel Macron will travel to Qatar on 14 December to support the France team in its World Cup semi-final against Morocco at the Al Bayt Stadium. Morocco, the first African side to reach the last four, beat Portugal in the quarter-final. The President will meet the Emir, Sheikh Tamim bin Hamad Al Thani, in Doha before the match, and returns to Paris on 15 December.',
    published: '2022-12-12',
    home: 'Paris',
    stops: [from('Paris', '2022-12-14'), at('Doha', ['2022-12-14']), back('Paris', '2022-12-15')],
    meetings: [['Doha', 'Tamim bin Hamad Al Thani']],
  },
  {
    what: 'Brazil, Riyadh, Doha, Dubai, "Brazil will host COP30 in Belém in 2025"',
    text: 'Brasília, 27 November 2023. President Luiz Inácio Lula da Silva will travel to Riyadh on 28 November to meet Crown Prince Mohammed bin Salman. On 29 November he goes on to Doha, and on 30 November to Dubai for the COP28 climate conference, where he will recall that Brazil will host COP30 in Belém in 2025. He returns to Brasília on 3 December.',
    published: '2023-11-27',
    home: 'Brasília',
    stops: [from('Brasília', '2023-11-28'), at('Riyadh', ['2023-11-28']), at('Doha', ['2023-11-29']), at('Dubai', ['2023-11-30']), back('Brasília', '2023-12-03')],
    meetings: [['Riyadh', 'Mohammed bin Salman']],
  },
  {
    what: 'WHO, Aleppo by air then Damascus, "whose epicentre lay near Gaziantep, about 100 km from Aleppo"',
    text: 'Geneva, 10 February 2023 – WHO Director-General Dr Tedros Adhanom Ghebreyesus will travel to Aleppo on 11 February on a flight carrying 35 tonnes of medical supplies for the survivors of Monday\'s earthquake, whose epicentre lay near Gaziantep, about 100 km from Aleppo. On 12 February he will go on to Damascus to meet President Bashar al-Assad. He returns to Geneva on 14 February.',
    published: '2023-02-10',
    home: 'Geneva',
    stops: [from('Geneva', '2023-02-11'), at('Aleppo', ['2023-02-11'], 'flight'), at('Damascus', ['2023-02-12']), back('Geneva', '2023-02-14')],
    meetings: [['Damascus', 'Bashar al-Assad']],
  },
  {
    what: 'Holy See, Ankara, Istanbul, Beirut, "born in Chicago … a missionary in Chiclayo, Peru", "the Council of Nicaea"',
    text: 'Vatican City, 20 November 2025. Pope Leo XIV, born in Chicago and for many years a missionary in Chiclayo, Peru, will make his first journey abroad from 27 November to 2 December. In Ankara on 27 November he will meet President Recep Tayyip Erdoğan. From 28 to 30 November he will be in Istanbul, marking the 1700th anniversary of the Council of Nicaea with Ecumenical Patriarch Bartholomew. From 30 November to 2 December he will visit Beirut. He returns to Rome on 2 December.',
    published: '2025-11-20',
    home: 'Rome',
    stops: [from('Rome'), at('Ankara', ['2025-11-27']), at('Istanbul', ['2025-11-28', '2025-11-29']), at('Beirut', ['2025-12-01']), back('Rome', '2025-12-02')],
    why: 'the meeting with "Ecumenical Patriarch Bartholomew", a title and one name after "with", is not read (a meeting stage\'s cause)',
    meetings: [['Ankara', 'Recep Tayyip Erdoğan'], ['Istanbul', 'Bartholomew']],
  },
  {
    what: 'Japan, Manila for the 2+2, "the Embassy of Japan in Manila and the Philippine Embassy in Tokyo"',
    text: 'Tokyo, 5 July 2024 – Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara will travel to Manila on 8 July for the Japan–Philippines "2+2" meeting with Secretary of Foreign Affairs Enrique Manalo and Secretary of National Defense Gilberto Teodoro, and the signing of the Reciprocal Access Agreement, negotiated since November by the Embassy of Japan in Manila and the Philippine Embassy in Tokyo. They return to Tokyo on 9 July.',
    published: '2024-07-05',
    home: 'Tokyo',
    stops: [from('Tokyo', '2024-07-08'), at('Manila', ['2024-07-08']), back('Tokyo', '2024-07-09')],
    meetings: [['Manila', 'Enrique Manalo'], ['Manila', 'Gilberto Teodoro']],
  },
  {
    what: 'UK, N\'Djamena, "the war in Sudan", "refugees from Darfur, some 800 km east of N\'Djamena"',
    text: 'London, 22 January 2025 – Foreign Secretary David Lammy will travel to N\'Djamena on 23 January to see the response to the war in Sudan, which has driven more than 700,000 people across the border into eastern Chad. He will meet President Mahamat Idriss Déby on 23 January, and on 24 January visit a camp for refugees from Darfur, some 800 km east of N\'Djamena. He returns to London on 25 January.',
    published: '2025-01-22',
    home: 'London',
    stops: [from('London', '2025-01-23'), at("N'Djamena", ['2025-01-23']), back('London', '2025-01-25')],
    meetings: [["N'Djamena", 'Mahamat Idriss Déby']],
  },
  {
    what: 'Japan, Seoul, "agreed at Camp David in August 2023", "the programme launched in Hiroshima"',
    text: 'Tokyo, 4 September 2024. Prime Minister Fumio Kishida will visit Seoul on 6 and 7 September for a summit with President Yoon Suk Yeol, his twelfth meeting with the President. The two leaders will review the trilateral cooperation with the United States agreed at Camp David in August 2023 and the exchanges of students under the programme launched in Hiroshima. The Prime Minister returns to Tokyo on 7 September.',
    published: '2024-09-04',
    home: 'Tokyo',
    stops: [from('Tokyo'), at('Seoul', ['2024-09-06', '2024-09-07']), back('Tokyo', '2024-09-07')],
    meetings: [['Seoul', 'Yoon Suk Yeol']],
  },
  {
    what: 'Slovenia, Sarajevo, "the institutions set up under the Dayton Agreement"',
    text: 'Ljubljana, 8 March 2023. Prime Minister Robert Golob will travel to Sarajevo on 10 March for talks with the Chair of the Presidency of Bosnia and Herzegovina, Željko Komšić, on the country\'s path to the European Union and the institutions set up under the Dayton Agreement. On 11 March he will visit Slovenian soldiers serving with EUFOR. He returns to Ljubljana on 11 March.',
    published: '2023-03-08',
    home: 'Ljubljana',
    stops: [from('Ljubljana', '2023-03-10'), at('Sarajevo', ['2023-03-10', '2023-03-11']), back('Ljubljana', '2023-03-11')],
    meetings: [['Sarajevo', 'Željko Komšić']],
  },
  {
    what: 'Israel, Abu Dhabi, "a year after the Abraham Accords were signed at the White House"',
    text: 'Jerusalem, 12 December 2021. Prime Minister Naftali Bennett will travel to Abu Dhabi on 12 December, the first official visit by an Israeli prime minister to the United Arab Emirates, a year after the Abraham Accords were signed at the White House. On 13 December he will meet Crown Prince Mohammed bin Zayed at his palace. He returns to Jerusalem on 13 December.',
    published: '2021-12-12',
    home: 'Jerusalem',
    stops: [from('Jerusalem', '2021-12-12'), at('Abu Dhabi', ['2021-12-12', '2021-12-13']), back('Jerusalem', '2021-12-13')],
    meetings: [['Abu Dhabi', 'Mohammed bin Zayed']],
  },
  {
    what: 'Viet Nam, Seoul, "Samsung, LG and Hyundai, whose factories in Bac Ninh, Hai Phong and Thai Nguyen"',
    text: 'Hanoi, 28 June 2024. Prime Minister Pham Minh Chinh will travel to Seoul on 30 June for an official visit to Korea. On 1 July he will hold talks with President Yoon Suk Yeol and meet the leaders of Samsung, LG and Hyundai, whose factories in Bac Ninh, Hai Phong and Thai Nguyen employ more than 200,000 Vietnamese workers. He returns to Hanoi on 2 July.',
    published: '2024-06-28',
    home: 'Hanoi',
    stops: [from('Hanoi', '2024-06-30'), at('Seoul', ['2024-07-01']), back('Hanoi', '2024-07-02')],
    meetings: [['Seoul', 'Yoon Suk Yeol']],
  },
  {
    what: 'Spain, Sydney for the final "against England", "beat Sweden in Auckland"',
    text: 'Madrid, 17 August 2023. Queen Letizia will travel to Sydney to support the Spanish team in the final of the FIFA Women\'s World Cup against England on 20 August at Stadium Australia. The Spanish side beat Sweden in Auckland to reach its first final. Her Majesty returns to Madrid on 22 August.',
    published: '2023-08-17',
    home: 'Madrid',
    stops: [from('Madrid'), at('Sydney', ['2023-08-20']), back('Madrid', '2023-08-22')],
  },
  {
    what: 'Türkiye, Beijing then Urumqi, "on his 2019 visit to Osaka"',
    text: 'Ankara, 2 June 2024. Foreign Minister Hakan Fidan will travel to Beijing on 3 June for talks with Foreign Minister Wang Yi, and on 5 June will go on to Urumqi, the capital of the Xinjiang Uygur Autonomous Region. It is his first visit to China as foreign minister; as head of the intelligence service he accompanied President Erdoğan on his 2019 visit to Osaka for the G20 summit. He returns to Ankara on 6 June.',
    published: '2024-06-02',
    home: 'Ankara',
    stops: [from('Ankara', '2024-06-03'), at('Beijing', ['2024-06-03']), at('Urumqi', ['2024-06-05']), back('Ankara', '2024-06-06')],
    meetings: [['Beijing', 'Wang Yi']],
  },
  {
    what: 'Brazil, Baku for COP29, "Brazil will host COP30 in Belém next year"',
    text: 'Brasília, 8 November 2024. Minister of the Environment Marina Silva will lead Brazil\'s delegation to the COP29 climate conference in Baku, leaving on 10 November. On 12 November she will meet the COP29 President, Mukhtar Babayev, to prepare the handover, as Brazil will host COP30 in Belém next year. She returns to Brasília on 22 November.',
    published: '2024-11-08',
    home: 'Brasília',
    stops: [from('Brasília', '2024-11-10'), at('Baku', ['2024-11-12']), back('Brasília', '2024-11-22')],
    meetings: [['Baku', 'Mukhtar Babayev']],
  },
  {
    what: 'UN, Islamabad then Sukkur, "on the Indus some 470 km north of Karachi"',
    text: 'New York, 7 September 2022 – Secretary-General António Guterres will travel to Islamabad on 8 September to show solidarity with Pakistan after the floods that have put a third of the country under water. On 9 September he will meet Prime Minister Shehbaz Sharif, and on 10 September he will visit Sukkur, on the Indus some 470 km north of Karachi. He returns to New York on 11 September.',
    published: '2022-09-07',
    home: 'New York',
    stops: [from('New York', '2022-09-08'), at('Islamabad', ['2022-09-09']), at('Sukkur', ['2022-09-10']), back('New York', '2022-09-11')],
    meetings: [['Islamabad', 'Shehbaz Sharif']],
  },
  {
    what: 'Canada, Kyiv, "the Embassy of Canada in Kyiv, which moved to Lviv and then to Rzeszów"',
    text: 'Ottawa, 6 May 2022 – Foreign Minister Mélanie Joly will travel to Kyiv on 8 May to reopen the Embassy of Canada in Kyiv, which moved to Lviv and then to Rzeszów, Poland, in February. She will meet Foreign Minister Dmytro Kuleba on 8 May. She returns to Ottawa on 10 May.',
    published: '2022-05-06',
    home: 'Ottawa',
    stops: [from('Ottawa', '2022-05-08'), at('Kyiv', ['2022-05-08']), back('Ottawa', '2022-05-10')],
    meetings: [['Kyiv', 'Dmytro Kuleba']],
  },
  {
    what: 'Australia, Beijing, "wine from the Barossa Valley and the Hunter"',
    text: 'Canberra, 9 May 2023. Minister for Trade and Tourism Don Farrell will travel to Beijing on 11 May for the first Australia–China trade ministers\' dialogue since 2019. On 12 May he will meet the Minister of Commerce, Wang Wentao, to press for the removal of duties on barley and on wine from the Barossa Valley and the Hunter. He returns to Canberra on 13 May.',
    published: '2023-05-09',
    home: 'Canberra',
    stops: [from('Canberra', '2023-05-11'), at('Beijing', ['2023-05-12']), back('Canberra', '2023-05-13')],
    meetings: [['Beijing', 'Wang Wentao']],
  },
  {
    what: 'Hong Kong, Tbilisi then Budapest, "the Asian Development Bank, whose headquarters are in Manila", "the Bank of China"',
    text: 'Hong Kong, 30 April 2024 – The Financial Secretary, Mr Paul Chan, will depart for Tbilisi on 2 May to attend the annual meeting of the Asian Development Bank, whose headquarters are in Manila. On 3 May he will speak at a seminar on green finance. On 5 May he will travel to Budapest to meet the Minister of Finance, Mihály Varga, on 6 May, and visit the Hungarian branch of the Bank of China. He will return to Hong Kong on 8 May.',
    published: '2024-04-30',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-05-02'), at('Tbilisi', ['2024-05-03']), at('Budapest', ['2024-05-06']), back('Hong Kong', '2024-05-08')],
    meetings: [['Budapest', 'Mihály Varga']],
  },
  {
    what: 'Japan, Marrakech for the IMF meetings, "the first held in Africa since Nairobi in 1973"',
    text: 'Tokyo, 9 October 2023. Finance Minister Shunichi Suzuki and Bank of Japan Governor Kazuo Ueda will travel to Marrakech on 10 October for the annual meetings of the International Monetary Fund and the World Bank, the first held in Africa since Nairobi in 1973. On 12 October the Minister will chair the meeting of G7 finance ministers. They return to Tokyo on 15 October.',
    published: '2023-10-09',
    home: 'Tokyo',
    stops: [from('Tokyo', '2023-10-10'), at('Marrakech', ['2023-10-12']), back('Tokyo', '2023-10-15')],
  },
  {
    what: 'Iran, Astana for "the Astana format talks on Syria", "the situation in Idlib"',
    text: 'Tehran, 19 June 2023. Deputy Foreign Minister Ali Bagheri Kani will travel to Astana on 20 June for the twentieth round of the Astana format talks on Syria, with delegations of Russia, Türkiye and the Syrian government, on the situation in Idlib. He returns to Tehran on 21 June.',
    published: '2023-06-19',
    home: 'Tehran',
    stops: [from('Tehran', '2023-06-20'), at('Astana', ['2023-06-20']), back('Tehran', '2023-06-21')],
  },
  {
    what: 'Italy, Tirana for "the Berlin Process", "centres that Italy will build at Shëngjin and Gjadër"',
    text: 'Rome, 15 October 2023 – Prime Minister Giorgia Meloni will travel to Tirana on 16 October for the Western Balkans summit of the Berlin Process, launched in 2014 by Chancellor Angela Merkel. She will meet Prime Minister Edi Rama to discuss migration, including centres that Italy will build at Shëngjin and Gjadër. She returns to Rome on 16 October.',
    published: '2023-10-15',
    home: 'Rome',
    stops: [from('Rome', '2023-10-16'), at('Tirana', ['2023-10-16']), back('Rome', '2023-10-16')],
    meetings: [['Tirana', 'Edi Rama']],
  },
  {
    what: 'Finland, Tallinn by ferry, "fifty years after the Helsinki Final Act"',
    text: 'Helsinki, 1 July 2025 – President Alexander Stubb will take the ferry to Tallinn on 3 July, fifty years after the Helsinki Final Act, to meet President Alar Karis on the security of the Baltic Sea and its undersea cables. He returns to Helsinki on 4 July.',
    published: '2025-07-01',
    home: 'Helsinki',
    stops: [from('Helsinki', '2025-07-03'), at('Tallinn', ['2025-07-03'], 'sea'), back('Helsinki', '2025-07-04')],
    meetings: [['Tallinn', 'Alar Karis']],
  },
  {
    what: 'Fiji, Bonn for COP23, "twenty years after the Kyoto Protocol was adopted"',
    text: 'Suva, 1 November 2017. Prime Minister Frank Bainimarama will travel to Bonn on 3 November to preside over the COP23 climate conference, twenty years after the Kyoto Protocol was adopted. On 6 November he will open the conference with the Executive Secretary, Patricia Espinosa. He returns to Suva on 19 November.',
    published: '2017-11-01',
    home: 'Suva',
    stops: [from('Suva', '2017-11-03'), at('Bonn', ['2017-11-06']), back('Suva', '2017-11-19')],
    why: '"open the conference with the Executive Secretary, Patricia Espinosa" is an act done with someone, not read as a meeting (a meeting stage\'s cause)',
    meetings: [['Bonn', 'Patricia Espinosa']],
  },
  {
    what: 'Norway, Brussels, "thirty years after the Oslo Accords"',
    text: 'Oslo, 26 May 2024 – Foreign Minister Espen Barth Eide will travel to Brussels on 27 May to hand over the documents recognising the State of Palestine to Prime Minister Mohammad Mustafa, thirty years after the Oslo Accords. He returns to Oslo on 28 May.',
    published: '2024-05-26',
    home: 'Oslo',
    stops: [from('Oslo', '2024-05-27'), at('Brussels', ['2024-05-27']), back('Oslo', '2024-05-28')],
    why: '"hand over the documents … to Prime Minister Mohammad Mustafa" names no meeting verb (a meeting stage\'s cause)',
    meetings: [['Brussels', 'Mohammad Mustafa']],
  },
  {
    what: 'Singapore, Riyadh, "the regional office of Singapore Airlines", "Saudi Aramco"',
    text: 'Singapore, 26 April 2024 – Minister for Foreign Affairs Vivian Balakrishnan will visit Riyadh from 28 to 29 April for the special meeting of the World Economic Forum. He will meet the chief executives of Saudi Aramco and the Public Investment Fund, and visit the regional office of Singapore Airlines. He returns to Singapore on 30 April.',
    published: '2024-04-26',
    home: 'Singapore',
    stops: [from('Singapore'), at('Riyadh', ['2024-04-28', '2024-04-29']), back('Singapore', '2024-04-30')],
  },
  {
    what: 'Ghana, London, "Ghanaian nurses, many trained in Kumasi and Tamale"',
    text: 'Accra, 20 June 2025. President John Dramani Mahama will travel to London on 22 June. On 23 June he will meet Prime Minister Keir Starmer and members of the Ghanaian community, among them nurses trained in Kumasi and Tamale who now work in the National Health Service. He returns to Accra on 25 June.',
    published: '2025-06-20',
    home: 'Accra',
    stops: [from('Accra', '2025-06-22'), at('London', ['2025-06-23']), back('Accra', '2025-06-25')],
    meetings: [['London', 'Keir Starmer']],
  },
  {
    what: 'Sweden, Kyiv by train, "grain from Odesa"',
    text: 'Stockholm, 14 February 2023. Prime Minister Ulf Kristersson will travel to Kyiv by train on 15 February to meet President Volodymyr Zelenskyy and discuss Sweden\'s support, including the shipments of grain from Odesa to Africa. He returns to Stockholm on 16 February.',
    published: '2023-02-14',
    home: 'Stockholm',
    stops: [from('Stockholm', '2023-02-15'), at('Kyiv', ['2023-02-15'], 'rail'), back('Stockholm', '2023-02-16')],
    meetings: [['Kyiv', 'Volodymyr Zelenskyy']],
  },
  {
    what: 'Uruguay, Beijing then Shanghai, "the Mercosur treaty signed in Asunción", "beef from Tacuarembó and Durazno"',
    text: 'Montevideo, 18 November 2023 – President Luis Lacalle Pou will travel to Beijing on 20 November for a state visit to China. On 22 November he will meet President Xi Jinping to discuss a trade agreement outside the Mercosur treaty signed in Asunción, and sales of beef from Tacuarembó and Durazno. On 24 November he goes on to Shanghai for a business forum. He returns to Montevideo on 26 November.',
    published: '2023-11-18',
    home: 'Montevideo',
    stops: [from('Montevideo', '2023-11-20'), at('Beijing', ['2023-11-22']), at('Shanghai', ['2023-11-24']), back('Montevideo', '2023-11-26')],
    meetings: [['Beijing', 'Xi Jinping']],
  },
  {
    what: 'Croatia, Doha for the match for third place, "after the Croatian team lost its semi-final to Argentina"',
    text: 'Zagreb, 15 December 2022. President Zoran Milanović will travel to Doha on 17 December to watch Croatia play Morocco for third place at the World Cup at the Khalifa International Stadium, after the Croatian team lost its semi-final to Argentina. He returns to Zagreb on 18 December.',
    published: '2022-12-15',
    home: 'Zagreb',
    stops: [from('Zagreb', '2022-12-17'), at('Doha', ['2022-12-17']), back('Zagreb', '2022-12-18')],
  },
  {
    what: 'Thailand, Tokyo, "Toyota, Honda and Isuzu, whose plants in Chachoengsao and Rayong"',
    text: 'Bangkok, 13 December 2023 – Prime Minister Srettha Thavisin will travel to Tokyo on 15 December for the ASEAN–Japan Commemorative Summit. On 16 December he will meet Prime Minister Fumio Kishida and the heads of Toyota, Honda and Isuzu, whose plants in Chachoengsao and Rayong make Thailand the hub of Japan\'s car industry in the region. He returns to Bangkok on 18 December.',
    published: '2023-12-13',
    home: 'Bangkok',
    stops: [from('Bangkok', '2023-12-15'), at('Tokyo', ['2023-12-16']), back('Bangkok', '2023-12-18')],
    meetings: [['Tokyo', 'Fumio Kishida']],
  },
  {
    what: 'Egypt, Kazan for BRICS, "the El Dabaa nuclear plant … west of Alexandria"',
    text: 'Cairo, 21 October 2024 – President Abdel Fattah el-Sisi will travel to Kazan on 22 October for the BRICS summit, Egypt\'s first since joining the group in January, and will meet President Vladimir Putin on 23 October. Talks will cover the El Dabaa nuclear plant that Rosatom is building on the Mediterranean coast west of Alexandria. He returns to Cairo on 24 October.',
    published: '2024-10-21',
    home: 'Cairo',
    stops: [from('Cairo', '2024-10-22'), at('Kazan', ['2024-10-22', '2024-10-23']), back('Cairo', '2024-10-24')],
    meetings: [['Kazan', 'Vladimir Putin']],
  },
  {
    what: 'China, Addis Ababa, Libreville, Luanda, Cotonou, Cairo, "the FOCAC conference held in Dakar in 2021"',
    text: 'Beijing, 6 January 2023. At the invitation of their governments, Foreign Minister Qin Gang will visit Ethiopia, Gabon, Angola, Benin and Egypt from 9 to 16 January, the first trip abroad of a Chinese foreign minister each year going to Africa for the 33rd year. He will be in Addis Ababa on 10 January, where he will visit the African Union Commission, in Libreville on 11 January, in Luanda on 12 January, in Cotonou on 13 January and in Cairo on 15 January. The visits follow up the ministerial conference of the Forum on China–Africa Cooperation held in Dakar in 2021.',
    published: '2023-01-06',
    home: 'Beijing',
    stops: [from('Beijing'), at('Addis Ababa', ['2023-01-10']), at('Libreville', ['2023-01-11']), at('Luanda', ['2023-01-12']), at('Cotonou', ['2023-01-13']), at('Cairo', ['2023-01-15']), back('Beijing')],
  },
  {
    what: 'IAEA, Kaliningrad, "the Zaporizhzhia Nuclear Power Plant, 50 km south-west of Zaporizhzhia"',
    text: 'Vienna, 3 April 2023 – IAEA Director General Rafael Grossi will travel to Kaliningrad on 5 April for talks with the head of Rosatom, Alexey Likhachev, on the safety of the Zaporizhzhia Nuclear Power Plant, some 50 km south-west of Zaporizhzhia. He returns to Vienna on 6 April.',
    published: '2023-04-03',
    home: 'Vienna',
    stops: [from('Vienna', '2023-04-05'), at('Kaliningrad', ['2023-04-05']), back('Vienna', '2023-04-06')],
    meetings: [['Kaliningrad', 'Alexey Likhachev']],
  },
  {
    what: 'Netherlands, Kyiv, "1,800 km by air and train across Germany and Poland", "the Dutch F-16s trained in Romania"',
    text: 'The Hague, 13 August 2024 – Prime Minister Dick Schoof will travel to Kyiv on 15 August, a journey of some 1,800 km by air and train across Germany and Poland, to meet President Volodymyr Zelenskyy. They will discuss the Dutch F-16s whose Ukrainian pilots trained in Romania. He returns to The Hague on 16 August.',
    published: '2024-08-13',
    home: 'The Hague',
    stops: [from('The Hague', '2024-08-15'), at('Kyiv', ['2024-08-15']), back('The Hague', '2024-08-16')],
    meetings: [['Kyiv', 'Volodymyr Zelenskyy']],
  },
];

/** The second set, written after the rules above and run once before any change for them. */
export const after: Case[] = [
  {
    what: 'Australia, Honiara, "the Australian High Commission in Honiara", "the agreement signed with Beijing in 2022"',
    text: 'Canberra, 9 August 2023 – Minister for the Pacific Pat Conroy will travel to Honiara on 10 August, where he will visit the Australian High Commission in Honiara and the police training centre funded by Australia. On 11 August he will meet Prime Minister Manasseh Sogavare to discuss the security agreement Solomon Islands signed with Beijing in 2022. He returns to Canberra on 12 August.',
    published: '2023-08-09',
    home: 'Canberra',
    stops: [from('Canberra', '2023-08-10'), at('Honiara', ['2023-08-10', '2023-08-11']), back('Canberra', '2023-08-12')],
    meetings: [['Honiara', 'Manasseh Sogavare']],
  },
  {
    what: 'Japan, Paris for the Olympics, "the Japan team", "The next Summer Games will be held in Los Angeles in 2028"',
    text: 'Tokyo, 23 July 2024 – Prime Minister Fumio Kishida will travel to Paris on 26 July to attend the opening ceremony of the Olympic Games and cheer on the Japan team. The next Summer Games will be held in Los Angeles in 2028. On 27 July he will meet President Emmanuel Macron. He returns to Tokyo on 28 July.',
    published: '2024-07-23',
    home: 'Tokyo',
    stops: [from('Tokyo', '2024-07-26'), at('Paris', ['2024-07-26', '2024-07-27']), back('Tokyo', '2024-07-28')],
    meetings: [['Paris', 'Emmanuel Macron']],
  },
  {
    what: 'Philippines, Lima for APEC, "the Bangkok Goals adopted when Thailand hosted APEC in 2022"',
    text: 'Manila, 12 November 2024 – Secretary of Foreign Affairs Enrique Manalo will travel to Lima on 13 November for the APEC Ministerial Meeting. On 14 November he will meet Foreign Minister Elmer Schialer of Peru and speak at a session on the Bangkok Goals on the bio-circular-green economy, adopted when Thailand hosted APEC in 2022. He returns to Manila on 17 November.',
    published: '2024-11-12',
    home: 'Manila',
    stops: [from('Manila', '2024-11-13'), at('Lima', ['2024-11-14']), back('Manila', '2024-11-17')],
    meetings: [['Lima', 'Elmer Schialer']],
  },
  {
    what: 'South Africa, Rio de Janeiro for the G20, "the next summit will be held in Johannesburg in November 2025"',
    text: 'Pretoria, 15 November 2024 – President Cyril Ramaphosa will travel to Rio de Janeiro on 16 November for the G20 Leaders\' Summit on 18 and 19 November, where South Africa will take over the presidency of the group; the next summit will be held in Johannesburg in November 2025. He returns to Pretoria on 20 November.',
    published: '2024-11-15',
    home: 'Pretoria',
    stops: [from('Pretoria', '2024-11-16'), at('Rio de Janeiro', ['2024-11-18', '2024-11-19']), back('Pretoria', '2024-11-20')],
  },
  {
    what: 'Hong Kong, Chongqing then Chengdu, "a plant of the Shenzhen-based carmaker BYD"',
    text: 'Hong Kong, 10 June 2024 – The Secretary for Commerce and Economic Development, Mr Algernon Yau, will depart for Chongqing on 12 June to visit Changan Automobile and a plant of the Shenzhen-based carmaker BYD. On 13 June he will go to Chengdu to meet officials of the Sichuan Provincial Government. He will return to Hong Kong on 14 June.',
    published: '2024-06-10',
    home: 'Hong Kong',
    stops: [from('Hong Kong', '2024-06-12'), at('Chongqing', ['2024-06-12']), at('Chengdu', ['2024-06-13']), back('Hong Kong', '2024-06-14')],
  },
  {
    what: 'Ireland, Buenos Aires then Santiago, "descended from emigrants from Westmeath and Longford"',
    text: 'Dublin, 15 October 2012. President Michael D. Higgins will travel to Buenos Aires on 17 October. On 18 October he will meet President Cristina Fernández de Kirchner and members of the Irish-Argentine community, many of them descended from emigrants from Westmeath and Longford. On 22 October he goes on to Santiago. He returns to Dublin on 28 October.',
    published: '2012-10-15',
    home: 'Dublin',
    stops: [from('Dublin', '2012-10-17'), at('Buenos Aires', ['2012-10-18']), at('Santiago', ['2012-10-22']), back('Dublin', '2012-10-28')],
    meetings: [['Buenos Aires', 'Cristina Fernández de Kirchner']],
  },
  {
    what: 'Mozambique, Dar es Salaam for the EAC–SADC summit, "after the fall of Goma", "the Luanda process and the Nairobi process"',
    text: 'Maputo, 6 February 2025 – President Daniel Chapo will travel to Dar es Salaam on 8 February for the joint summit of the East African Community and the Southern African Development Community on the crisis in eastern Congo, after the fall of Goma. The summit will review the Luanda process and the Nairobi process. He returns to Maputo on 8 February.',
    published: '2025-02-06',
    home: 'Maputo',
    stops: [from('Maputo', '2025-02-08'), at('Dar es Salaam', ['2025-02-08']), back('Maputo', '2025-02-08')],
  },
  {
    what: 'Indonesia, New Delhi for Republic Day, "since their first meeting in Rio de Janeiro last November"',
    text: 'Jakarta, 22 January 2025 – President Prabowo Subianto will travel to New Delhi on 24 January to be the chief guest at the Republic Day parade on 26 January, seventy-five years after President Sukarno was the first chief guest. On 25 January he will meet Prime Minister Narendra Modi, their first talks since they met in Rio de Janeiro last November. He returns to Jakarta on 27 January.',
    published: '2025-01-22',
    home: 'Jakarta',
    stops: [from('Jakarta', '2025-01-24'), at('New Delhi', ['2025-01-25', '2025-01-26']), back('Jakarta', '2025-01-27')],
    meetings: [['New Delhi', 'Narendra Modi']],
  },
  {
    what: 'Mongolia, Beijing, "the railway from Zamyn-Üüd to Erenhot", "coal exports through Tianjin"',
    text: 'Ulaanbaatar, 26 November 2022. President Ukhnaagiin Khürelsükh will travel to Beijing on 27 November for a state visit to China. On 28 November he will hold talks with President Xi Jinping on the railway from Zamyn-Üüd to Erenhot and coal exports through Tianjin. He returns to Ulaanbaatar on 29 November.',
    published: '2022-11-26',
    home: 'Ulaanbaatar',
    stops: [from('Ulaanbaatar', '2022-11-27'), at('Beijing', ['2022-11-28']), back('Ulaanbaatar', '2022-11-29')],
    meetings: [['Beijing', 'Xi Jinping']],
  },
  {
    what: 'Korea, Vilnius for NATO, "the Korean Embassy in Warsaw, which also covers Lithuania"',
    text: 'Seoul, 9 July 2023 – President Yoon Suk Yeol will travel to Vilnius on 10 July for the NATO summit as a partner. On 11 July he will meet Secretary General Jens Stoltenberg. Officials of the Korean Embassy in Warsaw, which also covers Lithuania, have prepared the visit. From Vilnius he goes on to Warsaw on 12 July for talks with President Andrzej Duda. He returns to Seoul on 15 July.',
    published: '2023-07-09',
    home: 'Seoul',
    stops: [from('Seoul', '2023-07-10'), at('Vilnius', ['2023-07-11']), at('Warsaw', ['2023-07-12']), back('Seoul', '2023-07-15')],
    meetings: [['Vilnius', 'Jens Stoltenberg'], ['Warsaw', 'Andrzej Duda']],
  },
];

const placeMissesOf = placeMisses(draft);

describe('round 24: visits told beside topics, agreements, bodies and other times named after places', () => {
  for (const c of [...first, ...after]) {
    it(`reads ${c.what}`, () => {
      expect(placeMissesOf(c)).toEqual([]);
    });
  }
});

describe('round 24: places said of bodies, people and goods', () => {
  it('is no stop after "whose" ("Samsung, whose factories in Bac Ninh, Hai Phong and Thai Nguyen", "whose headquarters are in Manila")', () => {
    expect(names('The Prime Minister will travel to Seoul on 30 June. On 1 July he will meet the leaders of Samsung and LG, whose factories in Bac Ninh, Hai Phong and Thai Nguyen employ many workers. He returns to Hanoi on 2 July.', '2024-06-28', 'Hanoi')).toEqual(['Hanoi', 'Seoul', 'Hanoi']);
    expect(names('The Secretary will depart for Tbilisi on 2 May to attend the annual meeting of the Asian Development Bank, whose headquarters are in Manila. On 5 May he will travel to Budapest. He will return to Hong Kong on 8 May.', '2024-04-30', 'Hong Kong')).toEqual(['Hong Kong', 'Tbilisi', 'Budapest', 'Hong Kong']);
  });

  it('but a dated "whose" clause, or the trip\'s own, still is ("whose visit to Seoul begins on 3 May")', () => {
    expect(names('The Minister, whose visit to Seoul begins on 3 May, will meet the Foreign Minister. He returns to Tokyo on 5 May.', '2024-04-30', 'Tokyo')).toEqual(['Tokyo', 'Seoul', 'Tokyo']);
  });

  it('is no stop where people come from, were trained, or goods come from ("business leaders from Cork", "nurses trained in Kumasi and Tamale", "grain from Odesa")', () => {
    expect(names('The Taoiseach will travel to Washington on 11 March with business leaders from Cork and Limerick. He returns to Dublin on 13 March.', '2025-03-10', 'Dublin')).toEqual(['Dublin', 'Washington, D.C.', 'Dublin']);
    expect(names('He will travel to London on 22 June. On 23 June he will meet nurses trained in Kumasi and Tamale who now work there. He returns to Accra on 25 June.', '2025-06-20', 'Accra')).toEqual(['Accra', 'London', 'Accra']);
    expect(names('The Prime Minister will travel to Kyiv by train on 15 February to discuss the shipments of grain from Odesa to Africa. He returns to Stockholm on 16 February.', '2023-02-14', 'Stockholm')).toEqual(['Stockholm', 'Kyiv', 'Stockholm']);
  });
});

describe('round 24: variants of the rules above, tried after them', () => {
  it('a visit of another year written after the place, or by a name\'s possessive, is no stop ("during his visit to Osaka in 2019", "the Chancellor\'s 2019 visit to Osaka")', () => {
    expect(names('The Minister will travel to Beijing on 3 June. He last saw Mr Wang during his visit to Osaka in 2019. He returns to Berlin on 6 June.', '2024-06-02', 'Berlin')).toEqual(['Berlin', 'Beijing', 'Berlin']);
    expect(names('The Minister will travel to Beijing on 3 June. It is the first such trip since the Chancellor\'s 2019 visit to Osaka. He returns to Berlin on 6 June.', '2024-06-02', 'Berlin')).toEqual(['Berlin', 'Beijing', 'Berlin']);
  });

  it('but this trip\'s own first visit is a stop ("his first visit to Jakarta")', () => {
    expect(names('On 3 June the Minister will make his first visit to Jakarta. He returns to Canberra on 6 June.', '2024-06-02', 'Canberra')).toEqual(['Canberra', 'Jakarta', 'Canberra']);
  });

  it('a meeting of another time is no stop ("last met at the G7 summit in Hiroshima", "met in Hiroshima in May 2023")', () => {
    expect(names('The Prime Minister will travel to Seoul on 6 March. The two leaders last met at the G7 summit in Hiroshima. He returns to Tokyo on 8 March.', '2024-03-05', 'Tokyo')).toEqual(['Tokyo', 'Seoul', 'Tokyo']);
    expect(names('The Prime Minister will travel to Seoul on 6 March. The two leaders met in Hiroshima in May 2023. He returns to Tokyo on 8 March.', '2024-03-05', 'Tokyo')).toEqual(['Tokyo', 'Seoul', 'Tokyo']);
  });

  it('nor are the places people come from in more words ("tourists from Kerala and fans from Chennai", "a delegation from Shenzhen")', () => {
    expect(names('The Minister will travel to Tokyo on 6 March and meet tourists from Kerala and fans from Chennai. He returns to New Delhi on 8 March.', '2024-03-05', 'New Delhi')).toEqual(['New Delhi', 'Tokyo', 'New Delhi']);
    expect(names('The Minister will travel to Riyadh on 6 March with a delegation from Shenzhen and Guangzhou companies. He returns to Hong Kong on 8 March.', '2024-03-05', 'Hong Kong')).toEqual(['Hong Kong', 'Riyadh', 'Hong Kong']);
  });

  it('nor a mission\'s city in an undated sentence ("Staff of the Japanese Embassy in Beijing will join him"), though a dated one still is', () => {
    expect(names('The Minister will travel to Hanoi on 6 March. Staff of the Japanese Embassy in Beijing will join him. He returns to Tokyo on 8 March.', '2024-03-05', 'Tokyo')).toEqual(['Tokyo', 'Hanoi', 'Tokyo']);
    expect(names('The Minister will travel to Hanoi on 6 March. On 7 March he will address the staff of the Japanese Embassy in Beijing. He returns to Tokyo on 8 March.', '2024-03-05', 'Tokyo')).toEqual(['Tokyo', 'Hanoi', 'Beijing', 'Tokyo']);
  });
});

describe('round 24: events others host', () => {
  it('in a month none of the sentence\'s days is in, or one they have hosted before, is no stop ("Brazil hosts the G20 summit in Rio de Janeiro in November", "Egypt has hosted talks … in Cairo and Doha")', () => {
    expect(names('The Minister will travel to Brasília on 6 March. Brazil hosts the G20 summit in Rio de Janeiro in November. He returns to Canberra on 8 March.', '2024-03-05', 'Canberra')).toEqual(['Canberra', 'Brasília', 'Canberra']);
    expect(names('The Minister will travel to Brasília on 6 March ahead of the G20 summit that Brazil will host in Rio de Janeiro in November. He returns to Canberra on 8 March.', '2024-03-05', 'Canberra')).toEqual(['Canberra', 'Brasília', 'Canberra']);
    expect(names('The Minister will travel to Cairo on 6 March. Egypt has hosted talks on a ceasefire, with Qatar and the United States, in Cairo and Doha. He returns to Rome on 8 March.', '2024-03-05', 'Rome')).toEqual(['Rome', 'Cairo', 'Rome']);
  });

  it('but the traveller hosted there, or an event of the trip\'s month, still is ("will host him in Washington on 23 May", "hosts the summit in Hiroshima in May")', () => {
    expect(names('On 22 May he travels to Atlanta, and President Biden will host him in Washington on 23 May. He returns to Nairobi on 25 May.', '2024-05-19', 'Nairobi')).toEqual(['Nairobi', 'Atlanta', 'Washington, D.C.', 'Nairobi']);
    expect(names('The Prime Minister will leave on 18 May for the summit Japan hosts in Hiroshima in May. He returns to Canberra on 22 May.', '2023-05-15', 'Canberra')).toEqual(['Canberra', 'Hiroshima', 'Canberra']);
  });
});

describe('round 24: other times and topics', () => {
  it('a visit of another year or an earlier one is no stop ("on his 2019 visit to Osaka", "her previous visit to Hanoi")', () => {
    expect(names('The Minister will travel to Beijing on 3 June. In 2019 he accompanied the President on his 2019 visit to Osaka. He returns to Ankara on 6 June.', '2024-06-02', 'Ankara')).toEqual(['Ankara', 'Beijing', 'Ankara']);
    expect(names('The Minister will travel to Vientiane on 3 June, a year after her previous visit to Hanoi. She returns to Canberra on 6 June.', '2024-06-02', 'Canberra')).toEqual(['Canberra', 'Vientiane', 'Canberra']);
  });

  it('a thing begun elsewhere is no stop ("the programme launched in Hiroshima"), but an event still to be launched is ("a forum to be launched in Riyadh on 5 May")', () => {
    expect(names('The Prime Minister will visit Seoul on 6 and 7 September to review the exchanges under the programme launched in Hiroshima. He returns to Tokyo on 7 September.', '2024-09-04', 'Tokyo')).toEqual(['Tokyo', 'Seoul', 'Tokyo']);
    expect(names('The Chief Executive will attend a forum to be launched in Riyadh on 5 May. He returns to Hong Kong on 7 May.', '2024-05-01', 'Hong Kong')).toEqual(['Hong Kong', 'Riyadh', 'Hong Kong']);
  });

  it('a coming event in a clause of its own, with no day, is no stop ("…; the next summit will be held in Johannesburg in November 2025")', () => {
    expect(names('The President will travel to Rio de Janeiro on 16 November for the G20 summit on 18 and 19 November; the next summit will be held in Johannesburg in November 2025. He returns to Pretoria on 20 November.', '2024-11-15', 'Pretoria')).toEqual(['Pretoria', 'Rio de Janeiro', 'Pretoria']);
    expect(names('The Minister will travel to Geneva on 3 May for the talks, and the next round will be held in Doha later this year. He returns to Nairobi on 5 May.', '2024-05-01', 'Nairobi')).toEqual(['Nairobi', 'Geneva', 'Nairobi']);
  });

  it('but one given its day still is ("…; the next round will be held in Doha on 5 May")', () => {
    expect(names('The Minister will travel to Geneva on 3 May for the talks; the next round will be held in Doha on 5 May. He returns to Nairobi on 6 May.', '2024-05-01', 'Nairobi')).toEqual(['Nairobi', 'Geneva', 'Doha', 'Nairobi']);
  });

  it('people still held somewhere are talked about ("the hostages still held in Gaza")', () => {
    expect(names('The President will travel to Dubai on 1 December. On 2 December he goes on to Doha to meet the Emir on the hostages still held in Gaza. He returns to Paris on 3 December.', '2023-11-29', 'Paris')).toEqual(['Paris', 'Dubai', 'Doha', 'Paris']);
  });
});
