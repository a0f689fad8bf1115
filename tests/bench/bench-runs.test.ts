import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countUnsplitCrossings, crossTrackMaxKm, distanceToArcKm } from '../../bench/geometry-check.mjs';
import { syntheticItinerary } from '../../bench/synthetic.mjs';

const root = path.resolve(__dirname, '../..');

describe('bench', () => {
  it('generates the same synthetic itinerary for the same seed, and another for another seed', () => {
    expect(syntheticItinerary(300, { seed: 1 })).toEqual(syntheticItinerary(300, { seed: 1 }));
    expect(syntheticItinerary(300, { seed: 1 })).not.toEqual(syntheticItinerary(300, { seed: 2 }));
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
  it('runs end to end at the smallest size, printing a table of ratios', () => {
    const out = execFileSync('node', ['bench/run.mjs', '--quick', '--no-browser'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/\| parse\+toGeoJSON ÷ JSON\.stringify\(output\) \| 100 \| \d+\.\d\d \|/);
    expect(out).toMatch(/\| legs: turf \(100 pts\) time ÷ ours \| \d+ \| [\d.]+× \|/);
    expect(out).toMatch(/unsplit crossings 0\//);
  });
});
