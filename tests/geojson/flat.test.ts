import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basicDate, chunks, extendedDate, MAX_BYTES, MAX_FIELD, utf8Length } from '../../src/geojson/flat-columns';
import { fromGeoJSON } from '../../src/geojson/from-geojson';
import { toFlatGeoJSON } from '../../src/geojson/to-flat-geojson';
import { toGeoJSON } from '../../src/geojson/to-geojson';
import { parseItinerary } from '../../src/itinerary/parse';
import { isoDate, validItinerary } from '../arbitraries';
import { fixtureInputs, issuesOf, readItinerary, SEED } from './helpers';


describe('flat profile', () => {
  it('reads back as the same itinerary, with only scalar values under unique names of at most 10 characters (property)', () => {
    fc.assert(
      fc.property(validItinerary(), (x) => {
        const it = parseItinerary(x);
        const flat = toFlatGeoJSON(it);
        // Collected, then checked once: an expect per value is slow on a busy machine.
        const bad: string[] = [];
        for (const f of flat.features) {
          const keys = Object.keys(f.properties);
          if (new Set(keys.map((k) => k.toLowerCase())).size !== keys.length) bad.push(`names equal but for case: ${keys}`); // DBF names ignore case
          for (const [k, v] of Object.entries(f.properties)) {
            if (k.length > MAX_FIELD) bad.push(`name too long: ${k}`);
            if (typeof v !== 'string' && typeof v !== 'number') bad.push(`${k} is not a scalar`);
            if (typeof v === 'string' && utf8Length(v) > MAX_BYTES) bad.push(`${k} is over ${MAX_BYTES} bytes`);
          }
          if (f.properties.trip_id !== it.id) bad.push('trip_id missing');
        }
        expect(bad).toEqual([]);
        expect(fromGeoJSON(JSON.parse(JSON.stringify(flat)))).toEqual(it);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('has the geometry and bbox of toGeoJSON: stops and meeting rows at their stop, legs as drawn', () => {
    for (const [name, file] of fixtureInputs()) {
      const it = parseItinerary(readItinerary(file));
      const nested = toGeoJSON(it);
      const flat = toFlatGeoJSON(it);
      expect(flat.bbox, name).toEqual(nested.bbox);
      const byKind = (kind: string) => flat.features.filter((f) => f.properties.kind === kind).map((f) => f.geometry);
      expect(byKind('stop'), name).toEqual(nested.features.slice(0, it.stops.length).map((f) => f.geometry));
      expect(byKind('leg'), name).toEqual(nested.features.slice(it.stops.length).map((f) => f.geometry));
      expect(flat.features.filter((f) => f.properties.kind === 'leg').map((f) => f.properties.dist_km), name).toEqual(
        nested.features.slice(it.stops.length).map((f) => (f.properties as { distanceKm: number }).distanceKm),
      );
    }
  });

  it('reads every fixture and the seed back as the same itinerary', () => {
    for (const [name, file] of fixtureInputs()) {
      const it = parseItinerary(readItinerary(file));
      expect(fromGeoJSON(JSON.parse(JSON.stringify(toFlatGeoJSON(it)))), name).toEqual(it);
    }
  });

  it('puts the itinerary id, title and time zone on every feature, a row per meeting and a column per language', () => {
    const it = parseItinerary(readItinerary(SEED));
    const rows = toFlatGeoJSON(it).features.map((f) => f.properties);
    for (const p of rows) {
      expect(p).toMatchObject({ trip_id: it.id, tz: 'Asia/Shanghai', t_en: (it.title as Record<string, string>).en, 't_zh-Hant': (it.title as Record<string, string>)['zh-Hant'] });
    }
    const meetings = it.stops.flatMap((s) => s.meetings.map((m) => [s.id, m] as const));
    expect(rows.filter((p) => p.kind === 'meeting').map((p) => [p.stop, p.id, p.url])).toEqual(meetings.map(([s, m]) => [s, m.id, m.url]));
    const hangzhou = rows.find((p) => p.id === 'hangzhou')!;
    expect(hangzhou).toMatchObject({ n_en: 'Hangzhou', 'n_zh-Hans': '杭州', arrive: '20231210', datecert: 'inferred', meetings: 2 });
    expect(rows.filter((p) => p.kind === 'leg').map((p) => p.mode)).toEqual(it.legs.map((l) => l.mode));
  });

  it('names a language whose column would be too long by its position in langs', () => {
    const it = parseItinerary({ id: 'x', title: 'X', stops: [{ id: 'a', name: { en: 'Guangzhou', 'zh-Hans-CN': '广州' }, coordinates: [113.26, 23.13] }] });
    const [stop] = toFlatGeoJSON(it).features;
    expect(stop!.properties).toMatchObject({ langs: 'en zh-Hans-CN', n_en: 'Guangzhou', n_2: '广州' });
    expect(fromGeoJSON(toFlatGeoJSON(it))).toEqual(it);
  });

  it('writes dates in the ISO 8601 basic form, which maps one to one onto the extended form (property)', () => {
    fc.assert(
      fc.property(isoDate(), (d) => {
        expect(basicDate(d)).toMatch(/^\d{8}(?:T[^:]*)?$/); // no '-' in the date, no ':' anywhere
        expect(extendedDate(basicDate(d))).toBe(d);
      }),
    );
    expect(basicDate('2024-03-03T21:40:00-08:00')).toBe('20240303T214000-0800');
    expect(basicDate('2023-12-10')).toBe('20231210');
  });

  it('cuts long text into pieces of at most 254 bytes, between code points, none ending or starting in a space (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), (s) => {
        const parts = chunks(s);
        expect(parts.join('')).toBe(s);
        for (const p of parts) expect(utf8Length(p)).toBeLessThanOrEqual(MAX_BYTES);
        for (const p of parts.slice(0, -1)) expect(p).not.toMatch(/\s$/);
        for (const p of parts.slice(1)) expect(p).not.toMatch(/^\s/);
      }),
    );
  });

  it('locates a meeting row whose stop is missing, and JSON text cut short', () => {
    const flat = JSON.parse(JSON.stringify(toFlatGeoJSON(readItinerary(SEED))));
    const row = flat.features.findIndex((f: { properties: { kind: string } }) => f.properties.kind === 'meeting');
    flat.features[row].properties.stop = 'nowhere';
    flat.features[0].properties.src = flat.features[0].properties.src.slice(0, 40);
    expect(issuesOf(() => fromGeoJSON(flat))).toEqual([
      { path: 'features[0].properties.src', message: expect.stringContaining('cut short') },
      { path: `features[${row}].properties.stop`, message: 'no stop has the id "nowhere"' },
    ]);
  });

  it('reads a CSV back: every value as text ("1", "20231210"), or whole numbers as numbers (GDAL\'s AUTODETECT_TYPE)', () => {
    const it_ = parseItinerary(readItinerary(SEED));
    const flat = JSON.parse(JSON.stringify(toFlatGeoJSON(it_)));
    const rows = (as: (v: unknown) => unknown) => ({
      ...flat,
      features: flat.features.map((f: { properties: Record<string, unknown> }) => ({
        ...f,
        properties: Object.fromEntries(Object.entries(f.properties).map(([k, v]) => [k, as(v)])),
      })),
    });
    expect(fromGeoJSON(rows((v) => String(v)))).toEqual(it_);
    expect(fromGeoJSON(rows((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v)))).toEqual(it_);
    // What is not a whole number stays as read, and validation says where.
    expect(issuesOf(() => fromGeoJSON(rows((v) => (v === 1 ? '1.0' : v)))).map((i) => i.path)).toContain('features[0].properties.order');
  });

  it('locates a bad meeting value on its own row', () => {
    const flat = JSON.parse(JSON.stringify(toFlatGeoJSON(readItinerary(SEED))));
    const row = flat.features.findIndex((f: { properties: { kind: string } }) => f.properties.kind === 'meeting');
    flat.features[row].properties.url = 'javascript:alert(1)';
    expect(issuesOf(() => fromGeoJSON(flat)).map((i) => i.path)).toEqual([`features[${row}].properties.url`]);
  });
});
