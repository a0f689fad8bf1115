import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ItineraryError, parseItinerary, validateItinerary } from '../../src/itinerary/index';
import { validItinerary } from '../arbitraries';
import { mutate } from '../mutate';

/** Freezes a value and everything in it, so that any write by the parser throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value == 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** Parses, and returns either the itinerary or the ItineraryError; any other throw fails the property. */
function outcome(input: unknown): unknown {
  try {
    return parseItinerary(input);
  } catch (e) {
    if (!(e instanceof ItineraryError)) throw e;
    return e;
  }
}

describe('parseItinerary on random input', () => {
  it('throws nothing but ItineraryError on any value', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (v) => void outcome(v)), { numRuns: 500 });
  });

  it('throws nothing but ItineraryError on any JSON text parsed', () => {
    fc.assert(fc.property(fc.json(), (text) => void outcome(JSON.parse(text))), { numRuns: 500 });
  });

  it('throws nothing but ItineraryError, with located issues, on a valid itinerary with one value replaced', () => {
    fc.assert(
      fc.property(validItinerary(), fc.nat(), fc.anything({ withNullPrototype: true }), (input, n, junk) => {
        const result = outcome(mutate(input, n, junk));
        if (result instanceof ItineraryError) {
          expect(result.issues.length).toBeGreaterThan(0);
          // The safety net for hostile objects must never be what catches plain data.
          for (const issue of result.issues) expect(issue.message).not.toMatch(/^could not be read/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns the same issues from validateItinerary that parseItinerary throws', () => {
    fc.assert(
      fc.property(validItinerary(), fc.nat(), fc.anything(), (input, n, junk) => {
        const bad = mutate(input, n, junk);
        const result = outcome(bad);
        expect(validateItinerary(bad)).toEqual(result instanceof ItineraryError ? result.issues : []);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseItinerary on random valid itineraries', () => {
  it('accepts every one', () => {
    fc.assert(
      fc.property(validItinerary(), (input) => {
        expect(validateItinerary(input)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same itinerary when its own output is parsed again, also through JSON', () => {
    fc.assert(
      fc.property(validItinerary(), (input) => {
        const once = parseItinerary(input);
        expect(parseItinerary(once)).toStrictEqual(once);
        expect(parseItinerary(JSON.parse(JSON.stringify(once)))).toStrictEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('never changes its (deep-frozen) input, and shares no object with it', () => {
    fc.assert(
      fc.property(validItinerary(), (input) => {
        const before = structuredClone(input);
        const output = parseItinerary(deepFreeze(input));
        expect(input).toStrictEqual(before);
        const inputObjects = new Set<unknown>();
        const collect = (v: unknown, into: Set<unknown>): void => {
          if (typeof v != 'object' || v === null) return;
          into.add(v);
          for (const x of Object.values(v)) collect(x, into);
        };
        collect(input, inputObjects);
        const outputObjects = new Set<unknown>();
        collect(output, outputObjects);
        for (const o of outputObjects) expect(inputObjects.has(o)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('derives exactly one leg per pair of consecutive stops, in order', () => {
    fc.assert(
      fc.property(validItinerary(), (input) => {
        const { stops, legs } = parseItinerary(input);
        expect(legs.map((l) => [l.from, l.to])).toEqual(stops.slice(1).map((s, i) => [stops[i]!.id, s.id]));
      }),
      { numRuns: 200 },
    );
  });

  it('never leaves a key whose value is undefined', () => {
    const undefinedKeys = (v: unknown, at = ''): string[] =>
      typeof v != 'object' || v === null
        ? []
        : Object.entries(v).flatMap(([k, x]) => (x === undefined ? [`${at}.${k}`] : undefinedKeys(x, `${at}.${k}`)));
    fc.assert(
      fc.property(validItinerary(), (input) => {
        expect(undefinedKeys(parseItinerary(input))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
