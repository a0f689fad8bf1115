#!/usr/bin/env node
// Reduces the `world-countries` package (ODbL 1.0) to what the extractor needs to read "the Chinese
// capital" or "the Spanish capital" as a country's capital: data/gazetteer/demonyms.json, each English
// demonym (masculine and feminine forms) → ISO 3166-1 alpha-2 code.
//
// A demonym that names more than one country is kept for the one sovereign state among them ("French":
// France, not the French Southern Territories) and dropped where several are sovereign ("Congolese",
// "Dominican"), since the phrase alone cannot say which capital is meant.
//
// Usage: node scripts/build-demonyms.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const countries = require('world-countries');
const { version } = require('world-countries/package.json');

/** demonym → the countries it names */
const named = new Map();
for (const c of countries) {
  for (const form of ['m', 'f']) {
    // "Kittitian or Nevisian": each word of a choice is a demonym.
    for (const word of (c.demonyms?.eng?.[form] ?? '').split(/\s+or\s+|\s*[,/]\s*/)) {
      if (word.trim()) (named.get(word.trim()) ?? named.set(word.trim(), new Set()).get(word.trim())).add(c);
    }
  }
}
// Short forms English writes where the package has the long one only: "the Saudi capital", "Saudi officials" (the package
// gives "Saudi Arabian"). Each takes the country of the long form.
const SHORT = { Saudi: 'Saudi Arabian' };
for (const [short, long] of Object.entries(SHORT)) if (named.has(long) && !named.has(short)) named.set(short, named.get(long));
const demonyms = {};
for (const [word, set] of [...named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const sovereign = [...set].filter((c) => c.independent);
  const one = set.size === 1 ? [...set][0] : sovereign.length === 1 ? sovereign[0] : undefined;
  if (one) demonyms[word] = one.cca2;
}
const file = {
  attribution: `Demonyms from the world-countries package ${version} (mledoze/countries), licensed under the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1.0/); reduced by scripts/build-demonyms.mjs. This file is a derivative database under the same licence.`,
  demonyms,
};
writeFileSync(path.join(root, 'data/gazetteer/demonyms.json'), JSON.stringify(file) + '\n');
console.log(`data/gazetteer/demonyms.json: ${Object.keys(demonyms).length} demonyms`);
