// data/gazetteer/cities15000.json stores the world list by column (scripts/build-gazetteer.mjs);
// the loader turns the columns back into the rows `worldEntries` reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { worldEntries, worldRows } from '../../src/extract/gazetteer';

const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
/** What the build script writes for these coordinates (degrees), plus `offset` in 1e-4 degree. */
const column = (values: number[], offset: number) => {
  const units = values.map((x) => Math.round(x * 1e4) + offset);
  return units.map((n) => digits[n >> 18]).join('') + units.map((n) => digits[(n >> 12) & 63]! + digits[(n >> 6) & 63]! + digits[n & 63]!).join('');
};

describe('the world list by column', () => {
  it('gives back each row: name, country, coordinates to 1e-4 degree, population and kind', () => {
    const file = {
      columns: ['name', 'country', 'lon', 'lat', 'population', 'kind'],
      countries: {},
      digits,
      names: 'Lima\nSão Paulo\nSuva\nNuku‘alofa',
      country: 'PEBRFJTO',
      lon: column([-77.0282, -46.6361, 180, -175.2018], 1_800_000),
      lat: column([-12.0432, -23.5475, -18.1416, -21.1394], 900_000),
      population: '7740000\n10000000\n77400\n22400',
      kind: 'CA-C',
    };
    expect(worldRows(file)).toBe(
      'Lima\tPE\t-77.0282\t-12.0432\t7740000\tC\nSão Paulo\tBR\t-46.6361\t-23.5475\t10000000\tA\nSuva\tFJ\t180\t-18.1416\t77400\t\nNuku‘alofa\tTO\t-175.2018\t-21.1394\t22400\tC',
    );
  });

  it('reads every place of the shipped file, within the world and with a two-letter country', () => {
    const file = JSON.parse(readFileSync('data/gazetteer/cities15000.json', 'utf8'));
    const entries = worldEntries({ columns: file.columns, countries: file.countries, rows: worldRows(file) });
    expect(entries.length).toBe(file.kind.length);
    const odd = entries.filter((e) => !/^[A-Z]{2}$/.test(e.country) || Math.abs(e.coordinates[0]) > 180 || Math.abs(e.coordinates[1]) > 90 || !e.name);
    expect(odd).toEqual([]);
    expect(entries.find((e) => e.name === 'Shanghai')).toMatchObject({ country: 'CN', coordinates: [121.4581, 31.2222] });
  });
});
