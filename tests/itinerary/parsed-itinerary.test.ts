import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParsedItinerary, parseItinerary } from '../../src/itinerary/parse';
import { toGeoJSON } from '../../src/geojson/index';

const raw = JSON.parse(readFileSync(path.join(__dirname, '../fixtures/good/minimal.json'), 'utf8'));

describe('isParsedItinerary', () => {
  it('knows what parseItinerary returned, and nothing else that merely looks the same', () => {
    const parsed = parseItinerary(raw);
    expect(isParsedItinerary(parsed)).toBe(true);
    expect(isParsedItinerary(structuredClone(parsed))).toBe(false);
    expect(isParsedItinerary(raw)).toBe(false);
    expect(isParsedItinerary(null)).toBe(false);
    expect(isParsedItinerary('itinerary')).toBe(false);
  });

  it('lets the export of a parsed itinerary equal the export of its raw input', () => {
    expect(JSON.stringify(toGeoJSON(parseItinerary(raw)))).toBe(JSON.stringify(toGeoJSON(raw)));
  });

  it('still validates a look-alike object that did not come from the parser', () => {
    const copy = structuredClone(parseItinerary(raw));
    copy.stops[0]!.coordinates = [200, 0];
    expect(() => toGeoJSON(copy)).toThrow(/longitude 200 is outside/);
  });
});
