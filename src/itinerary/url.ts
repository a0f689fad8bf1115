/**
 * True for links a popup may follow: `http:`, `https:`, `mailto:` and relative URLs. A
 * scheme-relative URL (`//host/path`) is one of these, but names a host: it leaves the site
 * (the popup marks it external, see `safeLink`), as an `https:` link to that host would.
 *
 * The scheme is read the way browsers read it, so that tricks like `java\tscript:`,
 * `JAVASCRIPT:` or a leading space or control character do not hide a `javascript:`,
 * `vbscript:` or `data:` link. Anything that is not a string is unsafe.
 *
 * @example
 * isSafeUrl('https://example.org/meeting'); // true
 * isSafeUrl('meetings/hangzhou.html');      // true (relative)
 * isSafeUrl(' java\tscript:alert(1)');      // false
 */
export function isSafeUrl(url: string): boolean {
  if (typeof url != 'string') return false;
  // Where the scheme starts (-1 before it), and whether tabs or newlines were dropped inside
  // it: the scheme becomes a string only at its ':', so relative links allocate nothing.
  let start = -1;
  let dropped = false;
  for (let i = 0; i < url.length; i++) {
    const ch = url.charCodeAt(i);
    // The URL parser drops tabs and newlines anywhere, and C0 controls and spaces in front.
    if (ch == 9 || ch == 10 || ch == 13) dropped ||= start >= 0;
    else if (ch <= 32 && start < 0) continue;
    else if (ch == 58) {
      if (start < 0) return false;
      const text = url.slice(start, i);
      const scheme = (dropped ? text.replace(/[\t\n\r]/g, '') : text).toLowerCase();
      return scheme == 'http' || scheme == 'https' || scheme == 'mailto';
    } else {
      const low = ch | 32; // ASCII lower case; leaves digits, '+', '-' and '.' unchanged
      // A scheme is a letter then letters, digits, '+', '-' or '.'; anything else first means a relative URL.
      if (!((low > 96 && low < 123) || (start >= 0 && ((ch > 47 && ch < 58) || ch == 43 || ch == 45 || ch == 46)))) return true;
      if (start < 0) start = i;
    }
  }
  return true;
}
