import { check } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromGeoJSON } from '../../src/geojson/from-geojson';
import { toGeoJSON } from '../../src/geojson/to-geojson';
import { ItineraryError, parseItinerary } from '../../src/itinerary/parse';
import { validItinerary } from '../arbitraries';

const throwsOnlyItineraryError = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof ItineraryError)) throw e;
  }
};

describe('GeoJSON round trip (property)', () => {
  it('gives valid GeoJSON that reads back as the parsed itinerary, and exports again unchanged', () => {
    fc.assert(
      fc.property(validItinerary(), (x) => {
        const g = toGeoJSON(x);
        const text = JSON.stringify(g);
        check(text);
        const back = fromGeoJSON(JSON.parse(text));
        expect(back).toEqual(parseItinerary(x));
        expect(JSON.stringify(toGeoJSON(back))).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('throws nothing but ItineraryError on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        throwsOnlyItineraryError(() => fromGeoJSON(x));
        throwsOnlyItineraryError(() => fromGeoJSON({ type: 'FeatureCollection', features: x }));
      }),
    );
  });

  it('throws nothing but ItineraryError when the properties of an export are replaced by random JSON', () => {
    fc.assert(
      fc.property(validItinerary(), fc.nat(), fc.string(), fc.jsonValue(), (x, index, key, value) => {
        const g = JSON.parse(JSON.stringify(toGeoJSON(x)));
        const feature = g.features[index % g.features.length];
        const target = index % 3 === 0 ? feature : index % 3 === 1 ? feature.properties : g.visitmap;
        target[['id', 'geometry', 'name', 'order', 'kind', 'meetings', 'from', key][index % 8]!] = value;
        throwsOnlyItineraryError(() => fromGeoJSON(g));
      }),
      { numRuns: 200 },
    );
  });
});
