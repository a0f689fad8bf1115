// Places, round 15 (issue 17): general causes of the tuning texts' missed and wrong places, each checked on
// sentences written for these tests, about other places than the corpus's.
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { draft } = useWorld();

/** The stops' names, home left out. */
const names = (text: string, published: string, home: string) => draft(text, published, home).stops.slice(1, -1).map((s) => s.name);

describe('places: a place named after its description', () => {
  it('takes the words of travel before a description with words between ("fly across the Alps to the Italian capital, Rome")', () => {
    const text = 'The Minister will visit Vienna on 3 May. On 4 May she will fly across the Alps to the Italian capital, Rome. She will return to Oslo on 5 May.';
    expect(names(text, '2026-04-30', 'Oslo')).toEqual(['Vienna', 'Rome']);
  });

  it('reads a plural description as the list it opens ("drove to the towns of Kaunas and Šiauliai")', () => {
    const text = 'The President arrived in Vilnius on 3 May. On 4 May he drove to the towns of Kaunas and Šiauliai to meet veterans. He returned to Dublin on 5 May.';
    expect(names(text, '2026-04-30', 'Dublin')).toEqual(['Vilnius', 'Kaunas', 'Šiauliai']);
  });
});

describe('places: where a trip begins, goes on or ends', () => {
  it('visits the place a trip begins or ends in ("The tour will begin in Accra on Monday", "The trip ends in Abuja")', () => {
    const text = 'The Minister will travel to Ghana and Nigeria. The tour will begin in Accra on Monday, 4 May. The trip ends in Abuja on 6 May. She returns to Lisbon on 7 May.';
    expect(names(text, '2026-04-30', 'Lisbon')).toEqual(['Accra', 'Abuja']);
  });

  it('visits a stop named after words about it ("His last stop in the Baltics is Riga", "The last stop of the tour on Friday (8 May) will be Tartu")', () => {
    expect(names('The Minister will visit Vilnius on 5 May. His last stop in the Baltics is Riga on 6 May. He will return to Oslo on 7 May.', '2026-04-30', 'Oslo')).toEqual(['Vilnius', 'Riga']);
    expect(names('The Minister will visit Tallinn on 7 May. The last stop of the tour on Friday (8 May) will be Tartu. He will return to Oslo on 9 May.', '2026-04-30', 'Oslo')).toEqual(['Tallinn', 'Tartu']);
  });
});

describe('places: a town beside a larger one', () => {
  it('keeps a place the text calls a city of its own apart from the larger city beside it ("Salford, a city just across the River Irwell")', () => {
    const text = 'The Prince will visit Manchester on 4 May. On 5 May he will travel to Salford, a city just across the River Irwell, to open a school. He will return to London on 6 May.';
    expect(names(text, '2026-04-30', 'London')).toEqual(['Manchester', 'Salford']);
  });

  it('still takes a place near a larger city visited, not called a town of its own, as a district of it', () => {
    const text = 'The Prince will visit Manchester on 4 May. On 5 May he will open a school in Salford. He will return to London on 6 May.';
    expect(names(text, '2026-04-30', 'London')).toEqual(['Manchester']);
  });
});

describe('places: a name the home country also has', () => {
  /** A stop's name and longitude to the degree: Cambridge, Ontario is at -80, Cambridge, England at 0. */
  const stop = (text: string, home: string, i: number) => {
    const s = draft(text, '2026-04-30', home).stops[i]!;
    return `${s.name} ${Math.round(s.coordinates[0])}`;
  };

  it('takes the town beside the places visited, not a larger namesake near home ("Cambridge" on a visit to Toronto from London)', () => {
    const text = 'The Foreign Secretary will visit Toronto on 4 May. On 5 May he will travel to Cambridge to tour a car plant. He will return to London on 6 May.';
    expect(stop(text, 'London', 2)).toBe('Cambridge -80');
  });

  it('still takes the namesake near home on a trip at home ("Cambridge" on a visit to Oxford from London)', () => {
    const text = 'The Minister will visit Oxford on 4 May. On 5 May she will travel to Cambridge to open a laboratory. She will return to London on 6 May.';
    expect(stop(text, 'London', 2)).toBe('Cambridge 0');
  });
});

describe('places: a programme line headed by its place', () => {
  it('visits the place that heads a line with a colon ("Zagreb: talks with the Prime Minister …")', () => {
    const text = [
      'The Chancellor will visit Slovenia and Croatia. Programme:',
      'Tuesday, 12 May\nLjubljana: talks with the Prime Minister of Slovenia.\nZagreb: talks with the Prime Minister of Croatia; press conference.\nReturn to Vienna in the evening.',
    ].join('\n\n');
    expect(names(text, '2026-05-08', 'Vienna')).toEqual(['Ljubljana', 'Zagreb']);
  });

  it('does not visit a place named after a colon at a line\'s head that is no place ("Afternoon: talks on Zagreb\'s port")', () => {
    const text = 'The Chancellor will visit Ljubljana on 12 May.\nAfternoon: talks on the future of Zagreb\'s port.\nReturn to Vienna in the evening.';
    expect(names(text, '2026-05-08', 'Vienna')).toEqual(['Ljubljana']);
  });
});

describe('places: a preposition capitalised after a programme\'s day', () => {
  it('visits the place after "In" at the head of a clause ("Tuesday, 5 May: In Porto, the Minister meets …")', () => {
    const text = 'The Minister will travel to Portugal from 4 to 5 May.\n\nMonday, 4 May: The Minister arrives in Lisbon.\n\nTuesday, 5 May: In Porto, the Minister meets the Mayor. She returns to Oslo late that night.';
    expect(names(text, '2026-04-30', 'Oslo')).toEqual(['Lisbon', 'Porto']);
  });
});

describe('places: an undated return to a place after a trip out of it', () => {
  it('is a stop of its own after the trip out ("Back in Kraków in the afternoon")', () => {
    const text = 'The Minister arrived in Kraków on 4 May. She then drove to Oświęcim to lay a wreath. Back in Kraków in the afternoon, she met the Mayor. She returned to Oslo on 5 May.';
    expect(names(text, '2026-04-30', 'Oslo')).toEqual(['Kraków', 'Oświęcim', 'Kraków']);
  });

  it('comes after the days the text has given, not on the day of a place named before it that was visited earlier', () => {
    const text = [
      'Minister in Prague, visits Kutná Hora',
      'PRAGUE, 5 May – The Minister arrived in the Czech capital on Tuesday morning. She had flown from Oslo to Gdańsk on Monday, 4 May, for talks. From Prague she drove to Kutná Hora on 5 May to see the cathedral. Back in Prague in the afternoon, she met the Prime Minister. She will be back in Oslo on 6 May.',
    ].join('\n\n');
    expect(names(text, '2026-05-05', 'Oslo')).toEqual(['Gdańsk', 'Prague', 'Kutná Hora', 'Prague']);
  });
});

describe('places: a day of leaving told of another place', () => {
  it('does not leave the stop the story was last at on the day a flashback leaves another place ("She left Oslo on Tuesday … before flying to Vilnius on Wednesday")', () => {
    const text =
      'Minister arrives in Riga by night train\n\nRIGA, 18 June – The Minister arrived in the Latvian capital on Thursday morning. From the station she went to Jūrmala to meet fishermen. Back in Riga in the afternoon, she met the Prime Minister. She left Oslo on Tuesday and spent that evening with soldiers in Estonia, before flying to Vilnius on Wednesday. She is due back in Oslo overnight.';
    expect(names(text, '2026-06-18', 'Oslo')).toEqual(['Vilnius', 'Riga', 'Jūrmala', 'Riga']);
  });
});

describe('places: a traveller carried to a place', () => {
  it('visits a place the traveller is driven, taken or brought to ("was taken by car to Oświęcim", "were driven to Wieliczka")', () => {
    expect(names('The Minister arrived in Kraków on 4 May. From the station she was taken by car to Oświęcim to lay a wreath. She returned to Oslo on 5 May.', '2026-04-30', 'Oslo')).toEqual(['Kraków', 'Oświęcim']);
    expect(names('The leaders arrived in Kraków on 4 May and were then driven to Wieliczka, the town south-east of the city. They returned to Oslo on 5 May.', '2026-04-30', 'Oslo')).toEqual(['Kraków', 'Wieliczka']);
  });
});
