import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { languagesOf, localize } from '../../src/itinerary/index';
import { route } from '../../src/itinerary/localize';

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

describe('localize keeps to the script asked for', () => {
  const both = { en: 'Hong Kong', 'zh-Hant': '香港海關', 'zh-Hans': '香港海关' };
  it('picks the exact script in 简体 and 繁體 modes', () => {
    expect(localize(both, 'zh-Hans')).toBe('香港海关');
    expect(localize(both, 'zh-Hant')).toBe('香港海關');
  });
  it('finds the script a region implies, before a bare zh of unknown script', () => {
    const regions = { zh: '不明', 'zh-TW': '臺灣', 'zh-CN': '台湾' };
    expect(localize(regions, 'zh-Hans')).toBe('台湾');
    expect(localize(regions, 'zh-Hant')).toBe('臺灣');
    expect(localize({ 'zh-Hant': '海關', 'zh-Hans': '海关' }, 'zh-HK')).toBe('海關');
    expect(localize({ 'zh-Hant': '海關', 'zh-Hans': '海关' }, 'zh-SG')).toBe('海关');
  });
  it('never crosses scripts while the one asked for is there, whatever the order of tags', () => {
    expect(localize({ 'zh-Hant': '關', zh: '关?', 'zh-Hans': '关' }, 'zh-Hans')).toBe('关');
    expect(localize({ 'zh-Hans': '关', 'zh-Hant': '關' }, 'zh-Hant-TW')).toBe('關');
  });
  it('falls back to the other script only when the asked one is missing', () => {
    expect(localize({ en: 'Customs', 'zh-Hant': '海關' }, 'zh-Hans')).toBe('海關');
  });
});

describe('route', () => {
  it('joins names with arrows, isolating each that has right-to-left letters, so the route does not read backwards', () => {
    expect(route(['Hong Kong', 'Hangzhou'])).toBe('Hong Kong → Hangzhou');
    expect(route(['תל אביב', 'ירושלים'])).toBe('\u2068תל אביב\u2069 → \u2068ירושלים\u2069');
    expect(route(['Paris', 'دبي', '香港'])).toBe('Paris → \u2068دبي\u2069 → 香港');
  });

  it('adds nothing but isolates, and none to names without right-to-left letters', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (names) => {
        expect(route(names).replace(/[\u2068\u2069]/g, '')).toBe(names.join(' → ').replace(/[\u2068\u2069]/g, ''));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (names) => {
        expect(route(names)).toBe(names.join(' → '));
      }),
    );
  });
});
