// Places and meetings, round 19 (issue 17): announcements written for these tests before this round read or changed the
// extractor, by governments the corpus has little or none of, each read as a new user's text would be and scored as the
// corpus is (every stop in order, nothing extra, every meeting at its stop; dates are the date tests'). Of the first 30, 6
// failed on the extractor of main (two places the world list writes otherwise, a list of places whose verb is left out, the
// home's namesake, an office titled without its country, a call "in New Delhi on" an office; and one only by my wording of an
// office whose holder is named, revised below). Of 10 more written after the fixes, 2 failed, on main as on this branch: a
// place told only as where the traveller came back from (fixed), and "the Vatican" (left, with the reason). Then the causes,
// each with sentences of its own, with those the tuning texts' misses showed (a surname alone, offices in a list, a date or a
// venue before "by" or "with").
import { describe, expect, it } from 'vitest';
import { findMeetings, fullName } from '../../src/extract/find-meetings';
import { useWorld, type Announcement } from './world';

const { draft, failures } = useWorld();


export const announcements: Announcement[] = [
  {
    what: 'Switzerland, an audience with the Emperor and talks, then an Expo city',
    text: 'Bern, 9 April 2025 – The President of the Swiss Confederation, Karin Keller-Sutter, will travel to Japan from 14 to 17 April. In Tokyo she will be received in audience by Emperor Naruhito and will hold talks with Prime Minister Shigeru Ishiba on trade and research. On 16 April the President will go to Osaka, where she will open Swiss National Day at Expo 2025. She returns to Bern on 17 April.',
    published: '2025-04-09',
    home: 'Bern',
    stops: ['Bern', 'Tokyo', 'Osaka', 'Bern'],
    meetings: [
      ['Tokyo', 'Naruhito'],
      ['Tokyo', 'Shigeru Ishiba'],
    ],
  },
  {
    what: 'Austria, a chancellor by night train, two leaders met the same day',
    text: 'Vienna, 6 May 2025. Federal Chancellor Christian Stocker arrived in Kyiv this morning after travelling overnight by train. He held talks with President Volodymyr Zelenskyy and Prime Minister Denys Shmyhal on reconstruction and Austrian humanitarian aid, and laid a wreath at the Wall of Remembrance. The Chancellor will be back in Vienna tomorrow.',
    published: '2025-05-06',
    home: 'Vienna',
    stops: ['Vienna', 'Kyiv', 'Vienna'],
    meetings: [
      ['Kyiv', 'Volodymyr Zelenskyy'],
      ['Kyiv', 'Denys Shmyhal'],
    ],
  },
  {
    what: 'Belgium, an economic mission led by a princess, a courtesy call and a ministry',
    text: 'Brussels, 24 February 2026 — Princess Astrid will lead a Belgian economic mission to India from 2 to 8 March, with stops in New Delhi, Mumbai and Chennai. In New Delhi, the Princess will pay a courtesy call on the President of India, Droupadi Murmu, and meet the Minister of Commerce and Industry, Piyush Goyal. The mission ends in Chennai with a seminar on ports and logistics.',
    published: '2026-02-24',
    home: 'Brussels',
    stops: ['Brussels', 'New Delhi', 'Mumbai', 'Chennai', 'Brussels'],
    meetings: [
      ['New Delhi', 'Droupadi Murmu'],
      ['New Delhi', 'Minister of Commerce and Industry'],
    ],
  },
  {
    what: 'Denmark, the Prime Minister in Greenland, a premier and the government met',
    text: 'Copenhagen, 31 March 2025. Prime Minister Mette Frederiksen will travel to Nuuk on 2 April for a three-day visit to Greenland. She will meet the Premier of Greenland, Jens-Frederik Nielsen, and the members of the new Naalakkersuisut. The Prime Minister returns to Copenhagen on 4 April.',
    published: '2025-03-31',
    home: 'Copenhagen',
    stops: ['Copenhagen', 'Nuuk', 'Copenhagen'],
    meetings: [['Nuuk', 'Jens-Frederik Nielsen']],
  },
  {
    what: 'Sweden, two Nordic capitals in two days',
    text: 'Stockholm, 15 May 2026. Prime Minister Ulf Kristersson will visit Helsinki on 20 May for talks with Prime Minister Petteri Orpo, and travel on to Oslo on 21 May, where he will meet Prime Minister Jonas Gahr Støre and attend a Nordic defence seminar. He returns to Stockholm in the evening of 21 May.',
    published: '2026-05-15',
    home: 'Stockholm',
    stops: ['Stockholm', 'Helsinki', 'Oslo', 'Stockholm'],
    meetings: [
      ['Helsinki', 'Petteri Orpo'],
      ['Oslo', 'Jonas Gahr Støre'],
    ],
  },
  {
    what: 'Estonia, a state visit to Vietnam with a list of leaders met',
    text: 'Tallinn, 2 November 2025 – President Alar Karis will pay a state visit to Vietnam from 5 to 8 November. In Hanoi the President will hold talks with President Luong Cuong and meet General Secretary To Lam, Prime Minister Pham Minh Chinh and the Chairman of the National Assembly, Tran Thanh Man. On 7 November he will fly to Ho Chi Minh City to open an Estonian-Vietnamese digital innovation forum.',
    published: '2025-11-02',
    home: 'Tallinn',
    stops: ['Tallinn', 'Hanoi', 'Ho Chi Minh City', 'Tallinn'],
    meetings: [
      ['Hanoi', 'Luong Cuong'],
      ['Hanoi', 'To Lam'],
      ['Hanoi', 'Pham Minh Chinh'],
      ['Hanoi', 'Tran Thanh Man'],
    ],
  },
  {
    what: 'Croatia, a neighbour’s capital and a southern town, an office met',
    text: 'Zagreb, 10 September 2025. Prime Minister Andrej Plenković will visit Bosnia and Herzegovina on 12 September. In Sarajevo he will meet the Chairwoman of the Council of Ministers, Borjana Krišto. In the afternoon he will travel to Mostar to open the new Croatian consulate, and return to Zagreb that night.',
    published: '2025-09-10',
    home: 'Zagreb',
    stops: ['Zagreb', 'Sarajevo', 'Mostar', 'Zagreb'],
    meetings: [['Sarajevo', 'Chairwoman of the Council of Ministers']],
  },
  {
    what: 'Serbia, met at the airport by a deputy prime minister, talks the next day',
    text: 'Belgrade, 14 October 2025 — President Aleksandar Vučić arrived in Baku on Monday for an official visit to Azerbaijan and was met at Heydar Aliyev International Airport by Deputy Prime Minister Shahin Mustafayev. Talks with President Ilham Aliyev are scheduled for Tuesday, after which the two presidents will sign a declaration on strategic partnership. Vučić returns to Belgrade on Wednesday.',
    published: '2025-10-14',
    home: 'Belgrade',
    stops: ['Belgrade', 'Baku', 'Belgrade'],
    meetings: [
      ['Baku', 'Shahin Mustafayev'],
      ['Baku', 'Ilham Aliyev'],
    ],
  },
  {
    what: 'Romania, a neighbour’s capital and a northern city, welcomed by a president',
    text: 'Bucharest, 8 July 2025. President Nicușor Dan will pay an official visit to the Republic of Moldova on 10 and 11 July. In Chișinău he will be welcomed by President Maia Sandu at the Presidency and will address the Parliament. On 11 July the President will travel to Bălți to visit a kindergarten built with Romanian funds, before returning to Bucharest.',
    published: '2025-07-08',
    home: 'Bucharest',
    stops: ['Bucharest', 'Chișinău', 'Bălți', 'Bucharest'],
    meetings: [['Chișinău', 'Maia Sandu']],
  },
  {
    what: 'Bulgaria, Athens and a port town, a counterpart alongside at a site',
    text: 'Sofia, 2 June 2026 – Prime Minister Rosen Zhelyazkov will visit Greece on 4 and 5 June. In Athens he will hold talks with Prime Minister Kyriakos Mitsotakis on energy and transport links. On 5 June the two prime ministers will travel together to Alexandroupolis to visit the floating LNG terminal. Zhelyazkov returns to Sofia that evening.',
    published: '2026-06-02',
    home: 'Sofia',
    stops: ['Sofia', 'Athens', 'Alexandroupolis', 'Sofia'],
    meetings: [['Athens', 'Kyriakos Mitsotakis']],
  },
  {
    what: 'Ukraine, a recap of two Asian capitals, with the surname after the full name',
    text: 'Kyiv, 19 March 2025. Minister for Foreign Affairs Andrii Sybiha has returned from a visit to Japan and the Republic of Korea. In Tokyo on 17 March he held talks with Minister for Foreign Affairs Takeshi Iwaya and was received by Prime Minister Shigeru Ishiba. The next day, in Seoul, Sybiha met Foreign Minister Cho Tae-yul, and the two ministers discussed the return of Ukrainian children.',
    published: '2025-03-19',
    home: 'Kyiv',
    stops: ['Kyiv', 'Tokyo', 'Seoul', 'Kyiv'],
    meetings: [
      ['Tokyo', 'Takeshi Iwaya'],
      ['Tokyo', 'Shigeru Ishiba'],
      ['Seoul', 'Cho Tae-yul'],
    ],
  },
  {
    what: 'Armenia, a host who invites to dinner, then a city of the diaspora',
    text: 'Yerevan, 10 February 2026 – Prime Minister Nikol Pashinyan will be in France from 12 to 14 February. In Paris, President Emmanuel Macron will host him at the Élysée Palace for a working dinner on 12 February. On 13 February the Prime Minister will travel to Marseille, where he will meet members of the Armenian community. He returns to Yerevan on 14 February.',
    published: '2026-02-10',
    home: 'Yerevan',
    stops: ['Yerevan', 'Paris', 'Marseille', 'Yerevan'],
    meetings: [
      ['Paris', 'Emmanuel Macron'],
      ['Marseille', 'Armenian community'],
    ],
  },
  {
    what: 'Kazakhstan, a state visit received at a palace, then the north',
    text: 'Astana, 16 January 2026. At the invitation of the President of the Italian Republic, President Kassym-Jomart Tokayev will pay a state visit to Italy from 19 to 22 January. In Rome the Head of State will be received at the Quirinal Palace by President Sergio Mattarella and will hold talks with the President of the Council of Ministers, Giorgia Meloni. On 21 January he will travel to Milan for a business forum. Tokayev returns to Astana on 22 January.',
    published: '2026-01-16',
    home: 'Astana',
    stops: ['Astana', 'Rome', 'Milan', 'Astana'],
    meetings: [
      ['Rome', 'Sergio Mattarella'],
      ['Rome', 'President of the Council of Ministers'],
    ],
  },
  {
    what: 'Pakistan, talks and a host who receives him, then a southern city',
    text: 'Islamabad, 3 June 2025 — Prime Minister Shehbaz Sharif will undertake an official visit to China from 4 to 8 June. In Beijing he will hold talks with Premier Li Qiang at the Great Hall of the People, and President Xi Jinping will receive him on 5 June. The Prime Minister will then travel to Shenzhen to visit technology companies, and return to Islamabad on 8 June.',
    published: '2025-06-03',
    home: 'Islamabad',
    stops: ['Islamabad', 'Beijing', 'Shenzhen', 'Islamabad'],
    meetings: [
      ['Beijing', 'Li Qiang'],
      ['Beijing', 'Xi Jinping'],
    ],
  },
  {
    what: 'Maldives, a ceremonial welcome, delegation talks and a banquet in his honour',
    text: 'Malé, 5 October 2024. President Dr Mohamed Muizzu will pay a state visit to India from 6 to 10 October. In New Delhi, the President will be accorded a ceremonial welcome at Rashtrapati Bhavan, followed by delegation-level talks with Prime Minister Narendra Modi. President Droupadi Murmu will host a banquet in his honour. On 9 October he will travel to Mumbai to meet business leaders, and on 10 October to Bengaluru. He returns to Malé on 10 October.',
    published: '2024-10-05',
    home: 'Malé',
    stops: ['Malé', 'New Delhi', 'Mumbai', 'Bengaluru', 'Malé'],
    meetings: [
      ['New Delhi', 'Narendra Modi'],
      ['New Delhi', 'Droupadi Murmu'],
    ],
  },
  {
    what: 'Laos, a courtesy call on a prime minister, then a northern province',
    text: 'Vientiane, 20 November 2025 – Prime Minister Sonexay Siphandone will visit Thailand on 24 and 25 November. In Bangkok he will pay a courtesy call on Prime Minister Anutin Charnvirakul at Government House. On 25 November he will travel to Udon Thani to meet Lao workers, before crossing back to Vientiane by road.',
    published: '2025-11-20',
    home: 'Vientiane',
    stops: ['Vientiane', 'Bangkok', 'Udon Thani', 'Vientiane'],
    meetings: [['Bangkok', 'Anutin Charnvirakul']],
  },
  {
    what: 'Brunei, a ministers’ retreat then a call on a counterpart named by office',
    text: 'Bandar Seri Begawan, 1 June 2026 — The Minister of Foreign Affairs II will visit Jakarta on 3 and 4 June to attend the ASEAN Foreign Ministers’ Retreat, and will then travel to Kuala Lumpur, where he will call on the Minister of Foreign Affairs of Malaysia. He returns to Bandar Seri Begawan on 6 June.',
    published: '2026-06-01',
    home: 'Bandar Seri Begawan',
    stops: ['Bandar Seri Begawan', 'Jakarta', 'Kuala Lumpur', 'Bandar Seri Begawan'],
    meetings: [['Kuala Lumpur', 'Minister of Foreign Affairs of Malaysia']],
  },
  {
    what: 'Fiji, welcomed by a governor-general, talks on the next working day',
    text: 'Suva, 6 March 2026. Prime Minister Sitiveni Rabuka departs for Wellington on Saturday for an official visit to New Zealand. He will be welcomed at Government House by the Governor-General, Dame Cindy Kiro, on Sunday, and will hold talks with Prime Minister Christopher Luxon on Monday. He will visit Auckland on Tuesday before flying home to Suva.',
    published: '2026-03-06',
    home: 'Suva',
    stops: ['Suva', 'Wellington', 'Auckland', 'Suva'],
    meetings: [
      ['Wellington', 'Cindy Kiro'],
      ['Wellington', 'Christopher Luxon'],
    ],
  },
  {
    what: 'Ghana, three capitals of the Sahel, each with its leader in one sentence',
    text: 'Accra, 6 March 2025 – President John Dramani Mahama will visit Mali, Burkina Faso and Niger from 8 to 10 March. In Bamako he will meet General Assimi Goïta, in Ouagadougou Captain Ibrahim Traoré, and in Niamey General Abdourahamane Tiani. The President returns to Accra on 10 March.',
    published: '2025-03-06',
    home: 'Accra',
    stops: ['Accra', 'Bamako', 'Ouagadougou', 'Niamey', 'Accra'],
    meetings: [
      ['Bamako', 'Assimi Goïta'],
      ['Ouagadougou', 'Ibrahim Traoré'],
      ['Niamey', 'Abdourahamane Tiani'],
    ],
  },
  {
    what: 'Namibia, two neighbours, a president who receives her',
    text: 'Windhoek, 12 May 2025. President Netumbo Nandi-Ndaitwah will travel to Gaborone on 14 May, where she will be received by President Duma Boko, and to Lusaka on 15 May for talks with President Hakainde Hichilema. The President will return to Windhoek on 16 May.',
    published: '2025-05-12',
    home: 'Windhoek',
    stops: ['Windhoek', 'Gaborone', 'Lusaka', 'Windhoek'],
    meetings: [
      ['Gaborone', 'Duma Boko'],
      ['Lusaka', 'Hakainde Hichilema'],
    ],
  },
  {
    what: 'Malta, two Libyan cities and their leaders',
    text: 'Valletta, 22 September 2025 — Prime Minister Robert Abela will travel to Libya on 24 September. In Tripoli he will meet the Prime Minister of the Government of National Unity, Abdul Hamid Dbeibah, and in the afternoon he will fly to Benghazi, where he will call on Field Marshal Khalifa Haftar. He returns to Malta the same night.',
    published: '2025-09-22',
    home: 'Valletta',
    stops: ['Valletta', 'Tripoli', 'Benghazi', 'Valletta'],
    meetings: [
      ['Tripoli', 'Abdul Hamid Dbeibah'],
      ['Benghazi', 'Khalifa Haftar'],
    ],
  },
  {
    what: 'Iraq, a council co-chaired in Ankara, then Istanbul',
    text: 'Baghdad, 14 March 2026 — Prime Minister Mohammed Shia al-Sudani arrived in Ankara today at the start of a two-day visit to Türkiye. He met President Recep Tayyip Erdoğan at the Presidential Complex, and the two leaders co-chaired the High-Level Strategic Cooperation Council. Tomorrow the Prime Minister will be in Istanbul to meet Iraqi and Turkish business people, before flying back to Baghdad.',
    published: '2026-03-14',
    home: 'Baghdad',
    stops: ['Baghdad', 'Ankara', 'Istanbul', 'Baghdad'],
    meetings: [['Ankara', 'Recep Tayyip Erdoğan']],
  },
  {
    what: 'Paraguay, a state visit to Taiwan, a president met and a southern port',
    text: 'Asunción, 10 May 2026. President Santiago Peña will make a state visit to Taiwan from 13 to 16 May. In Taipei he will be received with military honours by President Lai Ching-te, with whom he will hold bilateral talks, and he will address the Legislative Yuan. On 15 May he will travel to Kaohsiung to visit the port. He returns to Asunción on 17 May.',
    published: '2026-05-10',
    home: 'Asunción',
    stops: ['Asunción', 'Taipei', 'Kaohsiung', 'Asunción'],
    meetings: [['Taipei', 'Lai Ching-te']],
  },
  {
    what: 'Panama, a king and a head of government named by office, then a region’s president',
    text: 'Panama City, 6 June 2025 – President José Raúl Mulino will travel to Spain from 9 to 12 June. In Madrid he will be received at the Zarzuela Palace by King Felipe VI and will hold a working meeting with the President of the Government, Pedro Sánchez, at the Moncloa Palace. On 11 June he will go to Seville to meet the President of the Regional Government of Andalusia, Juanma Moreno. He returns to Panama City on 12 June.',
    published: '2025-06-06',
    home: 'Panama City',
    stops: ['Panama City', 'Madrid', 'Seville', 'Panama City'],
    meetings: [
      ['Madrid', 'Felipe VI'],
      ['Seville', 'President of the Regional Government of Andalusia'],
      ['Madrid', 'Pedro Sánchez'],
    ],
  },
  {
    what: 'Jamaica, a courtesy call and talks in Ottawa, the diaspora in Toronto',
    text: 'Kingston, 1 October 2025 — Prime Minister Andrew Holness will make an official visit to Canada from 6 to 9 October. In Ottawa he will pay a courtesy call on the Governor General, Mary Simon, and hold bilateral talks with Prime Minister Mark Carney. In Toronto, the Prime Minister will meet members of the Jamaican diaspora. He returns to Kingston on 9 October.',
    published: '2025-10-01',
    home: 'Kingston',
    stops: ['Kingston', 'Ottawa', 'Toronto', 'Kingston'],
    meetings: [
      ['Ottawa', 'Mary Simon'],
      ['Ottawa', 'Mark Carney'],
      ['Toronto', 'Jamaican diaspora'],
    ],
  },
  {
    what: 'Slovenia, a president received by a president, a governor with the state’s whole name',
    text: 'Ljubljana, 25 August 2025. President Nataša Pirc Musar will pay an official visit to Brazil from 1 to 5 September. In Brasília she will be received by President Luiz Inácio Lula da Silva at the Palácio do Planalto. She will then travel to São Paulo, where she will meet the Governor of the State of São Paulo, Tarcísio de Freitas, and Slovenian businesses. She returns to Ljubljana on 5 September.',
    published: '2025-08-25',
    home: 'Ljubljana',
    stops: ['Ljubljana', 'Brasília', 'São Paulo', 'Ljubljana'],
    meetings: [
      ['Brasília', 'Luiz Inácio Lula da Silva'],
      ['São Paulo', 'Governor of the State of São Paulo'],
    ],
  },
  {
    what: 'Mauritius, a prime minister named in full once, then by surname in a second city',
    text: 'Port Louis, 8 September 2025 – Prime Minister Navinchandra Ramgoolam will pay a state visit to India from 9 to 16 September at the invitation of Prime Minister Narendra Modi. After calls in New Delhi on the President of India, the Prime Minister will travel to Varanasi on 11 September, where he will hold talks with Prime Minister Modi on the Chagos agreement and maritime security. He will also visit Ayodhya and Tirupati before returning to Port Louis.',
    published: '2025-09-08',
    home: 'Port Louis',
    stops: ['Port Louis', 'New Delhi', 'Varanasi', 'Ayodhya', 'Tirupati', 'Port Louis'],
    meetings: [
      ['New Delhi', 'President of India'],
      ['Varanasi', 'Narendra Modi'],
    ],
  },
  {
    what: 'Lebanon, a crown prince met, then a capital and its amir in the next sentence',
    text: 'Beirut, 4 March 2025. President Joseph Aoun flew to Riyadh on Monday on his first trip abroad as head of state, and met Crown Prince and Prime Minister Mohammed bin Salman at Al-Yamamah Palace. On Tuesday the President flew on to Doha. There he was received by the Amir of the State of Qatar, Sheikh Tamim bin Hamad Al Thani. He returned to Beirut on Wednesday.',
    published: '2025-03-04',
    home: 'Beirut',
    stops: ['Beirut', 'Riyadh', 'Doha', 'Beirut'],
    meetings: [
      ['Riyadh', 'Mohammed bin Salman'],
      ['Doha', 'Tamim bin Hamad Al Thani'],
    ],
  },
  {
    what: 'Iceland, the Secretary General of NATO met, then a parliament in another city',
    text: 'Reykjavík, 2 March 2026 – Prime Minister Kristrún Frostadóttir will travel to Brussels on 5 March, where she will meet the Secretary General of NATO, Mark Rutte, and the President of the European Commission, Ursula von der Leyen. On 6 March she will be in Strasbourg to speak at the Council of Europe. She returns to Reykjavík on 7 March.',
    published: '2026-03-02',
    home: 'Reykjavík',
    stops: ['Reykjavík', 'Brussels', 'Strasbourg', 'Reykjavík'],
    // Written first as the office, "Secretary General of NATO"; with its holder named, the draft holds the holder, the office
    // as role and NATO as organisation (meetings14 and meetings15 assert that split), so the scorer finds the name.
    meetings: [
      ['Brussels', 'Mark Rutte'],
      ['Brussels', 'President of the European Commission'],
    ],
  },
  {
    what: 'Costa Rica, a recap: met by a minister on landing, lunch hosted by a president',
    text: 'San José, 28 April 2026 — President Rodrigo Chaves returned yesterday from a working visit to Seoul. On landing on 23 April he was welcomed by the First Vice Minister of Foreign Affairs. On 24 April President Lee Jae-myung hosted a lunch in his honour at the Blue House, and the two presidents signed a free trade agreement. On 25 April the President visited a semiconductor plant in Pyeongtaek.',
    published: '2026-04-28',
    home: 'San José',
    stops: ['San José', 'Seoul', 'Pyeongtaek', 'San José'],
    meetings: [
      ['Seoul', 'First Vice Minister of Foreign Affairs'],
      ['Seoul', 'Lee Jae-myung'],
    ],
  },
];

/** Written after this round's fixes, before reading what they change on texts of their kind: a second unseen measure. */
export const after: Announcement[] = [
  {
    what: 'Slovakia, a prime minister received by a host who is the subject',
    text: 'Bratislava, 2 February 2026. Prime Minister Robert Fico will pay an official visit to Vietnam from 4 to 6 February. In Hanoi, Prime Minister Pham Minh Chinh will welcome him at the Presidential Palace on 5 February, and the two heads of government will hold talks on energy and defence. Fico returns to Bratislava on 6 February.',
    published: '2026-02-02',
    home: 'Bratislava',
    stops: ['Bratislava', 'Hanoi', 'Bratislava'],
    meetings: [['Hanoi', 'Pham Minh Chinh']],
  },
  {
    what: 'Lithuania, a president in two Nordic capitals, a king in the next sentence',
    text: 'Vilnius, 10 May 2026 – President Gitanas Nausėda will visit Denmark and Norway from 12 to 14 May. He will be in Copenhagen on 12 May. There he will be received by King Frederik X at Amalienborg Palace. On 13 May the President will travel to Oslo for talks with Prime Minister Jonas Gahr Støre. He returns to Vilnius on 14 May.',
    published: '2026-05-10',
    home: 'Vilnius',
    stops: ['Vilnius', 'Copenhagen', 'Oslo', 'Vilnius'],
    meetings: [
      ['Copenhagen', 'Frederik X'],
      ['Oslo', 'Jonas Gahr Støre'],
    ],
  },
  {
    what: 'Cambodia, a courtesy call on a governor and a city in the north',
    text: 'Phnom Penh, 3 March 2026 — Prime Minister Hun Manet will visit Japan from 8 to 11 March. In Tokyo he will hold talks with Prime Minister Sanae Takaichi and pay a courtesy call on the Governor of Tokyo, Yuriko Koike. On 10 March the Prime Minister will travel to Sendai to visit a semiconductor plant, and return to Phnom Penh on 11 March.',
    published: '2026-03-03',
    home: 'Phnom Penh',
    stops: ['Phnom Penh', 'Tokyo', 'Sendai', 'Phnom Penh'],
    meetings: [
      ['Tokyo', 'Sanae Takaichi'],
      ['Tokyo', 'Yuriko Koike'],
    ],
  },
  {
    what: 'Tonga, a king at a summit then a state visit',
    text: 'Nukuʻalofa, 20 August 2025. His Majesty King Tupou VI will attend the Pacific Islands Forum Leaders Meeting in Honiara from 8 to 12 September, and will then travel to Canberra, where he will be received by the Governor-General, Sam Mostyn. His Majesty returns to Nukuʻalofa on 16 September.',
    published: '2025-08-20',
    home: 'Nukuʻalofa',
    stops: ['Nukuʻalofa', 'Honiara', 'Canberra', 'Nukuʻalofa'],
    meetings: [['Canberra', 'Sam Mostyn']],
  },
  {
    what: 'Côte d’Ivoire, two neighbours and a ministry of two portfolios',
    text: 'Abidjan, 4 November 2025 – The Minister of State, Minister of Foreign Affairs, Léon Kacou Adom, will travel to Accra on 6 November and to Lomé on 7 November. In Accra he will meet the Minister for Foreign Affairs and Regional Integration of Ghana, Samuel Okudzeto Ablakwa. In Lomé he will be received by President Faure Gnassingbé. He returns to Abidjan on 8 November.',
    published: '2025-11-04',
    home: 'Abidjan',
    stops: ['Abidjan', 'Accra', 'Lomé', 'Abidjan'],
    meetings: [
      ['Accra', 'Samuel Okudzeto Ablakwa'],
      ['Lomé', 'Faure Gnassingbé'],
    ],
  },
  {
    what: 'Rwanda, a recap: the host received the traveller, by surname after',
    text: 'Kigali, 22 June 2025. President Paul Kagame returned home yesterday from Luanda, where he attended the US-Africa Business Summit. On the sidelines, President João Lourenço of Angola received Kagame at the Presidential Palace, and the two leaders discussed the situation in the region.',
    published: '2025-06-22',
    home: 'Kigali',
    stops: ['Kigali', 'Luanda', 'Kigali'],
    meetings: [['Luanda', 'João Lourenço']],
  },
  {
    what: 'Bolivia, a president on to two more cities, one across a border',
    text: 'La Paz, 18 March 2026. President Rodrigo Paz will travel to Lima on 20 March, where he will hold talks with President José Jerí. On 21 March he will go on to Cusco and then to Arica in Chile, to inspect the port used by Bolivian exporters, before returning to La Paz on 22 March.',
    published: '2026-03-18',
    home: 'La Paz',
    stops: ['La Paz', 'Lima', 'Cusco', 'Arica', 'La Paz'],
    meetings: [['Lima', 'José Jerí']],
  },
  {
    what: 'Luxembourg, a grand duke’s state visit, talks held by the host',
    text: 'Luxembourg, 2 October 2026 – Their Royal Highnesses the Grand Duke and Grand Duchess will pay a state visit to Portugal from 7 to 9 October. In Lisbon, the President of the Portuguese Republic will host a state banquet in their honour on 7 October. On 8 October they will travel to Porto to meet the Luxembourg community. They return to Luxembourg on 9 October.',
    published: '2026-10-02',
    home: 'Luxembourg',
    stops: ['Luxembourg', 'Lisbon', 'Porto', 'Luxembourg'],
    meetings: [['Lisbon', 'President of the Portuguese Republic']],
  },
  {
    what: 'Georgia, a prime minister, a list of leaders met at a summit',
    text: 'Tbilisi, 1 July 2026. Prime Minister Irakli Kobakhidze will attend the European Political Community summit in Tirana on 3 July. On the margins he will meet the Prime Minister of Albania, Edi Rama, the President of Azerbaijan, Ilham Aliyev, and the Prime Minister of Armenia, Nikol Pashinyan. He returns to Tbilisi the same evening.',
    published: '2026-07-01',
    home: 'Tbilisi',
    stops: ['Tbilisi', 'Tirana', 'Tbilisi'],
    meetings: [
      ['Tirana', 'Edi Rama'],
      ['Tirana', 'Ilham Aliyev'],
      ['Tirana', 'Nikol Pashinyan'],
    ],
  },
];

describe('places and meetings: announcements of round 19 read as a new user would', () => {
  it.each(announcements.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    expect(failures(c)).toEqual([]);
  });
});

describe('places and meetings: announcements written after this round’s fixes, read as a new user would', () => {
  it.each(after.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    expect(failures(c)).toEqual([]);
  });
});

describe('meetings: a surname alone, named in full elsewhere after a title or an office', () => {
  it('takes the full name written after an office set off by commas, or after a style ("His Excellency")', () => {
    expect(fullName('Macron', ['The summit, which the President of the French Republic, Emmanuel Macron, is hosting.'])).toBe('Emmanuel Macron');
    expect(fullName('Scholz', ['At the invitation of the Federal Chancellor, His Excellency Olaf Scholz.'])).toBe('Olaf Scholz');
    expect(fullName('Nowak', ['The Prime Minister, Anna Nowak, and Mr Piotr Nowak attended.'], 'Prime Minister')).toBe('Anna Nowak');
  });

  it('makes a surname met alone that person, not a body ("a banquet hosted by Putin")', () => {
    const text =
      'Beijing, 22 March 2023. President Xi Jinping arrived in Moscow on Monday for a state visit at the invitation of Russian President Vladimir Putin. On Tuesday evening he attended a state banquet hosted by Putin. He returned to Beijing on Wednesday.';
    const met = draft(text, '2023-03-22', 'Beijing').stops[1]!.meetings.flatMap((m) => m.with);
    expect(met).toContainEqual({ name: 'Vladimir Putin', kind: 'person' });
  });

  it('leaves a single word the text never names in full after a title as it was ("talks with Australia")', () => {
    const text = 'Wellington, 3 May 2026. The Minister will travel to Canberra on 5 May for talks with Australia, and to Perth, where she will meet the Premier of Western Australia. She returns on 7 May.';
    const met = draft(text, '2026-05-03', 'Wellington').stops.flatMap((s) => s.meetings.flatMap((m) => m.with.map((w) => w.name)));
    expect(met).not.toContain('Western Australia');
  });
});

describe('meetings: how the people of a meeting sentence are written', () => {
  const people = (sentence: string) =>
    findMeetings(sentence).flatMap((m) => (m.kind === 'meeting' ? m.with.map((w) => `${String(w.participant.name)} | ${String(w.participant.role ?? '')}`) : []));

  it('splits a list of offices led by a country’s word at "and" ("Indian Prime Minister X and Australian Prime Minister Y")', () => {
    expect(people('On Saturday he met Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese.')).toEqual([
      'Narendra Modi | Indian Prime Minister',
      'Anthony Albanese | Australian Prime Minister',
    ]);
    expect(people('He held talks with U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida.')).toEqual(['Joe Biden | U.S. President', 'Fumio Kishida | Japanese Prime Minister']);
  });

  it('reads "was received on Saturday, April 1, by President X": a date set off by commas before "by"', () => {
    expect(people('In Lusaka, the Vice President was received on Saturday, April 1, by President Hakainde Hichilema at State House.')).toEqual(['Hakainde Hichilema | President']);
  });

  it('reads "had a working dinner at the Élysée Palace with X and Y": the venue between the meal and "with"', () => {
    expect(people('That evening he had a working dinner at the Élysée Palace with President Emmanuel Macron and Federal Chancellor Olaf Scholz.')).toEqual([
      'Emmanuel Macron | President',
      'Olaf Scholz | Federal Chancellor',
    ]);
  });
});

describe('places and meetings: a list of places, each with whom is met there, the verb left out', () => {
  const text =
    'Accra, 6 March 2025 – The President will visit Mali, Burkina Faso and Niger from 8 to 10 March. In Bamako he will meet General Assimi Goïta, in Ouagadougou Captain Ibrahim Traoré, and in Niamey General Abdourahamane Tiani. He returns to Accra on 10 March.';

  it('reads each place as a stop: a rank or title after the place opens a person’s name, not a longer place name', () => {
    expect(draft(text, '2025-03-06', 'Accra').stops.map((s) => s.name)).toEqual(['Accra', 'Bamako', 'Ouagadougou', 'Niamey', 'Accra']);
  });

  it('holds each meeting at its own place', () => {
    const met = draft(text, '2025-03-06', 'Accra').stops.map((s) => [s.name, s.meetings.flatMap((m) => m.with.map((w) => w.name))]);
    expect(met).toEqual([
      ['Accra', []],
      ['Bamako', ['Assimi Goïta']],
      ['Ouagadougou', ['Captain Ibrahim Traoré']],
      ['Niamey', ['Abdourahamane Tiani']],
      ['Accra', []],
    ]);
  });
});

describe('places: the home’s name in the text is the home, not a namesake near the places visited', () => {
  it('"returns to Kingston" after Ottawa and Toronto is Jamaica’s Kingston, the home, not Kingston, Ontario', () => {
    const it = draft('The Prime Minister will visit Ottawa on 6 October and Toronto on 8 October. He returns to Kingston on 9 October.', '2025-10-01', 'Kingston');
    expect(it.stops.map((s) => s.name)).toEqual(['Kingston', 'Ottawa', 'Toronto', 'Kingston']);
    expect(it.stops[3]!.coordinates).toEqual(it.stops[0]!.coordinates);
  });
});

describe('places: towns the world list writes in another spelling, by the names texts write', () => {
  it.each([
    ['Alexandroupolis (the world list’s "Alexandroupoli")', 'On 5 June the two prime ministers will travel together to Alexandroupolis to visit the LNG terminal. He returns to Sofia that evening.', 'Sofia', 'Alexandroupolis'],
    ['Ayodhya (the world list’s "Ajodhya")', 'The Prime Minister will visit Ayodhya on 12 September. He returns to Port Louis on 16 September.', 'Port Louis', 'Ayodhya'],
  ])('%s', (_what, text, home, place) => {
    expect(draft(text, '2025-06-01', home).stops.map((s) => s.name)).toEqual([home, place, home]);
  });
});

describe('meetings: "calls in New Delhi on the President of India"', () => {
  it('is a call on the office, the place written between', () => {
    const [m] = findMeetings('After calls in New Delhi on the President of India, the Prime Minister will travel to Varanasi on 11 September.');
    expect(m?.with.map((w) => w.participant.name)).toEqual(['President of India']);
  });
});

describe('meetings: an office met without a holder’s name is titled with every word the text gives it', () => {
  it.each([
    ['"call on the Minister of Foreign Affairs of Malaysia"', 'In Kuala Lumpur he will call on the Minister of Foreign Affairs of Malaysia.', 'Meeting with Minister of Foreign Affairs of Malaysia'],
    ['"meet the Minister for Resources and Northern Australia" ("for", not "of")', 'In Perth she will meet the Minister for Resources and Northern Australia.', 'Meeting with Minister for Resources and Northern Australia'],
  ])('%s', (_what, sentence, title) => {
    expect(findMeetings(sentence).map((m) => m.title)).toEqual([title]);
  });

  it('in the draft too, the participant still the office with its country', () => {
    const text = 'Bandar Seri Begawan, 1 June 2026 — The Minister will travel to Kuala Lumpur on 4 June, where he will call on the Minister of Foreign Affairs of Malaysia. He returns on 6 June.';
    const [m] = draft(text, '2026-06-01', 'Bandar Seri Begawan').stops[1]!.meetings;
    expect([m?.title, m?.with]).toEqual(['Meeting with Minister of Foreign Affairs of Malaysia', [{ name: 'Minister of Foreign Affairs', organisation: 'Malaysia' }]]);
  });
});

describe('places: the place a traveller came back from', () => {
  it.each([
    ['"returned home yesterday from Luanda, where he attended …"', 'Kigali, 22 June 2025. President Paul Kagame returned home yesterday from Luanda, where he attended the US-Africa Business Summit.'],
    ['"returned to Kigali from Luanda on Saturday"', 'Kigali, 22 June 2025. The Minister returned to Kigali from Luanda on Saturday.'],
  ])('was visited, on the day of leaving it (%s)', (_what, text) => {
    const stops = draft(text, '2025-06-22', 'Kigali').stops;
    expect(stops.map((s) => s.name)).toEqual(['Kigali', 'Luanda', 'Kigali']);
    expect(stops[1]!.depart).toBe('2025-06-21');
  });

  it('is no stop where it is only where others come from ("received a delegation from Luanda")', () => {
    expect(draft('Kigali, 22 June 2025. The President received a delegation from Luanda on Saturday.', '2025-06-22', 'Kigali').stops.map((s) => s.name)).not.toContain('Luanda');
  });
});

describe('meetings: a host named in full who receives the traveller named by surname', () => {
  it('is met ("President João Lourenço received Kagame at the Presidential Palace")', () => {
    const [m] = findMeetings('On the sidelines, President João Lourenço received Kagame at the Presidential Palace.');
    expect(m?.with.map((w) => w.participant.name)).toEqual(['João Lourenço']);
  });

  it('is not the traveller named by title and surname only ("President Kagame received Lourenço at the palace")', () => {
    expect(findMeetings('President Kagame received Lourenço at the palace.')).toEqual([]);
  });
});

describe('left as it is: "received at the Vatican", one of the ten written after the fixes', () => {
  // The corpus's own texts disagree on whether "the Vatican" is a stop of its own: 72 holds a papal audience "at the Vatican" in
  // Rome, 165 at Vatican City. A curated "Vatican" for Vatican City found 165's stop but added four stops the tuning texts do not
  // expect (16, 72, 232) and lost a meeting, so it was not kept: the audience is Rome's, as in 72.
  const text =
    'Tunis, 12 January 2026 — The Minister of Foreign Affairs, Mohamed Ali Nafti, will be in Rome on 14 and 15 January. He will meet the Minister of Foreign Affairs and International Cooperation of Italy, Antonio Tajani, and on 15 January he will be received at the Vatican by the Secretary for Relations with States, Archbishop Paul Richard Gallagher. He returns to Tunis on 15 January.';
  it('holds the meeting at the Vatican at Rome, no stop of its own', () => {
    const stops = draft(text, '2026-01-12', 'Tunis').stops;
    expect(stops.map((s) => s.name)).toEqual(['Tunis', 'Rome', 'Tunis']);
    expect(stops[1]!.meetings.flatMap((m) => m.with.map((w) => w.name))).toContain('Paul Richard Gallagher');
  });
});

describe('meetings: a pope’s or a monarch’s style stays before the name in the title', () => {
  it.each([
    ['"a private audience with Pope Francis"', 'Monday 12 February: private audience with Pope Francis at the Apostolic Palace.', 'Meeting with Pope Francis'],
    ['"an audience with King Charles III"', 'The Prime Minister will have an audience with King Charles III before the plenary.', 'Meeting with King Charles III'],
    ['not an office that is no style ("President Lai Ching-te")', 'In Taipei he will hold talks with President Lai Ching-te.', 'Meeting with Lai Ching-te'],
  ])('%s', (_what, sentence, title) => {
    expect(findMeetings(sentence).map((m) => m.title)).toEqual([title]);
  });
});
