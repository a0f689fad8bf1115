// Issue 16: the seed's Chinese texts in both scripts, converted once at authoring time by
// scripts/chinese-variants.mjs (opencc-js), so a 简体 view and a 繁體 view each show one script.
import { describe, expect, it } from 'vitest';
import { addVariants, toHans, toHant } from '../../scripts/chinese-variants.mjs';
import { readSeed, type Json } from './seed-files';

/** Every `{ zh-Hans?, zh-Hant? }` map in a value, with its path. */
function chineseTexts(value: unknown, path = ''): { path: string; text: Json }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => chineseTexts(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const own = 'zh-Hans' in value || 'zh-Hant' in value ? [{ path, text: value as Json }] : [];
  return [...own, ...Object.entries(value).flatMap(([k, v]) => chineseTexts(v, path ? `${path}.${k}` : k))];
}

describe('Chinese in both scripts', () => {
  const texts = chineseTexts(readSeed());

  it('gives every Chinese name, title and role of the seed in both zh-Hans and zh-Hant', () => {
    expect(texts.length).toBeGreaterThanOrEqual(20);
    for (const { path, text } of texts) expect([typeof text['zh-Hans'], typeof text['zh-Hant']], path).toEqual(['string', 'string']);
  });

  it('has each converted text equal to the converter’s output of the authored one', () => {
    for (const { path, text } of texts) {
      const hans = text['zh-Hans'] as string;
      const hant = text['zh-Hant'] as string;
      // The script written first (key order) is the authored one.
      const authoredHans = Object.keys(text).indexOf('zh-Hans') < Object.keys(text).indexOf('zh-Hant');
      if (authoredHans) expect(hant, path).toBe(toHant(hans));
      else expect(hans, path).toBe(toHans(hant));
      expect(hans === hant || /[\u4e00-\u9fff]/.test(hans), path).toBe(true);
    }
  });

  it('adds the missing script and leaves the authored one as written', () => {
    const data = { name: { en: 'Lingang', 'zh-Hans': '临港新片区' }, org: { 'zh-Hant': '香港海關' }, both: { 'zh-Hans': '上海', 'zh-Hant': '上海' } };
    expect(addVariants(data)).toBe(2);
    expect(data).toEqual({
      name: { en: 'Lingang', 'zh-Hans': '临港新片区', 'zh-Hant': '臨港新片區' },
      org: { 'zh-Hant': '香港海關', 'zh-Hans': '香港海关' },
      both: { 'zh-Hans': '上海', 'zh-Hant': '上海' },
    });
  });
});
