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
