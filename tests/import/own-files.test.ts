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
import { fixtureInputs, readJson, repoRoot } from '../geojson/helpers';

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
