import { describe, expect, it } from 'vitest';
import { toGeoJSON } from '../../src/geojson/to-geojson';
import { parseItinerary } from '../../src/itinerary/parse';
import { readItinerary } from './helpers';

// Exports own their buffers: one export run from inside another (here from a getter that the
// outer export reads while it draws its legs) changes neither. With a module-level output
// buffer or bbox accumulator, the inner export overwrote what the outer one was building.

const polar = () => parseItinerary(readItinerary('tests/fixtures/in/polar-route.json'));
const pacific = () => readItinerary('tests/fixtures/in/pacific-crossing.json');

/** A parsed itinerary whose legs[1].mode runs `inner` each time it is read, mid-export. */
function withInnerExport(inner: () => void) {
  const it = polar();
  const leg = it.legs[1]!;
  const mode = leg.mode;
  Object.defineProperty(leg, 'mode', {
    enumerable: true,
    get() {
      inner();
      return mode;
    },
  });
  return it;
}

describe('exports called re-entrantly', () => {
  it('give the same GeoJSON, bbox included, as when each runs alone', () => {
    const alone = JSON.stringify(toGeoJSON(polar()));
    const innerAlone = JSON.stringify(toGeoJSON(pacific()));
    let inner = '';
    const outer = JSON.stringify(toGeoJSON(withInnerExport(() => (inner = JSON.stringify(toGeoJSON(pacific()))))));
    expect(inner).toBe(innerAlone);
    expect(outer).toBe(alone);
  });
});
