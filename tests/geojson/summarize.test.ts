import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/geojson/summarize';
import { toGeoJSON } from '../../src/geojson/to-geojson';
import type { LegProperties } from '../../src/geojson/types';
import { readItinerary, readJson, SEED, unchecked } from './helpers';

const base = { id: 'x', title: 'X' };

describe('summarize', () => {
  it('counts the seed visit: stops, places visited twice once, meetings, and five local days', () => {
    const raw = readJson(SEED) as { stops: Array<{ meetings?: unknown[] }> };
    const s = summarize(unchecked(raw));
    expect(s.stops).toBe(raw.stops.length);
    expect(s.meetings).toBe(raw.stops.reduce((n, st) => n + (st.meetings?.length ?? 0), 0));
    expect(s.places).toBeLessThan(s.stops); // Hong Kong and Shanghai are visited twice
    expect([s.days, s.start, s.end]).toEqual([5, '2023-12-10', '2023-12-14']);
  });

  it('counts a place visited again once, as the map draws it, when only the later stop names its place', () => {
    // An outside tester's round-the-world trip: London first without `place`, London again with
    // `place: "london"` at the same point. The map drew one "1 · 7" marker; the summary said 7 places.
    const london = [-0.1276, 51.5072];
    const s = summarize({
      ...base,
      stops: [
        { id: 'london', name: 'London', coordinates: london },
        { id: 'new-york', name: 'New York', coordinates: [-74.006, 40.7128] },
        { id: 'london-2', name: 'London', coordinates: london, place: 'london' },
      ],
    });
    expect([s.stops, s.places]).toEqual([3, 2]);
  });

  it('counts places as stops joined by a shared place id or a shared point, chained (fast-check)', () => {
    const points = [[0, 0], [10, 10], [20, 20]];
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat(2), place: fc.constantFrom(undefined, 'a', 'b') }), { minLength: 1, maxLength: 8 }), (picks) => {
        const stops = picks.map((p, i) => ({ id: `s${i}`, name: `S${i}`, coordinates: points[p.at]!, ...(p.place ? { place: p.place } : {}) }));
        // Connected components of "same place id or same point", counted the slow way.
        const group = picks.map((_, i) => i);
        for (let changed = true; changed; ) {
          changed = false;
          for (let i = 0; i < picks.length; i++)
            for (let j = 0; j < picks.length; j++) {
              const joined = picks[i]!.at === picks[j]!.at || (picks[i]!.place !== undefined && picks[i]!.place === picks[j]!.place);
              if (joined && group[j]! > group[i]!) [group[j], changed] = [group[i]!, true];
            }
        }
        const s = summarize({ ...base, stops });
        expect(s.places).toBe(new Set(group).size);
      }),
    );
  });

  it('gives the same leg distances as the GeoJSON export, and totals them per mode', () => {
    const raw = readItinerary('tests/fixtures/in/fiji-tonga.json');
    const s = summarize(raw);
    const legs = toGeoJSON(raw).features.slice(3).map((f) => f.properties as LegProperties);
    expect(s.legs).toEqual(legs.map((l) => ({ from: l.from, to: l.to, mode: l.mode, distanceKm: l.distanceKm })));
    expect(Object.keys(s.modes)).toEqual(['flight', 'sea']);
    expect(s.modes.flight).toBeCloseTo(legs[0]!.distanceKm, 1);
    expect(s.totalDistanceKm).toBeCloseTo(legs[0]!.distanceKm + legs[1]!.distanceKm, 0);
    expect(s.totalDistanceKm).toBeGreaterThan(1000);
  });

  it('counts local days in the itinerary time zone, not in UTC', () => {
    // 23:30 UTC on 1 March is 2 March in Shanghai (UTC+8).
    const s = summarize({
      ...base,
      timezone: 'Asia/Shanghai',
      stops: [{ id: 'a', name: 'A', coordinates: [121, 31], arrive: '2024-03-01T23:30:00Z', depart: '2024-03-02T20:00:00+08:00' }],
    });
    expect([s.days, s.start, s.end]).toEqual([1, '2024-03-02', '2024-03-02']);
  });

  it('counts overlapping stays once and a stay from arrival to departure in full', () => {
    const s = summarize({
      ...base,
      stops: [
        { id: 'a', name: 'A', coordinates: [0, 0], arrive: '2024-01-01', depart: '2024-01-04' },
        { id: 'b', name: 'B', coordinates: [1, 0], arrive: '2024-01-04', depart: '2024-01-05' },
        { id: 'c', name: 'C', coordinates: [2, 0], arrive: '2024-01-10' },
      ],
    });
    expect([s.days, s.start, s.end]).toEqual([6, '2024-01-01', '2024-01-10']);
  });

  it('has no start or end and zero days when nothing is dated', () => {
    const s = summarize(readItinerary('tests/fixtures/in/minimal.json'));
    expect(s).toEqual({ stops: 1, places: 1, meetings: 0, days: 0, totalDistanceKm: 0, legs: [], modes: {} });
  });
});
