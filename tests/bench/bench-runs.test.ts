import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countUnsplitCrossings, crossTrackMaxKm, distanceToArcKm } from '../../bench/geometry-check.mjs';
import { PROFILES, syntheticItinerary } from '../../bench/synthetic.mjs';
import { distanceKm } from '../../src/geo/index';
import { parseItinerary } from '../../src/itinerary/parse';

const root = path.resolve(__dirname, '../..');

describe('bench', () => {
  it('generates the same synthetic itinerary for the same seed, and another for another seed', () => {
    expect(syntheticItinerary(300, { seed: 1 })).toEqual(syntheticItinerary(300, { seed: 1 }));
    expect(syntheticItinerary(300, { seed: 1 })).not.toEqual(syntheticItinerary(300, { seed: 2 }));
  });

  it.each(PROFILES)('generates a valid %s itinerary, the same for the same seed', (profile) => {
    const a = syntheticItinerary(200, { profile, seed: 3 });
    expect(a).toEqual(syntheticItinerary(200, { profile, seed: 3 }));
    expect(a).not.toEqual(syntheticItinerary(200, { profile, seed: 4 }));
    expect(parseItinerary(a).stops).toHaveLength(200);
  });

  it('gives each profile its own kind of trip', () => {
    const legKm = (profile: (typeof PROFILES)[number]) => {
      const it = parseItinerary(syntheticItinerary(2000, { profile }));
      return it.stops.slice(1).map((s, i) => distanceKm(it.stops[i]!.coordinates, s.coordinates));
    };
    const median = (xs: number[]) => xs.slice().sort((x, y) => x - y)[xs.length >> 1]!;
    // City: stops a few hundred metres apart, never far from the centre.
    const city = legKm('city');
    expect(median(city)).toBeGreaterThan(0.1);
    expect(median(city)).toBeLessThan(0.6);
    expect(Math.max(...city)).toBeLessThan(50);
    // Meeting-heavy: a tenth of the legs long flights, and every tenth stop has meetings.
    const heavy = parseItinerary(syntheticItinerary(2000, { profile: 'meetings' }));
    const flights = heavy.legs.filter((l) => l.mode === 'flight').length / heavy.legs.length;
    expect(flights).toBeGreaterThan(0.07);
    expect(flights).toBeLessThan(0.13);
    expect(heavy.stops.filter((s, i) => (s.meetings.length > 0) === (i % 10 === 0))).toHaveLength(2000);
    expect(legKm('meetings').filter((km) => km > 3000).length).toBeGreaterThan(100);
  });

  it('measures the distance of a point from a great-circle arc independently', () => {
    // A point 1° of latitude north of the equator, over an arc along the equator: 111.2 km.
    expect(distanceToArcKm([10, 1], [0, 0], [20, 0])).toBeCloseTo(111.195, 2);
    // Beyond the arc's end the distance is to the end point.
    expect(distanceToArcKm([30, 0], [0, 0], [20, 0])).toBeCloseTo(1111.95, 1);
  });

  it('finds the deviation of a straight lon/lat chord from the great circle it stands for', () => {
    // Lisbon to New York drawn as one straight segment strays far north of the chord.
    const a: [number, number] = [-9.14, 38.72];
    const b: [number, number] = [-74.0, 40.71];
    expect(crossTrackMaxKm({ type: 'LineString', coordinates: [a, b] }, a, b)).toBeGreaterThan(300);
  });

  it('counts a line that jumps across the map as an unsplit crossing', () => {
    const jump = { type: 'LineString', coordinates: [[179, 0], [-179, 1]] } as const;
    const split = { type: 'MultiLineString', coordinates: [[[179, 0], [180, 0.5]], [[-180, 0.5], [-179, 1]]] } as const;
    expect(countUnsplitCrossings([jump, split])).toBe(1);
  });

  // Needs the build (npm test builds before the unit tests).
  it('runs end to end at the smallest size on every profile, printing a table of ratios', () => {
    const out = execFileSync('node', ['bench/run.mjs', '--quick', '--no-browser', '--only', 'export,legs,import,size'], { cwd: root, encoding: 'utf8' });
    for (const profile of PROFILES) {
      expect(out).toMatch(new RegExp(`\\| parse\\+toGeoJSON ÷ JSON\\.stringify\\(output\\), ${profile} \\| 100 \\| \\d+\\.\\d\\d \\|.*CPU time ratio \\d+\\.\\d\\d`));
      expect(out).toMatch(new RegExp(`\\| legs: turf \\(100 pts\\) time ÷ ours, ${profile} \\| \\d+ \\| [\\d.]+× \\|.*unsplit crossings 0/`));
    }
    // Import of the own GPX and KML at two sizes, each against the XML parse of the same text.
    for (const format of ['GPX', 'KML']) expect(out).toMatch(new RegExp(`\\| import: from${format} ÷ XML parse, at 100 → 800 stops \\| 100, 800 \\| \\d+\\.\\d\\d → \\d+\\.\\d\\d \\| grows ≤ 1\\.5× \\|  \\| CPU time `));
  }, 120_000);

  // The extractor over 30 tuning texts, a 50 kB text and each synthetic shape at two sizes, against a tokenising pass: a test of
  // its own, so that the end-to-end run above keeps its time.
  it('runs the extraction case alone (--only extract), a row for the corpus and two for each synthetic shape', () => {
    const out = execFileSync('node', ['bench/run.mjs', '--quick', '--only', 'extract'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/\| extract ÷ tokenising pass: tuning corpus, 30 texts \| \d+ \| \d+ \| reported \|/);
    expect(out).toMatch(/\| extract ÷ tokenising pass: blanks: .* \| 2\d\d\d \| \d+ \| grows ≤ 2× at 4× the text \| (?:yes|NO) \| CPU time .* ratio × \d+\.\d\d/);
    expect(out).not.toMatch(/parse\+toGeoJSON|legs: turf|import: from/);
  }, 120_000);

  it('times two builds of the fused export in turns, each against its own stringify (the A/B harness)', () => {
    const out = execFileSync('node', ['--expose-gc', 'bench/ab-export.mjs', '.', '.', '--stops', '300', '--turns', '1'], { cwd: root, encoding: 'utf8' });
    const r = String.raw`\d+\.\d{3}`;
    for (const profile of PROFILES) expect(out).toMatch(new RegExp(`^${profile}: wall A ${r} B ${r} B/A ${r} \\| cpu A ${r} B ${r} B/A ${r}, paired median ${r} `, 'm'));
  }, 120_000);

  it('splits the export into its halves, the baseline into its two states and the input into its parts, one child process each (the floor study)', () => {
    const out = execFileSync('node', ['bench/export-floor.mjs', '--runs', '1', '--stops', '300'], { cwd: root, encoding: 'utf8' });
    const n = String.raw`\d+\.\d\d \(\d+\.\d\d–\d+\.\d\d\)`;
    for (const profile of PROFILES) {
      expect(out).toMatch(new RegExp(`\\| ${profile} \\| ${n} \\| ${n} \\| ${n} \\| \\d+\\.\\d\\d \\|`));
      for (const state of ['dropped', 'held']) expect(out).toMatch(new RegExp(`\\| ${profile} \\| result ${state} \\| ${n} \\| \\d+ \\(`));
      // Table 3: the fused export, three smaller inputs, legGeometry and distanceKm, then stringify's CPU time.
      expect(out).toMatch(new RegExp(`\\| ${profile} \\| (?:${n} \\| ){6}\\d+ \\(\\d+–\\d+\\) \\|`));
    }
  }, 120_000);

  it('reports the peak memory of one export in a child process', () => {
    const mib = Number(execFileSync('node', ['--expose-gc', 'bench/peak-heap.mjs', 'city', '3000', 'fused'], { cwd: root, encoding: 'utf8' }).trim());
    expect(mib).toBeGreaterThanOrEqual(0);
    expect(mib).toBeLessThan(500);
  });
});
