import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILES, syntheticItinerary } from '../../bench/synthetic.mjs';
import { toGeoJSON } from '../../src/geojson/to-geojson';
import { ItineraryError, parseItinerary } from '../../src/itinerary/parse';
import { validItinerary } from '../arbitraries';
import { mutate } from '../mutate';
import { fixtureInputs, readItinerary, repoRoot, unchecked } from './helpers';

// toGeoJSON of raw input checks it in place and exports in the same pass. It must be
// indistinguishable from parsing first: the same bytes out, the same located issues thrown.

const separately = (input: unknown): string => JSON.stringify(toGeoJSON(parseItinerary(input)));
const fused = (input: unknown): string => JSON.stringify(toGeoJSON(unchecked(input)));

/** The issues an export of `input` throws with, or 'no error'. */
function thrown(run: () => unknown): unknown {
  try {
    run();
    return 'no error';
  } catch (e) {
    return e instanceof ItineraryError ? e.issues : e;
  }
}

describe('toGeoJSON of raw input (checked in place)', () => {
  it('gives the bytes that parsing first gives, on any valid itinerary', () => {
    fc.assert(
      fc.property(validItinerary(), (input) => {
        expect(fused(input)).toBe(separately(input));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it.each(PROFILES)('gives the bytes that parsing first gives on the %s bench profile', (profile) => {
    const input = syntheticItinerary(600, { profile });
    expect(fused(input)).toBe(separately(input));
  });

  it.each(fixtureInputs())('gives the bytes that parsing first gives on %s', (_name, file) => {
    expect(fused(readItinerary(file))).toBe(separately(readItinerary(file)));
  });

  it('keeps input that needs normalising apart from the output: defaults, $comment, -0, members out of order', () => {
    const input = {
      title: 'Out of order',
      id: 'x',
      $comment: 'dropped',
      stops: [
        { name: { en: 'A' }, id: 'a', coordinates: [-0, 1], meetings: [{ title: 'T', id: 'm', $comment: 'c' }] },
        { id: 'b', name: 'B', coordinates: [2, -0], source: { paragraph: 1 } },
      ],
    };
    const before = structuredClone(input);
    expect(fused(input)).toBe(separately(input));
    expect(input).toStrictEqual(before);
  });

  it('throws exactly the located issues that parseItinerary throws, on any itinerary with one value replaced', () => {
    fc.assert(
      fc.property(validItinerary(), fc.nat(), fc.oneof(fc.anything(), fc.constantFrom('', ' ', 'x', -0, 200, -91, '2023-02-30', 'javascript:alert(1)', 's0', 'm0-0')), (input, n, junk) => {
        const bad = mutate(input, n, junk);
        const issues = thrown(() => parseItinerary(bad));
        expect(thrown(() => toGeoJSON(unchecked(bad)))).toEqual(issues);
        if (issues === 'no error') expect(fused(bad)).toBe(separately(bad));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('throws exactly the located issues that parseItinerary throws, for every bad fixture', () => {
    const dir = path.join(repoRoot, 'tests/fixtures/bad');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(15);
    for (const f of files) {
      const { input } = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { input: unknown };
      const issues = thrown(() => parseItinerary(input));
      expect(Array.isArray(issues), f).toBe(true);
      expect(thrown(() => toGeoJSON(unchecked(input))), f).toEqual(issues);
    }
  });

  it('fills in the lists a stop or leg leaves out with one frozen empty list, which no one can fill for all', () => {
    const input = { id: 'x', title: 'X', stops: [{ id: 'a', name: 'A', coordinates: [0, 0] }, { id: 'b', name: 'B', coordinates: [1, 1] }] };
    const [a, b, leg] = toGeoJSON(input).features.map((f) => f.properties as { meetings?: unknown[]; source: unknown[] });
    const lists = [a!.meetings!, a!.source, b!.meetings!, b!.source, leg!.source];
    for (const list of lists) expect(list).toEqual([]);
    expect(new Set(lists).size).toBe(1);
    expect(() => a!.meetings!.push({})).toThrow(TypeError);
    expect(b!.source).toEqual([]);
    // Parsing first still gives each stop and leg a list of its own.
    const parsed = toGeoJSON(parseItinerary(input)).features.map((f) => f.properties as { source: unknown[] });
    expect(new Set(parsed.map((p) => p.source)).size).toBe(3);
  });

  it('reads members that are inherited or not enumerable, as parseItinerary does', () => {
    const hidden = { id: 'x', title: 'X', stops: [{ id: 'a', name: 'A', coordinates: [0, 0] }] };
    Object.defineProperty(hidden.stops[0], 'note', { value: 7, enumerable: false });
    const issues = [{ path: 'stops[0].note', message: 'expected a string, got number' }];
    expect(thrown(() => parseItinerary(hidden))).toEqual(issues);
    expect(thrown(() => toGeoJSON(hidden))).toEqual(issues);
    const inherited = { id: 'x', title: 'X', stops: [Object.assign(Object.create({ precision: 'venue' }) as object, { id: 'a', name: 'A', coordinates: [0, 0] })] };
    expect(parseItinerary(inherited).stops[0]!.precision).toBe('venue');
    expect(fused(inherited)).toBe(separately(inherited));
  });

  it('reports a throwing getter as an issue, as parseItinerary does', () => {
    const input = { id: 'x', title: 'X', stops: [{ id: 'a', name: 'A', coordinates: [0, 0] }] };
    Object.defineProperty(input.stops[0], 'note', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(thrown(() => toGeoJSON(input))).toEqual(thrown(() => parseItinerary(input)));
  });
});
