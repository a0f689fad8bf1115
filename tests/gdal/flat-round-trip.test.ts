import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromGeoJSON } from '../../src/geojson/from-geojson';
import { toFlatGeoJSON } from '../../src/geojson/to-flat-geojson';
import { localize } from '../../src/itinerary/localize';
import { parseItinerary } from '../../src/itinerary/parse';
import type { Itinerary } from '../../src/itinerary/types';
import { readJson, SEED } from '../geojson/helpers';
import { hasGdal, ogr2ogr, ogrinfo, readBack } from './gdal';

const dir = mkdtempSync(path.join(tmpdir(), 'visitmap-flat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cases: Array<[string, string]> = [
  ['seed', SEED],
  ['south-pacific', 'tests/gdal/south-pacific-multilingual.json'],
];

type Collection = ReturnType<typeof readBack>;

/**
 * What the issue lists as must-survive, spelled out, so a failure names what was lost
 * before the whole-itinerary comparison does.
 */
function essentials(it: Itinerary) {
  return {
    title: it.title,
    timezone: it.timezone,
    stops: it.stops.map((s) => ({
      id: s.id,
      name: s.name,
      arrive: s.arrive,
      depart: s.depart,
      dateCertainty: s.dateCertainty,
      meetings: s.meetings.map((m) => ({ title: m.title, url: m.url, date: m.date, dateCertainty: m.dateCertainty })),
    })),
    legs: it.legs.map((l) => l.mode),
  };
}

/** Leg distances as written in a collection's rows (read by `as`: CSV gives text), by leg order. */
const distances = (fc: Collection, as = (v: unknown) => v) =>
  fc.features
    .filter((f) => f.properties.kind === 'leg')
    .sort((a, b) => Number(a.properties.order) - Number(b.properties.order))
    .map((f) => as(f.properties.dist_km));

describe.runIf(hasGdal)('the flat profile survives GIS table formats through ogr2ogr', () => {
  for (const [name, file] of cases) {
    const it_ = parseItinerary(readJson(file));
    const flat = toFlatGeoJSON(it_);
    const source = path.join(dir, `${name}.geojson`);
    writeFileSync(source, JSON.stringify(flat));
    const expectSame = (back: Collection, format: string, as?: (v: unknown) => unknown) => {
      const read = fromGeoJSON(back);
      expect(essentials(read), format).toEqual(essentials(it_));
      expect(distances(back, as), format).toEqual(distances(flat as unknown as Collection));
      expect(read, format).toEqual(it_);
    };
    // Columns that carry dates: GDAL must see text, or it rewrites them.
    const dateColumns = ['arrive', 'depart', 'date'];

    it(`${name}: GeoPackage gives back the same itinerary, with dates kept as text`, () => {
      const gpkg = path.join(dir, `${name}.gpkg`);
      ogr2ogr('-f', 'GPKG', gpkg, source, '-nln', 'visit', '-overwrite');
      const [layer] = ogrinfo(gpkg);
      for (const c of dateColumns) expect(layer!.fields[c], c).toBe('String');
      expect(layer!.fields.dist_km).toBe('Real');
      expectSame(readBack(gpkg), 'GeoPackage');
    });

    it(`${name}: FlatGeobuf gives back the same itinerary`, () => {
      const fgb = path.join(dir, `${name}.fgb`);
      ogr2ogr('-f', 'FlatGeobuf', fgb, source, '-nln', 'visit', '-nlt', 'GEOMETRY', '-overwrite');
      for (const c of dateColumns) expect(ogrinfo(fgb)[0]!.fields[c], c).toBe('String');
      expectSame(readBack(fgb), 'FlatGeobuf');
    });

    it(`${name}: CSV gives back the same itinerary, read as text, with GDAL's type detection, or with a .csvt`, () => {
      const csv = path.join(dir, `${name}.csv`);
      ogr2ogr('-f', 'CSV', csv, source, '-lco', 'GEOMETRY=AS_WKT', '-overwrite');
      // Every column is text: `order` comes back as "1".
      const text = readBack(csv);
      expect(text.features[0]!.properties.order).toBe('1');
      expectSame(text, 'CSV', Number);
      // AUTODETECT_TYPE makes numbers of what looks like one: `order`, and the meetings'
      // dates where all are days (20231210), not times (20240302T1000).
      const detected = path.join(dir, `${name}-detected.geojson`);
      ogr2ogr('-f', 'GeoJSON', detected, csv, '-oo', 'AUTODETECT_TYPE=YES', '-overwrite');
      const days = it_.stops.flatMap((s) => s.meetings).every((m) => m.date === undefined || m.date.length === 10);
      expect(ogrinfo(detected)[0]!.fields).toMatchObject({ order: 'Integer', date: days ? 'Integer' : 'String' });
      expectSame(JSON.parse(readFileSync(detected, 'utf8')), 'CSV, AUTODETECT_TYPE', Number);
      // The .csvt beside it gives every column its type back: dates stay text.
      const typed = path.join(dir, `${name}-typed.csv`);
      ogr2ogr('-f', 'CSV', typed, source, '-lco', 'GEOMETRY=AS_WKT', '-lco', 'CREATE_CSVT=YES', '-overwrite');
      expect(ogrinfo(typed)[0]!.fields).toMatchObject({ order: 'Integer', date: 'String', arrive: 'String', dist_km: 'Real' });
      expectSame(readBack(typed), 'CSV with .csvt');
    });

    it(`${name}: KML (GDAL's KML driver) gives back the same itinerary, its \`name\` read back as GDAL's \`Name\``, () => {
      const kml = path.join(dir, `${name}-flat.kml`);
      ogr2ogr('-f', 'KML', kml, source, '-overwrite');
      const back = readBack(kml);
      // GDAL writes the name column as each placemark's <name>, and reads that as `Name`; it adds its own columns too.
      expect(back.features.some((f) => typeof f.properties.Name === 'string')).toBe(true);
      expect(back.features.some((f) => 'name' in f.properties)).toBe(false);
      expect(back.features[0]!.properties).toHaveProperty('tessellate');
      expectSame(back, 'KML');
    });

    it(`${name}: Shapefile (UTF-8, a layer of points and one of lines) gives back the same itinerary`, () => {
      const points = path.join(dir, `${name}-points.shp`);
      const lines = path.join(dir, `${name}-legs.shp`);
      ogr2ogr('-f', 'ESRI Shapefile', '-lco', 'ENCODING=UTF-8', points, source, '-where', "kind IN ('stop', 'meeting')", '-nlt', 'POINT', '-overwrite');
      ogr2ogr('-f', 'ESRI Shapefile', '-lco', 'ENCODING=UTF-8', lines, source, '-where', "kind = 'leg'", '-nlt', 'MULTILINESTRING', '-overwrite');
      const [pointLayer] = ogrinfo(points);
      expect(Object.keys(pointLayer!.fields).every((f) => f.length <= 10)).toBe(true);
      for (const c of dateColumns) expect(pointLayer!.fields[c], c).toBe('String');
      const a = readBack(points);
      const b = readBack(lines);
      // Names in other scripts come back as written, not as `???`.
      const firstName = it_.stops[1]!.name;
      if (typeof firstName !== 'string') {
        for (const v of Object.values(firstName)) expect(JSON.stringify(a.features)).toContain(JSON.stringify(v).slice(1, -1));
      }
      expectSame({ ...a, features: [...a.features, ...b.features] }, 'Shapefile');
      expect(localize(fromGeoJSON({ ...a, features: [...a.features, ...b.features] }).title, 'en')).toBe(localize(it_.title, 'en'));
    });
  }
});
