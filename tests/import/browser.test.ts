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

  it('says a stray "&" in the same words, at the same place, as in Node', () => {
    const text = '<gpx version="1.1">\n<!-- R&D -->\n<wpt lat="1" lon="2"><desc><![CDATA[a & b]]> &amp; &#38; &#x26;</desc>\n  <link href="https://example.org/m?a=1&b=2"><text>x</text></link></wpt></gpx>';
    expect(issuesOf(() => fromGPX(text))).toEqual([{ path: 'line 4, column 40', message: 'not well-formed XML: a "&" that starts no entity ("&b=2"): write it as &amp;' }]);
  });

});
