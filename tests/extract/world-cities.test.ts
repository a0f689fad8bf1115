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

describe('the world list: points', () => {
  it('places Zhongshan, Guangdong, in the city: GeoNames has its populous row 320 km west, near Zhanjiang (scripts/geonames-fixes.mjs)', () => {
    const zhongshan = world.g.lookup('Zhongshan').filter((e) => e.country === 'CN');
    expect(zhongshan).toHaveLength(1);
    const [lon, lat] = zhongshan[0]!.coordinates;
    // The city centre (Shiqi) is at about 113.39 E, 22.52 N; 0.1° is some 10 km.
    expect(Math.abs(lon - 113.38)).toBeLessThan(0.1);
    expect(Math.abs(lat - 22.52)).toBeLessThan(0.1);
  });
});

describe('the world list: a "<name> City" town known by its name alone', () => {
  it.each([
    ['Al Ain', 'Al Ain City', 'AE'],
    ['Ras Al Khaimah', 'Ras Al Khaimah City', 'AE'],
    ['Umm Al Quwain', 'Umm Al Quwain City', 'AE'],
  ])('finds %s as %s', (short, name, country) => {
    expect(world.g.lookup(short).map((e) => `${e.name} ${e.country}`)).toContain(`${name} ${country}`);
  });

  it('not where the name alone is one word, a country, a state, another place, a person or an island', () => {
    // "Kansas" and "New York" are states, "Kuwait" a country, "Quezon" one word, "Ho Chi Minh" a person, "Long Island" an island.
    for (const short of ['Kansas', 'Kuwait', 'Quezon', 'Johnson', 'New York', 'Ho Chi Minh', 'Long Island', 'Lapu-Lapu']) {
      expect(world.g.lookup(short).map((e) => e.name).filter((n) => n.endsWith(' City'))).toEqual([]);
    }
  });
});
