import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/itinerary/index';

describe('isSafeUrl', () => {
  it.each(['https://example.org/m/1', 'http://example.org', 'HTTPS://EXAMPLE.ORG', 'mailto:a@example.org', 'meetings/hz.html', '../x', '/abs', '#frag', '?q=1', '//example.org/x', '', 'a b:c', '1javascript:x', 'java%73cript:x'])(
    'accepts %j (http:, https:, mailto: or relative)',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '  javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u001fjavascript:alert(1)',
    'javascript\t:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    'c:/windows',
  ])('rejects %j', (url) => expect(isSafeUrl(url)).toBe(false));

  it('rejects what is not a string', () => {
    expect(isSafeUrl(null as unknown as string)).toBe(false);
    expect(isSafeUrl({ toString: () => 'https://x' } as unknown as string)).toBe(false);
  });

  it('agrees with the WHATWG URL parser about the scheme of any ASCII text', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'javscriptJAVS:/ \t\n\u0001htpmlo.+-1'.split('')), maxLength: 16 });
    fc.assert(
      fc.property(ascii, (text) => {
        let protocol: string | undefined;
        try {
          protocol = new URL(text).protocol; // absolute: has a scheme of its own
        } catch {
          protocol = undefined; // relative (resolved against the page)
        }
        if (protocol && !['http:', 'https:', 'mailto:'].includes(protocol)) expect(isSafeUrl(text)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
