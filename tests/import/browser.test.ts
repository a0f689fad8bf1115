// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGPX } from '../../src/geojson/gpx';
import { toKML } from '../../src/geojson/kml';
import { fromGPX } from '../../src/import/from-gpx';
import { fromKML } from '../../src/import/from-kml';
import { parseItinerary } from '../../src/itinerary/parse';
import { issuesOf, readJson, repoRoot, SEED } from '../geojson/helpers';

describe('visitmap/import in a browser-like environment (the platform DOMParser)', () => {
  it('uses the global DOMParser, and reads the same itinerary back', () => {
    expect(typeof globalThis.DOMParser).toBe('function');
    const it_ = parseItinerary(readJson(SEED));
    expect(fromGPX(toGPX(it_))).toEqual(it_);
    expect(fromKML(toKML(it_))).toEqual(it_);
    const text = readFileSync(path.join(repoRoot, 'tests/import/fixtures/google-earth.kml'), 'utf8');
    expect(fromKML(text).stops).toHaveLength(3);
  });

  it("locates a broken file by line and column from the platform parser's report", () => {
    const [issue] = issuesOf(() => fromGPX('<gpx>\n<wpt lat="1" lon="2">\n</gpx>'));
    expect(issue!.path).toMatch(/^line 3, column \d+$/);
    expect(issue!.message).toMatch(/^not well-formed XML: ./);
  });

});
