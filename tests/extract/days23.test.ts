// Days of stops, round 23 (issue 17): 41 announcements written for these tests before any rule was read for them, each
// modelled on a real visit of 2011–2025 (a venue, an hour or the wording of a programme illustrative), in the styles of long
// multi-country tours (a Pope's, a UN Secretary-General's, Chinese premiers', Indian prime ministers', Brazilian presidents'),
// day-by-day programmes ("Day 1 – Sunday 28 April: …", "Morning:", "Evening: departs for …"), tours across month and year ends,
// "the following morning", "after two days in", "a six-day tour beginning Tuesday", "an overnight flight, arriving on the 12th",
// and a stop dated only by the leaving of the one before. Each is scored as the corpus scores a text (evaluate.ts): the stops in
// order, each stated day within its stop's stay, the stated departure and return, and each stated mode.
// All 41 were run on the extractor of main (505192b) before any change: 14 failed, the unseen figure before this round's rules.
// Eight of them pass with the rules they led to; the six still failing are described at the end of the file, with their causes.
// Ten more (`afterFixes`) were written after those rules and run once before any change for them: 5 failed; one cause, in the
// days' programme lines, was fixed; the four left are places, described at the end too.
import { describe, expect, it } from 'vitest';
import { at, back, caseMisses, from, type Case } from './expected-stops';
import { useWorld } from './world';

const { draft } = useWorld();

const misses = caseMisses(draft);

const longTours: Case[] = [
  {
    what: 'a Pope: "arriving in Bangkok the following day", "After three days in Bangkok … fly to Tokyo on 23 November", "returning to Tokyo the same evening"',
    published: '2019-11-15',
    home: 'Rome',
    text:
      'Pope Francis will leave Rome on Tuesday 19 November for an apostolic journey to Thailand and Japan, arriving in Bangkok the following day. ' +
      'After three days in Bangkok, where he will meet King Maha Vajiralongkorn and celebrate Mass at the National Stadium, the Holy Father will fly to Tokyo on 23 November. ' +
      'On Sunday 24 November he will travel to Nagasaki and then to Hiroshima for a Meeting for Peace at the Peace Memorial, returning to Tokyo the same evening. ' +
      'On 25 November he will meet Emperor Naruhito and Prime Minister Shinzo Abe in Tokyo. The Pope will leave Tokyo on 26 November and land in Rome that evening.',
    stops: [from('Rome', '2019-11-19'), at('Bangkok', ['2019-11-20', '2019-11-21', '2019-11-22', '2019-11-23']), at('Tokyo', ['2019-11-23'], 'flight'), at('Nagasaki', ['2019-11-24']), at('Hiroshima', ['2019-11-24']), at('Tokyo', ['2019-11-24', '2019-11-25', '2019-11-26']), back('Rome', '2019-11-26')],
  },
  {
    what: 'a UN Secretary-General: "arrive in Dakar … on Sunday 1 May", "spend two days in Niger before continuing to Abuja"',
    published: '2022-04-29',
    home: 'New York',
    text:
      'The Secretary-General will travel to West Africa this weekend. He will arrive in Dakar, Senegal, on Sunday 1 May, where he will meet President Macky Sall. ' +
      'On 2 May he will travel to Niamey, Niger, to meet President Mohamed Bazoum. He will spend two days in Niger before continuing to Abuja, Nigeria, on 4 May. ' +
      'The Secretary-General will be back in New York on 5 May.',
    stops: [from('New York'), at('Dakar', ['2022-05-01', '2022-05-02']), at('Niamey', ['2022-05-02', '2022-05-03', '2022-05-04']), at('Abuja', ['2022-05-04']), back('New York', '2022-05-05')],
  },
  {
    what: 'a Chinese premier: "from 4 to 11 May … begin in Addis Ababa", "After three days in Ethiopia, he will fly to Abuja on 7 May", "go on to Nairobi the following day"',
    published: '2014-05-03',
    home: 'Beijing',
    text:
      'Premier Li Keqiang will pay official visits to Ethiopia, Nigeria, Angola and Kenya from 4 to 11 May, the Foreign Ministry announced on Saturday. ' +
      'Li will begin in Addis Ababa, where he will hold talks with Prime Minister Hailemariam Desalegn and address the African Union. ' +
      'After three days in Ethiopia, he will fly to Abuja on 7 May to attend the World Economic Forum on Africa. ' +
      'He will arrive in Luanda on 8 May and go on to Nairobi the following day, where he will stay until 11 May.',
    stops: [from('Beijing'), at('Addis Ababa', ['2014-05-04', '2014-05-05', '2014-05-06', '2014-05-07']), at('Abuja', ['2014-05-07', '2014-05-08'], 'flight'), at('Luanda', ['2014-05-08', '2014-05-09']), at('Nairobi', ['2014-05-09', '2014-05-10', '2014-05-11']), back('Beijing')],
  },
  {
    what: 'an Indian PM: "reach Tashkent on 6 July and leave for Astana the following morning", "Ashgabat (10–11 July), Bishkek (11–12 July) and Dushanbe (12–13 July)"',
    published: '2015-07-05',
    home: 'New Delhi',
    text:
      'Prime Minister Narendra Modi will set out tomorrow on an eight-day visit to the five Central Asian countries and Russia. ' +
      'He will reach Tashkent on 6 July and leave for Astana the following morning. From Astana he will travel on 8 July to Ufa, where he will attend the BRICS and SCO summits until 10 July. ' +
      'The Prime Minister will then visit Ashgabat (10–11 July), Bishkek (11–12 July) and Dushanbe (12–13 July), returning to New Delhi on 13 July.',
    stops: [from('New Delhi', '2015-07-06'), at('Tashkent', ['2015-07-06', '2015-07-07']), at('Astana', ['2015-07-07', '2015-07-08']), at('Ufa', ['2015-07-08', '2015-07-09', '2015-07-10']), at('Ashgabat', ['2015-07-10', '2015-07-11']), at('Bishkek', ['2015-07-11', '2015-07-12']), at('Dushanbe', ['2015-07-12', '2015-07-13']), back('New Delhi', '2015-07-13')],
  },
  {
    what: 'a Brazilian president: "In Tokyo, where he arrives on the 21st", "After two days in Beijing, the President goes on to Abu Dhabi, then to Doha on 28 October and to Riyadh on the 29th"',
    published: '2019-10-18',
    home: 'Brasília',
    text:
      'President Jair Bolsonaro leaves Brasília on Saturday, 19 October, on a twelve-day tour of Japan, China, the United Arab Emirates, Qatar and Saudi Arabia. ' +
      'In Tokyo, where he arrives on the 21st, he will attend the enthronement ceremony of Emperor Naruhito. ' +
      'On 24 October he flies to Beijing for a state visit, with talks with President Xi Jinping the next day. ' +
      'After two days in Beijing, the President goes on to Abu Dhabi, then to Doha on 28 October and to Riyadh on the 29th, where he will speak at the Future Investment Initiative. He returns to Brasília on 31 October.',
    stops: [from('Brasília', '2019-10-19'), at('Tokyo', ['2019-10-21', '2019-10-22', '2019-10-23', '2019-10-24']), at('Beijing', ['2019-10-24', '2019-10-25'], 'flight'), at('Abu Dhabi', []), at('Doha', ['2019-10-28']), at('Riyadh', ['2019-10-29']), back('Brasília', '2019-10-31')],
  },
  {
    what: 'Xinhua: "from March 21 to 26. Xi will arrive in Rome on Thursday", "After three days in Rome, he will visit Palermo on March 24 before flying to Monaco that evening", "until the following afternoon"',
    published: '2019-03-20',
    home: 'Beijing',
    text:
      'BEIJING, March 20 (Xinhua) -- Chinese President Xi Jinping will pay state visits to Italy, Monaco and France from March 21 to 26. ' +
      'Xi will arrive in Rome on Thursday and hold talks with President Sergio Mattarella on Friday. ' +
      'After three days in Rome, he will visit Palermo on March 24 before flying to Monaco that evening. ' +
      'Xi will be in Monaco until the following afternoon, when he leaves for Paris, where he will meet President Emmanuel Macron on March 25 and 26.',
    stops: [from('Beijing'), at('Rome', ['2019-03-21', '2019-03-22', '2019-03-23']), at('Palermo', ['2019-03-24']), at('Monaco', ['2019-03-24', '2019-03-25'], 'flight'), at('Paris', ['2019-03-25', '2019-03-26']), back('Beijing')],
  },
  {
    what: 'an Indian PM: "spend 7 July in Maputo before flying to Pretoria that night", "After two days in South Africa", "arrive the same evening and stay until he leaves for home on 11 July"',
    published: '2016-07-06',
    home: 'New Delhi',
    text:
      'Prime Minister Narendra Modi will visit Mozambique, South Africa, Tanzania and Kenya from 7 to 11 July. He will spend 7 July in Maputo before flying to Pretoria that night. ' +
      'After two days in South Africa, with talks in Pretoria on 8 July and a visit to Durban on 9 July, the Prime Minister will reach Dar es Salaam on 10 July. ' +
      'His last stop is Nairobi, where he will arrive the same evening and stay until he leaves for home on 11 July.',
    stops: [from('New Delhi'), at('Maputo', ['2016-07-07']), at('Pretoria', ['2016-07-08'], 'flight'), at('Durban', ['2016-07-09']), at('Dar es Salaam', ['2016-07-10']), at('Nairobi', ['2016-07-10', '2016-07-11']), back('New Delhi')],
  },
  {
    what: 'a Pope: "on an overnight flight, arriving in Bogotá that afternoon", "remain in the capital until Friday morning, when he flies to Villavicencio", "on Sunday Cartagena"',
    published: '2017-09-04',
    home: 'Rome',
    text:
      'The Holy Father will depart Rome on Wednesday 6 September on a long flight, arriving in Bogotá that afternoon. ' +
      'He will remain in the capital until Friday morning, when he flies to Villavicencio. On Saturday 9 September he will visit Medellín and on Sunday Cartagena, ' +
      'from where he will leave for Rome in the evening, landing on Monday 11 September.',
    stops: [from('Rome', '2017-09-06'), at('Bogotá', ['2017-09-06', '2017-09-07', '2017-09-08']), at('Villavicencio', ['2017-09-08'], 'flight'), at('Medellín', ['2017-09-09']), at('Cartagena', ['2017-09-10']), back('Rome', '2017-09-11')],
  },
  {
    what: 'a Chinese premier: "on Monday, May 18, in Brasília … fly to Rio de Janeiro on Wednesday", "in Bogotá from May 21 to 22, in Lima from May 22 to 24"',
    published: '2015-05-15',
    home: 'Beijing',
    text:
      'Chinese Premier Li Keqiang will start a four-nation Latin American tour on Monday, May 18, in Brasília, where he will hold talks with President Dilma Rousseff. ' +
      'Li will fly to Rio de Janeiro on Wednesday. He will be in Bogotá from May 21 to 22, in Lima from May 22 to 24 and in Santiago from May 24 to 26.',
    stops: [from('Beijing'), at('Brasília', ['2015-05-18', '2015-05-19', '2015-05-20']), at('Rio de Janeiro', ['2015-05-20'], 'flight'), at('Bogotá', ['2015-05-21', '2015-05-22']), at('Lima', ['2015-05-22', '2015-05-23', '2015-05-24']), at('Santiago', ['2015-05-24', '2015-05-25', '2015-05-26']), back('Beijing')],
  },
  {
    what: 'a Korean president: "departs tomorrow", "after two days in Finland, flies to Oslo on 11 June", "leave Oslo for Stockholm on the morning of the 13th, stay two nights"',
    published: '2019-06-08',
    home: 'Seoul',
    text:
      'President Moon Jae-in departs tomorrow on a state visit to Finland, Norway and Sweden. He arrives in Helsinki on 9 June and, after two days in Finland, flies to Oslo on 11 June. ' +
      'He will leave Oslo for Stockholm on the morning of the 13th, stay two nights, and return to Seoul on 16 June.',
    stops: [from('Seoul', '2019-06-09'), at('Helsinki', ['2019-06-09', '2019-06-10', '2019-06-11']), at('Oslo', ['2019-06-11', '2019-06-12', '2019-06-13'], 'flight'), at('Stockholm', ['2019-06-13', '2019-06-14', '2019-06-15']), back('Seoul', '2019-06-16')],
  },
  {
    what: 'a US president across a month end: "leave Washington on Wednesday, August 31, for Honolulu … two nights", "the G20 Summit, which ends on September 5, then travel to Vientiane"',
    published: '2016-08-30',
    home: 'Washington',
    text:
      'President Obama will leave Washington on Wednesday, August 31, for Honolulu, where he will spend two nights before flying across the Pacific. ' +
      'The President will arrive in Hangzhou, China, on September 3 for the G20 Summit, which ends on September 5, then travel to Vientiane, Laos, the first visit by a sitting U.S. president. ' +
      'He will return to Washington on September 9.',
    stops: [from('Washington', '2016-08-31'), at('Honolulu', ['2016-08-31', '2016-09-01']), at('Hangzhou', ['2016-09-03', '2016-09-04', '2016-09-05']), at('Vientiane', ['2016-09-05']), back('Washington', '2016-09-09')],
  },
  {
    what: 'a Chinese foreign minister across a year\'s first week: "a six-day tour beginning Tuesday", "fly to Djibouti on Wednesday evening and be in Asmara on Thursday"',
    published: '2020-01-03',
    home: 'Beijing',
    text:
      "Foreign Minister Wang Yi will visit Egypt, Djibouti, Eritrea, Burundi and Zimbabwe on a six-day tour beginning Tuesday, keeping the practice of making Africa a Chinese foreign minister's first trip of the year. " +
      'He will hold talks in Cairo on Tuesday and Wednesday, fly to Djibouti on Wednesday evening and be in Asmara on Thursday. Wang will visit Bujumbura on Friday and end the tour in Harare on Saturday and Sunday.',
    stops: [from('Beijing'), at('Cairo', ['2020-01-07', '2020-01-08']), at('Djibouti', ['2020-01-08'], 'flight'), at('Asmara', ['2020-01-09']), at('Bujumbura', ['2020-01-10']), at('Harare', ['2020-01-11', '2020-01-12']), back('Beijing')],
  },
];

const programmes: Case[] = [
  {
    what: 'a Japanese PM\'s programme: "Day 1 – Sunday 28 April: departs Tokyo; arrives in Moscow in the evening", "Evening: departs for Abu Dhabi", "departs Ankara for Tokyo, arriving on 4 May"',
    published: '2013-04-26',
    home: 'Tokyo',
    text:
      "Programme of the Prime Minister's visit to Russia, Saudi Arabia, the United Arab Emirates and Turkey\n" +
      'Day 1 – Sunday 28 April: departs Tokyo; arrives in Moscow in the evening.\n' +
      'Day 2 – Monday 29 April: summit meeting with President Vladimir Putin; Japan–Russia business forum.\n' +
      'Day 3 – Tuesday 30 April: departs for Jeddah; audience with Crown Prince Salman.\n' +
      'Day 4 – Wednesday 1 May: Riyadh; business seminar. Evening: departs for Abu Dhabi.\n' +
      'Day 5 – Thursday 2 May: meeting with Crown Prince Mohammed bin Zayed; departs for Ankara.\n' +
      'Day 6 – Friday 3 May: talks with Prime Minister Recep Tayyip Erdoğan; departs Ankara for Tokyo, arriving on 4 May.',
    stops: [from('Tokyo', '2013-04-28'), at('Moscow', ['2013-04-28', '2013-04-29', '2013-04-30']), at('Jeddah', ['2013-04-30']), at('Riyadh', ['2013-05-01']), at('Abu Dhabi', ['2013-05-01', '2013-05-02']), at('Ankara', ['2013-05-02', '2013-05-03']), back('Tokyo', '2013-05-04')],
  },
  {
    what: 'a French president\'s programme: "Friday 9 March – Evening: departure from Paris", "Afternoon: flight to Agra", "Monday 12 March – Mirzapur … Afternoon: Varanasi"',
    published: '2018-03-08',
    home: 'Paris',
    text:
      "Programme of the President of the Republic's state visit to India\n" +
      'Friday 9 March – Evening: departure from Paris.\n' +
      'Saturday 10 March – New Delhi. Morning: ceremonial welcome at Rashtrapati Bhavan; talks with Prime Minister Narendra Modi. Afternoon: meeting with students.\n' +
      'Sunday 11 March – Morning: founding conference of the International Solar Alliance. Afternoon: flight to Agra; visit to the Taj Mahal.\n' +
      'Monday 12 March – Mirzapur: opening of a solar plant with the Prime Minister. Afternoon: Varanasi; boat ride on the Ganges. Evening: departure for Paris.',
    stops: [from('Paris', '2018-03-09'), at('New Delhi', ['2018-03-10', '2018-03-11']), at('Agra', ['2018-03-11'], 'flight'), at('Mirzapur', ['2018-03-12']), at('Varanasi', ['2018-03-12']), back('Paris')],
  },
  {
    what: 'a British PM\'s programme: "Day 1 – Tuesday 28 August: Cape Town … Evening: overnight flight to Abuja", "Afternoon: flies to Lagos", "Day 3 – Thursday 30 August: Nairobi"',
    published: '2018-08-27',
    home: 'London',
    text:
      'The Prime Minister leaves London tonight for her first visit to Africa as Prime Minister.\n' +
      'Day 1 – Tuesday 28 August: Cape Town. Morning: speech to business leaders. Afternoon: meets President Cyril Ramaphosa. Evening: overnight flight to Abuja.\n' +
      'Day 2 – Wednesday 29 August: Abuja, then Lagos. Morning: talks with President Muhammadu Buhari. Afternoon: flies to Lagos to meet young entrepreneurs.\n' +
      'Day 3 – Thursday 30 August: Nairobi. Meets President Uhuru Kenyatta and visits British troops. Evening: departs for London.',
    stops: [from('London', '2018-08-27'), at('Cape Town', ['2018-08-28']), at('Abuja', ['2018-08-29'], 'flight'), at('Lagos', ['2018-08-29'], 'flight'), at('Nairobi', ['2018-08-30']), back('London')],
  },
  {
    what: 'a Canadian PM\'s week: "Friday 16 February: departs Ottawa", one place a day, "Saturday 24 February: departs New Delhi for Ottawa"',
    published: '2018-02-15',
    home: 'Ottawa',
    text:
      "Itinerary of the Prime Minister's visit to India\n" +
      'Friday 16 February: departs Ottawa.\n' +
      'Saturday 17 February: arrives in New Delhi.\n' +
      'Sunday 18 February: Agra; visit to the Taj Mahal.\n' +
      'Monday 19 February: Ahmedabad; visit to the Sabarmati Ashram.\n' +
      'Tuesday 20 February: Mumbai; meetings with business leaders.\n' +
      'Wednesday 21 February: Amritsar; visit to the Golden Temple.\n' +
      'Thursday 22 February: New Delhi; Canada–India business forum.\n' +
      'Friday 23 February: New Delhi; talks with Prime Minister Narendra Modi.\n' +
      'Saturday 24 February: departs New Delhi for Ottawa.',
    stops: [from('Ottawa', '2018-02-16'), at('New Delhi', ['2018-02-17']), at('Agra', ['2018-02-18']), at('Ahmedabad', ['2018-02-19']), at('Mumbai', ['2018-02-20']), at('Amritsar', ['2018-02-21']), at('New Delhi', ['2018-02-22', '2018-02-23', '2018-02-24']), back('Ottawa')],
  },
  {
    what: 'a chancellor\'s two days: "Sunday 3 February: departure from Berlin", "Monday 4 February – Morning: arrival in Tokyo", "Afternoon: departs Tokyo for Berlin"',
    published: '2019-02-01',
    home: 'Berlin',
    text:
      "The Federal Chancellor's visit to Japan\n" +
      'Sunday 3 February: departure from Berlin.\n' +
      'Monday 4 February – Morning: arrival in Tokyo. Afternoon: talks with Prime Minister Shinzo Abe. Evening: dinner with business leaders.\n' +
      'Tuesday 5 February – Morning: speech at Keio University. Afternoon: departs Tokyo for Berlin.',
    stops: [from('Berlin', '2019-02-03'), at('Tokyo', ['2019-02-04', '2019-02-05']), back('Berlin')],
  },
  {
    what: 'a Pope\'s programme with hours: "13:00 departure from Rome Fiumicino for Abu Dhabi; 22:00 arrival", "13:00 departure for Rome; 17:00 arrival"',
    published: '2019-01-29',
    home: 'Rome',
    text:
      'Apostolic Journey of the Holy Father to the United Arab Emirates\n' +
      'Sunday 3 February: 13:00 departure by air from Rome Fiumicino for Abu Dhabi; 22:00 arrival at the Presidential Airport.\n' +
      'Monday 4 February: welcome ceremony at the Presidential Palace; private meeting with the Muslim Council of Elders; interreligious meeting at the Founder\'s Memorial.\n' +
      'Tuesday 5 February: Holy Mass at Zayed Sports City; 13:00 departure for Rome; 17:00 arrival at Rome Ciampino.',
    stops: [from('Rome', '2019-02-03'), at('Abu Dhabi', ['2019-02-03', '2019-02-04', '2019-02-05'], 'flight'), back('Rome', '2019-02-05')],
  },
  {
    what: 'a Pope\'s programme of four days: "Day 2 – Saturday 6 March: Najaf and Nasiriyah", "Day 4 – Monday 8 March: Baghdad; departure for Rome"',
    published: '2021-03-01',
    home: 'Rome',
    text:
      'Apostolic Journey of Pope Francis to Iraq\n' +
      'Day 1 – Friday 5 March: departure from Rome; arrival in Baghdad; meeting with the authorities.\n' +
      'Day 2 – Saturday 6 March: Najaf, courtesy visit to the Grand Ayatollah Sayyid Ali Al-Husaymi Al-Sistani; Nasiriyah, interreligious meeting at the Plain of Ur.\n' +
      'Day 3 – Sunday 7 March: Erbil and Mosul; prayer for the victims of war; Holy Mass at the stadium of Erbil.\n' +
      'Day 4 – Monday 8 March: Baghdad; departure for Rome.',
    stops: [from('Rome', '2021-03-05'), at('Baghdad', ['2021-03-05']), at('Najaf', ['2021-03-06']), at('Nasiriyah', ['2021-03-06']), at('Erbil', ['2021-03-07']), at('Mosul', ['2021-03-07']), at('Baghdad', ['2021-03-08']), back('Rome')],
  },
  {
    what: 'a New Zealand PM\'s programme: "Day 1 – Monday 13 May. Morning: arrives in Paris", "Evening: departs for London", "Evening: departs for New Zealand"',
    published: '2019-05-10',
    home: 'Wellington',
    text:
      "Prime Minister's programme in Europe\n" +
      'Day 1 – Monday 13 May. Morning: arrives in Paris. Afternoon: meeting with technology companies.\n' +
      'Day 2 – Tuesday 14 May. Morning: talks with President Emmanuel Macron. Afternoon: meeting with civil society groups.\n' +
      'Day 3 – Wednesday 15 May. Morning: the Christchurch Call summit at the Élysée Palace. Evening: departs for London.\n' +
      'Day 4 – Thursday 16 May. Morning: meeting with Prime Minister Theresa May at Downing Street. Evening: departs for New Zealand.',
    stops: [from('Wellington'), at('Paris', ['2019-05-13', '2019-05-14', '2019-05-15']), at('London', ['2019-05-15', '2019-05-16']), back('Wellington')],
  },
  {
    what: 'a Pope\'s day out of Dublin: "Saturday 25 August: arrival in Dublin", "Sunday 26 August – Morning: flight to Knock … return to Dublin", "Evening: departure for Rome"',
    published: '2018-08-21',
    home: 'Rome',
    text:
      'Programme of the Apostolic Journey to Ireland for the World Meeting of Families\n' +
      'Saturday 25 August – Morning: departure from Rome; arrival in Dublin; meeting with the authorities at Dublin Castle. Evening: Festival of Families at Croke Park.\n' +
      'Sunday 26 August – Morning: flight to Knock; visit to the shrine. Afternoon: return to Dublin; Holy Mass in Phoenix Park. Evening: departure for Rome.',
    stops: [from('Rome', '2018-08-25'), at('Dublin', ['2018-08-25', '2018-08-26']), at('Knock', ['2018-08-26'], 'flight'), at('Dublin', ['2018-08-26']), back('Rome')],
  },
];

const crossings: Case[] = [
  {
    what: 'across a year end: "leave for Brazil tonight on an overnight flight, arriving in Rio de Janeiro on the 28th", "On 31 December he will fly to Brasília", "return to Israel on 2 January"',
    published: '2018-12-27',
    home: 'Jerusalem',
    text:
      'Prime Minister Benjamin Netanyahu will leave for Brazil tonight on an overnight flight, arriving in Rio de Janeiro on the 28th. ' +
      'He will meet President-elect Jair Bolsonaro in Rio de Janeiro and stay there over the weekend. ' +
      'On 31 December he will fly to Brasília, and on 1 January he will attend the inauguration. He will return to Israel on 2 January.',
    stops: [from('Jerusalem', '2018-12-27'), at('Rio de Janeiro', ['2018-12-28', '2018-12-29', '2018-12-30', '2018-12-31']), at('Brasília', ['2018-12-31', '2019-01-01'], 'flight'), back('Jerusalem', '2019-01-02')],
  },
  {
    what: 'a French president before Christmas: "arrive in Abidjan on Friday evening", "On Saturday 21 December he will visit Bouaké, then return to Abidjan", "On Sunday morning he will fly to Niamey"',
    published: '2019-12-19',
    home: 'Paris',
    text:
      "The President of the Republic will travel to Côte d'Ivoire and Niger from 20 to 22 December. He will arrive in Abidjan on Friday evening and meet the French forces stationed there. " +
      'On Saturday 21 December he will visit Bouaké, then return to Abidjan. ' +
      'On Sunday morning he will fly to Niamey to pay tribute to the soldiers killed at Inates, before returning to Paris in the evening.',
    stops: [from('Paris', '2019-12-20'), at('Abidjan', ['2019-12-20', '2019-12-21']), at('Bouaké', ['2019-12-21']), at('Abidjan', ['2019-12-21', '2019-12-22']), at('Niamey', ['2019-12-22'], 'flight'), back('Paris', '2019-12-22')],
  },
  {
    what: 'a recap of one day: "returned to New Delhi on Friday evening", "left Moscow on the morning of 25 December", "stopped in Lahore on the way home"',
    published: '2015-12-26',
    home: 'New Delhi',
    text:
      'Prime Minister Narendra Modi returned to New Delhi on Friday evening after a day that took him from Moscow to Kabul and Lahore. ' +
      'He left Moscow on the morning of 25 December at the end of a two-day visit to Russia, opened the new Afghan Parliament building in Kabul, ' +
      'and stopped in Lahore on the way home to greet Prime Minister Nawaz Sharif on his birthday.',
    stops: [from('New Delhi'), at('Moscow', ['2015-12-25']), at('Kabul', ['2015-12-25']), at('Lahore', ['2015-12-25']), back('New Delhi', '2015-12-25')],
  },
  {
    what: 'a German president: "begin a five-day tour of Colombia and Brazil on Monday. He will be in Bogotá on Monday and Tuesday", "fly to Brasília on Thursday", "Belém on Friday"',
    published: '2023-02-10',
    home: 'Berlin',
    text:
      'Federal President Frank-Walter Steinmeier will begin a five-day tour of Colombia and Brazil on Monday. He will be in Bogotá on Monday and Tuesday for talks with President Gustavo Petro, ' +
      'and will travel on Wednesday to Cartagena. He will fly to Brasília on Thursday to meet President Luiz Inácio Lula da Silva, and visit Belém on Friday before flying home.',
    stops: [from('Berlin'), at('Bogotá', ['2023-02-13', '2023-02-14']), at('Cartagena', ['2023-02-15']), at('Brasília', ['2023-02-16'], 'flight'), at('Belém', ['2023-02-17']), back('Berlin')],
  },
  {
    what: 'a British PM: "arrives in Mumbai on Monday 18 February", "fly to New Delhi the following morning", "on Wednesday he will visit the Golden Temple in Amritsar"',
    published: '2013-02-17',
    home: 'London',
    text:
      'Prime Minister David Cameron arrives in Mumbai on Monday 18 February with the largest trade delegation a British prime minister has taken abroad. ' +
      'He will fly to New Delhi the following morning for talks with Prime Minister Manmohan Singh, and on Wednesday he will visit the Golden Temple in Amritsar before returning to London.',
    stops: [from('London'), at('Mumbai', ['2013-02-18', '2013-02-19']), at('New Delhi', ['2013-02-19'], 'flight'), at('Amritsar', ['2013-02-20']), back('London')],
  },
  {
    what: 'Xinhua recap: "arrived in Jakarta on Sunday, May 6", "After two days in Indonesia, he flew to Tokyo on Tuesday", "spent Thursday in Sapporo", "left Sapporo for Beijing on Friday"',
    published: '2018-05-11',
    home: 'Beijing',
    text:
      'SAPPORO, May 11 (Xinhua) -- Chinese Premier Li Keqiang left Sapporo for Beijing on Friday, wrapping up a tour of Indonesia and Japan. ' +
      'Li arrived in Jakarta on Sunday, May 6, for talks with President Joko Widodo. After two days in Indonesia, he flew to Tokyo on Tuesday to attend the China-Japan-ROK leaders\' meeting on May 9, ' +
      'then travelled to Hokkaido, where he spent Thursday in Sapporo.',
    stops: [from('Beijing'), at('Jakarta', ['2018-05-06', '2018-05-07', '2018-05-08']), at('Tokyo', ['2018-05-08', '2018-05-09'], 'flight'), at('Sapporo', ['2018-05-10', '2018-05-11']), back('Beijing')],
  },
  {
    what: 'a Secretary of State: "February 13–18. He departs Washington on February 12 on an overnight flight, arriving in Seoul on the 13th", "goes on to Beijing the following day"',
    published: '2014-02-10',
    home: 'Washington',
    text:
      'Secretary Kerry will travel to Seoul, Beijing, Jakarta and Abu Dhabi, February 13–18. He departs Washington on February 12 on an overnight flight, arriving in Seoul on the 13th. ' +
      'After meetings with President Park Geun-hye, he goes on to Beijing the following day. He will be in Jakarta from February 15 to 17 and in Abu Dhabi on February 18.',
    stops: [from('Washington', '2014-02-12'), at('Seoul', ['2014-02-13', '2014-02-14']), at('Beijing', ['2014-02-14', '2014-02-15']), at('Jakarta', ['2014-02-15', '2014-02-16', '2014-02-17']), at('Abu Dhabi', ['2014-02-18']), back('Washington')],
  },
  {
    what: 'Xinhua, a ten-day tour: "in Ashgabat from Sept. 3 to 4", "St. Petersburg from Sept. 5 to 6", "the SCO summit in Bishkek on Sept. 13"',
    published: '2013-08-30',
    home: 'Beijing',
    text:
      'BEIJING, Aug. 30 (Xinhua) -- Chinese President Xi Jinping will pay a state visit to Turkmenistan from Sept. 3 to 4, with talks in Ashgabat, and attend the G20 summit in St. Petersburg, Russia, from Sept. 5 to 6. ' +
      'Xi will then visit Astana, Tashkent and Samarkand before attending the SCO summit in Bishkek on Sept. 13, Foreign Ministry spokesperson Hua Chunying announced Friday.',
    stops: [from('Beijing'), at('Ashgabat', ['2013-09-03', '2013-09-04']), at('Saint Petersburg', ['2013-09-05', '2013-09-06']), at('Astana', []), at('Tashkent', []), at('Samarkand', []), at('Bishkek', ['2013-09-13']), back('Beijing')],
  },
  {
    what: 'an Indian PM across a month end: "leave for Japan on 30 August, beginning his five-day visit in Kyoto", "After two days in Kyoto he will travel by the Shinkansen to Tokyo on 1 September"',
    published: '2014-08-29',
    home: 'New Delhi',
    text:
      'Prime Minister Narendra Modi will leave for Japan on 30 August, beginning his five-day visit in Kyoto, where he will be received by Prime Minister Shinzo Abe that evening. ' +
      'After two days in Kyoto he will travel by the Shinkansen to Tokyo on 1 September, returning to New Delhi on 3 September.',
    stops: [from('New Delhi', '2014-08-30'), at('Kyoto', ['2014-08-30', '2014-08-31', '2014-09-01']), at('Tokyo', ['2014-09-01', '2014-09-02', '2014-09-03'], 'rail'), back('New Delhi', '2014-09-03')],
  },
  {
    what: 'a Brazilian president: "leaves Brasília on Saturday evening for Sweden, arriving in Stockholm on Sunday, 18 October", "leaves Stockholm on Tuesday morning for Helsinki"',
    published: '2015-10-16',
    home: 'Brasília',
    text:
      'President Dilma Rousseff leaves Brasília on Saturday evening for Sweden, arriving in Stockholm on Sunday, 18 October. ' +
      'After meetings with King Carl XVI Gustaf and Prime Minister Stefan Löfven and a visit to an aircraft factory on Monday, she leaves Stockholm on Tuesday morning for Helsinki, ' +
      'where she will meet President Sauli Niinistö before returning to Brasília.',
    stops: [from('Brasília', '2015-10-17'), at('Stockholm', ['2015-10-18', '2015-10-19', '2015-10-20']), at('Helsinki', ['2015-10-20']), back('Brasília')],
  },
  {
    what: 'a Canadian PM across a month end: "arrive in Beijing on August 30", "On September 1 he will travel to Shanghai", "travel to Hong Kong the following morning"',
    published: '2016-08-28',
    home: 'Ottawa',
    text:
      "Prime Minister Justin Trudeau will arrive in Beijing on August 30 for his first official visit to China. On September 1 he will travel to Shanghai, " +
      "and he will be in Hangzhou for the G20 Leaders' Summit on September 4 and 5. He will travel to Hong Kong the following morning, ending the visit on September 6.",
    stops: [from('Ottawa'), at('Beijing', ['2016-08-30', '2016-08-31', '2016-09-01']), at('Shanghai', ['2016-09-01']), at('Hangzhou', ['2016-09-04', '2016-09-05']), at('Hong Kong', ['2016-09-06']), back('Ottawa')],
  },
  {
    what: 'a Pope: "arrives in Edmonton on Sunday 24 July. After three days in Alberta, he flies to Quebec City on Wednesday 27 July", "landing on the morning of the 30th"',
    published: '2022-07-21',
    home: 'Rome',
    text:
      'The Holy Father leaves Rome and arrives in Edmonton on Sunday 24 July for a penitential pilgrimage to Canada. ' +
      'After three days in Alberta, he flies to Quebec City on Wednesday 27 July, and on Friday 29 July to Iqaluit, from where he returns to Rome, landing on the morning of the 30th.',
    stops: [from('Rome', '2022-07-24'), at('Edmonton', ['2022-07-24', '2022-07-25', '2022-07-26', '2022-07-27']), at('Quebec City', ['2022-07-27', '2022-07-28', '2022-07-29'], 'flight'), at('Iqaluit', ['2022-07-29']), back('Rome', '2022-07-30')],
  },
  {
    what: 'a Korean president: "depart Seoul on October 13", "in Paris until the 16th, in Rome … from the 16th to the 18th", "in Copenhagen … on the 20th and 21st, returning to Seoul on the 21st"',
    published: '2018-10-11',
    home: 'Seoul',
    text:
      'President Moon Jae-in will depart Seoul on October 13 for a nine-day trip to France, Italy, the Vatican, Belgium and Denmark. ' +
      'He will be in Paris until the 16th, in Rome from the 16th to the 18th, where he will meet Pope Francis on the 18th, at the ASEM summit in Brussels from the 18th to the 20th, ' +
      'and in Copenhagen for the P4G summit on the 20th and 21st, returning to Seoul on the 21st.',
    stops: [from('Seoul', '2018-10-13'), at('Paris', ['2018-10-13', '2018-10-14', '2018-10-15', '2018-10-16']), at('Rome', ['2018-10-16', '2018-10-17', '2018-10-18']), at('Brussels', ['2018-10-18', '2018-10-19', '2018-10-20']), at('Copenhagen', ['2018-10-20', '2018-10-21']), back('Seoul', '2018-10-21')],
  },
  {
    what: 'a Brazilian president: "leaves Brasília on Monday night, June 19, for Moscow, arriving the following afternoon", "After two days in Russia, he travels to Oslo on Thursday, June 22", "back … on Saturday"',
    published: '2017-06-16',
    home: 'Brasília',
    text:
      'President Michel Temer leaves Brasília on Monday night, June 19, for Moscow, arriving the following afternoon. ' +
      'After two days in Russia, he travels to Oslo on Thursday, June 22, and will be back in Brasília on Saturday.',
    stops: [from('Brasília', '2017-06-19'), at('Moscow', ['2017-06-20', '2017-06-21', '2017-06-22']), at('Oslo', ['2017-06-22', '2017-06-23']), back('Brasília', '2017-06-24')],
  },
];

const afterFixes: Case[] = [
  {
    what: 'Xinhua: "arrive in Seattle on Tuesday, Sept. 22", "After three days in Seattle he will fly to Washington on Sept. 24", "in New York from Sept. 26 to 28"',
    published: '2015-09-18',
    home: 'Beijing',
    text:
      'BEIJING, Sept. 18 (Xinhua) -- Chinese President Xi Jinping will arrive in Seattle on Tuesday, Sept. 22, for his first state visit to the United States. ' +
      'After three days in Seattle, where he will meet business leaders, he will fly to Washington on Sept. 24 for talks with President Barack Obama, ' +
      'and then attend the United Nations summits in New York from Sept. 26 to 28.',
    stops: [from('Beijing'), at('Seattle', ['2015-09-22', '2015-09-23', '2015-09-24']), at('Washington', ['2015-09-24', '2015-09-25'], 'flight'), at('New York', ['2015-09-26', '2015-09-27', '2015-09-28']), back('Beijing')],
  },
  {
    what: 'a Brazilian president: "leaves Brasília on Sunday night, 23 March", "arriving in Tokyo on Monday the 24th", "leaves Tokyo on the 27th for Hanoi, where he will stay until the 29th"',
    published: '2025-03-21',
    home: 'Brasília',
    text:
      'President Luiz Inácio Lula da Silva leaves Brasília on Sunday night, 23 March, on a state visit to Japan and Vietnam, arriving in Tokyo on Monday the 24th. ' +
      'He will be received by Emperor Naruhito on the 25th and hold talks with Prime Minister Shigeru Ishiba on the 26th. ' +
      'He leaves Tokyo on the 27th for Hanoi, where he will stay until the 29th, returning to Brasília on the 30th.',
    stops: [from('Brasília', '2025-03-23'), at('Tokyo', ['2025-03-24', '2025-03-25', '2025-03-26', '2025-03-27']), at('Hanoi', ['2025-03-27', '2025-03-28', '2025-03-29']), back('Brasília', '2025-03-30')],
  },
  {
    what: 'a Chinese premier: "in New York from Sept. 19 to 21", "talks in Ottawa on Sept. 22 and a stop in Montreal the following day", "flying to Havana on Sept. 24"',
    published: '2016-09-14',
    home: 'Beijing',
    text:
      'BEIJING, Sept. 14 (Xinhua) -- Chinese Premier Li Keqiang will attend United Nations meetings in New York from Sept. 19 to 21, then pay an official visit to Canada, ' +
      'with talks in Ottawa on Sept. 22 and a stop in Montreal the following day, before flying to Havana on Sept. 24 for the first visit by a Chinese premier to Cuba.',
    stops: [from('Beijing'), at('New York', ['2016-09-19', '2016-09-20', '2016-09-21']), at('Ottawa', ['2016-09-22']), at('Montreal', ['2016-09-23', '2016-09-24']), at('Havana', ['2016-09-24'], 'flight'), back('Beijing')],
  },
  {
    what: 'an Indian PM\'s programme: "Tuesday 4 July – Afternoon: arrival in Tel Aviv … Evening: Jerusalem", "Thursday 6 July – Morning: Haifa", "Friday 7 July: G20 summit in Hamburg"',
    published: '2017-07-03',
    home: 'New Delhi',
    text:
      "Programme of the Prime Minister's visit to Israel and Germany\n" +
      'Tuesday 4 July – Afternoon: arrival in Tel Aviv; welcome by Prime Minister Benjamin Netanyahu. Evening: Jerusalem; private dinner.\n' +
      'Wednesday 5 July – Morning: Yad Vashem memorial. Afternoon: talks with Prime Minister Netanyahu.\n' +
      'Thursday 6 July – Morning: Haifa; Indian cemetery. Evening: departs for Hamburg.\n' +
      'Friday 7 July: G20 summit in Hamburg.\n' +
      'Saturday 8 July: G20 summit; evening departure for New Delhi.',
    stops: [from('New Delhi'), at('Tel Aviv', ['2017-07-04']), at('Jerusalem', ['2017-07-04', '2017-07-05']), at('Haifa', ['2017-07-06']), at('Hamburg', ['2017-07-07', '2017-07-08']), back('New Delhi')],
  },
  {
    what: 'a Secretary of State\'s week: "arrives in Istanbul on January 5 and travels to Crete the following day", "On January 7 he will be in Amman and Doha", "Tel Aviv from January 8 to 10 and Cairo on January 11"',
    published: '2024-01-04',
    home: 'Washington',
    text:
      'Secretary Blinken departs Washington today for Türkiye, Greece, Jordan, Qatar, the United Arab Emirates, Israel and Egypt. ' +
      'He arrives in Istanbul on January 5 and travels to Chania, on Crete, the following day. On January 7 he will be in Amman and Doha, ' +
      'on January 8 in Abu Dhabi, then in Tel Aviv from January 8 to 10 and Cairo on January 11.',
    stops: [from('Washington', '2024-01-04'), at('Istanbul', ['2024-01-05', '2024-01-06']), at('Chania', ['2024-01-06', '2024-01-07']), at('Amman', ['2024-01-07']), at('Doha', ['2024-01-07']), at('Abu Dhabi', ['2024-01-08']), at('Tel Aviv', ['2024-01-08', '2024-01-09', '2024-01-10']), at('Cairo', ['2024-01-11']), back('Washington')],
  },
  {
    what: 'a German chancellor: "begin a three-day tour of West Africa on Wednesday in Dakar", "flies to Accra on Thursday and ends the tour in Abuja on Friday"',
    published: '2018-08-27',
    home: 'Berlin',
    text:
      'Chancellor Angela Merkel will begin a three-day tour of West Africa on Wednesday in Dakar, where she will meet President Macky Sall. ' +
      'She flies to Accra on Thursday and ends the tour in Abuja on Friday, returning to Berlin that night.',
    stops: [from('Berlin'), at('Dakar', ['2018-08-29']), at('Accra', ['2018-08-30'], 'flight'), at('Abuja', ['2018-08-31']), back('Berlin')],
  },
];

const sets: [string, Case[]][] = [
  ['long tours', longTours],
  ['day-by-day programmes', programmes],
  ['month and year ends, "the following morning", overnight flights', crossings],
  ['written after the rules of this round', afterFixes],
];

for (const [name, cases] of sets) {
  describe(`announcements of round 23: ${name}`, () => {
    for (const c of cases) {
      it(`reads ${c.what}`, () => {
        expect(misses(c)).toEqual([]);
      });
    }
  });
}

describe('round 23: the days of one sentence', () => {
  const { read } = useWorld();

  it('reads a weekday after a bound of the same sentence within the stay ("from Thursday evening until Saturday morning, speaking … on Friday")', () => {
    const text =
      'The Pope will be in New York from Thursday evening until Saturday morning, speaking at the United Nations General Assembly on Friday, ' +
      'and in Philadelphia for the World Meeting of Families on Saturday and Sunday.';
    expect(read(text, '2015-09-21', 'Rome').stops).toEqual(['New York 2015-09-24..2015-09-26', 'Philadelphia 2015-09-26..2015-09-27']);
  });

  it('gives the day of an opening "After …," clause to the stop the traveller is at, and the day between "travel" and "to" to the place travelled to', () => {
    const text = 'Pope Francis arrives in Havana on Saturday 19 September. After Mass in Revolution Square on Sunday, he will travel on Monday to Holguín.';
    expect(read(text, '2015-09-17', 'Rome').stops).toEqual(['Havana 2015-09-19..2015-09-21', 'Holguín 2015-09-21..2015-09-21']);
  });
});

// Left failing, not asserted (each scored as above on the extractor of this branch):
// - First set, 6 of the 14 that failed on main:
//   - the Pope in Cuba and the United States (2015): "flies from Santiago to Washington" after "Santiago de Cuba" is read as
//     Santiago, Chile, an extra stop (the places stage does not take a short name for the longer one the text has named); its days
//     are right with this round's rules (the focused tests above);
//   - the Chinese premier in Iceland, Germany, Sweden and Poland (2012): "Hanover" is in the world list only as "Hannover", so
//     "fly to Hanover on April 22" gives Reykjavík that day and Hanover is missed;
//   - the Emperor's schedule for Mongolia (2025): "by special aircraft" states no mode the modes stage reads;
//   - the Indian president in Fiji, New Zealand and Timor-Leste (2024): "will emplane in New Delhi on 4 August" is no word of setting
//     off to the sentences stage, so the trip leaves on the day of arriving; adding "emplane" there cost a tuning text a stated date;
//   - the Pope in Mozambique, Madagascar and Mauritius (2019): "returning to Antananarivo at night, and he will leave for Rome on
//     Tuesday 10 September" ends the trip on the day of coming back to Antananarivo, not on the day of leaving it;
//   - the Indian PM in West Asia (2018): "address the World Government Summit in Dubai and then go on to Muscat, where he will stay
//     until he leaves for home on the 12th" gives Dubai no day and Muscat no leaving.
// - Second set, written after the rules above and run once before any change for them: 5 of 10 failed; one cause was fixed (a
//   part of the day after a heading, "Thursday 6 July – Morning: Haifa;"), four are left, all places:
//   - the Pope in Mexico (2016): "Ecatepec", "Tuxtla Gutiérrez" and "Ciudad Juárez" are in no gazetteer here by those names;
//   - the Indian PM in five countries (2016): "leave Delhi" is drafted as a stop at Delhi beside the home, New Delhi;
//   - the Secretary-General in the Pacific (2019): "travel to Christchurch the following day" is found alone but not in the full
//     text, whose later sentence names Fiji, Tuvalu and Vanuatu;
//   - the Japanese PM at Pearl Harbor (2016): "Pearl Harbor" gives an extra stop at Pearl, a town of the United States.
