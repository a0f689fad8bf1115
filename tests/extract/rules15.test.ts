// Stated dates and modes, round 15 (issue 17): short announcements written for these tests in the styles governments
// use (a day-by-day programme, "the next day", weekdays against the publication date, ranges, "return on", "flew", "by
// train", "by road", "drove", "by ferry", "by helicopter", "arrived by air"), about places that no corpus text names.
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { draft } = useWorld();

/** The stops visited (not home) as `Name arrive..depart`, and every leg's mode. */
const read = (text: string, published: string, home: string) => {
  const it = draft(text, published, home);
  return { stops: it.stops.slice(1, -1).map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''}`), modes: it.legs.map((l) => l.mode) };
};

describe('announcements of round 15: the day of travelling on is the last at the stop left', () => {
  it('reads a day-by-day programme ("Travel by road to Batumi", "Flight to Yerevan")', () => {
    const text = [
      'Programme of the visit of the Federal Minister to Georgia and Armenia',
      'Monday, 11 May',
      'Arrival in Tbilisi by air. Meeting with the Prime Minister of Georgia.',
      'Tuesday, 12 May',
      'Travel by road to Batumi. Visit to the port.',
      'Wednesday, 13 May',
      'Flight to Yerevan. Talks with the Foreign Minister of Armenia.',
      'Thursday, 14 May',
      'Return to Berlin.',
    ].join('\n\n');
    expect(read(text, '2026-05-08', 'Berlin')).toEqual({
      stops: ['Tbilisi 2026-05-11..2026-05-12', 'Batumi 2026-05-12..2026-05-13', 'Yerevan 2026-05-13..2026-05-14'],
      modes: ['flight', 'road', 'flight', 'unknown'],
    });
  });

  it('takes "travels by high-speed train to" as leaving the stop before, as "travels to" is', () => {
    const text = 'The Minister will arrive in Tbilisi on 15 November. On 17 November she will hold talks with the Prime Minister. On 18 November the delegation travels by high-speed train to Batumi, where she will meet the Governor of Adjara on 19 November. She will fly back to Vienna on 20 November.';
    expect(read(text, '2026-11-10', 'Vienna')).toEqual({ stops: ['Tbilisi 2026-11-15..2026-11-18', 'Batumi 2026-11-18..2026-11-20'], modes: ['unknown', 'rail', 'flight'] });
  });

  it('takes "continues by air to" as leaving the stop before on that day', () => {
    // An outside tester's text: "On 1 November the Prime Minister continues by air to Helsinki" left Oslo on 31 October.
    const text = 'The Minister travels to Tallinn tomorrow for the Baltic Assembly. On Tuesday 14 May she will hold talks with the Prime Minister of Estonia. On 15 May the Minister continues by air to Vilnius, where she will meet the President. She returns to Warsaw on 16 May.';
    expect(read(text, '2026-05-12', 'Warsaw')).toEqual({ stops: ['Tallinn 2026-05-13..2026-05-15', 'Vilnius 2026-05-15..2026-05-16'], modes: ['unknown', 'flight', 'unknown'] });
  });

  it('reads "the next day she will drive to" and weekdays against the publication date', () => {
    const text =
      'Wellington, Friday 6 March 2026 – The Minister of Foreign Affairs will travel to Slovenia and Croatia next week. She will fly to Ljubljana on Monday, where she will meet the Foreign Minister. The next day she will drive to Maribor to visit a university. On Wednesday she will take the train to Zagreb for talks with the Croatian Government, and she will fly home on Thursday.';
    expect(read(text, '2026-03-06', 'Wellington')).toEqual({
      stops: ['Ljubljana 2026-03-09..2026-03-10', 'Maribor 2026-03-10..2026-03-11', 'Zagreb 2026-03-11..2026-03-12'],
      modes: ['flight', 'road', 'rail', 'flight'],
    });
  });

  it('leaves the place before a later one of the same sentence on the later one\'s day ("…, and by road to Vanadzor on 5 June")', () => {
    const text = 'The Minister will arrive in Yerevan on 2 June. On 4 June she will go by helicopter to Gyumri to open a school, and by road to Vanadzor on 5 June. She will fly home to Paris on 6 June.';
    expect(read(text, '2026-05-29', 'Paris')).toEqual({
      stops: ['Yerevan 2026-06-02..2026-06-04', 'Gyumri 2026-06-04..2026-06-05', 'Vanadzor 2026-06-05..2026-06-06'],
      modes: ['unknown', 'flight', 'road', 'flight'],
    });
  });

  it('… and "On Monday she continued by road to Sibu, and the next day she went by boat to Kapit"', () => {
    const text = 'The Vice-President arrived by air in Kuching on Sunday evening. On Monday she continued by road to Sibu, and the next day she went by boat to Kapit, where she met community leaders. She flew back to Manila on Wednesday.';
    expect(read(text, '2026-07-10', 'Manila')).toEqual({
      stops: ['Kuching 2026-07-05..2026-07-06', 'Sibu 2026-07-06..2026-07-07', 'Kapit 2026-07-07..2026-07-08'],
      modes: ['flight', 'road', 'sea', 'flight'],
    });
  });
});

describe('announcements of round 15: modes', () => {
  it('gives no mode to the leg reaching a place the traveller leaves ("by high-speed train from Tbilisi to Batumi")', () => {
    const text = 'On 18 November the Minister travels by high-speed train from Tbilisi to Batumi, where she will meet the Governor of Adjara on 19 November. She will fly back to Vienna on 20 November.';
    expect(read(text, '2026-11-10', 'Vienna').modes).toEqual(['unknown', 'rail', 'flight']);
  });

  it('reads "flew to", "travelled by road to" and "arrived by air in", each for its own leg', () => {
    const text =
      'The Governor-General flew to Windhoek on 20 October, where she was received by the President of Namibia. On 22 October she travelled by road to Walvis Bay to visit the port, and on 23 October she arrived by air in Gaborone for talks with the President of Botswana. She returned to Ottawa on 25 October.';
    expect(read(text, '2026-10-26', 'Ottawa')).toEqual({
      stops: ['Windhoek 2026-10-20..2026-10-22', 'Walvis Bay 2026-10-22..2026-10-23', 'Gaborone 2026-10-23..2026-10-25'],
      modes: ['flight', 'road', 'flight', 'unknown'],
    });
  });

  it('reads "crossed by ferry to" and "flew back to"', () => {
    const text = 'The President arrived in Arusha on 3 August for the summit of the East African Community. On 5 August he crossed by ferry to Zanzibar, where he opened a new hospital. He flew back to Kampala on 6 August.';
    expect(read(text, '2026-08-07', 'Kampala')).toEqual({ stops: ['Arusha 2026-08-03..2026-08-05', 'Zanzibar 2026-08-05..2026-08-06'], modes: ['unknown', 'sea', 'flight'] });
  });

  it('reads "The following day he drove to"', () => {
    const text = 'The Secretary of State arrived in Montevideo on Tuesday 14 April and met the President of Uruguay. The following day he drove to Colonia del Sacramento to address a regional forum. He flew back to Washington on 16 April.';
    expect(read(text, '2026-04-10', 'Washington')).toEqual({
      stops: ['Montevideo 2026-04-14..2026-04-15', 'Colonia del Sacramento 2026-04-15..2026-04-16'],
      modes: ['unknown', 'road', 'flight'],
    });
  });

  it('reads "travel by train to", and no mode where none is stated', () => {
    const text = 'The Prime Minister will arrive in Sapporo on 2 February. On 4 February he will travel by train to Hakodate, where he will visit the port. He will return to Canberra on 5 February.';
    expect(read(text, '2026-01-28', 'Canberra')).toEqual({ stops: ['Sapporo 2026-02-02..2026-02-04', 'Hakodate 2026-02-04..2026-02-05'], modes: ['unknown', 'rail', 'unknown'] });
  });
});

describe('announcements of round 15: ranges, weekdays and returns', () => {
  it('reads "from 3 to 5 June" and "He will return on 7 June"', () => {
    const text = 'The Prime Minister will be in Bergen from 3 to 5 June for the Nordic summit, and will visit Stavanger on 6 June. He will return on 7 June.';
    expect(read(text, '2026-05-29', 'Copenhagen')).toEqual({ stops: ['Bergen 2026-06-03..2026-06-05', 'Stavanger 2026-06-06..2026-06-07'], modes: ['unknown', 'unknown', 'unknown'] });
  });

  it('reads a span for two places, then each one\'s day, and "it will fly to"', () => {
    const text =
      'The Chief Executive will lead a delegation to Kota Kinabalu and Kuching from 9 to 12 November. The delegation will arrive in Kota Kinabalu on 9 November and meet the Chief Minister of Sabah. On 11 November it will fly to Kuching, and it will return to Hong Kong on 12 November.';
    expect(read(text, '2026-11-06', 'Hong Kong')).toEqual({ stops: ['Kota Kinabalu 2026-11-09..2026-11-11', 'Kuching 2026-11-11..2026-11-12'], modes: ['unknown', 'flight', 'unknown'] });
  });

  it('reads weekdays after the publication date and "returning to London on Friday"', () => {
    const text = 'The Foreign Secretary will visit Dubrovnik on Wednesday and Split on Thursday, returning to London on Friday.';
    expect(read(text, '2026-09-14', 'London')).toEqual({ stops: ['Dubrovnik 2026-09-16..2026-09-16', 'Split 2026-09-17..2026-09-18'], modes: ['unknown', 'unknown', 'unknown'] });
  });

  it('reads "arrived in Zanzibar by helicopter on Saturday 4 July, after talks in Arusha on Friday"', () => {
    const text = 'The Foreign Minister arrived in Zanzibar by helicopter on Saturday 4 July, after talks in Arusha on Friday. She returns to Kampala on Sunday.';
    expect(read(text, '2026-07-06', 'Kampala')).toEqual({ stops: ['Arusha 2026-07-03..2026-07-04', 'Zanzibar 2026-07-04..2026-07-05'], modes: ['unknown', 'flight', 'unknown'] });
  });
});

describe('announcements of round 15: the mode of an arrival told in the sentence after the stop\'s', () => {
  it('reads "He reached the capital on an overnight train" after "is in Yerevan today"', () => {
    const text = 'The Chancellor is in Yerevan today (Tuesday 12 May) for talks with the Prime Minister of Armenia. He reached the capital on an overnight train from the Georgian border. He will return to Vienna on 13 May.';
    expect(read(text, '2026-05-12', 'Vienna').modes).toEqual(['rail', 'unknown']);
  });

  it('reads "The delegation\'s aircraft landed there on Sunday evening" after "began in Windhoek"', () => {
    const text = 'The visit, which lasted from 3 to 5 May, began in Windhoek. The delegation\'s aircraft landed there on Sunday evening, and on Monday the President held talks with the President of Namibia. She returned to Ottawa on 5 May.';
    expect(read(text, '2026-05-06', 'Ottawa').modes[0]).toBe('flight');
  });

  it('takes no mode from travel on to a place of its own name ("by helicopter to the Mokolodi Nature Reserve")', () => {
    const text = 'The Prince will arrive in Gaborone on 20 March. On 21 March he will travel by helicopter to the Mokolodi Nature Reserve to meet rangers. He will return to London on 22 March.';
    expect(read(text, '2026-03-16', 'London').modes).toEqual(['unknown', 'unknown']);
  });
});
