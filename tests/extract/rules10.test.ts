// Outside testers' announcements, round 10: what the rules did with them, checked on sentences written for these
// tests, about other places than the testers'.
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { useWorld } from './world';

const { world, draft, stopDays } = useWorld();
const dateWarnings = (text: string, published: string, home: string) =>
  extractWith(world.g, text, { published, home }).warnings.filter((w) => w.code === 'date-conflict');

describe('days: a sentence dated after the stated return home', () => {
  it('"return to Oslo on 8 June. On 9 June, she will brief the press.": the return stays, no stop is stretched, the sentence is warned of', () => {
    const text = 'The Minister will depart for Lima on 5 June to begin a visit to Lima and Quito. She will travel to Quito on 7 June. She will return to Oslo on 8 June. On 9 June, she will brief the press.';
    expect(stopDays(text, '2026-06-01', 'Oslo')).toEqual(['Oslo ..2026-06-05', 'Lima 2026-06-05..2026-06-07', 'Quito 2026-06-07..2026-06-08', 'Oslo 2026-06-08..']);
    expect(dateWarnings(text, '2026-06-01', 'Oslo').map((w) => [w.message.includes('after the return home (2026-06-08)'), w.source?.text])).toEqual([
      [true, 'On 9 June, she will brief the press.'],
    ]);
  });

  it('puts a meeting dated after the return at home, not at the last place visited', () => {
    const text = 'The Minister will depart for Lima on 5 June to begin a visit to Lima and Quito. She will travel to Quito on 7 June. She will return to Oslo on 8 June. On 9 June, she will attend a Storting committee meeting.';
    const stops = draft(text, '2026-06-01', 'Oslo').stops;
    expect(stops.map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''} ${s.meetings.map((m) => `${m.title}@${m.date}`).join()}`)).toEqual([
      'Oslo ..2026-06-05 ',
      'Lima 2026-06-05..2026-06-07 ',
      'Quito 2026-06-07..2026-06-08 ',
      'Oslo 2026-06-08.. Storting committee meeting@2026-06-09',
    ]);
    expect(dateWarnings(text, '2026-06-01', 'Oslo')).toEqual([]);
  });
});

describe('days: "depart for X on D to begin a visit to X and Y, arriving in Y on E"', () => {
  it('reaches X on D (inferred) and Y on E: the day of arriving in Y is not X\'s', () => {
    const text = 'The Minister will depart for Lima on 5 June to begin a visit to Lima and Quito, arriving in Quito on 8 June. She will return to Oslo on 10 June.';
    expect(
      draft(text, '2026-06-01', 'Oslo').stops.map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''} ${s.dateCertainty ?? ''}${s.note?.includes('inferred') ? ` (${s.note})` : ''}`),
    ).toEqual([
      'Oslo ..2026-06-05 stated',
      'Lima 2026-06-05..2026-06-08 inferred (arrive and depart inferred, not stated.)',
      'Quito 2026-06-08..2026-06-10 inferred (depart inferred, not stated.)',
      'Oslo 2026-06-10.. stated',
    ]);
  });

  it('keeps a day given for a list each listed place\'s: "a visit to Lima and Quito on 8 June"', () => {
    const text = 'The Minister will pay a visit to Lima and Quito on 8 June, arriving in Quito in the evening. She will return to Oslo on 10 June.';
    expect(stopDays(text, '2026-06-01', 'Oslo').slice(1, 3)).toEqual(['Lima 2026-06-08..2026-06-08', 'Quito 2026-06-08..2026-06-10']);
  });
});

describe('days: "leave Y on D and return on E"', () => {
  it('leaves Y on D, stated, and reaches home on E', () => {
    const text = 'The Minister will depart for Lima on 5 June to begin a visit to Lima and Quito. She will leave Quito on 9 June and return on 10 June.';
    const stops = draft(text, '2026-06-01', 'Oslo').stops;
    const quito = stops.find((s) => s.name === 'Quito')!;
    expect([quito.depart, quito.note?.includes('depart') ?? false, stops[stops.length - 1]!.arrive]).toEqual(['2026-06-09', false, '2026-06-10']);
  });
});

describe('order: "depart for X on D via Y"', () => {
  it('passes through Y before reaching X', () => {
    const text = 'The Minister will depart for Lima on 5 June via Madrid to begin a visit to Lima and Quito. She will return to Oslo on 10 June.';
    expect(draft(text, '2026-06-01', 'Oslo').stops.map((s) => s.name)).toEqual(['Oslo', 'Madrid', 'Lima', 'Quito', 'Oslo']);
  });

  it('keeps the order of "depart for X on D and then travel via Y to Z"', () => {
    const text = 'The Minister will depart for Lima on 5 June and then travel via Madrid to Quito on 8 June. She will return to Oslo on 10 June.';
    expect(draft(text, '2026-06-01', 'Oslo').stops.map((s) => s.name)).toEqual(['Oslo', 'Lima', 'Madrid', 'Quito', 'Oslo']);
  });
});
