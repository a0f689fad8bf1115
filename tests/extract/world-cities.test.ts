// The world list (data/gazetteer/cities15000.json) stores each name once; the ASCII spelling an
// announcement may use instead ("Sao Paulo") is worked out when the list is loaded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiOf, worldEntries } from '../../src/extract/gazetteer';
import { useWorld } from './world';

const { world } = useWorld();

describe('the world list: ASCII spellings worked out on loading', () => {
  it.each([
    ['São Paulo', 'Sao Paulo'],
    ['Constanţa', 'Constanta'],
    ['Dar‘ā', "Dar'a"],
    ['Al-`Ula', "Al-'Ula"],
  ])('knows %s also as %s', (name, ascii) => {
    expect(asciiOf(name)).toBe(ascii);
    expect(world.g.lookup(ascii).map((e) => e.name)).toContain(name);
  });

  it('gives a row an alias only when its ASCII spelling differs, and never one outside printable ASCII', () => {
    const file = { columns: ['name', 'country', 'lon', 'lat', 'population', 'kind'], countries: {}, rows: 'Lima\tPE\t-77.0282\t-12.0432\t7737002\tC\nSão Paulo\tBR\t-46.6361\t-23.5475\t10021295\tA' };
    expect(worldEntries(file).map((e) => [e.name, e.aliases, e.capital ?? false])).toEqual([
      ['Lima', [], true],
      ['São Paulo', ['Sao Paulo'], false],
    ]);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (name) => {
        expect(asciiOf(name)).toMatch(/^[\x20-\x7e]*$/);
      }),
    );
  });
});
