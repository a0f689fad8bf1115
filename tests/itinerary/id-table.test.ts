import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdTable } from '../../src/itinerary/id-table';

describe('IdTable', () => {
  it('keeps the first value stored for each id, like a Map that never overwrites', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.integer())), fc.nat(40), (entries, expected) => {
        const table = new IdTable<number>(expected);
        const map = new Map<string, number>();
        for (const [id, value] of entries) {
          expect(table.first(id, value)).toBe(map.get(id));
          if (!map.has(id)) map.set(id, value);
        }
        expect(table.size).toBe(map.size);
        expect(table.ids).toEqual([...map.keys()]);
        for (const [id] of entries) expect(table.get(id)).toBe(map.get(id));
        expect(table.get('not stored: longer than six')).toBeUndefined();
      }),
    );
  });

  it('grows past the size it was made for without losing an id', () => {
    const table = new IdTable<number>(2);
    for (let i = 0; i < 5000; i++) expect(table.first(`s${i}`, i)).toBeUndefined();
    for (let i = 0; i < 5000; i++) expect(table.get(`s${i}`)).toBe(i);
    expect(table.first('s4999', -1)).toBe(4999);
  });

  it('tells apart ids that differ only in order or case', () => {
    const table = new IdTable<string>();
    for (const id of ['ab', 'ba', 'AB', 'a', '', '__proto__']) expect(table.first(id, id)).toBeUndefined();
    for (const id of ['ab', 'ba', 'AB', 'a', '', '__proto__']) expect(table.get(id)).toBe(id);
  });

  it('tells apart ids that differ only in their last character, whatever its code (they hash to neighbouring slots)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), fc.uniqueArray(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 300 }), (prefix, units) => {
        const ids = units.map((u) => prefix + String.fromCharCode(u));
        const table = new IdTable<number>(1);
        ids.forEach((id, i) => expect(table.first(id, i)).toBeUndefined());
        ids.forEach((id, i) => expect(table.first(id, -1)).toBe(i));
        expect(table.size).toBe(ids.length);
        expect(table.get(prefix)).toBeUndefined(); // one character shorter than every id stored
      }),
    );
  });

  it('keeps numbered ids apart however their runs overlap: other prefixes, leading zeros, numbers past 32 bits', () => {
    // Numbered ids start at neighbouring slots (the prefix's hash plus the number): runs of them must neither collide nor pile up.
    const run = fc.tuple(fc.constantFrom('', 's', 'stop-', 'S', 's0', 'x-1-', '站'), fc.integer({ min: 0, max: 2 ** 40 }), fc.nat(200), fc.nat(3));
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 6 }), fc.nat(50), (runs, expected) => {
        const table = new IdTable<number>(expected);
        const map = new Map<string, number>();
        const got: unknown[] = [];
        const want: unknown[] = [];
        for (const [prefix, start, length, zeros] of runs) {
          for (let i = 0; i < length; i++) {
            const id = prefix + '0'.repeat(zeros) + String(start + i);
            got.push(table.first(id, got.length));
            want.push(map.get(id));
            if (!map.has(id)) map.set(id, want.length - 1);
          }
        }
        expect(got).toEqual(want);
        expect(table.ids).toEqual([...map.keys()]);
        expect([...map.keys()].map((id) => table.get(id))).toEqual([...map.values()]);
        expect(table.get('s-1')).toBe(map.get('s-1'));
      }),
      { numRuns: 200 },
    );
  });
});
