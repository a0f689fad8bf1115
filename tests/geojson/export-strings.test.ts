// toGPX and toKML take visitmap's own words as `strings`, in the layer's LayerStrings
// table; without it (or with words left undefined) they write English as before.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGPX } from '../../src/geojson/gpx';
import { toKML } from '../../src/geojson/kml';
import { parseItinerary } from '../../src/itinerary/parse';
import { readJson, repoRoot, SEED } from './helpers';

const seed = parseItinerary(readJson(SEED));
const golden = (ext: string) => readFileSync(path.join(repoRoot, 'tests/fixtures/out', `hk-customs-yrd-visit-2023.${ext}`), 'utf8');

describe('toGPX and toKML: the strings option', () => {
  it('writes English byte for byte without words, or with words left undefined', () => {
    expect(toGPX(seed, { strings: {} })).toBe(golden('gpx'));
    expect(toKML(seed, { strings: { arrive: undefined, stopsFolder: undefined } })).toBe(golden('kml'));
  });

  it('writes the words given, over the English ones', () => {
    const kml = toKML(seed, { strings: { arrive: 'Ankunft {date}', legsFolder: 'Strecken', with: 'mit' } });
    expect(kml).toContain('Ankunft 2023-12-10, Depart 2023-12-11 (inferred)');
    expect(kml).toContain('<Folder><name>Stops</name>');
    expect(kml).toContain('<Folder><name>Strecken</name>');
    expect(kml).toMatch(/\(2023-12-10\) mit Wang Wei/);
    expect(toGPX(seed, { strings: { depart: '{date} <ab> & weg' } })).toContain('<desc>2023-12-10 &lt;ab&gt; &amp; weg (inferred)');
  });

  it('says which word is not a string, and that strings must be an object; null keeps English, as for the layer', () => {
    expect(() => toKML(seed, { strings: { stopsFolder: 3 as unknown as string } })).toThrow(new TypeError('toKML: options.strings.stopsFolder must be a string, got number'));
    expect(() => toGPX(seed, { strings: 'zh' as never })).toThrow(new TypeError('toGPX: options.strings must be an object of words (LayerStrings), got string'));
    expect(toGPX(seed, { strings: null as never })).toBe(golden('gpx'));
  });
});
