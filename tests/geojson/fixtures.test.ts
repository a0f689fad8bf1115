import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGPX } from '../../src/geojson/gpx';
import { toKML } from '../../src/geojson/kml';
import { stringifyCollection } from '../../src/geojson/stringify';
import { toGeoJSON } from '../../src/geojson/to-geojson';
import type { ItineraryJSON } from '../../src/itinerary/types';
import { fixtureInputs, readItinerary, repoRoot } from './helpers';

// Every input is exported in each format and compared byte for byte with tests/fixtures/out.
// `REGEN=1 npx vitest run tests/geojson` rewrites the outputs; review the diff before committing.
const REGEN = process.env.REGEN === '1';
const writers: Array<[ext: string, write: (input: ItineraryJSON) => string]> = [
  ['geojson', (x) => stringifyCollection(toGeoJSON(x))],
  ['gpx', (x) => toGPX(x)],
  ['kml', (x) => toKML(x)],
];

describe('fixtures: tests/fixtures/in → tests/fixtures/out', () => {
  for (const [name, file] of fixtureInputs()) {
    for (const [ext, write] of writers) {
      it(`${name}.${ext} matches`, () => {
        const out = path.join(repoRoot, 'tests/fixtures/out', `${name}.${ext}`);
        const text = write(readItinerary(file));
        if (REGEN) writeFileSync(out, text);
        expect(existsSync(out), `${out} is missing: run REGEN=1 npx vitest run tests/geojson`).toBe(true);
        expect(text).toBe(readFileSync(out, 'utf8'));
      });
    }
  }
});
