import { isSafeUrl } from '../itinerary/url';

/** A link that may be put in the page, or `null` for text that must stay text. */
export interface SafeLink {
  /** The URL to put in `href`: resolved against the base, or kept relative when the base is opaque. */
  href: string;
  /** Leaves the site: gets `rel="noopener noreferrer"` and the external target. */
  external: boolean;
}

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * Checks a link from data and resolves it: only `http:`, `https:`, `mailto:` and
 * relative URLs (resolved against `base`, whatever its scheme: a page opened from disk
 * keeps its relative links) pass; a scheme-relative URL (`//host/path`) is a link to that
 * host, external unless it is the page's own, and refused where the base has no host to
 * lend it a scheme (a page opened from disk, an opaque base); `javascript:`, `data:`, and
 * anything obfuscated into them, give `null`. Checked twice: by the core's
 * `isSafeUrl` on the raw text and by the browser's URL parser on the result,
 * so a trick that fools one does not reach the page.
 *
 * @example
 * safeLink('meetings/hk-1.html', 'https://example.org/visit/') // { href: 'https://example.org/visit/meetings/hk-1.html', external: … }
 */
export function safeLink(raw: unknown, base: string, pageOrigin: string | null): SafeLink | null {
  if (typeof raw !== 'string' || raw.trim() === '' || !isSafeUrl(raw)) return null;
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    // An opaque base (about:blank, a page set with `setContent`): keep a relative link relative.
    return isRelative(text) ? { href: text, external: false } : null;
  }
  if (ALLOWED.has(url.protocol)) return { href: url.href, external: url.protocol !== 'mailto:' && url.origin !== pageOrigin };
  // A relative link on a page opened from disk (file:) or an intranet scheme stays on that site.
  return isRelative(text) ? { href: url.href, external: false } : null;
}

/** Whether a link has no scheme or host of its own: a dummy base proves it. */
function isRelative(text: string): boolean {
  try {
    return new URL(text, 'https://visitmap.invalid/').origin === 'https://visitmap.invalid';
  } catch {
    return false;
  }
}
