// Round 8 of tuning (issue 17): classes of phrasing that round 7's unseen announcements used and the
// rules did not take (a capital named by its country's demonym, a venue "of the People", the day of
// travelling on to the next stop), checked on sentences written for these tests, about other places than
// the corpus's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetingDays } from '../../src/extract/days';
import { findPlaces } from '../../src/extract/find-places';
import type { ExtractWarning } from '../../src/extract/types';
import type { Stop } from '../../src/itinerary/types';
import { useWorld } from './world';

const { world, draft, stopDays } = useWorld();
const names = (text: string, published: string, home: string) => draft(text, published, home).stops.map((s) => s.name);

describe('places: "the Kenyan capital" is the country\'s capital', () => {
  it.each([
    ['an arrival', 'The Minister arrived in the Kenyan capital on Monday for talks with President Ruto.', 'Nairobi'],
    ['a stay, with an event', 'On Tuesday, her last day in the Peruvian capital, she met the Foreign Minister.', 'Lima'],
    ['a demonym of two words', 'He will travel to the South Korean capital on 4 May to meet the President.', 'Seoul'],
  ])('reads %s as a visit to the capital', (_what, text, capital) => {
    expect(names(text, '2026-05-01', 'London')).toEqual(['London', capital, 'London']);
  });

  it('names the capital once where the sentence names it too ("the Kenyan capital, Nairobi")', () => {
    const found = (s: string) => findPlaces(s, world.g).map((m) => m.candidates[0]?.name);
    expect(found('She landed in the Kenyan capital, Nairobi, on Monday.')).toEqual(['Nairobi']);
    expect(found('She landed in the Kenyan capital of Nairobi on Monday.')).toEqual(['Nairobi']);
    // A name after the comma that is no place is the sentence going on, not the capital's name.
    expect(found('On Tuesday, in the Kenyan capital, Ruto met the Minister.')).toEqual(['Nairobi']);
  });

  it('reads no capital where the word before is no demonym, or "the" is missing', () => {
    const found = (s: string) => findPlaces(s, world.g).map((m) => m.candidates[0]?.name);
    expect(found('The Minister spoke of the Venture capital fund.')).toEqual([]);
    expect(found('The Minister spoke of Kenyan capital markets.')).toEqual([]);
  });

  it('reads every sovereign state\'s demonym in "arrived in the … capital" as that capital, whatever the case of "capital"', () => {
    const pairs = [...world.g.countryByDemonym].filter(([, code]) => world.g.capitals.has(code));
    expect(pairs.length).toBeGreaterThan(150);
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.constantFrom('capital', 'Capital'), ([key, code], word) => {
        const demonym = key.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
        const m = findPlaces(`The Minister arrived in the ${demonym} ${word} on Monday.`, world.g);
        expect(m.map((x) => x.candidates.some((e) => e.country === code && e.name === world.g.capitals.get(code)!.name))).toEqual([true]);
        expect(m[0]!.cue).toBe('visit');
      }),
    );
  });
});

describe('places: a venue named "of the People" is no people of a place', () => {
  it('keeps Brasília of "met at the Palace of the People in Brasília" a stop, and Gaza of "aid to the people in Gaza" none', () => {
    expect(names('The President met the Minister at the Palace of the People in Brasília on Thursday.', '2026-05-01', 'London')).toEqual(['London', 'Brasília', 'London']);
    expect(names('In Cairo on Thursday she met aid workers who help the people in Gaza.', '2026-05-01', 'London')).toEqual(['London', 'Cairo', 'London']);
  });
});

describe('days: the day of travelling on to the next stop is also a day at the stop left', () => {
  it.each([
    ['"fly to"', 'The Minister will arrive in Lima on Monday 4 May. On Wednesday she will fly to Cusco.', '2026-05-01'],
    ['"travel to … by air"', 'The Minister will arrive in Lima on Monday 4 May. On Wednesday she will travel to Cusco by air.', '2026-05-01'],
    ['"flew on to", told after the trip', 'The Minister arrived in Lima on Monday 4 May. On Wednesday she flew on to Cusco.', '2026-05-08'],
  ])('with %s: a day the text states, not one inferred from the next arrival', (_what, text, published) => {
    const lima = draft(text, published, 'London').stops[1]!;
    expect([lima.name, lima.arrive, lima.depart, lima.dateCertainty]).toEqual(['Lima', '2026-05-04', '2026-05-06', 'stated']);
    expect(stopDays(text, published, 'London')[2]).toBe('Cusco 2026-05-06..2026-05-06');
  });

  it('with a sentence that goes on to other days ("On Wednesday she flew on to Cusco, and on Thursday she met …")', () => {
    const text = 'The Minister arrived in Lima on Monday 4 May. On Wednesday she flew on to Cusco, and on Thursday she met the regional governor.';
    const lima = draft(text, '2026-05-08', 'London').stops[1]!;
    expect([lima.name, lima.arrive, lima.depart, lima.dateCertainty]).toEqual(['Lima', '2026-05-04', '2026-05-06', 'stated']);
  });
});

describe('days: more of the ways a text dates a stop', () => {
  it('gives a dated event to the stop the traveller is at when the sentence names that place only in an office ("the Prime Minister of Singapore")', () => {
    const text = 'The Minister will arrive in Singapore on Monday 4 May. On Wednesday 6 May she will meet the Prime Minister of Singapore. She will return to London on Friday 8 May.';
    const stop = draft(text, '2026-05-01', 'London').stops[1]!;
    // The meeting's day is a day there; no sentence says the leaving, so the departure is inferred (round 11), and the
    // last stop lasts until the return (round 14; it ended on the meeting's day before).
    expect([stop.name, stop.arrive, stop.depart, stop.dateCertainty, stop.note]).toEqual(['Singapore', '2026-05-04', '2026-05-08', 'inferred', 'depart inferred, not stated. No sentence gives the leaving: the stay lasts until the return.']);
  });

  it('reads a span in brackets right after a country of the headline as that country\'s, not the first place\'s ("to Lima and Bolivia (4-7 May)")', () => {
    const text = 'Journey of the Minister to Lima and Bolivia (4-7 May 2026)\n\nOn Monday 4 May she will meet the President in Lima. On Tuesday 5 May she will fly to La Paz.';
    expect(stopDays(text, '2026-04-20', 'London').slice(1, 3)).toEqual(['Lima 2026-05-04..2026-05-05', 'La Paz 2026-05-05..2026-05-07']);
  });

  it('reads a programme\'s day heading "Tuesday, 5 May – Cusco" as that day, not as a dateline', () => {
    const text = 'The Minister will travel to Peru this week.\n\nMonday, 4 May – Lima\nTalks with the Foreign Minister.\n\nTuesday, 5 May – Cusco\nVisit to a school.';
    // Lima is left on 5 May, the day Cusco is reached (4..4 until round 16: a programme's day heading gives the day its place is reached, which it is left on the day the next place is, the day of travelling on, as the corpus counts it).
    expect(stopDays(text, '2026-05-01', 'London').slice(1, 3)).toEqual(['Lima 2026-05-04..2026-05-05', 'Cusco 2026-05-05..2026-05-05']);
  });

  it('reads "had flown to" and "had flown from … to" as travel', () => {
    expect(names('The Minister had flown to Lima on Monday 4 May and met the President on Tuesday.', '2026-05-08', 'London')).toEqual(['London', 'Lima', 'London']);
    expect(names('The Minister had flown from Quito to Lima on Monday 4 May, where she met the President.', '2026-05-08', 'London')).toEqual(['London', 'Quito', 'Lima', 'London']);
  });
});

describe('days: the day the story has reached', () => {
  it.each([
    ['That afternoon', 'The Minister arrived in Lima on Monday 4 May. That afternoon she boarded a train to Cusco. On Wednesday 6 May she opened a school in Cusco.'],
    ['In the evening', 'The Minister arrived in Lima on Monday 4 May. In the evening, she flew to Cusco. On Wednesday 6 May she opened a school in Cusco.'],
    ['Later that day', 'The Minister arrived in Lima on Monday 4 May. Later that day she flew on to Cusco. On Wednesday 6 May she opened a school in Cusco.'],
  ])('"%s" opening an undated sentence is that day, not the next day the text gives', (_what, text) => {
    expect(stopDays(text, '2026-05-08', 'London')[2]).toBe('Cusco 2026-05-04..2026-05-06');
  });

  it('gives a programme\'s timed lines the day of their heading "Monday 4 May – Lima"', () => {
    const text =
      'Programme\n\nMonday 4 May – Lima\n10:00 Arrival at Lima airport.\n12:00 Talks with the President.\n18:00 Departure for Cusco.\n21:00 Arrival in Cusco.\n\n' +
      'Tuesday 5 May – Cusco\n10:00 Visit to a school.\n17:00 Departure for London.';
    expect(stopDays(text, '2026-04-20', 'London').slice(1, 3)).toEqual(['Lima 2026-05-04..2026-05-04', 'Cusco 2026-05-04..2026-05-05']);
  });
});

describe('meetings: an office keeps every word of its name, and its holder', () => {
  it.each([
    ['Minister of Land, Infrastructure and Transport', 'Ms Sato', 'Sato'],
    ['Minister of Agriculture, Forestry and Fisheries', 'Mr Tanaka', 'Tanaka'],
    ['Minister of Food, Agriculture and Livestock', 'Mr Yumakli', 'Yumakli'],
  ])('"the %s, %s" is one person with that role', (office, person, name) => {
    const text = `In Lima on Monday 4 May the Minister met the ${office}, ${person}, to discuss cooperation.`;
    const meeting = draft(text, '2026-05-08', 'London').stops[1]!.meetings[0]!;
    expect(meeting.with).toEqual([{ name, role: office.replace(' the ', ' '), kind: 'person' }]);
  });
});

describe('places: a home written with "City" after the name the list has', () => {
  it('takes "Davao City" for Davao, and keeps a name whose "City" is its own ("Quezon City", "Mexico City")', () => {
    expect(world.g.lookup('Davao City').map((e) => [e.name, e.country])).toEqual([['Davao', 'PH']]);
    expect(world.g.lookup('Quezon City')[0]!.name).toBe('Quezon City');
    expect(world.g.lookup('Mexico City')[0]!.name).toBe('Mexico City');
    expect(world.g.lookup('Nowhere City')).toEqual([]);
    expect(names('The President flew to Beijing on Monday 4 May for talks.', '2026-05-01', 'Davao City')).toEqual(['Davao', 'Beijing', 'Davao']);
  });
});

describe('an outside tester\'s announcement: a train on to the next stop, a visit before the flight home', () => {
  const text =
    'Mayor Lena Ortiz will visit Lyon on 3 March 2025 to meet the regional transport board. On 5 March she takes the train to Paris, where she will tour the new metro depot before flying home to Madrid on 7 March.';
  it('gives each stop its day of leaving, and ends the site visit\'s title before the journey home', () => {
    const it = draft(text, '2025-02-20', 'Madrid');
    expect(it.stops.map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''}`)).toEqual(['Madrid ..2025-03-03', 'Lyon 2025-03-03..2025-03-05', 'Paris 2025-03-05..2025-03-07', 'Madrid 2025-03-07..']);
    expect(it.legs.map((l) => l.mode)).toEqual(['unknown', 'rail', 'flight']);
    expect(it.stops[2]!.meetings.map((m) => m.title)).toEqual(['New metro depot']);
  });
});

describe('the way home dated by "return on …", with no place named', () => {
  it.each([
    ['"and return on"', 'The Prime Minister will visit Singapore on 3 May and return on 5 May.'],
    ['"returning on"', 'The Prime Minister will visit Singapore on 3 May, returning on 5 May.'],
  ])('with %s: the last stop keeps its days to the return, and the return\'s date is stated', (_what, text) => {
    const it = draft(text, '2026-04-28', 'Wellington');
    expect(it.stops.map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''}`)).toEqual(['Wellington ..2026-05-03', 'Singapore 2026-05-03..2026-05-05', 'Wellington 2026-05-05..']);
    expect(it.stops[2]!.dateCertainty).toBe('stated');
  });

  it('still reads "return to X on …" as a stop at X, not the way home', () => {
    const it = draft('The Minister will travel to Jakarta on 3 May and will return to Singapore on 6 May.', '2026-04-28', 'Wellington');
    expect(it.stops.map((s) => s.name)).toEqual(['Wellington', 'Jakarta', 'Singapore', 'Wellington']);
  });
});

describe('days: a meeting the text dates at a stop is a day at that stop', () => {
  it('widens the stay to the meeting\'s day when nothing else gives it', () => {
    const text = 'The Minister will arrive in Lima on Monday 4 May for a two-day visit. On Wednesday 6 May she will meet President Boluarte in Lima. She will return to London on 8 May.';
    // The meeting on the 6th is a day there, and, the last stop, Lima lasts until the return (round 14: it ended on the
    // meeting's day, a leaving no sentence gives).
    expect(stopDays(text, '2026-05-01', 'London')[1]).toBe('Lima 2026-05-04..2026-05-08');
  });

  it('never pulls a stay across the stop before or after it, nor for a meeting whose day is inferred', () => {
    const stop = (id: string, arrive: string, depart: string, dates: [string, 'stated' | 'inferred'][] = []): Stop => ({
      id, name: id, coordinates: [0, 0], precision: 'city', arrive, depart, source: [],
      meetings: dates.map(([date, dateCertainty], k) => ({ id: `${id}${k}`, title: 'T', kind: 'meeting', date, dateCertainty, with: [], topics: [], source: [] })),
    });
    const stops = [
      stop('a', '2026-05-01', '2026-05-02', [['2026-05-03', 'stated']]), // the 3rd is b's and c's: a's stay ends where b's begins
      stop('b', '2026-05-02', '2026-05-03', [['2026-05-01', 'stated'], ['2026-05-04T10:00', 'stated'], ['2026-05-05', 'inferred']]),
      stop('c', '2026-05-04', '2026-05-06', [['2026-05-07', 'stated']]),
    ];
    const warnings: ExtractWarning[] = [];
    meetingDays(stops, warnings);
    expect(stops.map((s) => `${s.id} ${s.arrive}..${s.depart}`)).toEqual(['a 2026-05-01..2026-05-02', 'b 2026-05-02..2026-05-04', 'c 2026-05-04..2026-05-07']);
    // The two stated meetings left outside their stay are said; the inferred one is no conflict (it was worked out from the stop).
    expect(warnings.map((w) => [w.code, w.message.slice(0, 40)])).toEqual([
      ['date-conflict', 'T: the text dates it 2026-05-03, outside'],
      ['date-conflict', 'T: the text dates it 2026-05-01, outside'],
    ]);
  });
});

describe('places: an airport of a city the text visits is that city', () => {
  it('reads "also visit Changi Airport" during a stay in Singapore as Singapore, with no leg to the airport', () => {
    const text = 'The Minister will arrive in Singapore on 9 March and meet the Minister for Transport on 10 March. She will also visit Changi Airport. On 11 March she travels by train to Kuala Lumpur.';
    const it = draft(text, '2026-03-01', 'London');
    expect(it.stops.map((s) => s.name)).toEqual(['London', 'Singapore', 'Kuala Lumpur', 'London']);
    expect(it.legs.map((l) => l.mode)).toEqual(['unknown', 'rail', 'unknown']);
  });

  it('keeps an airport a stop of its own when the city it serves is not visited ("a stopover at Changi Airport")', () => {
    const text = 'On 9 March the Minister will stop over at Changi Airport on her way to Jakarta, where she arrives on 10 March.';
    expect(draft(text, '2026-03-01', 'London').stops.map((s) => s.name)).toContain('Singapore Changi Airport');
  });
});

describe('meetings: an office with its portfolio, of a country', () => {
  it.each([
    ['Minister of Transport of Malaysia', 'Mr Anthony Loke', 'Anthony Loke', 'Minister of Transport', 'Malaysia'],
    ['Minister of Foreign Trade and Tourism of Peru', 'Ms Elizabeth Galdo', 'Elizabeth Galdo', 'Minister of Foreign Trade and Tourism', 'Peru'],
  ])('"the %s, %s" is one person, with the whole office and the country', (office, person, name, role, organisation) => {
    const text = `In Lima on Monday 4 May the Minister called on the ${office}, ${person}, to discuss cooperation.`;
    const meeting = draft(text, '2026-05-08', 'London').stops[1]!.meetings[0]!;
    expect(meeting.with).toEqual([{ name, role, organisation, kind: 'person' }]);
  });

  it('keeps every word of an office of an institution ("the President of the Government of New Caledonia")', () => {
    const text = 'In Nouméa on Monday 4 May the Minister met the President of the Government of New Caledonia, Mr Louis Mapou.';
    const [w] = draft(text, '2026-05-08', 'London').stops[1]!.meetings[0]!.with;
    expect(w!.role).toBe('President of the Government of New Caledonia');
  });
});

describe('meetings: the body that hosts an event is its organiser, not someone met', () => {
  it.each([
    ['a reception hosted by the New Zealand Embassy', []],
    ['a luncheon hosted by the Hong Kong Economic and Trade Office', []],
    ['a dinner hosted by the Prime Minister, Mr Anwar Ibrahim', ['Anwar Ibrahim']],
  ])('"… attend %s"', (event, met) => {
    const text = `On Monday 4 May in Kuala Lumpur the Minister will attend ${event}.`;
    const meetings = draft(text, '2026-05-01', 'London').stops[1]!.meetings;
    expect(meetings.filter((m) => m.kind === 'meeting').flatMap((m) => m.with.map((w) => w.name))).toEqual(met);
  });
});

describe('events: the body that hosts or organises one goes with it', () => {
  it.each([
    ['a luncheon hosted by the Hong Kong Economic and Trade Office', 'Luncheon', 'Hong Kong Economic and Trade Office'],
    ['a reception hosted by the Japan External Trade Organization', 'Reception', 'Japan External Trade Organization'],
    ['a seminar organised by the Korea International Trade Association', 'Seminar', 'Korea International Trade Association'],
  ])('"attend %s" is the event, with its host as an organisation, and no meeting', (event, title, body) => {
    const meetings = draft(`On Monday 4 May in Seoul the Minister will attend ${event}.`, '2026-05-01', 'London').stops[1]!.meetings;
    expect(meetings.map((m) => [m.kind, m.title, m.with])).toEqual([['event', title, [{ name: body, kind: 'organisation' }]]]);
  });
});

describe('days: a return dated with no place is the way home, not a day at the places before it', () => {
  it('keeps "… to visit Lima and Cusco, and return on 9 May" from dating both places 9 May and reordering them: the day is the last place\'s day of leaving', () => {
    const text = 'The Minister will depart for Lima on 4 May to visit Lima and Cusco, and return on 9 May. She will fly from Lima to Cusco on 6 May.';
    expect(stopDays(text, '2026-05-01', 'London')).toEqual(['London ..2026-05-04', 'Lima 2026-05-04..2026-05-06', 'Cusco 2026-05-06..2026-05-09', 'London 2026-05-09..']);
  });
});

describe('meetings: an office after a country\'s name ("New Zealand\'s Minister of …"), and a hyphenated office', () => {
  it.each([
    ["New Zealand's Minister of Foreign Affairs, Winston Peters", { name: 'Winston Peters', role: 'Minister of Foreign Affairs', organisation: 'New Zealand', kind: 'person' }],
    ["Peru's President, Ms Dina Boluarte", { name: 'Dina Boluarte', role: 'President', organisation: 'Peru', kind: 'person' }],
    ['the Secretary-General of the Pacific Islands Forum, Baron Waqa', { name: 'Baron Waqa', role: 'Secretary-General of the Pacific Islands Forum', organisation: 'Pacific Islands Forum', kind: 'person' }],
  ])('"meet %s" is one person with the office', (who, participant) => {
    const meetings = draft(`In Wellington on Monday 4 May she will meet ${who}.`, '2026-05-01', 'London').stops[1]!.meetings;
    expect(meetings.map((m) => m.with)).toEqual([[participant]]);
  });
});

describe('sites: an airport toured during a stay is a site visit there, not a stop', () => {
  it('"He will tour Incheon International Airport on 6 May" during a stay in Seoul', () => {
    const text = 'The Minister will visit Seoul on 5 May and return on 7 May. He will tour Incheon International Airport on 6 May.';
    const it = draft(text, '2026-05-01', 'London');
    expect(it.stops.map((s) => s.name)).toEqual(['London', 'Seoul', 'London']);
    expect(it.stops[1]!.meetings.map((m) => [m.kind, m.title, m.date])).toEqual([['visit', 'Incheon International Airport', '2026-05-06']]);
  });

  it('"She will also visit Changi Airport" during a stay in Singapore keeps the visit, at Singapore', () => {
    const it = draft('The Minister will arrive in Singapore on 9 March. She will also visit Changi Airport on 10 March.', '2026-03-01', 'London');
    expect(it.stops[1]!.meetings.map((m) => [m.kind, m.title])).toEqual([['visit', 'Changi Airport']]);
  });
});
