import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatStoryHash, parseStoryHash } from '../../src/story/hash';

describe('parseStoryHash', () => {
  it('reads stop, t and day, in any order', () => {
    expect(parseStoryHash('#t=2023-12-11T06:00:00Z&stop=lingang&day=2023-12-11')).toEqual({
      stop: 'lingang',
      t: '2023-12-11T06:00:00Z',
      day: '2023-12-11',
    });
  });

  it('ignores the page’s own hash use, empty values and malformed escapes', () => {
    expect(parseStoryHash('#section-2')).toEqual({});
    expect(parseStoryHash('#tab=meetings&stop=')).toEqual({});
    expect(parseStoryHash('#stop=%E0%A4%A')).toEqual({});
    expect(parseStoryHash('')).toEqual({});
  });

  it('decodes escaped ids', () => {
    expect(parseStoryHash('#stop=a%26b%3Dc')).toEqual({ stop: 'a&b=c' });
  });
});

describe('formatStoryHash', () => {
  it('writes the story keys after the page’s own parts, which it keeps', () => {
    expect(formatStoryHash('#intro&tab=2', { stop: 'lingang' })).toBe('#intro&tab=2&stop=lingang');
  });

  it('replaces and removes story keys, and leaves a readable time', () => {
    expect(formatStoryHash('#stop=a&t=x', { stop: 'b', t: '2023-12-11T06:00:00Z' })).toBe('#stop=b&t=2023-12-11T06:00:00Z');
    expect(formatStoryHash('#stop=a&day=2023-12-10', {})).toBe('');
  });

  it('with a prefix, reads and writes only that map’s keys, keeping the others’ as the page’s own', () => {
    const hash = '#intro&stop=hangzhou&a.stop=x&b.stop=kyoto&b.t=2025-05-07T05:00:00Z&bb.stop=y';
    expect(parseStoryHash(hash, 'b')).toEqual({ stop: 'kyoto', t: '2025-05-07T05:00:00Z' });
    expect(parseStoryHash(hash)).toEqual({ stop: 'hangzhou' });
    expect(formatStoryHash(hash, { stop: 'osaka' }, 'b')).toBe('#intro&stop=hangzhou&a.stop=x&bb.stop=y&b.stop=osaka');
    expect(formatStoryHash(hash, {}, 'a')).toBe('#intro&stop=hangzhou&b.stop=kyoto&b.t=2025-05-07T05:00:00Z&bb.stop=y');
    expect(formatStoryHash(hash, {})).toBe('#intro&a.stop=x&b.stop=kyoto&b.t=2025-05-07T05:00:00Z&bb.stop=y');
  });

  it('round-trips any id and time', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (stop, t) => {
        const hash = formatStoryHash('#keep=1', { stop, t });
        expect(parseStoryHash(hash)).toEqual({ stop, t });
        expect(hash.startsWith('#keep=1&')).toBe(true);
      }),
    );
  });
});

describe('the meeting key', () => {
  it('reads a meeting id beside the stop, and alone', () => {
    expect(parseStoryHash('#stop=lingang&meeting=lingang-big-data')).toEqual({ stop: 'lingang', meeting: 'lingang-big-data' });
    expect(parseStoryHash('#meeting=hangzhou-customs-meeting')).toEqual({ meeting: 'hangzhou-customs-meeting' });
  });

  it('writes it last, and removes it when the view closes, keeping the rest', () => {
    expect(formatStoryHash('#tab=2&stop=a', { stop: 'a', meeting: 'm1' })).toBe('#tab=2&stop=a&meeting=m1');
    expect(formatStoryHash('#tab=2&stop=a&meeting=m1', { stop: 'a' })).toBe('#tab=2&stop=a');
    expect(formatStoryHash('#meeting=m1', {})).toBe('');
  });

  it('round-trips any meeting id, whatever the page keeps in its hash', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.constantFrom('', '#x', '#tab=1&y'), (meeting, page) => {
        const hash = formatStoryHash(page, { meeting });
        expect(parseStoryHash(hash)).toEqual({ meeting });
        expect(formatStoryHash(hash, {})).toBe(page);
      }),
    );
  });
});
