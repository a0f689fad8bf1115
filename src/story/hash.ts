/** The story's part of a URL hash: `#stop=lingang&t=2023-12-11T06:00:00Z&day=2023-12-11&meeting=lingang-big-data`. */
export interface StoryHash {
  /** A stop id. */
  stop?: string;
  /** An ISO 8601 time. */
  t?: string;
  /** A local calendar day, `YYYY-MM-DD`. */
  day?: string;
  /** A meeting id: its details view is open. */
  meeting?: string;
}

const KEYS = ['stop', 't', 'day', 'meeting'] as const;
type Key = (typeof KEYS)[number];
const isKey = (k: string): k is Key => (KEYS as readonly string[]).includes(k);

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined; // a malformed escape: not a value we can use
  }
}

/** Escapes a value for a fragment, leaving `:` and `@` readable (`t=2023-12-11T06:00:00Z`). */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%3A/gi, ':').replace(/%40/gi, '@');
}

/**
 * Reads the story keys (`stop`, `t`, `day`, `meeting`) of a URL hash written like a query string;
 * every other part of the hash is the page's own and is ignored.
 *
 * @example
 * parseStoryHash('#stop=lingang&t=2023-12-11T06:00:00Z'); // { stop: 'lingang', t: '2023-12-11T06:00:00Z' }
 * parseStoryHash('#meeting=lingang-big-data'); // { meeting: 'lingang-big-data' }
 * parseStoryHash('#section-2'); // {}
 */
export function parseStoryHash(hash: string): StoryHash {
  const out: StoryHash = {};
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = decode(part.slice(0, eq));
    const value = decode(part.slice(eq + 1));
    if (key !== undefined && isKey(key) && value) out[key] = value;
  }
  return out;
}

/**
 * A hash with the story keys set to `state` (a key absent from `state` is removed) and
 * every other part of `hash` kept as it was, before ours. Returns `''` for an empty hash.
 *
 * @example
 * formatStoryHash('#intro', { stop: 'lingang' }); // '#intro&stop=lingang'
 * formatStoryHash('#stop=a&t=x', { stop: 'b' }); // '#stop=b'
 */
export function formatStoryHash(hash: string, state: StoryHash): string {
  const kept = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => {
      if (!part) return false;
      const eq = part.indexOf('=');
      const key = eq < 0 ? undefined : decode(part.slice(0, eq));
      return key === undefined || !isKey(key);
    });
  for (const key of KEYS) {
    const value = state[key];
    if (value) kept.push(`${key}=${encode(value)}`);
  }
  return kept.length ? `#${kept.join('&')}` : '';
}
