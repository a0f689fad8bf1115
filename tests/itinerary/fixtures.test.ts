/**
 * Fixture-driven tests. `tests/fixtures/good/*.json` must parse without issues;
 * each `tests/fixtures/bad/*.json` is `{ "$comment", "input", "issues" }` and must give
 * exactly those issues, in that order. `REGEN=1` rewrites the `issues` of the bad fixtures
 * from the current code: read the diff before committing it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ItineraryError, parseItinerary, validateItinerary } from '../../src/itinerary/index';

const dir = path.resolve(import.meta.dirname, '../fixtures');
const files = (kind: string): string[] => readdirSync(path.join(dir, kind)).filter((f) => f.endsWith('.json'));
// JSON.parse, as users read files: a "__proto__" key becomes an own member, as in the wild.
const read = (kind: string, file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(dir, kind, file), 'utf8'));

describe('good fixtures', () => {
  it.each(files('good'))('%s parses without issues', (file) => {
    const input = read('good', file);
    expect(validateItinerary(input)).toEqual([]);
    expect(parseItinerary(input).stops.length).toBeGreaterThan(0);
  });
});

describe('bad fixtures', () => {
  it('cover every rule (at least 15 files)', () => {
    expect(files('bad').length).toBeGreaterThanOrEqual(15);
  });

  it.each(files('bad'))('%s gives exactly its listed issues', (file) => {
    const fixture = read('bad', file);
    const issues = validateItinerary(fixture.input);
    if (process.env.REGEN) {
      writeFileSync(path.join(dir, 'bad', file), JSON.stringify({ ...fixture, issues }, null, 2) + '\n');
      return;
    }
    expect(issues).toEqual(fixture.issues);
    expect(issues.length).toBeGreaterThan(0);
    let thrown: unknown;
    try {
      parseItinerary(fixture.input);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ItineraryError);
    expect((thrown as ItineraryError).issues).toEqual(issues);
    expect((thrown as ItineraryError).message).toBe(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  });
});
