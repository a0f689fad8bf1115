// Places and meetings, round 18 (issue 17): announcements written for these tests, before reading the extractor, by
// governments and about places the corpus has little of, each read as a new user's text would be and scored as the corpus
// is (every stop in order, nothing extra, every meeting at its stop; dates are the date tests'). Of the first 32, 9 failed
// on the extractor before this round's changes; of 14 more written after most of them, 2 (places no gazetteer here has).
// Then the causes, each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { findMeetings } from '../../src/extract/find-meetings';
import { useWorld } from './world';

const { draft, world } = useWorld();

/** Every stop's name, home stops too. */
const all = (text: string, published: string, home: string) => draft(text, published, home).stops.map((s) => s.name);
/** The names the draft warns of as places the gazetteer lacks. */
const unplaced = (text: string, published: string, home: string) =>
  extractWith(world.g, text, { published, home }).warnings.flatMap((w) => (w.code === 'unplaced' ? [w.name] : []));

describe('places: letters that NFD does not split, written plain ("Lodz", "Wroclaw", "Tromso")', () => {
  it('finds the world list’s "Łódź", "Wrocław" and "Tromsø" by their plain spellings', () => {
    for (const [plain, name] of [['Lodz', 'Łódź'], ['Wroclaw', 'Wrocław'], ['Tromso', 'Tromsø'], ['Bodo', 'Bodø']]) expect(world.g.lookup(plain!)[0]?.name).toBe(name);
  });

  it('reads them as stops', () => {
    const text = 'The Minister will visit Lodz on 4 May and Wroclaw on 5 May. She returns to Oslo on 6 May.';
    expect(all(text, '2026-04-30', 'Oslo').slice(1, -1)).toHaveLength(2);
  });
});

describe('places: cities by the English names texts write, which the world list has only in their own language', () => {
  it.each([
    ['Gothenburg', 'SE'],
    ['Antwerp', 'BE'],
    ['Ghent', 'BE'],
    ['Bruges', 'BE'],
    ['Nuremberg', 'DE'],
    ['Rhodes', 'GR'],
    ['Heraklion', 'GR'],
    ['Patras', 'GR'],
    ['Dunkirk', 'FR'],
  ])('knows %s', (name, country) => {
    const stops = draft(`The Minister will travel to ${name} on 4 May. She returns to Ottawa on 6 May.`, '2026-04-30', 'Ottawa').stops;
    expect(stops.map((s) => s.name)).toEqual(['Ottawa', name, 'Ottawa']);
    expect(world.g.lookup(name).every((e) => e.country === country)).toBe(true);
  });

  it('knows "Svalbard" as the territory governments write for Svalbard and Jan Mayen: no warning of a place it lacks', () => {
    const text = 'The Crown Prince will make an official visit to Svalbard on 9 September, and will fly to Longyearbyen. He returns to Oslo on 10 September.';
    expect(unplaced(text, '2026-09-03', 'Oslo')).toEqual([]);
  });
});

describe('meetings: an office keeps every word of its name', () => {
  it.each([
    ['Minister of Economy, Trade and Business', 'In Madrid he will meet the Minister of Economy, Trade and Business.'],
    ['Minister of Industry, Business and Financial Affairs', 'In Copenhagen she will meet the Minister of Industry, Business and Financial Affairs of Denmark.'],
    ['Minister for Climate Change, Energy, the Environment and Water', 'In Canberra she will meet the Minister for Climate Change, Energy, the Environment and Water.'],
  ])('%s', (office, sentence) => {
    expect(findMeetings(sentence).map((m) => m.with.map((w) => w.participant.role ?? w.participant.name))).toEqual([[office]]);
  });
});

describe('meetings: where an event’s name ends', () => {
  it('ends at its dates ("for the G20 Leaders’ Summit from 22 to 23 November")', () => {
    expect(findMeetings('He will proceed to Johannesburg for the G20 Leaders’ Summit from 22 to 23 November.').map((m) => [m.kind, m.title])).toEqual([['event', 'G20 Leaders’ Summit']]);
  });

  it('ends a site’s name at words of time, so a region visited "next week" is the trip, not a site', () => {
    const text = 'Ankara, 4 February 2026. President Erdoğan will visit the Gulf next week. He will be in Riyadh on 9 February. He returns to Ankara on 11 February.';
    expect(draft(text, '2026-02-04', 'Ankara').stops.flatMap((s) => s.meetings.map((m) => m.title))).toEqual([]);
  });
});

describe('meetings: a list of places each with its day', () => {
  it('holds the meeting at the place of its own clause, not the next one ("in Riyadh on 9 February for talks with X, in Doha on 10 February …")', () => {
    const text =
      'He will be in Riyadh on 9 February for talks with Crown Prince Mohammed bin Salman, in Doha on 10 February for the meeting of the Supreme Strategic Committee, and in Abu Dhabi on 11 February. He returns to Ankara on 11 February.';
    const stops = draft(text, '2026-02-04', 'Ankara').stops;
    expect(stops.map((s) => [s.name, s.meetings.map((m) => m.title)])).toEqual([
      ['Ankara', []],
      ['Riyadh', ['Meeting with Mohammed bin Salman']],
      ['Doha', ['Meeting of the Supreme Strategic Committee']],
      ['Abu Dhabi', []],
      ['Ankara', []],
    ]);
  });

  it('still holds it at a place written after the people where no list of dated places leads to it ("talks with X, in Paris on Friday")', () => {
    const people = findMeetings('The visit followed his talks with the President of France, Emmanuel Macron, in Paris on Friday.');
    expect(people[0]!.end).toBeGreaterThan('The visit followed his talks with the President of France, Emmanuel Macron, in Paris'.length - 1);
  });
});

describe('places: a place only passed through', () => {
  it.each([
    ['"via Madrid, where it will change planes"', 'The delegation will fly to Bogotá via Madrid, where it will change planes. It returns to Abu Dhabi on 11 May.', ['Abu Dhabi', 'Bogotá', 'Abu Dhabi']],
    ['"via Istanbul, where he will change aircraft"', 'He will travel to Tashkent on 13 October via Istanbul, where he will change aircraft. He returns to Budapest on 14 October.', ['Budapest', 'Tashkent', 'Budapest']],
    ['"via Doha for a connecting flight"', 'The Minister will fly to Nairobi on 5 March via Doha for a connecting flight. He returns to Muscat on 8 March.', ['Muscat', 'Nairobi', 'Muscat']],
  ])('is no stop (%s)', (_what, text, stops) => {
    expect(all(text, '2026-03-02', stops[0]!)).toEqual(stops);
  });

  it('is still a stop where the text stops there on the way ("via Reykjavik")', () => {
    expect(all('She will fly to Nuuk on 20 January via Reykjavik. She returns to Copenhagen on 23 January.', '2026-01-10', 'Copenhagen')).toEqual(['Copenhagen', 'Reykjavík', 'Nuuk', 'Copenhagen']);
  });
});

describe('places: the places a trip is said to include', () => {
  it('reads each of "a working visit to Europe that includes Brussels, Strasbourg and Berlin"', () => {
    const text = 'His Majesty departed Amman today for a working visit to Europe that includes Brussels, Strasbourg and Berlin. He is scheduled to return to Amman on 19 May.';
    expect(all(text, '2026-05-14', 'Amman')).toEqual(['Amman', 'Brussels', 'Strasbourg', 'Berlin', 'Amman']);
  });
});

describe('places: a place whose day comes first, its verb left out', () => {
  it('reads "and on 25 June in Kos" after "he will be in Rhodes"', () => {
    const text = 'On 24 June he will be in Rhodes, where he will open the new hospital wing, and on 25 June in Kos. He returns to Athens on the evening of 25 June.';
    expect(all(text, '2026-06-20', 'Athens')).toEqual(['Athens', 'Rhodes', 'Kos', 'Athens']);
  });
});

describe('places: a list after a colon that ends a clause of visiting', () => {
  it('reads "will visit the Azores from 10 to 12 June: Ponta Delgada on 10 June, …" as a visit to each', () => {
    const text = 'The President will visit the Azores from 10 to 12 June: Ponta Delgada on 10 June and Ribeira Grande on 11 June. He returns to Lisbon on 12 June.';
    expect(all(text, '2026-06-05', 'Lisbon')).toEqual(['Lisbon', 'Ponta Delgada', 'Ribeira Grande', 'Lisbon']);
  });
});

describe('order: a stop made before the event the text goes to', () => {
  it('comes before the event’s place ("… the Forum in Honiara … Before the Forum he will stop over in Brisbane")', () => {
    const text =
      'The Prime Minister will lead the delegation to the Pacific Islands Forum Leaders Meeting in Honiara, Solomon Islands, from 8 to 12 September. Before the Forum he will stop over in Brisbane for talks with the Premier of Queensland. He returns to Port Moresby on 12 September.';
    expect(all(text, '2026-08-26', 'Port Moresby')).toEqual(['Port Moresby', 'Brisbane', 'Honiara', 'Port Moresby']);
  });
});

describe('warnings: regions, groupings and news agencies are no places the gazetteer lacks', () => {
  it.each([
    ['"the Horn of Africa"', 'Foreign Minister Badr Abdelatty will begin a tour of the Horn of Africa on Sunday 8 February, visiting Addis Ababa and Asmara. He will return to Cairo on 11 February.', 'Cairo'],
    ['an agency credited in brackets ("(KUNA)")', 'Kuwait City, 22 April 2026 (KUNA) — His Highness the Crown Prince returned home today after an official visit to Egypt. In Cairo, His Highness met President Abdel Fattah El-Sisi on 20 April.', 'Kuwait City'],
  ])('%s', (_what, text, home) => {
    expect(unplaced(text, '2026-02-05', home)).toEqual([]);
  });

  it.each([
    ['the Baltic states', 'The Minister will visit the Baltic states on 14 and 15 January. On 14 January he will be in Vilnius. He returns to Warsaw on 15 January.', 'Warsaw'],
    ['the southern border provinces', 'The Prime Minister will visit the southern border provinces on 9 and 10 January. He will fly to Narathiwat on 9 January. He returns to Bangkok on 10 January.', 'Bangkok'],
    ['the Sacred Valley', 'Their Majesties will travel to Cusco on 18 November and visit the Sacred Valley on 19 November. They return to Madrid on 20 November.', 'Madrid'],
  ])('takes no site visit at a group of places named by a word for them (%s)', (_what, text, home) => {
    expect(draft(text, '2026-01-06', home).stops.flatMap((s) => s.meetings.map((m) => m.title))).toEqual([]);
  });
});

describe('places the gazetteer lacks, in announcements written after the fixes (two of the fourteen)', () => {
  it('warns of each, and keeps the stops it knows ("… the Galápagos Islands, where he will visit Puerto Ayora …")', () => {
    const text =
      'Quito, 12 August 2026 — President Daniel Noboa travels today to Guayaquil and tomorrow to the Galápagos Islands, where he will visit Puerto Ayora to review the marine reserve. He returns to Quito on 14 August.';
    expect(all(text, '2026-08-12', 'Quito')).toEqual(['Quito', 'Guayaquil', 'Quito']);
    expect(unplaced(text, '2026-08-12', 'Quito')).toEqual(['Puerto Ayora']);
  });

  it('warns of the names of a dated list after "will visit …:" that it cannot place ("Angra do Heroísmo on 11 June and Horta on 12 June")', () => {
    const text =
      'Lisbon, 5 June 2026. The President of the Republic will visit the Azores from 10 to 12 June: Ponta Delgada on 10 June, Angra do Heroísmo on 11 June and Horta on 12 June. He returns to Lisbon on 12 June.';
    expect(all(text, '2026-06-05', 'Lisbon')).toEqual(['Lisbon', 'Ponta Delgada', 'Lisbon']);
    expect(unplaced(text, '2026-06-05', 'Lisbon')).toEqual(['Angra do Heroísmo', 'Horta']);
  });
});
