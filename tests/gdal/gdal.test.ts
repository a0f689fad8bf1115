import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromGeoJSON } from '../../src/geojson/from-geojson';
import { toGPX } from '../../src/geojson/gpx';
import { toKML } from '../../src/geojson/kml';
import { stringifyCollection } from '../../src/geojson/stringify';
import { toGeoJSON } from '../../src/geojson/to-geojson';
import { parseItinerary } from '../../src/itinerary/parse';
import { exportStringsFor } from '../../src/cli/strings-zh';
import { issuesOf, readJson, SEED } from '../geojson/helpers';
import { fromKML } from '../../src/import/from-kml';
import { fromGPX } from '../../src/import/from-gpx';
import type { ImportWarning } from '../../src/import/draft';
import { hasGdal, hasLibkml, ogr2ogr, ogrinfo, readBack } from './gdal';

const dir = mkdtempSync(path.join(tmpdir(), 'visitmap-gdal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The geometry type of every feature (of one layer), in order, as GDAL reads them (via ogr2ogr to GeoJSON). */
const geometryTypes = (file: string, layer?: string) => readBack(file, layer).features.map((f) => f.geometry.type);

const cases: Array<[string, string]> = [
  ['seed', SEED],
  ['pacific', 'tests/fixtures/in/pacific-crossing.json'],
  // Days and times in one column (depart 2024-05-08 among times), times without seconds.
  ['south-pacific', 'tests/gdal/south-pacific-multilingual.json'],
];

describe.runIf(hasGdal)('GDAL reads the exports back', () => {
  for (const [name, file] of cases) {
    const raw = readJson(file);
    const it_ = parseItinerary(raw);
    const g = toGeoJSON(it_);
    const lineTypes = g.features.slice(it_.stops.length).map((f) => f.geometry.type);
    const write = (ext: string, text: string) => {
      const out = path.join(dir, `${name}.${ext}`);
      writeFileSync(out, text);
      return out;
    };

    it(`${name}: GeoJSON is one layer with a feature per stop and leg, of the right types`, () => {
      const file = write('geojson', stringifyCollection(g));
      expect(ogrinfo(file)).toMatchObject([{ name, geometry: 'Unknown (any)', count: it_.stops.length + it_.legs.length }]);
      expect(geometryTypes(file)).toEqual([...it_.stops.map(() => 'Point'), ...lineTypes]);
    });

    /** The collection GDAL gives back after a GeoPackage, converted with `options`. */
    const throughGeoPackage = (file: string, ...options: string[]) => {
      const gpkg = path.join(dir, `${file}.gpkg`);
      const back = path.join(dir, `${file}-from-gpkg.geojson`);
      execFileSync('ogr2ogr', [...options, '-f', 'GPKG', gpkg, path.join(dir, `${name}.geojson`), '-nln', 'visit', '-overwrite']);
      expect(ogrinfo(gpkg)).toMatchObject([{ name: 'visit', geometry: 'Unknown (any)', count: g.features.length }]);
      execFileSync('ogr2ogr', ['-f', 'GeoJSON', back, gpkg, '-overwrite']);
      return { gpkg, saved: JSON.parse(readFileSync(back, 'utf8')) };
    };

    it(`${name}: GeoJSON survives a GeoPackage round trip through ogr2ogr -oo DATE_AS_STRING=YES and reads back as the same itinerary`, () => {
      const { gpkg, saved } = throughGeoPackage(`${name}-text`, '-oo', 'DATE_AS_STRING=YES');
      expect(ogrinfo(gpkg)[0]!.fields).toMatchObject({ arrive: 'String', depart: 'String' });
      // GDAL moves the string ids into properties.id, writes null for every absent field
      // and keeps the foreign member: fromGeoJSON must see through all of it.
      expect(saved.features[0].properties.id).toBe(it_.stops[0]!.id);
      expect(fromGeoJSON(saved)).toEqual(it_);
    });

    it(`${name}: GeoJSON through a GeoPackage with -nlt PROMOTE_TO_MULTI (stops MultiPoints, legs MultiLineStrings) reads back as the same itinerary`, () => {
      // An outside tester's QGIS-style layer: every stop was refused with "expected a Point".
      const { saved } = throughGeoPackage(`${name}-multi`, '-oo', 'DATE_AS_STRING=YES', '-nlt', 'PROMOTE_TO_MULTI');
      expect(new Set(saved.features.map((f: { geometry: { type: string } }) => f.geometry.type))).toEqual(new Set(['MultiPoint', 'MultiLineString']));
      expect(fromGeoJSON(saved)).toEqual(it_);
    });

    // Without the option GDAL types the dates: a column of days stays days (seed), one of
    // times with seconds stays as written (pacific); in one of days and times each day
    // becomes midnight (south-pacific), which fromGeoJSON refuses, naming each.
    it(`${name}: GeoJSON through a GeoPackage without DATE_AS_STRING reads back the same, or is refused where GDAL made a day midnight`, () => {
      const { saved } = throughGeoPackage(name);
      const midnights = saved.features.flatMap((f: { properties: Record<string, unknown> }, i: number) =>
        ['arrive', 'depart'].filter((k) => /T00:00:00$/.test(String(f.properties[k]))).map((k) => `features[${i}].properties.${k}`),
      );
      const days = it_.stops.flatMap((s, i) => (['arrive', 'depart'] as const).filter((k) => s[k]?.length === 10).map((k) => `features[${i}].properties.${k}`));
      if (name === 'south-pacific') {
        expect(midnights).toEqual(days);
        expect(days).toEqual(['features[1].properties.depart']);
        expect(issuesOf(() => fromGeoJSON(saved))).toEqual(
          days.map((path) => ({ path, message: expect.stringContaining('ogr2ogr -oo DATE_AS_STRING=YES') })),
        );
      } else {
        expect(midnights).toEqual([]);
        expect(fromGeoJSON(saved)).toEqual(it_);
      }
    });

    it(`${name}: GPX has a waypoint per stop and a track of line strings per leg`, () => {
      const file = write('gpx', toGPX(it_));
      const layers = Object.fromEntries(ogrinfo(file).map((l) => [l.name, l]));
      expect(layers.waypoints).toMatchObject({ name: 'waypoints', geometry: 'Point', count: it_.stops.length });
      expect(layers.tracks).toMatchObject({ name: 'tracks', geometry: 'Multi Line String', count: it_.legs.length });
      expect(layers.routes!.count).toBe(0);
      const route = write('route.gpx', toGPX(it_, { legs: 'route' }));
      expect(ogrinfo(route).find((l) => l.name === 'route_points')!.count).toBe(it_.stops.length);
    });

    // GDAL 3.6 writes a <link>'s address and text with `&` unescaped, which no XML parser reads (fromGPX names the line):
    // the multilingual trip's meeting links have one, so its GPX round trip takes them without it.
    const linkSafe = name === 'south-pacific' ? parseItinerary(JSON.parse(JSON.stringify(raw).replaceAll('&', '+'))) : it_;
    /** visitmap's GPX re-saved by GDAL as QGIS saves it (`-dsco GPX_USE_EXTENSIONS=YES`), of the layers given, through a GeoPackage first if asked. */
    const resavedGpx = (label: string, legs: 'track' | 'route', layers: string[], viaGpkg = false, itinerary = linkSafe) => {
      const src = write(`${label}.src.gpx`, toGPX(itinerary, { legs }));
      const out = path.join(dir, `${name}-${label}.resaved.gpx`);
      rmSync(out, { force: true });
      let from = src;
      if (viaGpkg) {
        from = path.join(dir, `${name}-${label}.gpkg`);
        ogr2ogr('-f', 'GPKG', from, src, ...layers, '-overwrite');
      }
      ogr2ogr('-f', 'GPX', '-dsco', 'GPX_USE_EXTENSIONS=YES', out, from, ...(viaGpkg ? [] : layers));
      return readFileSync(out, 'utf8');
    };
    const gpxTrips: Array<[string, 'track' | 'route', string[], boolean]> = [
      ['tracks', 'track', ['waypoints', 'tracks'], false],
      ['route', 'route', ['waypoints', 'route_points'], false],
      ['gpkg', 'track', ['waypoints', 'tracks'], true],
    ];
    for (const [label, legs, layers, viaGpkg] of gpxTrips) {
      it(`${name}: GPX (${legs === 'track' ? 'tracks' : 'a route'}) re-saved by ogr2ogr -f GPX${viaGpkg ? ' through a GeoPackage' : ''} reads back as the same itinerary, meetings, dates, ids and title included, without a warning`, () => {
        // GDAL renames each column <ogr:visitmap_id> and drops the <metadata>.
        const text = resavedGpx(label, legs, layers, viaGpkg);
        expect(text).toContain('<ogr:visitmap_trip_id>');
        expect(text).not.toContain('<visitmap:');
        const warnings: ImportWarning[] = [];
        expect(fromGPX(text, { onWarning: (w) => warnings.push(w) })).toEqual(linkSafe);
        expect(warnings).toEqual([]);
      });
    }
    if (linkSafe !== it_) {
      it(`${name}: GPX re-saved by ogr2ogr -f GPX with a link's & is refused as GDAL wrote it, at its line`, () => {
        expect(issuesOf(() => fromGPX(resavedGpx('amp', 'track', ['waypoints', 'tracks'], false, it_)))).toEqual([
          { path: expect.stringMatching(/^line \d+, column \d+$/), message: expect.stringContaining('not well-formed XML') },
        ]);
      });
    }

    it(`${name}: KML has a Stops layer of points and a Legs layer of lines`, () => {
      const file = write('kml', toKML(it_));
      expect(ogrinfo(file).map(({ name: n, count }) => [n, count])).toEqual([
        ['Stops', it_.stops.length],
        ['Legs', it_.legs.length],
      ]);
      expect(geometryTypes(file, 'Stops')).toEqual(it_.stops.map(() => 'Point'));
      expect(geometryTypes(file, 'Legs')).toEqual(lineTypes);
    });

    for (const driver of ['LIBKML', 'KML']) {
      /** visitmap's KML as GDAL re-saves it with `driver`. */
      const resaved = () => {
        const out = path.join(dir, `${name}-${driver}.kml`);
        ogr2ogr('-f', driver, out, write('kml', toKML(it_)), '-overwrite');
        return readFileSync(out, 'utf8');
      };

      it.runIf(driver === 'KML' || hasLibkml)(`${name}: KML re-saved by ogr2ogr -f ${driver} reads back as the same itinerary, meetings and title included`, () => {
        // GDAL renames the schemas for its layers, adds fields of its own and drops the document's ExtendedData.
        const text = resaved();
        expect(text).not.toContain('visitmap-stop');
        expect(fromKML(text)).toEqual(it_);
      });

      it.runIf(driver === 'KML' || hasLibkml)(`${name}: KML through ogr2ogr -f ${driver}, without visitmap's columns, keeps each stop's times as arrival or departure, and a day made midnight is noted`, () => {
        // Without visitmap's columns, fromKML reads the file as another tool's: a draft, with GDAL's times in UTC.
        const draft = fromKML(resaved().replace(/<ExtendedData>[\s\S]*?<\/ExtendedData>/g, ''));
        const has = (v: string | undefined) => v !== undefined;
        expect(draft.stops.map((s) => [has(s.arrive), has(s.depart)])).toEqual(it_.stops.map((s) => [has(s.arrive), has(s.depart) && s.depart !== s.arrive]));
        // GDAL writes a day as midnight: the draft says so, at each stop with a day.
        const days = it_.stops.map((s) => [s.arrive, s.depart].some((t) => t?.length === 10));
        expect(draft.stops.map((s) => s.note!.includes("GDAL's KML drivers do so to every day"))).toEqual(days);
      });
    }

    it(`${name}: KML in Chinese (visitmap kml --language zh-Hans|zh-Hant) has its layers under the Chinese folder names`, () => {
      for (const language of ['zh-Hans', 'zh-Hant']) {
        const strings = exportStringsFor(language)!;
        const file = write(`${language}.kml`, toKML(it_, { language, strings }));
        expect(ogrinfo(file).map(({ name: n, count }) => [n, count])).toEqual([
          [strings.stopsFolder, it_.stops.length],
          [strings.legsFolder, it_.legs.length],
        ]);
        expect(geometryTypes(file, strings.stopsFolder)).toEqual(it_.stops.map(() => 'Point'));
        expect(geometryTypes(file, strings.legsFolder)).toEqual(lineTypes);
      }
    });
  }
});
