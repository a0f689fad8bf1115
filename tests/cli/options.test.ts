/**
 * The CLI's options as issue 13 left them: `-o` on every command that prints a result,
 * language tags checked, calendar days and nights in the summary, `--legs` (the API's name)
 * with `--route` as a deprecated alias; and the documented examples, which must run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { summarize } from '../../src/geojson/summarize';
import { repoRoot, SEED } from '../geojson/helpers';
import { fakeIO } from './fake-io';

const CWD = '/work/trip';
const seedText = readFileSync(path.join(repoRoot, SEED), 'utf8');
const io = (files: Record<string, string> = {}) =>
  fakeIO({ cwd: CWD, files: Object.fromEntries(Object.entries(files).map(([k, v]) => [path.join(CWD, k), v])) });

/** An itinerary whose stays are `[arrive, depart]` pairs, a day apart in longitude. */
const trip = (stays: Array<[string, string?]>) =>
  JSON.stringify({
    id: 'trip',
    title: 'Trip',
    stops: stays.map(([arrive, depart], i) => ({ id: `s${i}`, name: `S${i}`, coordinates: [i, 0], arrive, ...(depart ? { depart } : {}) })),
  });

describe('visitmap -o', () => {
  it.each([
    [['summary', 'seed.json'], /^Hong Kong's Customs chief/],
    [['summary', 'seed.json', '--json'], /^\{\n {2}"stops": 7,/],
    [['validate', 'seed.json'], /^seed\.json: valid: 7 stops/],
  ])('writes what %j prints to the file named by -o, and nothing to standard output', async (argv, expected) => {
    const printed = io({ 'seed.json': seedText });
    expect(await run(argv, printed)).toBe(0);
    const t = io({ 'seed.json': seedText });
    expect(await run([...argv, '-o', 'out.txt'], t)).toBe(0);
    expect(t.files.get(path.join(CWD, 'out.txt'))).toMatch(expected);
    expect(t.files.get(path.join(CWD, 'out.txt'))).toBe(printed.out());
    expect([t.out(), t.err()]).toEqual(['', '']);
  });
});

describe('visitmap --language', () => {
  it('exits 2 naming the bad tag, before reading any file', async () => {
    for (const command of ['gpx', 'kml']) {
      const t = io();
      expect(await run([command, 'missing.json', '--language', 'xx-invalid-!!'], t)).toBe(2);
      expect(t.err()).toBe(
        'visitmap: --language must be a BCP 47 language tag such as en or zh-Hans, got `xx-invalid-!!`\nRun "visitmap --help" for usage.\n',
      );
      expect(t.out()).toBe('');
    }
  });

  it('accepts every well-formed tag: language, optional script and region', async () => {
    const letters = (min: number, max: number) => fc.stringMatching(new RegExp(`^[a-z]{${min},${max}}$`));
    const tag = fc
      .tuple(letters(2, 3), fc.option(letters(4, 4)), fc.option(fc.stringMatching(/^[A-Z]{2}$/)))
      .map(([lang, script, region]) => [lang, script && script[0]!.toUpperCase() + script.slice(1), region].filter(Boolean).join('-'));
    await fc.assert(
      fc.asyncProperty(tag, async (t) => {
        const out = io({ 'seed.json': seedText });
        expect(await run(['kml', 'seed.json', '--language', t], out)).toBe(0);
      }),
      { numRuns: 30 },
    );
  });

  it('rejects any tag with a character outside letters, digits and hyphens, or an empty one', async () => {
    const bad = fc
      .tuple(fc.stringMatching(/^[a-z]{2}$/), fc.constantFrom('_', '!', ' ', '.', '/', '\u00e9', '*'), fc.stringMatching(/^[A-Za-z]{0,3}$/))
      .map(([a, c, b]) => `${a}${c}${b}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(bad, fc.constant('')), async (t) => {
        const out = io({ 'seed.json': seedText });
        expect(await run(['gpx', 'seed.json', `--language=${t}`], out)).toBe(2);
      }),
      { numRuns: 30 },
    );
  });
});

describe('visitmap summary: dates', () => {
  it('counts 1 to 11 September as 11 calendar days and 10 nights, even with undated days between', async () => {
    const t = io({ 'trip.json': trip([['2023-09-01', '2023-09-03'], ['2023-09-09', '2023-09-11']]) });
    expect(await run(['summary', 'trip.json'], t)).toBe(0);
    expect(t.out()).toContain('\nDates     2023-09-01 to 2023-09-11: 11 days, 10 nights (6 days with a dated stay)\n');
  });

  it('says how many days have a dated stay only where that is not every calendar day, so that --json\'s days is not read as another count', async () => {
    const all = io({ 'trip.json': trip([['2023-09-01', '2023-09-03'], ['2023-09-03', '2023-09-05']]) });
    expect(await run(['summary', 'trip.json'], all)).toBe(0);
    expect(all.out()).toContain('\nDates     2023-09-01 to 2023-09-05: 5 days, 4 nights\n');
    // Westwards over the date line: Honolulu left late on the 6th, Auckland reached on the 8th, no stay on the 7th.
    const pacific = JSON.stringify({
      id: 'p',
      title: 'P',
      stops: [
        { id: 'hnl', name: 'Honolulu', coordinates: [-157.86, 21.31], arrive: '2025-05-04', depart: '2025-05-06T22:00-10:00' },
        { id: 'akl', name: 'Auckland', coordinates: [174.76, -36.85], arrive: '2025-05-08T06:00+12:00', depart: '2025-05-09' },
      ],
    });
    const [text, json] = [io({ 'trip.json': pacific }), io({ 'trip.json': pacific })];
    expect(await run(['summary', 'trip.json'], text)).toBe(0);
    expect(await run(['summary', 'trip.json', '--json'], json)).toBe(0);
    expect(JSON.parse(json.out()).days).toBe(5);
    expect(text.out()).toContain('\nDates     2025-05-04 to 2025-05-09: 6 days, 5 nights (5 days with a dated stay)\n');
  });

  it('says a one-day visit is 1 day and 0 nights, and an undated one has no dates', async () => {
    const one = io({ 'trip.json': trip([['2024-02-29T09:00', '2024-02-29T18:00']]) });
    expect(await run(['summary', 'trip.json'], one)).toBe(0);
    expect(one.out()).toContain('\nDates     2024-02-29: 1 day, 0 nights\n');
    const none = io({ 'trip.json': JSON.stringify({ id: 'x', title: 'X', stops: [{ id: 'a', name: 'A', coordinates: [0, 0] }] }) });
    expect(await run(['summary', 'trip.json'], none)).toBe(0);
    expect(none.out()).toContain('\nDates     none given\n');
  });

  it('counts nights as the days between first and last, and days one more, across months and leap years', async () => {
    const day = fc.integer({ min: Date.UTC(1990, 0, 1) / 864e5, max: Date.UTC(2060, 0, 1) / 864e5 });
    await fc.assert(
      fc.asyncProperty(day, fc.integer({ min: 0, max: 800 }), async (first, nights) => {
        const iso = (d: number) => new Date(d * 864e5).toISOString().slice(0, 10);
        const t = io({ 'trip.json': trip([[iso(first)], [iso(first + nights)]]) });
        expect(await run(['summary', 'trip.json'], t)).toBe(0);
        const [, days, n, stayed] = /: ([\d,]+) days?, ([\d,]+) nights?(?: \((\d+) days? with a dated stay\))?\n/.exec(t.out()) ?? [];
        expect([Number(days?.replace(/,/g, '')), Number(n?.replace(/,/g, ''))]).toEqual([nights + 1, nights]);
        // Two arrivals and no departures: a stay on each of their days only.
        expect(stayed).toBe(nights > 1 ? '2' : undefined);
      }),
      { numRuns: 40 },
    );
  });
});

describe('visitmap gpx --legs', () => {
  it('writes the legs as a track by default and with --legs track, as a route with --legs route', async () => {
    const gpx = async (...flags: string[]) => {
      const t = io({ 'seed.json': seedText });
      expect(await run(['gpx', 'seed.json', ...flags], t)).toBe(0);
      expect(t.err()).toBe('');
      return t.out();
    };
    const track = await gpx();
    expect(track).toContain('<trk>');
    expect(track).not.toContain('<rte>');
    expect(await gpx('--legs', 'track')).toBe(track);
    const route = await gpx('--legs', 'route');
    expect(route).toContain('<rte>');
    expect(route).not.toContain('<trk>');
  });

  it('still takes --route, the old name, with a notice that it is deprecated', async () => {
    const t = io({ 'seed.json': seedText });
    expect(await run(['gpx', 'seed.json', '--route'], t)).toBe(0);
    expect(t.out()).toContain('<rte>');
    expect(t.err()).toBe('visitmap: --route is deprecated: use --legs route\n');
  });

  it.each([
    [['--legs', 'line'], '--legs must be `track` or `route`, got `line`'],
    [['--route', '--legs', 'track'], '--route contradicts --legs track'],
  ])('exits 2 for %j', async (flags, message) => {
    const t = io({ 'seed.json': seedText });
    expect(await run(['gpx', 'seed.json', ...flags], t)).toBe(2);
    expect(t.err()).toBe(`visitmap: ${message}\nRun "visitmap --help" for usage.\n`);
  });
});

describe('documented examples', () => {
  it("gives the seed's real figures in summarize's TSDoc example", () => {
    const source = readFileSync(path.join(repoRoot, 'src/geojson/summarize.ts'), 'utf8');
    const [, stops, days, km] = /the seed visit \(data\/hk-customs-yrd-visit-2023\.json\): (\d+) stops over (\d+) days, ([\d,.]+) km/.exec(source) ?? [];
    const s = summarize(JSON.parse(seedText));
    expect([Number(stops), Number(days), km]).toEqual([s.stops, s.days, s.totalDistanceKm.toLocaleString('en-US', { minimumFractionDigits: 1 })]);
  });

  // extract and import lines are documented and tested with their own commands.
  const OWN = new Set(['validate', 'geojson', 'gpx', 'kml', 'summary']);
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const cliSection = readme.slice(readme.indexOf('\n## CLI\n'), readme.indexOf('\n## ', readme.indexOf('\n## CLI\n') + 1));
  const lines = [...cliSection.matchAll(/^npx visitmap (.+?)(?:\s+#.*)?$/gm)].map((m) => m[1]!.trim()).filter((l) => OWN.has(l.split(' ')[0]!));

  it('finds the README CLI examples', () => {
    expect(lines.map((l) => l.split(' ')[0])).toEqual(expect.arrayContaining([...OWN]));
  });

  it.each(lines)('runs the README CLI line `visitmap %s`, with and without its optional parts', async (line) => {
    for (const form of [line.replace(/\s*\[[^\]]*\]/g, ''), line.replace(/[[\]]/g, '')]) {
      const t = io({ 'visit.json': seedText, 'more.json': seedText });
      expect(await run(form.split(/\s+/), t), `${form}: ${t.err()}`).toBe(0);
      expect(t.err(), form).toBe('');
    }
  });
});
