import { describe, expect, it } from 'vitest';
import { languagesOf, localize } from '../../src/itinerary/index';

const name = { en: 'Hangzhou', 'zh-Hans': '杭州', 'zh-Hant': '杭州市', fr: 'Hangzhou (fr)' };

describe('localize', () => {
  it('returns a plain string as it is, and "" for undefined', () => {
    expect(localize('Hangzhou', 'zh')).toBe('Hangzhou');
    expect(localize(undefined, 'en')).toBe('');
  });

  it('falls back from zh-Hans-CN to zh-Hans', () => expect(localize(name, 'zh-Hans-CN')).toBe('杭州'));
  it('falls back from zh-Hant-HK to zh-Hant', () => expect(localize(name, 'zh-Hant-HK')).toBe('杭州市'));
  it('falls back to zh when the map has it', () => expect(localize({ en: 'A', zh: 'B' }, 'zh-Hans-CN')).toBe('B'));
  it('finds a more specific tag of the same language', () => expect(localize({ en: 'A', 'zh-Hans': 'B' }, 'zh')).toBe('B'));
  it('falls back to en for another language', () => expect(localize(name, 'de')).toBe('Hangzhou'));
  it('uses en when no language is asked for', () => expect(localize({ fr: 'X', en: 'Y' })).toBe('Y'));
  it('falls back to the first language given when there is no en', () => expect(localize({ fr: 'X', de: 'Y' }, 'ja')).toBe('X'));
  it('matches tags ignoring case', () => expect(localize({ 'ZH-HANS': 'B', en: 'A' }, 'zh-hans')).toBe('B'));
  it('gives "" for an empty map', () => expect(localize({}, 'en')).toBe(''));
});

describe('languagesOf', () => {
  it('lists the tags in their order', () => expect(languagesOf(name)).toEqual(['en', 'zh-Hans', 'zh-Hant', 'fr']));
  it('gives [] for a plain string or undefined', () => {
    expect(languagesOf('Hangzhou')).toEqual([]);
    expect(languagesOf(undefined)).toEqual([]);
  });
});
