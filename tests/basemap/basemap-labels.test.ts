import { describe, expect, it } from 'vitest';
import { readLabels } from '../../src/basemap/label-data';
import { isDue } from '../../src/basemap/basemap-parts';
import { labelFiles } from '../../scripts/basemap-labels.mjs';

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

  it('keeps the worldwide file small: under 60 KB before compression', () => {
    expect(JSON.stringify(files['labels-0.json']).length).toBeLessThan(60_000);
  });
});
