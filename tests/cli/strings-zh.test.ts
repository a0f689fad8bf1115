// GPX and KML in Chinese say visitmap's own words in Chinese too: `--language zh-Hans`
// (or zh, zh-Hant, zh-TW, zh-HK, …) gives the exports the CLI's Chinese table, while the
// English output stays as it was, byte for byte (tests/fixtures/out).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toHant } from '../../scripts/chinese-variants.mjs';
import { run } from '../../src/cli/run';
import { CHINESE_STRINGS, exportStringsFor } from '../../src/cli/strings-zh';
import { toKML } from '../../src/geojson/kml';
import { localize } from '../../src/itinerary/localize';
import { parseItinerary } from '../../src/itinerary/parse';
import type { Itinerary } from '../../src/itinerary/types';
import { repoRoot, SEED } from '../geojson/helpers';
import { fakeIO } from './fake-io';

const seedText = readFileSync(path.join(repoRoot, SEED), 'utf8');
const seed = parseItinerary(JSON.parse(seedText));
const golden = (ext: string) => readFileSync(path.join(repoRoot, 'tests/fixtures/out', `hk-customs-yrd-visit-2023.${ext}`), 'utf8');

async function cli(...args: string[]): Promise<string> {
  const t = fakeIO({ cwd: '/w', files: { '/w/seed.json': seedText } });
  expect(await run([...args.slice(0, 1), 'seed.json', ...args.slice(1)], t), t.err()).toBe(0);
  return t.out();
}

/**
 * What a viewer shows as text: names, descriptions and link texts (not the visitmap columns, not `<type>` codes).
 * A KML `<description>` is HTML, escaped once more: a viewer renders it, so it is unescaped twice.
 */
function shownTexts(xml: string): string[] {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<(name|desc|description|text)>([^<]*)<\/\1>/g)].map((m) => (m[1] === 'description' ? unescape(unescape(m[2]!)) : unescape(m[2]!)));
}

/** Every text the exports take from the data, as `language` shows it, longest first. */
function dataTexts(it: Itinerary, language: string): string[] {
  const texts: string[] = [localize(it.title, language)];
  if (it.description) texts.push(localize(it.description, language));
  for (const s of it.stops) {
    texts.push(localize(s.name, language));
    if (s.note) texts.push(s.note);
    for (const m of s.meetings) {
      texts.push(localize(m.title, language));
      if (m.url) texts.push(m.url);
      for (const p of m.with) for (const t of [p.name, p.role, p.organisation]) if (t) texts.push(localize(t, language));
    }
  }
  return texts.filter(Boolean).sort((a, b) => b.length - a.length);
}

/** The Latin words left in what a viewer shows once every text from the data is taken out: visitmap's own words. */
function ownEnglishWords(xml: string, language: string): string[] {
  const data = dataTexts(seed, language);
  return shownTexts(xml).flatMap((text) => data.reduce((t, d) => t.split(d).join('\u0000'), text).match(/[A-Za-z]+/g) ?? []);
}

describe('visitmap gpx|kml --language zh…: visitmap’s own words in Chinese', () => {
  for (const language of ['zh-Hans', 'zh-Hant', 'zh', 'zh-CN', 'zh-TW', 'zh-HK']) {
    it(`${language}: no English word of visitmap's own is left in the GPX (track and route) or the KML of the seed`, async () => {
      for (const args of [['gpx'], ['gpx', '--legs', 'route'], ['kml']]) {
        const out = await cli(...args, '--language', language);
        expect(ownEnglishWords(out, language), args.join(' ')).toEqual([]);
      }
    });
  }

  it('says the dates, their certainty and who a meeting is with in Chinese, and names the KML folders', async () => {
    const hans = await cli('kml', '--language', 'zh-Hans');
    expect(hans).toContain('<description>离开 2023-12-10 (推断)\n');
    expect(hans).toContain('到达 2023-12-10, 离开 2023-12-11 (推断)');
    expect(hans).toMatch(/• 与杭州海关关长会面 \(2023-12-10\) 会见 /);
    expect(hans).toContain('<Folder><name>站点</name>');
    expect(hans).toContain('<Folder><name>路段</name>');
    const hant = await cli('gpx', '--language', 'zh-TW');
    expect(hant).toContain('<desc>到達 2023-12-10, 離開 2023-12-11 (推斷)\n');
  });

  it('without the Chinese words, the check above finds exactly visitmap’s English ones', () => {
    const words = ownEnglishWords(toKML(seed, { language: 'zh-Hans' }), 'zh-Hans');
    expect(new Set(words)).toEqual(new Set(['Depart', 'Arrive', 'inferred', 'with', 'Stops', 'Legs']));
  });

  it('keeps English, and any other language, byte for byte as before', async () => {
    expect(await cli('gpx')).toBe(golden('gpx'));
    expect(await cli('kml')).toBe(golden('kml'));
    expect(await cli('kml', '--language', 'en')).toBe(golden('kml'));
    expect(await cli('kml', '--language', 'ja')).toBe(golden('kml'));
  });

  it('picks the table by the script a tag implies', () => {
    for (const tag of ['zh', 'zh-Hans', 'zh-CN', 'zh-SG', 'zh-Hans-HK']) expect(exportStringsFor(tag), tag).toBe(CHINESE_STRINGS.Hans);
    for (const tag of ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant-CN']) expect(exportStringsFor(tag), tag).toBe(CHINESE_STRINGS.Hant);
    for (const tag of [undefined, 'en', 'ja', 'yue']) expect(exportStringsFor(tag), tag).toBeUndefined();
  });

  it('writes the traditional table as opencc-js converts the simplified one', () => {
    const converted = Object.fromEntries(Object.entries(CHINESE_STRINGS.Hans).map(([k, v]) => [k, toHant(v)]));
    expect(CHINESE_STRINGS.Hant).toEqual(converted);
  });
});
