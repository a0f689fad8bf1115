/**
 * schema/itinerary.schema.json is for editors; parseItinerary is the authority. These tests
 * keep the two in step: whatever parses is schema-valid, and the schema rejects the bad
 * fixtures whose problem a schema can see.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateItinerary } from '../../src/itinerary/index';
import { validItinerary } from '../arbitraries';

const root = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(path.join(root, 'schema/itinerary.schema.json'), 'utf8'));
const check = new Ajv2020({ allErrors: true }).compile(schema);
const fixtures = (kind: string) =>
  readdirSync(path.join(root, 'tests/fixtures', kind)).map((f) => [f, JSON.parse(readFileSync(path.join(root, 'tests/fixtures', kind, f), 'utf8'))] as const);

// Problems a JSON Schema cannot express: real calendar days, order, uniqueness, cross-references, time zones, link schemes, a mailto: link's address.
const beyondSchema = new Set([
  'impossible-dates.json',
  'depart-before-arrive.json',
  'out-of-order-stops.json',
  'duplicate-stop-ids.json',
  'duplicate-stop-id-in-legs.json',
  'duplicate-meeting-ids.json',
  'source-documents.json',
  'legs.json',
  'unknown-timezone.json',
  'unsafe-urls.json',
  'empty-mailto.json',
]);

describe('schema/itinerary.schema.json', () => {
  it.each(fixtures('good'))('accepts the good fixture %s', (_, input) => {
    expect(check(input), JSON.stringify(check.errors)).toBe(true);
  });

  it('accepts every random valid itinerary', () => {
    fc.assert(
      fc.property(validItinerary(), (input) => {
        expect(check(input), JSON.stringify(check.errors)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it.each(fixtures('bad').filter(([f]) => !beyondSchema.has(f)))('rejects the bad fixture %s', (_, fixture) => {
    expect(validateItinerary(fixture.input).length).toBeGreaterThan(0);
    expect(check(fixture.input)).toBe(false);
  });
});
