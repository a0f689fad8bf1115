/**
 * True for links a popup may follow: `http:`, `https:`, `mailto:` and relative URLs.
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
  let scheme = '';
  for (let i = 0; i < url.length; i++) {
    const ch = url.charCodeAt(i);
    // The URL parser drops tabs and newlines anywhere, and C0 controls and spaces in front.
    if (ch == 9 || ch == 10 || ch == 13 || (ch <= 32 && !scheme)) continue;
    if (ch == 58) return scheme == 'http' || scheme == 'https' || scheme == 'mailto';
    const low = ch | 32; // ASCII lower case; leaves digits, '+', '-' and '.' unchanged
    // A scheme is a letter then letters, digits, '+', '-' or '.'; anything else first means a relative URL.
    if (!((low > 96 && low < 123) || (scheme && ((ch > 47 && ch < 58) || ch == 43 || ch == 45 || ch == 46)))) return true;
    scheme += String.fromCharCode(low);
  }
  return true;
}
