import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toGPX } from '../../src/geojson/gpx';
import { toKML } from '../../src/geojson/kml';
import { fromGPX } from '../../src/import/from-gpx';
import { fromKML } from '../../src/import/from-kml';
import { parseItinerary } from '../../src/itinerary/parse';
import { validItinerary } from '../arbitraries';
import type { ImportWarning } from '../../src/import/draft';
import { fixtureInputs, issuesOf, readJson, repoRoot, SEED } from '../geojson/helpers';

const cases = [...fixtureInputs(), ['south-pacific', 'tests/gdal/south-pacific-multilingual.json'] as [string, string]];

describe("visitmap's own GPX and KML", () => {
  it('come back as the same itinerary, for every fixture, the seed and a multilingual trip across the date line', () => {
    for (const [name, file] of cases) {
      const it = parseItinerary(readJson(file));
      expect(fromGPX(toGPX(it)), `${name} (GPX track)`).toEqual(it);
      expect(fromGPX(toGPX(it, { legs: 'route' })), `${name} (GPX route)`).toEqual(it);
      expect(fromGPX(toGPX(it, { language: 'zh-Hans' })), `${name} (GPX in Chinese)`).toEqual(it);
      expect(fromKML(toKML(it)), `${name} (KML)`).toEqual(it);
    }
  });

  it("reads visitmap's own route GPX with its waypoints deleted as any planner's routes, not as its own without stops", () => {
    // An outside tester's: "features: no stop found: expected at least one Point feature", in GeoJSON's words, for a GPX.
    const it = parseItinerary(readJson('tests/fixtures/in/pacific-crossing.json'));
    const draft = fromGPX(toGPX(it, { legs: 'route' }).replace(/<wpt[\s\S]*?<\/wpt>\s*/g, ''));
    expect(draft.stops.map((s) => s.coordinates)).toEqual(it.stops.map((s) => s.coordinates));
    expect(draft.legs).toHaveLength(it.legs.length);
  });

  it("reads a KML of earlier releases, which kept the itinerary's columns in the document's ExtendedData", () => {
    // Written by `visitmap kml tests/fixtures/in/pacific-crossing.json` before the columns moved to the first stop.
    const old = readFileSync(path.join(repoRoot, 'tests/import/fixtures/visitmap-document-extendeddata.kml'), 'utf8');
    expect(old).toContain('<ExtendedData><Data name="trip_id">');
    expect(fromKML(old)).toEqual(parseItinerary(readJson('tests/fixtures/in/pacific-crossing.json')));
  });

  it("reads a GPX of earlier releases, which kept the itinerary's columns in <metadata>", () => {
    // Written by `visitmap gpx tests/fixtures/in/pacific-crossing.json` before the columns moved to the first waypoint.
    const old = readFileSync(path.join(repoRoot, 'tests/import/fixtures/visitmap-metadata-extensions.gpx'), 'utf8');
    expect(old).toMatch(/<metadata>.*<extensions><visitmap:trip_id>/);
    expect(fromGPX(old)).toEqual(parseItinerary(readJson('tests/fixtures/in/pacific-crossing.json')));
  });

  it("writes the itinerary's columns on the first waypoint, where GDAL keeps them, not in <metadata>, which GDAL drops", () => {
    const it = parseItinerary(readJson('tests/fixtures/in/pacific-crossing.json'));
    const gpx = toGPX(it);
    expect(gpx).not.toMatch(/<metadata>[^\n]*<extensions>/);
    expect(gpx).toMatch(/<wpt [^\n]*<extensions>[^\n]*<visitmap:trip_id>pacific-crossing<\/visitmap:trip_id>/);
    // Without <metadata> at all, as GDAL writes it (it keeps only the bounds), and with GDAL's names for the columns.
    const gdal = gpx.replace(/<metadata>.*<\/metadata>/, '').replace(/<(\/?)visitmap:/g, '<$1ogr:visitmap_').replace('xmlns:visitmap=', 'xmlns:ogr="http://osgeo.org/gdal" xmlns:visitmap=');
    const warnings: ImportWarning[] = [];
    expect(fromGPX(gdal, { onWarning: (w) => warnings.push(w) })).toEqual(it);
    expect(warnings).toEqual([]);
    // A bad value is named as GDAL named its column.
    expect(issuesOf(() => fromGPX(gdal.replace('<ogr:visitmap_precision>city<', '<ogr:visitmap_precision>town<')))[0]!.path).toMatch(/^gpx\/wpt(\[\d\])?\/ogr:visitmap_precision$/);
  });

  it("reads an earlier release's GPX that GDAL re-saved, without the itinerary's columns, and names what is lost", () => {
    // GDAL drops <metadata>, where earlier releases kept the itinerary's columns: the stops, meetings and legs are all there.
    const old = readFileSync(path.join(repoRoot, 'tests/import/fixtures/visitmap-metadata-extensions.gpx'), 'utf8');
    const gdal = old.replace(/<metadata>.*<\/metadata>/, '<metadata><bounds minlat="1" minlon="1" maxlat="2" maxlon="2"/></metadata>').replace(/<(\/?)visitmap:/g, '<$1ogr:visitmap_').replace('xmlns:visitmap=', 'xmlns:ogr="http://osgeo.org/gdal" xmlns:visitmap=');
    const warnings: ImportWarning[] = [];
    const back = fromGPX(gdal, { onWarning: (w) => warnings.push(w) });
    const it = parseItinerary(readJson('tests/fixtures/in/pacific-crossing.json'));
    // All but the itinerary's own fields: its id, title, time zone and description.
    const { id, title, timezone, description, ...rest } = it;
    expect([id, title, timezone, description]).toEqual(['pacific-crossing', expect.anything(), 'Pacific/Honolulu', expect.any(String)]);
    expect(back).toEqual({ ...rest, id: 'tokyo-los-angeles', title: 'Tokyo → Los Angeles' });
    expect(warnings).toEqual([
      {
        path: 'gpx/metadata',
        message: expect.stringMatching(/^the file has visitmap's columns on its waypoints but not the itinerary's own: its id, title, time zone, languages, description, traveller and sources are lost .*read as id "tokyo-los-angeles", title "Tokyo → Los Angeles"\. Export the GPX again/),
        skipped: false,
      },
    ]);
    // The seed's stops, meetings and legs cite its one document, "press-release": kept by its id.
    const seed = parseItinerary(readJson(SEED));
    const bare = toGPX(seed).replace(/<visitmap:(trip_id|trip|t_[\w-]+|tz|langs|desc|d_[\w-]+|travlr|sources|version)>[^<]*<\/visitmap:\1>/g, '');
    const seen: ImportWarning[] = [];
    const read = fromGPX(bare, { onWarning: (w) => seen.push(w) });
    expect(read.stops).toEqual(seed.stops);
    expect(read.legs).toEqual(seed.legs);
    expect(read.sources).toEqual([{ id: 'press-release' }]);
    expect(seen.map((w) => w.message)).toEqual([expect.stringContaining('the sources the stops cite by their ids alone ("press-release")')]);
  });

  it('keeps a stop at longitude 180, which a GPX waypoint cannot hold', () => {
    const it = parseItinerary({ id: 'x', title: 'X', stops: [{ id: 'a', name: 'A', coordinates: [180, -16.5] }, { id: 'b', name: 'B', coordinates: [-179, -16] }] });
    expect(toGPX(it)).toContain('lon="179.999999"');
    expect(fromGPX(toGPX(it))).toEqual(it);
  });
});

describe("visitmap's own GPX and KML (property)", () => {
  it('come back as the same itinerary for generated itineraries', () => {
    fc.assert(
      fc.property(validItinerary({ maxStops: 5 }), (x) => {
        const it = parseItinerary(x);
        expect(fromGPX(toGPX(it))).toEqual(it);
        expect(fromKML(toKML(it))).toEqual(it);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
