import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { MAX_TEXT } from '../../src/extract/index';
import { parseItinerary } from '../../src/itinerary/index';
import { fakeIO } from './fake-io';

const CWD = '/work/desk';
const io = (files: Record<string, string> = {}) =>
  fakeIO({ cwd: CWD, files: Object.fromEntries(Object.entries(files).map(([k, v]) => [path.join(CWD, k), v])) });

// Our own announcement-style text (not a real release).
const TEXT = `The Secretary for Transport will depart for Singapore tomorrow (March 5) for a two-day visit.
In Singapore, she will meet with the Minister for Transport, Mr Tan Kah Wee, to discuss port co-operation.
She will return to Hong Kong on March 6.`;

describe('visitmap extract', () => {
  it('drafts an itinerary that the parser accepts, from the home city and back', async () => {
    const t = io({ 'news.txt': TEXT });
    expect(await run(['extract', 'news.txt', '--published', '2024-03-04'], t)).toBe(0);
    const itinerary = parseItinerary(JSON.parse(t.out()));
    const names = itinerary.stops.map((s) => (typeof s.name === 'string' ? s.name : s.name.en));
    expect(names[0]).toBe('Hong Kong');
    expect(names).toContain('Singapore');
    expect(names.at(-1)).toBe('Hong Kong');
    expect(itinerary.stops.find((s) => s.id.includes('singapore'))?.arrive).toBe('2024-03-05');
  });

  it('refuses, at once and naming the file, a text far longer than any announcement, which would take minutes to draft', async () => {
    // An outside tester's 20 MB text ran for over five minutes with no word.
    const long = `${TEXT}\n`.repeat(Math.ceil((MAX_TEXT + 1) / (TEXT.length + 1)));
    const t = io({ 'all-news.txt': long });
    expect(await run(['extract', 'all-news.txt', '--published', '2024-03-04'], t)).toBe(1);
    expect(t.err()).toBe(`all-news.txt: the text is ${long.length} characters long: an announcement is a few thousand, and drafting one of over 1000000 would take minutes. Give the announcement alone.\n`);
    expect(t.out()).toBe('');
    expect(MAX_TEXT).toBe(1_000_000);
  });

  it('drafts a text whose traveller returns to a country, taking its capital as home with a warning (an outside tester\'s "returns to Barbados" exited 2)', async () => {
    const t = io({ 'news.txt': 'The Prime Minister will visit Accra on 3 September and Abuja on 5 September. Ms Mottley returns to Barbados on 7 September.' });
    expect(await run(['extract', 'news.txt', '--published', '2023-09-01'], t)).toBe(0);
    const names = parseItinerary(JSON.parse(t.out())).stops.map((s) => (typeof s.name === 'string' ? s.name : s.name.en));
    expect(names).toEqual(['Bridgetown', 'Accra', 'Abuja', 'Bridgetown']);
    expect(t.err()).toContain('"Barbados" is a country: the draft takes its capital, Bridgetown, as the home city.');
    expect(t.err()).not.toContain('--help');
  });

  it('names the --home flag, not the library\'s option, when the home given is in no gazetteer', async () => {
    const t = io({ 'news.txt': TEXT });
    expect(await run(['extract', 'news.txt', '--published', '2024-03-04', '--home', 'Qwertyville'], t)).toBe(2);
    expect(t.err()).toContain('visitmap: --home "Qwertyville" is in no gazetteer: give a city it knows, or add this one in a --places file.');
    expect(t.err()).not.toContain('extractItinerary');
    expect(t.err()).not.toContain('gazetteer option');
    expect(t.out()).toBe('');
  });

  it('writes the draft to -o OUT', async () => {
    const t = io({ 'news.txt': TEXT });
    expect(await run(['extract', 'news.txt', '--published', '2024-03-04', '-o', 'draft.json'], t)).toBe(0);
    expect(t.out()).toBe('');
    expect(() => parseItinerary(JSON.parse(t.files.get(path.join(CWD, 'draft.json'))!))).not.toThrow();
  });

  it.each(['last week', '2023-02-30', '2023-13-45', '20230101'])('exits 2 on --published %j, which names no real YYYY-MM-DD day', async (day) => {
    const t = io({ 'news.txt': TEXT });
    expect(await run(['extract', 'news.txt', '--published', day], t)).toBe(2);
    expect(t.err()).toContain(`published must be a real YYYY-MM-DD date, got "${day}"`);
    // Named by the flag the user typed, not by the library function behind the command.
    expect(t.err()).toContain(`visitmap: --published must be`);
    expect(t.err()).not.toContain('extractItinerary');
    expect(t.err()).not.toMatch(/internal error/);
    expect(t.out()).toBe('');
  });

  it('exits 1 without writing a draft when the text names no place it can find', async () => {
    const t = io({ 'news.txt': 'The Secretary will be away on leave next week.' });
    expect(await run(['extract', 'news.txt', '--published', '2024-03-04'], t)).toBe(1);
    expect(t.out()).toBe('');
    expect(t.err()).toMatch(/warning: No visited place was found/);
    expect(t.err()).toMatch(/news\.txt: no itinerary: no visited place found\n$/);
  });

  it('exits 1 with line and column on a broken places file', async () => {
    const t = io({ 'news.txt': TEXT, 'places.json': '[\n  { "name": "Pier 4", }\n]' });
    expect(await run(['extract', 'news.txt', '--places', 'places.json'], t)).toBe(1);
    expect(t.err()).toMatch(/^places\.json:2:\d+: /);
    // A place whose name is given twice would lose the first one.
    const again = io({ 'news.txt': TEXT, 'places.json': '[\n  { "name": "Pier 4", "coordinates": [114.16, 22.28], "name": "Pier 5" }\n]' });
    expect(await run(['extract', 'news.txt', '--places', 'places.json'], again)).toBe(1);
    expect(again.err()).toBe('places.json:2:55: [0]: "name" is given twice (first at 2:5); JSON keeps only the last\n');
  });

  it.each([
    ['a list entry without coordinates', '[{ "name": "Pier 4" }]', 'places.json: places[0].coordinates: expected [longitude, latitude] numbers'],
    ['a latitude out of range', '[{ "name": "Pier 4", "coordinates": [114.1, 22.3] },\n { "name": "Pole", "coordinates": [0, 95] }]', 'places.json: places[1].coordinates[1]: latitude 95 is outside [-90, 90]'],
    ['a list entry whose aliases are not a list', '[{ "name": "Pier 4", "coordinates": [114.1, 22.3], "aliases": "P4" }]', 'places.json: places[0].aliases: expected a list of names'],
    ['a list entry whose country is not a code', '[{ "name": "Pier 4", "coordinates": [114.1, 22.3], "country": 852 }]', 'places.json: places[0].country: expected an ISO 3166-1 alpha-2 code'],
    ['an object that is neither a list nor a FeatureCollection', '{ "places": [] }', 'places.json: expected an array of { name, coordinates } or a GeoJSON FeatureCollection of Points'],
    ['a feature that is not a point', '{ "type": "FeatureCollection", "features": [{ "type": "Feature", "geometry": { "type": "LineString", "coordinates": [] }, "properties": { "name": "Road" } }] }', 'places.json: features[0].geometry must be a Point'],
    ['a point feature with a bad latitude', '{ "type": "FeatureCollection", "features": [{ "type": "Feature", "geometry": { "type": "Point", "coordinates": [0, -91] }, "properties": { "name": "Deep" } }] }', 'places.json: features[0].geometry.coordinates[1]: latitude -91 is outside [-90, 90]'],
    ['a list entry whose precision is none of the three', '[{ "name": "Pier 4", "coordinates": [114.1, 22.3], "precision": "town" }]', 'places.json: places[0].precision: expected "venue", "district" or "city", got "town"'],
    [
      'a point feature whose precision is none of the three',
      '{ "type": "FeatureCollection", "features": [{ "type": "Feature", "geometry": { "type": "Point", "coordinates": [0, 1] }, "properties": { "name": "Pier", "precision": "exact" } }] }',
      'places.json: features[0].properties.precision: expected "venue", "district" or "city", got "exact"',
    ],
  ])('exits 1, naming the places file and the entry, on %s', async (_, json, line) => {
    const t = io({ 'news.txt': TEXT, 'places.json': json });
    expect(await run(['extract', 'news.txt', '--places', 'places.json'], t)).toBe(1);
    expect(t.err()).toBe(`${line}\n`);
    expect(t.out()).toBe('');
  });

  // The README's places file, word for word (an outside tester had to guess its fields).
  const NORTH = 'Prime Minister Jonas Gahr Støre will visit Vardø on 18 August and meet Mayor Ørjan Jensen at the Vardøhus Fortress. He returns to Oslo the same evening.';
  const README_PLACES = `[
  { "name": "Vardø", "coordinates": [31.11, 70.37], "country": "NO" },
  { "name": "Vardøhus Fortress", "coordinates": [31.10, 70.37], "country": "NO", "precision": "venue" }
]`;

  it('names its --places flag, not the library\'s gazetteer option, in a warning of a place it does not know', async () => {
    const t = io({ 'news.txt': NORTH });
    await run(['extract', 'news.txt', '--published', '2022-08-14', '--home', 'Oslo'], t);
    expect(t.err()).toContain('news.txt: warning: "Vardø" looks like a place visited but is in no gazetteer: add it with a --places file.');
    expect(t.err()).not.toContain('gazetteer option');
  });

  it('reads the places file the README gives, and a place of it is a town (precision "city") unless it says otherwise', async () => {
    const t = io({ 'news.txt': NORTH, 'places.json': README_PLACES });
    expect(await run(['extract', 'news.txt', '--published', '2022-08-14', '--home', 'Oslo', '--places', 'places.json'], t)).toBe(0);
    const stops = parseItinerary(JSON.parse(t.out())).stops;
    expect(stops.map((s) => [s.name, s.precision])).toEqual([
      ['Oslo', 'city'],
      ['Vardø', 'city'],
      ['Vardøhus Fortress', 'venue'],
      ['Oslo', 'city'],
    ]);
    expect(t.err()).not.toContain('Vardø');
  });

  it('reports a missing announcement file in one line', async () => {
    const t = io();
    expect(await run(['extract', 'gone.txt'], t)).toBe(1);
    expect(t.err()).toBe('visitmap: cannot read gone.txt: no such file\n');
  });
});
