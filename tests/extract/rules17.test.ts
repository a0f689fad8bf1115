// Stated dates and modes, round 17 (issue 17): twenty-seven short announcements written for these tests, about places and
// governments no corpus text names, in styles the corpus lacks or has rarely: recaps told after the event ("On Monday the
// Minister travelled …"), a programme table with bars, "later that day", "the same evening", "on arrival", "the following week",
// "returned home on", "departs for … tomorrow", weekdays with ordinals, "by road", "by motorcade", "on the presidential jet", "by
// helicopter", "aboard", "crossed by ferry", "took the train", "via" stopovers and stops "en route", a day of attending after the
// day of leaving, a day of what happened at a place before the visit, a country reached on a day before its city is named, and a mode told in the sentence after the travel, or the one
// after that.
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { draft, read } = useWorld();

describe('announcements of round 17: recaps', () => {
  it('reads a recap told after the event with weekdays only ("On Monday the Minister travelled to"): the past weekdays before publication', () => {
    const text = 'On Monday the Minister for Foreign Affairs of Finland travelled to Narva, where she met the rector of the university. On Wednesday she continued by road to Pärnu, and she returned home to Helsinki on Thursday.';
    expect(read(text, '2026-04-18', 'Helsinki')).toEqual({
      stops: ['Narva 2026-04-13..2026-04-15', 'Pärnu 2026-04-15..2026-04-16'],
      modes: ['unknown', 'road', 'unknown'],
    });
  });

  it('reads a recap with its days ("visited Estonia from 14 to 16 April … arrived in Viljandi by train on Tuesday 14 April")', () => {
    const text = 'Press release, 21 April 2026. The Minister of Culture, Dr Anna Virtanen, visited Estonia from 14 to 16 April. She arrived in Viljandi by train on Tuesday 14 April and opened an exhibition. On 15 April she travelled to Kuressaare, and she returned home on 16 April.';
    expect(read(text, '2026-04-21', 'Helsinki')).toEqual({
      stops: ['Viljandi 2026-04-14..2026-04-15', 'Kuressaare 2026-04-15..2026-04-16'],
      modes: ['rail', 'unknown', 'unknown'],
    });
  });
});

describe('announcements of round 17: programmes', () => {
  it('reads a programme table whose rows give the day, the hour and the place between bars ("Tuesday 9 June | 10:00 | Rijeka | …")', () => {
    const text = [
      'Programme of the visit of the President of Slovenia to Croatia',
      'Tuesday 9 June | 10:00 | Rijeka | Arrival by helicopter; meeting with the Mayor',
      'Tuesday 9 June | 19:00 | Rijeka | Official dinner',
      'Wednesday 10 June | 09:30 | Zadar | Travel by road; visit to the port',
      'Thursday 11 June | 08:00 | Zadar | Departure for Ljubljana by air',
    ].join('\n\n');
    expect(read(text, '2026-06-04', 'Ljubljana')).toEqual({
      stops: ['Rijeka 2026-06-09..2026-06-10', 'Zadar 2026-06-10..2026-06-11'],
      modes: ['flight', 'road', 'flight'],
    });
  });
});

describe('announcements of round 17: days counted from others', () => {
  it('reads "Later that day" and "the same evening she returned"', () => {
    const text = 'The Prime Minister of Iceland arrived in Nuuk on Tuesday 2 June and met the Premier of Greenland. Later that day she visited the university. On 3 June she flew to Ilulissat to see the icefjord, and the same evening she returned to Reykjavik.';
    expect(read(text, '2026-05-29', 'Reykjavik')).toEqual({
      stops: ['Nuuk 2026-06-02..2026-06-03', 'Ilulissat 2026-06-03..2026-06-03'],
      modes: ['unknown', 'flight', 'unknown'],
    });
  });

  it('reads "On arrival, he will be received" and "The next day he will travel by road to"', () => {
    const text = 'The President of Ghana will leave Accra on 14 July for Lomé. On arrival, he will be received by the President of Togo. The next day he will travel by road to Sokodé for talks, and he will return to Accra on 16 July.';
    expect(read(text, '2026-07-10', 'Accra')).toEqual({
      stops: ['Lomé 2026-07-14..2026-07-15', 'Sokodé 2026-07-15..2026-07-16'],
      modes: ['unknown', 'road', 'unknown'],
    });
  });

  it('reads "The following week, on 13 October, she will travel by train to"', () => {
    const text = 'The Minister of Trade of Sri Lanka will arrive in Chennai on Monday 5 October for a business forum. The following week, on 13 October, she will travel by train to Madurai, and she will return to Colombo on 15 October.';
    expect(read(text, '2026-10-01', 'Colombo')).toEqual({
      stops: ['Chennai 2026-10-05..2026-10-13', 'Madurai 2026-10-13..2026-10-15'],
      modes: ['unknown', 'rail', 'unknown'],
    });
  });

  it('reads "departs for Karagandy tomorrow", "On Thursday he will travel by helicopter" and "return home on Friday"', () => {
    const text = 'The President of Mongolia departs for Karagandy tomorrow for a visit to Kazakhstan. On Thursday he will travel by helicopter to Turkestan to visit the mausoleum, and he will return home on Friday.';
    expect(read(text, '2026-05-11', 'Ulaanbaatar')).toEqual({
      stops: ['Karagandy 2026-05-12..2026-05-14', 'Turkestan 2026-05-14..2026-05-15'],
      modes: ['unknown', 'flight', 'unknown'],
    });
  });

  it('reads "departs for Hartford tomorrow, Sunday", "on Monday … by road to Providence the same evening"', () => {
    const text = 'The Premier of New Brunswick departs for Hartford tomorrow, Sunday, on a trade mission. He will meet the Governor of Connecticut on Monday and travel by road to Providence the same evening. He returns to Fredericton on Tuesday.';
    expect(read(text, '2026-03-14', 'Fredericton')).toEqual({
      stops: ['Hartford 2026-03-15..2026-03-16', 'Providence 2026-03-16..2026-03-17'],
      modes: ['unknown', 'road', 'unknown'],
    });
  });
});

describe('announcements of round 17: returns', () => {
  it('reads "took the train to" and "He returned home on 5 March"', () => {
    const text = 'The Foreign Minister of Latvia visited Šiauliai on 3 March, where he met the mayor. On 4 March he took the train to Klaipėda to tour the port. He returned home on 5 March.';
    expect(read(text, '2026-03-06', 'Riga')).toEqual({
      stops: ['Šiauliai 2026-03-03..2026-03-04', 'Klaipėda 2026-03-04..2026-03-05'],
      modes: ['unknown', 'rail', 'unknown'],
    });
  });
});

describe('announcements of round 17: ways of writing a day', () => {
  it('reads weekdays with ordinals ("on Wednesday the 14th of October", "on Friday the 16th", "on Sunday the 18th")', () => {
    const text = 'The Foreign Minister of Uruguay will arrive in Salta on Wednesday the 14th of October and travel to Mendoza on Friday the 16th, before returning to Montevideo on Sunday the 18th.';
    expect(read(text, '2026-10-09', 'Montevideo')).toEqual({
      stops: ['Salta 2026-10-14..2026-10-16', 'Mendoza 2026-10-16..2026-10-18'],
      modes: ['unknown', 'unknown', 'unknown'],
    });
  });
});

describe('announcements of round 17: modes', () => {
  it('reads "took the first direct flight from Peru to Bolivia. In Cochabamba …" as the flight that reached Cochabamba', () => {
    const text =
      'The Minister held talks in Arequipa on Monday 7 September. On Tuesday she took the first direct flight between the two cities from Peru to Bolivia. In Cochabamba she met the Governor. She returned to Montevideo on 10 September.';
    expect(read(text, '2026-09-12', 'Montevideo')).toEqual({ stops: ['Arequipa 2026-09-07..2026-09-08', 'Cochabamba 2026-09-08..2026-09-10'], modes: ['unknown', 'flight', 'unknown'] });
  });

  it('reads the way of travelling told two sentences after the travel, past one of what is done there ("She will travel by helicopter.")', () => {
    const text = 'The Minister will travel to Ohrid on 4 May. She will meet the Mayor and open a school. She will travel by helicopter. She returns to Belgrade on 6 May.';
    expect(read(text, '2026-05-01', 'Belgrade')).toEqual({ stops: ['Ohrid 2026-05-04..2026-05-06'], modes: ['flight', 'unknown'] });
    const journey = 'The Minister will travel to Ohrid on 4 May. She will meet the Mayor and open a school. The journey will be made by road. She returns to Belgrade on 6 May.';
    expect(read(journey, '2026-05-01', 'Belgrade').modes).toEqual(['road', 'unknown']);
  });

  it('reads "on the presidential jet", "crossed by ferry to", "travelled by motorcade to" and "took the train back to"', () => {
    const text = 'The President flew to Split on the presidential jet on 9 June. On 10 June he crossed by ferry to Ancona, and on 11 June he travelled by motorcade to Pescara. He took the train back to Ljubljana on 12 June.';
    expect(read(text, '2026-06-13', 'Ljubljana')).toEqual({
      stops: ['Split 2026-06-09..2026-06-10', 'Ancona 2026-06-10..2026-06-11', 'Pescara 2026-06-11..2026-06-12'],
      modes: ['flight', 'sea', 'road', 'rail'],
    });
  });

  it('reads the mode told in the sentence after the travel ("The journey will be made by ferry.")', () => {
    const text = 'The Minister of Tourism of Tunisia will travel to Valletta on 2 April. The journey will be made by ferry. She will meet the Maltese Minister of Tourism there, and on 4 April she will return to Tunis.';
    expect(read(text, '2026-03-28', 'Tunis')).toEqual({
      stops: ['Valletta 2026-04-02..2026-04-04'],
      modes: ['sea', 'unknown'],
    });
  });

  it('reads "travel aboard the presidential aircraft to", "take the train to" and "fly back to"', () => {
    const text = 'The President of Chile will travel aboard the presidential aircraft to Arequipa on Monday 7 September. On Tuesday he will take the train to Puno, and on Wednesday he will fly back to Santiago.';
    expect(read(text, '2026-09-03', 'Santiago')).toEqual({
      stops: ['Arequipa 2026-09-07..2026-09-08', 'Puno 2026-09-08..2026-09-09'],
      modes: ['flight', 'rail', 'flight'],
    });
  });

  it('reads "She will make the crossing by ferry" as the mode of the travel told before it', () => {
    const text = 'The Minister of Tourism of Tunisia will travel to Valletta on 2 April. She will make the crossing by ferry and meet the Maltese Minister of Tourism. On 4 April she will return to Tunis.';
    expect(read(text, '2026-03-28', 'Tunis')).toEqual({
      stops: ['Valletta 2026-04-02..2026-04-04'],
      modes: ['sea', 'unknown'],
    });
  });
});

describe('announcements of round 17: stops on the way', () => {
  it('reads "fly to Labasa via Nadi": the place passed through comes first, and both legs are flown; "aboard a patrol boat" is by sea', () => {
    const text = 'The Prime Minister of Tonga will fly to Labasa via Nadi on 3 August for the regional leaders\' meeting. On 5 August she will travel aboard a patrol boat to Levuka, and she will return to Nuku\'alofa on 7 August.';
    expect(read(text, '2026-07-30', 'Nuku\'alofa')).toEqual({
      stops: ['Nadi 2026-08-03..2026-08-03', 'Labasa 2026-08-03..2026-08-05', 'Levuka 2026-08-05..2026-08-07'],
      modes: ['flight', 'flight', 'sea', 'unknown'],
    });
  });

  it('reads "En route, he will make a refuelling stop in Akureyri" after the travel to Nuuk as a stop before Nuuk', () => {
    const text = 'The Minister of Defence of Denmark will travel to Nuuk on 20 January. En route, he will make a refuelling stop in Akureyri. He returns home on 23 January.';
    expect(read(text, '2026-01-14', 'Copenhagen')).toEqual({
      stops: ['Akureyri 2026-01-20..2026-01-20', 'Nuuk 2026-01-20..2026-01-23'],
      modes: ['unknown', 'unknown', 'unknown'],
    });
  });

  it('reads "flew to Nuuk on 20 January, stopping en route in Akureyri" as a stop before Nuuk', () => {
    const text = 'The Minister of Defence of Denmark flew to Nuuk on 20 January, stopping en route in Akureyri to visit the coast guard station. He returned home on 23 January.';
    expect(read(text, '2026-01-24', 'Copenhagen')).toEqual({
      stops: ['Akureyri 2026-01-20..2026-01-20', 'Nuuk 2026-01-20..2026-01-23'],
      modes: ['flight', 'flight', 'unknown'],
    });
  });

  it('reads "En route to Nuuk, he will stop in Akureyri" after an undated travel to Nuuk as a stop before it', () => {
    const text = 'The Minister of Defence of Denmark will travel to Nuuk. En route to Nuuk, he will stop in Akureyri to visit the coast guard station. He returns home on 23 January.';
    expect(draft(text, '2026-01-14', 'Copenhagen').stops.map((s) => s.name)).toEqual(['Copenhagen', 'Akureyri', 'Nuuk', 'Copenhagen']);
  });
});

describe('announcements of round 17: days of arriving', () => {
  it('reads "Bitola, which was damaged by an earthquake on 12 March" as what happened there before, no day of the visit', () => {
    const text =
      'Tuesday 5 May: arrival of the President in Ohrid and talks with the Prime Minister.\n\nWednesday 6 May: visit to Bitola, which was damaged by an earthquake on 12 March, and meeting with families who lost their homes.\n\nThursday 7 May: return to Belgrade.';
    expect(read(text, '2026-05-01', 'Belgrade').stops).toEqual(['Ohrid 2026-05-05..2026-05-06', 'Bitola 2026-05-06..2026-05-07']);
  });

  it('reads "flew on to Vanuatu, which she reached the following morning. In Luganville …": the first stop in the country is reached that day, and that flight is no mode of the leg to Labasa', () => {
    const text =
      'The Foreign Minister of Ireland met the Prime Minister of Fiji in Labasa on Thursday 7 May. She then flew on to Vanuatu, which she reached the following morning. In Luganville she was received by the provincial president. She returned to Dublin on 11 May.';
    expect(read(text, '2026-05-04', 'Dublin')).toEqual({ stops: ['Labasa 2026-05-07..2026-05-08', 'Luganville 2026-05-08..2026-05-11'], modes: ['unknown', 'flight', 'unknown'] });
    const arriving = text.replace('which she reached the following morning', 'arriving on 9 May');
    expect(read(arriving, '2026-05-04', 'Dublin').stops).toEqual(['Labasa 2026-05-07..2026-05-09', 'Luganville 2026-05-09..2026-05-11']);
  });

  it('reads "depart Dhaka on 8 November for Pokhara, where he will attend … on 9 November": Pokhara is reached on the 8th', () => {
    const text = 'The Prime Minister of Bangladesh will depart Dhaka on 8 November for Pokhara, where he will attend the opening of a regional conference on 9 November. On 10 November he will travel by road to Lumbini, and he will return home on 11 November.';
    expect(read(text, '2026-11-04', 'Dhaka')).toEqual({
      stops: ['Pokhara 2026-11-08..2026-11-10', 'Lumbini 2026-11-10..2026-11-11'],
      modes: ['unknown', 'road', 'unknown'],
    });
  });

  it('reads "He attended the opening on 8 November, and on 10 November he travelled by road to Lumbini": the 8th is Pokhara\'s, not Lumbini\'s', () => {
    const text = 'The Prime Minister of Bangladesh left Dhaka on 8 November for Pokhara. He attended the opening of the regional conference on 8 November, and on 10 November he travelled by road to Lumbini. He returned home on 11 November.';
    expect(read(text, '2026-11-12', 'Dhaka')).toEqual({
      stops: ['Pokhara 2026-11-08..2026-11-10', 'Lumbini 2026-11-10..2026-11-11'],
      modes: ['unknown', 'road', 'unknown'],
    });
  });
});

describe('announcements of round 17: stops', () => {
  it('reads "began her visit to Estonia in Narva" as a visit to Narva, and "She spent Wednesday in Pärnu and flew home" as no flight to Pärnu', () => {
    const text = 'On Tuesday, the Minister began her visit to Estonia in Narva, where she met the mayor. She spent Wednesday in Pärnu and flew home on Thursday.';
    expect(read(text, '2026-04-18', 'Helsinki')).toEqual({
      stops: ['Narva 2026-04-14..2026-04-14', 'Pärnu 2026-04-15..2026-04-16'],
      modes: ['unknown', 'unknown', 'flight'],
    });
  });
});
