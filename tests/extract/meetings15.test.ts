// Participants, home and events: an outside tester's causes (issue 17), on sentences and places written for
// these tests (none of the tester's, none of the corpus's).
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { findMeetings } from '../../src/extract/find-meetings';
import { useWorld } from './world';

const { world } = useWorld();
const people = (sentence: string) =>
  findMeetings(sentence)
    .filter((m) => m.kind === 'meeting')
    .flatMap((m) => m.with.map((w) => w.participant));

describe('meetings: what the talks are on is not who they are with', () => {
  it('ends the people at a topic set off by a comma ("…, Mirela Oskan, on shipping and the Baltic")', () => {
    expect(people('On Thursday he will hold talks with the Foreign Minister of Tarnia, Mirela Oskan, on shipping and the Baltic.')).toEqual([
      { name: 'Mirela Oskan', role: 'Foreign Minister', organisation: 'Tarnia', kind: 'person' },
    ]);
    expect(people('She will meet Governor Ruth Acker, on water, energy and the Lakes Authority.')).toEqual([{ name: 'Ruth Acker', role: 'Governor', kind: 'person' }]);
  });

  it('reads people again after the topic where "and with" names them ("…, on trade, and with the Prime Minister of X, Y")', () => {
    expect(people('He held talks with President Olek Varna, on trade and the Baltic, and with the Prime Minister of Tarnia, Dara Senn.').map((p) => p.name)).toEqual([
      'Olek Varna',
      'Dara Senn',
    ]);
  });

  it('still reads people after "on the sidelines of …" set off by commas', () => {
    expect(people('He met President Olek Varna, on the sidelines of the forum, and Prime Minister Dara Senn.').map((p) => p.name)).toEqual(['Olek Varna', 'Dara Senn']);
  });
});

describe('meetings: an office, then its holder whose name has particles ("van den", "de la")', () => {
  it('makes the holder the person, with the office as role, not the office a name and the person a body', () => {
    expect(people('She will hold talks with the Secretary-General of the Danube Commission, Hendrik van den Bosch, before leaving.')).toEqual([
      { name: 'Hendrik van den Bosch', role: 'Secretary-General of the Danube Commission', organisation: 'Danube Commission', kind: 'person' },
    ]);
    expect(people('He will meet the Mayor of Velmar, Inés de la Fuente.')).toEqual([{ name: 'Inés de la Fuente', role: 'Mayor', organisation: 'Velmar', kind: 'person' }]);
  });

  it('reads the holder of an office that hosts ("…, where the Mayor of Velmar, Inés de la Fuente, will receive him")', () => {
    expect(people('He flies to Velmar, where the Mayor of Velmar, Inés de la Fuente, will receive him.')).toEqual([{ name: 'Inés de la Fuente', role: 'Mayor', organisation: 'Velmar', kind: 'person' }]);
  });

  it('leaves a body named with "de" and met on its own a body: only the office before it makes it a person', () => {
    expect(people('He will meet the Banco de Velmar.')).toEqual([{ name: 'Banco de Velmar', kind: 'organisation' }]);
  });
});

describe('home: a home city the text names, though not as where the trip starts', () => {
  it('says the departure stop is named by the text (dateline, return), not that the text does not name it', () => {
    const text =
      'Ljubljana, 4 March 2024. Prime Minister Tomaž Vrhovec travels to Bratislava tomorrow for talks with President Olek Varna.\n\nHe returns to Ljubljana on 6 March.';
    const stops = extractWith(world.g, text, { published: '2024-03-04' }).itinerary.stops;
    expect(stops.map((s) => s.name)).toEqual(['Ljubljana', 'Bratislava', 'Ljubljana']);
    expect(stops[0]!.note).toMatch(/^Home city \(departure\); named by the text, the departure from it assumed\./);
  });

  it('still says a home city given by the caller and never named is assumed', () => {
    const text = 'Windhoek, 4 March 2024. The Minister travels to Gaborone tomorrow for talks with President Olek Varna.';
    const stops = extractWith(world.g, text, { published: '2024-03-04', home: 'Valletta' }).itinerary.stops;
    expect(stops[0]!.note).toMatch(/^Home city \(departure\); not named by the text, assumed\./);
  });
});

describe('events: a journey made for a session, summit or conference', () => {
  it('finds the event the traveller goes to a place for ("travels to Valletta tomorrow for the 12th session of …")', () => {
    expect(findMeetings('The Minister travels to Valletta tomorrow for the 12th session of the Mediterranean Forum.').map((m) => [m.kind, m.title])).toEqual([
      ['event', '12th session of the Mediterranean Forum'],
    ]);
    const text = 'Ljubljana, 4 March 2024. The Minister travels to Valletta tomorrow for the 12th session of the Mediterranean Forum. She returns to Ljubljana on 6 March.';
    const stops = extractWith(world.g, text, { published: '2024-03-04' }).itinerary.stops;
    expect(stops[1]!.meetings.map((m) => [m.kind, m.title, m.date])).toEqual([['event', '12th session of the Mediterranean Forum', '2024-03-05']]);
  });

  it('finds none for a visit, talks or a purpose that is no event ("for a two-day visit", "for talks", "for the first time")', () => {
    expect(findMeetings('The Minister travels to Valletta tomorrow for a two-day visit.')).toEqual([]);
    expect(findMeetings('The Minister flew to Valletta for the first time.')).toEqual([]);
  });
});
