import { check } from '@placemarkio/check-geojson';
import type { LineString, MultiLineString, Point, Position } from 'geojson';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bboxOf } from '../../src/geo/index';
import { fromGeoJSON } from '../../src/geojson/from-geojson';
import { toGeoJSON } from '../../src/geojson/to-geojson';
import type { LegProperties, StopProperties } from '../../src/geojson/types';
import { ItineraryError, parseItinerary } from '../../src/itinerary/parse';
import type { LngLat } from '../../src/itinerary/types';
import { lngLat } from '../geo/sphere';
import { fixtureInputs, readItinerary, readJson, SEED, unchecked } from './helpers';

const pacific = () => readItinerary('tests/fixtures/in/pacific-crossing.json');
const allPositions = (g: Point | LineString | MultiLineString): Position[] =>
  g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : g.coordinates.flat();

describe('toGeoJSON', () => {
  it('gives a Point per stop, then a line per leg, in order, with kind, order, ids and names', () => {
    const it = parseItinerary(readItinerary(SEED));
    const fc = toGeoJSON(it);
    expect(fc.features).toHaveLength(it.stops.length + it.legs.length);
    it.stops.forEach((s, i) => {
      const f = fc.features[i]!;
      expect(f.id).toBe(s.id);
      expect(f.geometry).toEqual({ type: 'Point', coordinates: s.coordinates });
      expect(f.properties).toMatchObject({ kind: 'stop', order: i + 1, name: s.name, precision: s.precision, meetings: s.meetings });
    });
    it.legs.forEach((l, j) => {
      const p = fc.features[it.stops.length + j]!.properties as LegProperties;
      expect(p).toMatchObject({ kind: 'leg', from: l.from, to: l.to, order: j + 1, mode: l.mode });
      expect(p.distanceKm).toBeGreaterThanOrEqual(0);
      expect(Math.round(p.distanceKm * 10) / 10).toBe(p.distanceKm);
    });
  });

  it('keeps itinerary-level data in the visitmap foreign member, with a format version', () => {
    const it = parseItinerary(readItinerary(SEED));
    const { visitmap } = toGeoJSON(it);
    expect(visitmap).toEqual({
      version: 1,
      id: it.id,
      title: it.title,
      description: it.description,
      traveller: it.traveller,
      timezone: it.timezone,
      sources: it.sources,
    });
  });

  it('adds simplestyle hints: marker colour by precision, the stop number, an English title, stroke by mode', () => {
    const fc = toGeoJSON(pacific());
    const [tokyo, , la, firstLeg] = fc.features;
    expect(tokyo!.properties).toMatchObject({ 'marker-symbol': '1', title: 'Tokyo', 'marker-color': '#2166ac' });
    expect(la!.properties).toMatchObject({ 'marker-symbol': '3', title: 'Los Angeles', 'marker-color': '#ef8a62' });
    expect(firstLeg!.properties).toMatchObject({ stroke: '#1f78b4', 'stroke-width': 3, 'stroke-opacity': 0.8 });
  });

  it('splits the Tokyo–Honolulu leg at the antimeridian and wraps the bbox across it', () => {
    const fc = toGeoJSON(pacific());
    const leg = fc.features[3]!.geometry as MultiLineString;
    expect(leg.type).toBe('MultiLineString');
    expect(Math.abs(leg.coordinates[0]!.at(-1)![0]!)).toBe(180);
    expect(Math.abs(leg.coordinates[1]![0]![0]!)).toBe(180);
    expect(fc.features[4]!.geometry.type).toBe('LineString');
    const [west, , east] = fc.bbox;
    expect(west).toBeGreaterThan(east!); // crosses ±180, per RFC 7946 §5.2
    expect(west).toBeLessThanOrEqual(139.6917);
    expect(east).toBeGreaterThanOrEqual(-118.2437);
  });

  it('densifies legs more finely for a smaller tolerance', () => {
    const count = (t: number) => toGeoJSON(pacific(), { toleranceKm: t }).features.slice(3).reduce((n, f) => n + allPositions(f.geometry).length, 0);
    expect(count(0.1)).toBeGreaterThan(count(10));
  });

  it('rounds every coordinate to at most 6 decimals and writes no crs', () => {
    const raw = readJson('tests/fixtures/in/minimal.json') as { stops: Array<{ coordinates: number[] }> };
    raw.stops[0]!.coordinates = [114.123456789, -22.000000049];
    const fc = toGeoJSON(unchecked(raw));
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [114.123457, -22] });
    for (const [name, file] of fixtureInputs()) {
      const text = JSON.stringify(toGeoJSON(readItinerary(file)));
      expect(text, name).not.toMatch(/\d\.\d{7,}/);
      expect(text, name).not.toMatch(/"crs"/);
    }
  });

  it('passes check-geojson for every fixture', () => {
    for (const [name, file] of fixtureInputs()) {
      expect(() => check(JSON.stringify(toGeoJSON(readItinerary(file)))), name).not.toThrow();
    }
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    const a = JSON.stringify(toGeoJSON(readItinerary(SEED)));
    const b = JSON.stringify(toGeoJSON(parseItinerary(readItinerary(SEED))));
    expect(a).toBe(b);
  });

  it('parses raw input first and lets its ItineraryError through', () => {
    expect(() => toGeoJSON({ id: 'x', title: 'X', stops: [{ id: 'a', name: 'A', coordinates: [0, 95] }] })).toThrow(ItineraryError);
    expect(toGeoJSON(readItinerary('tests/fixtures/in/minimal.json')).features).toHaveLength(1);
  });

  it('gives a one-stop itinerary a point-sized bbox and no legs', () => {
    const fc = toGeoJSON(readItinerary('tests/fixtures/in/minimal.json'));
    expect(fc.bbox).toEqual([114.1694, 22.3193, 114.1694, 22.3193]);
    expect((fc.features[0]!.properties as StopProperties).kind).toBe('stop');
  });

  it('gives the bbox that bboxOf finds for the drawn stops and legs, on any route', () => {
    // toGeoJSON bounds the route as it draws it; bboxOf works from every drawn segment.
    const route = fc.array(lngLat(), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(route, (points) => {
        const x = { id: 'r', title: 'R', stops: points.map((coordinates, i) => ({ id: `s${i}`, name: `S${i}`, coordinates })) };
        const g = toGeoJSON(x);
        const lines = g.features.flatMap((f) => (f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : f.geometry.type === 'LineString' ? [f.geometry.coordinates] : [[f.geometry.coordinates]]));
        const expected = bboxOf(lines as LngLat[][]).map((v) => Math.round(v * 1e6) / 1e6 || 0);
        // An edge on the antimeridian may be written 180 or -180 (a leg rounded onto it):
        // the same meridian, so longitudes compare modulo 360.
        const sameMeridian = (a: number, b: number) => ((((a - b) % 360) + 360) % 360) < 1e-9 || ((((b - a) % 360) + 360) % 360) < 1e-9;
        expect(g.bbox).toHaveLength(4);
        g.bbox!.forEach((v, k) => expect(k % 2 === 0 ? sameMeridian(v, expected[k]!) : v === expected[k], `bbox[${k}] ${v} vs ${expected[k]}`).toBe(true));
      }),
      { numRuns: 500, examples: [[[[-179.99999950000003, 0], [0.0005235, 0]]]] },
    );
  });

  it('refuses a tolerance that is not a positive number', () => {
    for (const t of [0, -1, Number.NaN, Infinity]) expect(() => toGeoJSON(pacific(), { toleranceKm: t })).toThrow(/toleranceKm/);
  });

  it('refuses { flat: true }, the flat profile\'s old spelling, naming the function that writes it', () => {
    // ../shared/design.md once spelt the flat profile `toGeoJSON(x, { flat: true })`; ignoring the
    // option gave the nested profile, which GeoPackage and Shapefile then lose columns of.
    const flat = { flat: true } as unknown as { toleranceKm?: number };
    expect(() => toGeoJSON(pacific(), flat)).toThrow(/toGeoJSON: .*toFlatGeoJSON\(itinerary/);
    expect(() => toGeoJSON(pacific(), { flat: false } as unknown as { toleranceKm?: number })).not.toThrow();
  });

  it('gives a zero-length leg two equal vertices and a distance of 0', () => {
    const fc = toGeoJSON(readItinerary('tests/fixtures/in/zero-length.json'));
    const leg = fc.features[3]!;
    expect((leg.properties as LegProperties).distanceKm).toBe(0);
    expect(allPositions(leg.geometry).every((p) => p[0] === 121.4903 && p[1] === 31.2397)).toBe(true);
  });

  it('keeps a zero-length leg as a LineString of two equal positions at its place, with all it carries, read back whole', () => {
    // Kept on purpose (README, GeoJSON export): RFC 7946 §3.1.4 asks for two or more positions,
    // not distinct ones, and every leg stays a line where it is, with its mode and source;
    // GEOS-based validity (OGC simple features) calls it too short, a null geometry would
    // call it unlocated and a Point would make it a stop to readers that sort by type.
    const itinerary = parseItinerary(readItinerary('tests/fixtures/in/zero-length.json'));
    const out = toGeoJSON(itinerary);
    const leg = out.features[3]!;
    expect(leg.geometry).toEqual({ type: 'LineString', coordinates: [[121.4903, 31.2397], [121.4903, 31.2397]] });
    expect(leg.properties).toMatchObject({ kind: 'leg', from: 'customs-am', to: 'customs-pm', mode: 'road', distanceKm: 0 });
    expect(() => check(JSON.stringify(out))).not.toThrow();
    expect(fromGeoJSON(out).legs).toEqual(itinerary.legs);
  });
});
