import { describe, expect, it } from 'vitest';
import { safeLink } from '../../src/story/links';

describe('safeLink', () => {
  const base = 'https://visit.example/maps/';
  const origin = 'https://visit.example';
  it('accepts http, https, mailto and relative links', () => {
    expect(safeLink('https://a.example/x', base, origin)).toEqual({ href: 'https://a.example/x', external: true });
    expect(safeLink('http://visit.example/y', base, origin)).toEqual({ href: 'http://visit.example/y', external: true });
    expect(safeLink('mailto:a@b.example', base, origin)).toEqual({ href: 'mailto:a@b.example', external: false });
    expect(safeLink('../m/1.html', base, origin)).toEqual({ href: 'https://visit.example/m/1.html', external: false });
  });

  it('takes a scheme-relative link (//host/path) as one to that host, leaving the site, and refuses it where there is no host scheme to take', () => {
    // An outside tester read the docs' "relative URL" as one that stays on the site: `//evil.example/x` does not.
    expect(safeLink('//evil.example/x', base, origin)).toEqual({ href: 'https://evil.example/x', external: true });
    expect(safeLink('//visit.example/m/1.html', base, origin)).toEqual({ href: 'https://visit.example/m/1.html', external: false });
    expect(safeLink('//evil.example/x', 'about:blank', null)).toBeNull();
    expect(safeLink('//evil.example/x', 'file:///home/me/visit.html', 'null')).toBeNull();
  });

  it('refuses script, data and obfuscated schemes', () => {
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>', 'vbscript:x', 'file:///etc/passwd', '\u0000javascript:1']) {
      expect(safeLink(url, base, origin)).toBeNull();
    }
  });

  it('keeps relative links on a page opened from disk, and nothing else that leaves it', () => {
    const disk = 'file:///home/me/visit/seed.html';
    expect(safeLink('meetings/a.html', disk, 'null')).toEqual({ href: 'file:///home/me/visit/meetings/a.html', external: false });
    expect(safeLink('/m.html?x#y', disk, 'null')).toEqual({ href: 'file:///m.html?x#y', external: false });
    expect(safeLink('https://a.example/x', disk, 'null')).toEqual({ href: 'https://a.example/x', external: true });
    for (const url of ['file:///etc/passwd', '//evil.example/x', 'javascript:alert(1)', 'data:text/html,<b>']) expect(safeLink(url, disk, 'null'), url).toBeNull();
  });

  it('keeps a relative link relative when the page has no usable base', () => {
    expect(safeLink('meetings/a.html', 'about:blank', null)).toEqual({ href: 'meetings/a.html', external: false });
    expect(safeLink('javascript:alert(1)', 'about:blank', null)).toBeNull();
  });
});
