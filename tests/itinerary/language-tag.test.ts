import { describe, expect, it } from 'vitest';
import { closest } from '../../src/itinerary/closest';
import { isLanguageTag } from '../../src/itinerary/language-tag';

describe('isLanguageTag', () => {
  it.each(['en', 'zh', 'yue', 'zh-Hans', 'zh-Hans-CN', 'pt-BR', 'es-419', 'EN', 'sl-rozaj-biske'])('accepts %s', (t) => expect(isLanguageTag(t)).toBe(true));
  it.each(['', 'e', 'english', '__proto__', 'constructor', 'zh_Hans', 'en-', '-en', 'en--GB', '123', 'en-abcdefghi', 'en GB', 'ＥＮ'])('rejects %j', (t) =>
    expect(isLanguageTag(t)).toBe(false),
  );
});

describe('closest', () => {
  const members = ['id', 'name', 'coordinates', 'arrive', 'depart', 'title'];
  it('suggests the member a typo was meant to be', () => {
    expect(closest('arive', members)).toBe('arrive');
    expect(closest('titel', members)).toBe('title');
    expect(closest('Name', members)).toBe('name');
    expect(closest('cordinates', members)).toBe('coordinates');
  });
  it('suggests nothing for a different word', () => {
    expect(closest('colour', members)).toBeUndefined();
    expect(closest('x', members)).toBeUndefined();
  });
});
