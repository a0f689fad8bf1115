// Type tests of what the core's exporters and summarize take: checked by `npm run typecheck`
// (tsc over tests/, part of `npm test`). Each @ts-expect-error fails the check if the misuse
// below it ever type-checks (with `itinerary: Itinerary | unknown` all of them did).
import { expectTypeOf } from 'vitest';
import { fromGeoJSON, parseItinerary, summarize, toFlatGeoJSON, toGeoJSON, toGPX, toKML, type Itinerary } from '../../src/index';

declare const fetched: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- what response.json() and JSON.parse give
declare const parsed: Itinerary;
declare const json: unknown;

export function accepted(): void {
  const written = { id: 'x', title: { en: 'X' }, stops: [{ id: 'a', name: 'A', coordinates: [0, 0] }], timezone: 'UTC' };
  for (const input of [fetched, parsed, written, fromGeoJSON(toGeoJSON(fetched))]) {
    toGeoJSON(input);
    toFlatGeoJSON(input, { toleranceKm: 1 });
    toGPX(input);
    toKML(input);
    summarize(input);
  }
  toGeoJSON(parseItinerary(json)); // unknown data goes through the parser, which takes anything
}

export function rejected(): void {
  // @ts-expect-error: a number is not an itinerary
  toGeoJSON(42);
  // @ts-expect-error: nor is a string (a file name: read and parse the file first)
  summarize('x');
  // @ts-expect-error: nor null
  toGPX(null);
  // @ts-expect-error: nor an object without stops
  toKML({ id: 'x', title: 'X' });
  // @ts-expect-error: nor a value of unknown shape: parseItinerary(value) first
  toFlatGeoJSON(json);
  expectTypeOf<number>().not.toMatchTypeOf<Parameters<typeof toGeoJSON>[0]>();
}
