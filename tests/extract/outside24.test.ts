// Announcements an outside tester wrote (round 18, t-outside24), with what a careful reader gets written before the
// extractor ran, or shorter texts of the same causes.
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { draft } = useWorld();
const route = (text: string, published: string, home: string) => draft(text, published, home).stops.map((s) => s.name);
const modes = (text: string, published: string, home: string) => draft(text, published, home).legs.map((l) => l.mode);

describe('a programme line of travel without a verb (t-outside24 A)', () => {
  const PROGRAMME = [
    'Apostolic Journey of His Holiness Pope Francis to Canada (24–30 July 2022)',
    'Sunday 24 July: Departure by air from Rome Fiumicino for Edmonton. Arrival at Edmonton International Airport and official welcome.',
    'Tuesday 26 July: Holy Mass at Commonwealth Stadium, Edmonton. Pilgrimage to Lac Ste. Anne.',
    'Wednesday 27 July: Flight from Edmonton to Québec City. Meeting with the Governor General, Mary Simon, and the Prime Minister, Justin Trudeau, at the Citadelle de Québec.',
    'Friday 29 July: Flight from Québec City to Iqaluit. Private meeting with former students of residential schools. Departure by air from Iqaluit for Rome.',
    'Saturday 30 July: Arrival at Rome Ciampino airport.',
  ].join('\n');

  it('"Flight from Edmonton to Québec City." is a leg to Québec City, by air, and the meetings of that day are held there', () => {
    const it = draft(PROGRAMME, '2022-06-23', 'Rome');
    expect(it.stops.map((s) => s.name)).toEqual(['Rome', 'Edmonton', 'Québec City', 'Iqaluit', 'Rome']);
    expect(it.legs.map((l) => l.mode)).toEqual(['flight', 'flight', 'flight', 'flight']);
    expect(it.stops.find((s) => s.name === 'Québec City')!.meetings.flatMap((m) => m.with.map((p) => p.name))).toEqual(['Mary Simon', 'Justin Trudeau']);
    expect(it.stops.find((s) => s.name === 'Iqaluit')!.meetings).toHaveLength(1);
  });

  it('"Flight to Guangzhou." on the line under its day is a flight: a line break joins no name ("April Flight")', () => {
    const text = 'Programme\n\nThursday 6 April\nBeijing. Talks with President Xi Jinping.\n\nFriday 7 April\nFlight to Guangzhou.';
    expect(modes(text, '2023-04-04', 'Paris')[0]).toBe('flight');
    expect(route(text, '2023-04-04', 'Paris')).toContain('Guangzhou');
  });
});
