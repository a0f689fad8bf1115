import { describe, expect, it } from 'vitest';
import { fromGeoJSON } from '../../src/geojson/from-geojson';
import { toGeoJSON } from '../../src/geojson/to-geojson';
import { parseItinerary } from '../../src/itinerary/parse';
import { fixtureInputs, issuesOf, readItinerary, SEED } from './helpers';

type Json = Record<string, unknown>;
/** A plain JSON copy of an export, as if read back from a file: safe to edit. */
const exported = (file: string) => JSON.parse(JSON.stringify(toGeoJSON(readItinerary(file)))) as { features: Json[] } & Json;

describe('fromGeoJSON', () => {
  it('gives back the parsed itinerary of every fixture, and the export of that is unchanged', () => {
    for (const [name, file] of fixtureInputs()) {
      const g = exported(file);
      const back = fromGeoJSON(g);
      expect(back, name).toEqual(parseItinerary(readItinerary(file)));
      expect(JSON.stringify(toGeoJSON(back)), name).toBe(JSON.stringify(g));
    }
  });

  it('reads features in any order, sorting stops and legs by their order', () => {
    const g = exported(SEED);
    g.features.reverse();
    expect(fromGeoJSON(g)).toEqual(parseItinerary(readItinerary(SEED)));
  });

  it('ignores extra properties, simplestyle hints and null values that tools write for empty fields', () => {
    const g = exported(SEED);
    for (const f of g.features) {
      const p = f.properties as Json;
      Object.assign(p, { fid: 7, 'marker-color': '#000000', stroke: null, arrive: p.arrive ?? null, note: p.note ?? null, layer: 'visit' });
    }
    expect(fromGeoJSON(g)).toEqual(parseItinerary(readItinerary(SEED)));
  });

  it("refuses a midnight that may be a day GDAL typed as a date-time, and only where GDAL's signature is", () => {
    /** The export of a trip whose first stop arrives at `first`, as a table tool saves it (null for absent fields) or not. */
    const saved = (first: string, nulls: boolean) => {
      const g = JSON.parse(
        JSON.stringify(
          toGeoJSON({
            id: 't',
            title: 'T',
            stops: [
              { id: 'a', name: 'A', coordinates: [0, 0], arrive: first, depart: '2025-05-06T22:00:00+13:00' },
              { id: 'b', name: 'B', coordinates: [1, 1], arrive: '2025-05-07T00:00:00' },
            ],
          }),
        ),
      );
      if (nulls) for (const f of g.features) f.properties = { arrive: null, depart: null, ...f.properties, note: null };
      return g;
    };
    // GDAL's form: every value of the column with seconds, so stop b's midnight may have been the day 2025-05-07.
    expect(issuesOf(() => fromGeoJSON(saved('2025-05-06T09:00:00+13:00', true)))).toEqual([
      { path: 'features[1].properties.arrive', message: expect.stringContaining('may be a day GDAL wrote as midnight: convert with ogr2ogr -oo DATE_AS_STRING=YES') },
    ]);
    // Not GDAL's form: no tool wrote nulls, or the column still holds a day or a time without seconds.
    expect(fromGeoJSON(saved('2025-05-06T09:00:00+13:00', false)).stops[1]!.arrive).toBe('2025-05-07T00:00:00');
    for (const first of ['2025-05-06', '2025-05-06T09:00+13:00']) {
      expect(fromGeoJSON(saved(first, true)).stops[1]!.arrive, first).toBe('2025-05-07T00:00:00');
    }
  });

  it('refuses the midnights GDAL may have made of days in one issue, naming every field, with the way round it said once', () => {
    // An outside tester's (round 16, §18): a file QGIS saved gave nine issues, each ending in the same ogr2ogr command.
    const day = (d: number) => `2024-10-0${d}`;
    const g = JSON.parse(
      JSON.stringify(
        toGeoJSON({
          id: 'fiji',
          title: 'Fiji',
          stops: [
            { id: 'nadi', name: 'Nadi', coordinates: [177.44, -17.8], depart: '2024-10-02T09:30:00+12:00' },
            ...[3, 4, 6, 7].map((d, k) => ({ id: `s${k}`, name: `Stop ${k}`, coordinates: [178 + k / 10, -17], arrive: day(d), depart: day(d + 1) })),
            { id: 'back', name: 'Nadi', coordinates: [177.44, -17.8], arrive: '2024-10-08T10:00:00+12:00' },
          ],
        }),
      ),
    );
    // As GDAL writes back a column of days and times: each day a midnight, every time with seconds, null for none.
    for (const f of g.features) {
      const p = f.properties as Json;
      for (const k of ['arrive', 'depart']) p[k] = typeof p[k] === 'string' && p[k].length === 10 ? `${p[k]}T00:00:00` : (p[k] ?? null);
    }
    const issues = issuesOf(() => fromGeoJSON(g));
    expect(issues).toEqual([
      {
        path: 'features[1].properties.arrive',
        message:
          '"2024-10-03T00:00:00" and 7 more midnights (features[1–4].properties.arrive, features[1–4].properties.depart) may be days GDAL wrote as midnight: ' +
          'convert with ogr2ogr -oo DATE_AS_STRING=YES (in QGIS: that open option, under Options in the Data Source Manager, as the export is added)',
      },
    ]);
  });

  it('decodes meetings, sources and name maps that a tool stored as JSON text', () => {
    const g = exported(SEED);
    for (const f of g.features) {
      const p = f.properties as Json;
      for (const k of ['name', 'meetings', 'source']) if (typeof p[k] === 'object') p[k] = JSON.stringify(p[k]);
    }
    g.visitmap = JSON.stringify(g.visitmap);
    expect(fromGeoJSON(g)).toEqual(parseItinerary(readItinerary(SEED)));
  });

  it('keeps a plain name that merely looks like JSON', () => {
    const g = exported('tests/fixtures/in/minimal.json');
    (g.features[0]!.properties as Json).name = '{"not": "a language map", "x": 1}';
    expect(fromGeoJSON(g).stops[0]!.name).toBe('{"not": "a language map", "x": 1}');
  });

  it('takes the stop id from properties.id where a tool moved it there', () => {
    const g = exported(SEED);
    for (const f of g.features) {
      if (f.id !== undefined) (f.properties as Json).id = f.id;
      f.id = g.features.indexOf(f); // a tool's numeric feature id
    }
    expect(fromGeoJSON(g)).toEqual(parseItinerary(readItinerary(SEED)));
  });

  it('derives id and title without the visitmap member, and legs of unknown mode without leg features', () => {
    const g = exported('tests/fixtures/in/pacific-crossing.json');
    delete g.visitmap;
    g.features = g.features.filter((f) => (f.properties as Json).kind === 'stop');
    // Honolulu's times are local (the member's time zone, Pacific/Honolulu): with it gone they need their offset.
    for (const f of g.features) for (const k of ['arrive', 'depart']) if (/T[\d:]+$/.test(String((f.properties as Json)[k]))) (f.properties as Json)[k] += '-10:00';
    const it = fromGeoJSON(g);
    expect(it.id).toBe('itinerary');
    expect(it.title).toBe('Tokyo → Los Angeles');
    expect(it.legs.map((l) => [l.from, l.to, l.mode])).toEqual([
      ['tokyo', 'honolulu', 'unknown'],
      ['honolulu', 'los-angeles', 'unknown'],
    ]);
  });

  it("says what is made up and lost when visitmap's features come without the visitmap member (as through FlatGeobuf)", () => {
    const g = exported(SEED);
    delete g.visitmap;
    const warnings: unknown[] = [];
    const it = fromGeoJSON(g, { onWarning: (w) => warnings.push(w) });
    expect(it.id).toBe('itinerary');
    expect(warnings).toEqual([
      {
        path: 'visitmap',
        message: expect.stringMatching(/^missing: .*"visitmap" member that a full export always writes .*read as id "itinerary", title "Hong Kong.*time zone.*toFlatGeoJSON/),
      },
    ]);
    // With the member, or from another tool's points, nothing is said.
    fromGeoJSON(exported(SEED), { onWarning: (w) => warnings.push(w) });
    fromGeoJSON({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [1, 2] }, properties: { name: 'A' } }] }, { onWarning: (w) => warnings.push(w) });
    expect(warnings).toHaveLength(1);
  });

  it('refuses, rather than read as UTC, times without an offset whose time zone went with the visitmap member', () => {
    const g = exported('tests/fixtures/in/pacific-crossing.json');
    delete g.visitmap;
    const at = g.features.findIndex((f) => (f.properties as Json).arrive === '2024-03-01T08:00:00');
    expect(issuesOf(() => fromGeoJSON(g))).toEqual([
      {
        path: `features[${at}].properties.arrive`,
        message: expect.stringMatching(/^"2024-03-01T08:00:00" has no UTC offset \(as 1 other time\), and the time zone it is in went with the collection's "visitmap" member.*refused rather than read as UTC; export with toFlatGeoJSON/),
      },
    ]);
  });

  // The zone's issue is for a text of the date-time form without an offset (iso-date's isLocalTime, which the validator's
  // own comparisons use): one whose day or hour is not real is a local time still (both issues hold, said at once), but
  // one not of the form is not known to be a time at all, so only the validator's issue about its form is said. The
  // module's own pattern also called these local, advising an offset that would not have mended them.
  it('says a time has no UTC offset only of a text of the date-time form, besides what else is wrong with it', () => {
    const bare = (arrive: string) => ({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [114.17, 22.3] }, properties: { kind: 'stop', name: 'A', arrive } },
        { type: 'Feature', id: 'b', geometry: { type: 'Point', coordinates: [121.47, 31.23] }, properties: { kind: 'stop', name: 'B', arrive: '2024-03-09T08:00Z' } },
      ],
    });
    const at = 'features[0].properties.arrive';
    const issues = (arrive: string) => issuesOf(() => fromGeoJSON(bare(arrive))).map((i) => [i.path, i.message]);
    const zone = (v: string) => [at, expect.stringMatching(new RegExp(`^"${v.replace(/[.+]/g, '\\$&')}" has no UTC offset, and the time zone it is in went with`))];
    for (const v of ['2024-03-01T08:00:00.5', '2024-3-1T08:00', 'Friday T08:00', '2024-03-01T08:00:00+0800']) {
      expect(issues(v), v).toEqual([[at, expect.stringMatching(/^expected an ISO 8601 date \(YYYY-MM-DD\) or date-time .*, got "/)]]);
    }
    for (const v of ['2024-02-30T08:00', '2024-03-01T25:00:00']) expect(issues(v), v).toEqual([[at, `"${v}" is not a real date or time`], zone(v)]);
    // A real local time: the zone's issue alone, as before.
    expect(issues('2024-03-01T08:00:00.500')).toEqual([zone('2024-03-01T08:00:00.500')]);
  });

  it('without the visitmap member, lists the documents the stops and meetings cite as its sources', () => {
    const g = exported(SEED);
    delete g.visitmap;
    const it = fromGeoJSON(g);
    const expected = parseItinerary(readItinerary(SEED));
    expect(it.sources).toEqual(expected.sources.map((s) => ({ id: s.id })));
    expect(it.stops).toEqual(expected.stops);
    expect(it.legs).toEqual(expected.legs);
  });

  it('reads a bare collection of Points without kind or order, in feature order', () => {
    const it = fromGeoJSON({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [10, 20, 5] }, properties: { name: 'A' } },
        { type: 'Feature', id: 'b', geometry: { type: 'Point', coordinates: [11, 21] }, properties: { name: 'B' } },
      ],
    });
    expect(it.stops.map((s) => [s.id, s.coordinates])).toEqual([
      ['a', [10, 20]],
      ['b', [11, 21]],
    ]);
    expect(it.title).toBe('A → B');
  });

  it('reads stops saved as MultiPoints of one point and legs as MultiLineStrings (ogr2ogr -nlt PROMOTE_TO_MULTI), full and flat', async () => {
    // An outside tester's GeoPackage round trip: every stop refused with "expected a Point".
    const { toFlatGeoJSON } = await import('../../src/geojson/to-flat-geojson');
    const promote = (g: { features: Json[] }) => {
      for (const f of g.features) {
        const geometry = f.geometry as { type: string; coordinates: unknown } | null;
        if (geometry?.type === 'Point') f.geometry = { type: 'MultiPoint', coordinates: [geometry.coordinates] };
        if (geometry?.type === 'LineString') f.geometry = { type: 'MultiLineString', coordinates: [geometry.coordinates] };
      }
      return g;
    };
    for (const [name, file] of fixtureInputs()) {
      const expected = parseItinerary(readItinerary(file));
      expect(fromGeoJSON(promote(exported(file))), name).toEqual(expected);
      expect(fromGeoJSON(promote(JSON.parse(JSON.stringify(toFlatGeoJSON(expected))))), `${name}, flat`).toEqual(expected);
    }
    // Without kind, a MultiPoint is a stop as a Point is.
    const bare = fromGeoJSON({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 'a', geometry: { type: 'MultiPoint', coordinates: [[10, 20]] }, properties: { name: 'A' } }] });
    expect(bare.stops.map((s) => [s.id, s.coordinates])).toEqual([['a', [10, 20]]]);
    // Two points are two places: refused where they are, saying why; a bad point inside located in it.
    const g = promote(exported('tests/fixtures/in/pacific-crossing.json'));
    (g.features[0]!.geometry as Json).coordinates = [[10, 20], [11, 21]];
    (g.features[1]!.geometry as Json).coordinates = [['x', 21]];
    (g.features[2]!.geometry as Json).coordinates = [[10, 95]];
    expect(issuesOf(() => fromGeoJSON(g))).toEqual([
      { path: 'features[0].geometry.coordinates', message: 'expected a Point (or a MultiPoint of one), got a MultiPoint of 2 points: a stop is one place' },
      { path: 'features[1].geometry.coordinates[0]', message: 'expected [longitude, latitude]' },
    ]);
    (g.features[0]!.geometry as Json).coordinates = [[10, 20]];
    (g.features[1]!.geometry as Json).coordinates = [[11, 21]];
    expect(issuesOf(() => fromGeoJSON(g)).map((i) => i.path)).toEqual(['features[2].geometry.coordinates[0][1]']);
  });

  it('locates bad geometry, kind and order in the collection', () => {
    const g = exported('tests/fixtures/in/pacific-crossing.json');
    (g.features[1]!.geometry as Json).coordinates = ['x', 21];
    (g.features[2]!.properties as Json).kind = 'waypoint';
    (g.features[3]!.properties as Json).order = 1.5;
    expect(issuesOf(() => fromGeoJSON(g))).toEqual([
      { path: 'features[2].properties.kind', message: expect.stringMatching(/expected a stop/) },
      { path: 'features[3].properties.order', message: expect.stringMatching(/whole number/) },
      { path: 'features[1].geometry.coordinates', message: 'expected [longitude, latitude]' },
    ]);
  });

  it('reports what the itinerary validation finds at the path of the value in the collection', () => {
    const g = exported('tests/fixtures/in/pacific-crossing.json');
    g.features.reverse(); // legs first: paths must follow the features, not the stop index
    const honolulu = g.features.find((f) => f.id === 'honolulu')!;
    (honolulu.geometry as Json).coordinates = [-157.8583, 95];
    const leg = g.features.find((f) => (f.properties as Json).order === 2 && (f.properties as Json).kind === 'leg')!;
    (leg.properties as Json).mode = 'teleport';
    (g.visitmap as Json).title = '';
    const issues = issuesOf(() => fromGeoJSON(g));
    const at = (f: Json) => g.features.indexOf(f);
    expect(issues.map((i) => i.path).sort()).toEqual(
      [`features[${at(honolulu)}].geometry.coordinates[1]`, `features[${at(leg)}].properties.mode`, 'visitmap.title'].sort(),
    );
  });

  it('rejects what is not a FeatureCollection, and one without stops', () => {
    expect(issuesOf(() => fromGeoJSON(null))).toEqual([{ path: 'type', message: 'expected a GeoJSON FeatureCollection' }]);
    expect(issuesOf(() => fromGeoJSON({ type: 'FeatureCollection', features: {} }))[0]!.path).toBe('features');
    expect(issuesOf(() => fromGeoJSON({ type: 'FeatureCollection', features: [] }))[0]!.path).toBe('features');
    expect(issuesOf(() => fromGeoJSON({ type: 'FeatureCollection', features: [7, { type: 'Feature', properties: 'x' }] }))).toEqual([
      { path: 'features[0]', message: 'expected a GeoJSON Feature' },
      { path: 'features[1].properties', message: 'expected an object or null' },
    ]);
  });

  it('names a projected crs once, with how to reproject, rather than every coordinate as out of range; reads CRS84 and EPSG:4326', () => {
    const crs = (name: string) => ({ type: 'name', properties: { name } });
    const g = exported(SEED);
    // ogr2ogr -t_srs EPSG:3857 gave a line per coordinate ("longitude 12709279.47 is outside …") and no word of the crs.
    expect(issuesOf(() => fromGeoJSON({ ...g, crs: crs('urn:ogc:def:crs:EPSG::3857') }))).toEqual([
      { path: 'crs', message: 'urn:ogc:def:crs:EPSG::3857, not longitude and latitude: reproject it (ogr2ogr -t_srs EPSG:4326)' },
    ]);
    for (const name of ['urn:ogc:def:crs:OGC:1.3:CRS84', 'urn:ogc:def:crs:EPSG::4326', 'EPSG:4326', 'OGC:CRS84']) {
      expect(fromGeoJSON({ ...g, crs: crs(name) }), name).toEqual(fromGeoJSON(g));
    }
  });

  it('names coordinates in metres once, with how to reproject, where a tool dropped the crs member', () => {
    // An outside tester's: EPSG:3857 without `crs` gave 14 "longitude 12709279.47 is outside …" lines and no hint.
    const g = exported(SEED);
    const mercator = ([lon, lat]: number[]) => [(lon! * Math.PI * 6378137) / 180, Math.log(Math.tan(Math.PI / 4 + (lat! * Math.PI) / 360)) * 6378137];
    for (const f of g.features) {
      const geometry = f.geometry as { type: string; coordinates: unknown };
      geometry.coordinates = geometry.type === 'Point' ? mercator(geometry.coordinates as number[]) : (geometry.coordinates as number[][]).map(mercator);
    }
    const [first] = issuesOf(() => fromGeoJSON(g));
    expect(issuesOf(() => fromGeoJSON(g))).toHaveLength(1);
    expect(first!.path).toBe('features[0].geometry.coordinates');
    expect(first!.message).toMatch(/^\[12709\d+\.\d+,25\d+\.\d+\], as every stop, metres \(EPSG:3857\?\), not longitude and latitude: reproject it \(ogr2ogr -t_srs EPSG:4326\)$/);
    // One stop out of range is that stop's mistake, named at its coordinate.
    const one = exported(SEED);
    (one.features[1]!.geometry as { coordinates: number[] }).coordinates = [12709279.47, 2551003.8];
    expect(issuesOf(() => fromGeoJSON(one)).map((i) => i.path)).toEqual(['features[1].geometry.coordinates[0]', 'features[1].geometry.coordinates[1]']);
  });

  it('rejects duplicate orders and a format version newer than it reads', () => {
    const g = exported('tests/fixtures/in/pacific-crossing.json');
    (g.features[1]!.properties as Json).order = 1;
    (g.visitmap as Json).version = 99;
    expect(issuesOf(() => fromGeoJSON(g)).map((i) => i.path)).toEqual(['features[1].properties.order', 'visitmap.version']);
  });
});
